"""Send a document to a printer the person chooses in the system's print dialog."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from wellbeing_desktop.gui.printing.render import MARGINS_MM, Printing, paint_pages, text_document


def print_document(
    html: str, parent: QWidget | None = None, images: Mapping[str, bytes] | None = None, *, title: str = ""
) -> bool:
    """Ask where to print, then print; False when the person cancels. Printing is their explicit choice:
    what the printer or its queue keeps is up to the system."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "Wellbeing Desktop")
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(Printing.tr("Print"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pages(text_document(html, images), printer)
    return True
