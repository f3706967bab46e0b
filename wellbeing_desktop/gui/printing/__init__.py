"""Printing and PDF with Qt: a PrintableDocument's HTML (services/print_*.py) on A4 pages.

    pdf_bytes(html, images=None, title="") -> bytes
    write_pdf(path, html, images=None, title="", overwrite=False)    atomic, 0600
    print_document(html, parent, images=None, title="") -> bool      via QPrintDialog

`images` maps the names an <img src="NAME"> uses to PNG bytes. The submodules import Qt when used.
"""
