"""How one diary entry looks in the list: title and a supervision mark, the date and tags, and two lines of
what was written — or, when searching, the vault's snippet with the matched words in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from wellbeing_desktop.gui.models.entry_list_model import EntryRole
from wellbeing_desktop.vault.search import HIGHLIGHT_END, HIGHLIGHT_START

_PAD_X = 10
_PAD_Y = 8
_GAP = 3
_PREVIEW_LINES = 2


def snippet_html(snippet: str) -> str:
    """A search snippet as HTML: the person's words escaped, the matches between the vault's markers bold."""
    escaped = html.escape(snippet)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag_text = self.tr("Supervision")

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, small = self._fonts(option)
        height = (
            QFontMetrics(title).height()
            + QFontMetrics(small).height()
            + _PREVIEW_LINES * QFontMetrics(option.font).lineSpacing()
            + 4  # a rich-text line can be a little taller than the font's spacing
            + 2 * _GAP
            + 2 * _PAD_Y
        )
        return QSize(200, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = option.palette.color(group, text_role)
        muted = option.palette.color(group, text_role if selected else QPalette.ColorRole.PlaceholderText)
        title_font, small = self._fonts(option)
        box = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        painter.save()
        y = box.top()

        # Title, and the supervision mark at its right.
        title_metrics = QFontMetrics(title_font)
        right = box.right()
        if index.data(EntryRole.FLAGGED):
            right = self._paint_flag(
                painter, option, small, QRect(box.left(), y, box.width(), title_metrics.height())
            )
        title = index.data(EntryRole.TITLE) or ""
        painter.setFont(title_font)
        if not title:
            title_font.setBold(False)
            title_font.setItalic(True)
            painter.setFont(title_font)
            title = index.data(Qt.ItemDataRole.DisplayRole)
        painter.setPen(text)
        line = QRect(box.left(), y, right - box.left(), title_metrics.height())
        elided = QFontMetrics(painter.font()).elidedText(title, Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        y += title_metrics.height() + _GAP

        # Date and tags.
        small_metrics = QFontMetrics(small)
        meta = " · ".join(part for part in (index.data(EntryRole.DATE), index.data(EntryRole.TAGS)) if part)
        painter.setFont(small)
        painter.setPen(muted)
        line = QRect(box.left(), y, box.width(), small_metrics.height())
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, line.width()),
        )
        y += small_metrics.height() + _GAP

        # What was written: the snippet when searching, else the first line.
        snippet = index.data(EntryRole.SNIPPET)
        content = snippet_html(snippet) if snippet else html.escape(index.data(EntryRole.PREVIEW) or "")
        self._paint_preview(
            painter, option, content, text, QRect(box.left(), y, box.width(), box.bottom() - y)
        )
        painter.restore()

    def _paint_flag(self, painter: QPainter, option: QStyleOptionViewItem, font: QFont, line: QRect) -> int:
        """A small rounded label at the right of the title line; returns where the title must stop."""
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(self.flag_text) + 12
        height = metrics.height() + 2
        badge = QRectF(line.right() - width, line.center().y() - height / 2 + 1, width, height)
        accent = option.palette.color(QPalette.ColorRole.Highlight)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText) if selected else accent)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.flag_text)
        return int(badge.left()) - 6

    def _paint_preview(
        self, painter: QPainter, option: QStyleOptionViewItem, content: str, colour: QColor, area: QRect
    ) -> None:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setHtml(content)
        doc.setTextWidth(area.width())
        clip = QRectF(0, 0, area.width(), min(area.height(), _lines_bottom(doc, _PREVIEW_LINES)))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        context.clip = clip
        painter.translate(area.topLeft())
        painter.setClipRect(clip)
        doc.documentLayout().draw(painter, context)


def _lines_bottom(doc: QTextDocument, count: int) -> float:
    """Where the first `count` laid-out lines of `doc` end, so no line is drawn cut in half."""
    doc.documentLayout().documentSize()  # lays the text out
    bottom = 0.0
    block = doc.begin()
    while block.isValid() and count > 0:
        layout = block.layout()
        for number in range(layout.lineCount()):
            if count == 0:
                break
            bottom = layout.position().y() + layout.lineAt(number).rect().bottom()
            count -= 1
        block = block.next()
    return bottom + 1
