"""HTML to a paged QTextDocument to PDF bytes: A4, generous margins, 11 pt text, "Page 1 of 3" below.

The PDF is made in memory (QBuffer) and written atomically with owner-only permissions, like every
export, so no part of it ever sits on disk under another name. Safe to call off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from wellbeing_desktop.i18n import Context
from wellbeing_desktop.services.export import write_export_bytes

RESOLUTION = 300  # dots per inch of the PDF's layout; text and shapes stay vector
MARGINS_MM = QMarginsF(22, 20, 22, 16)  # left, top, right, bottom
FOOTER_MM = 9  # room under the text for the page number
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica", "sans-serif"]
FONT_POINTS = 11
FOOTER_COLOUR = QColor("#6b7b84")
Printing = Context("Printing")  # lupdate reads the context from this name


def text_document(html: str, images: Mapping[str, bytes] | None = None) -> QTextDocument:
    """The document itself; `images` are PNG bytes by the name an <img src="NAME"> uses."""
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FONT_POINTS)
    # No "fi" or "ffi" ligatures: copied text, screen readers and searching the PDF see plain letters.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    for name, png in (images or {}).items():
        image = QImage.fromData(QByteArray(png))
        if image.isNull():
            raise ValueError(f"image {name!r} is not a picture Qt can read")
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    return document


def paint_pages(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay `document` out for `device`'s pages and paint every page with its number; returns the count."""
    document.documentLayout().setPaintDevice(device)
    dpi = device.logicalDpiY()
    body = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer_height = FOOTER_MM / 25.4 * dpi
    width, height = float(body.width()), float(body.height()) - footer_height
    document.setPageSize(QSizeF(width, height))
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSizeF(8.5)
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * height)
            document.drawContents(painter, QRectF(0, index * height, width, height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(FOOTER_COLOUR)
            painter.drawText(
                QRectF(0, height, width, footer_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                Printing.tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(pages)),
            )
    finally:
        painter.end()
    return pages


def pdf_bytes(html: str, images: Mapping[str, bytes] | None = None, *, title: str = "") -> bytes:
    """A whole PDF in memory: A4 portrait, the margins above."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Wellbeing Desktop")
    paint_pages(text_document(html, images), writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data().data())


def write_pdf(
    path: Path,
    html: str,
    images: Mapping[str, bytes] | None = None,
    *,
    title: str = "",
    overwrite: bool = False,
) -> None:
    """Render and write all or nothing, 0600. An existing file is kept unless `overwrite`."""
    write_export_bytes(path, pdf_bytes(html, images, title=title), overwrite=overwrite)
