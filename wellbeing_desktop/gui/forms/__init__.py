"""Python forms generated from ui/*.ui by pyside6-uic (make forms). Never edit by hand."""
