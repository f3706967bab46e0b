"""PDFs from the command line: Qt needs an application for fonts, and no window, so it runs offscreen.

Only `export --format pdf` imports this; every other command stays free of Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

from wellbeing_desktop.services.print_html import PrintableDocument


def ensure_application() -> None:
    """A QGuiApplication on the offscreen platform, unless one exists (or a platform was chosen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _app
        _app = QGuiApplication(["wellbeing-desktop"])


_app: object = None  # kept alive for the life of the process


def write_document_pdf(path: Path, document: PrintableDocument, *, overwrite: bool = False) -> None:
    ensure_application()
    from wellbeing_desktop.gui.printing.render import write_pdf

    write_pdf(path, document.html, document.images, title=document.title, overwrite=overwrite)
