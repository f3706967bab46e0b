"""The desktop app. PySide6 is imported only in this package (DESIGN.md layering)."""
