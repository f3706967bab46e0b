"""Light Markdown colouring while writing: headings in bold with their # marks muted, so a template's
steps stand out in the plain text without hiding the Markdown that export keeps."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QWidget

_HEADING = re.compile(r"^(#{1,6})(\s+)(.*)$")


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, widget: QWidget) -> None:
        super().__init__(document)
        self._widget = widget  # whose palette gives the muted colour, in light and dark themes

    def highlightBlock(self, text: str) -> None:
        match = _HEADING.match(text)
        if match is None:
            return
        marks = QTextCharFormat()
        marks.setForeground(self._widget.palette().color(QPalette.ColorRole.PlaceholderText))
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        self.setFormat(0, len(match[1]) + len(match[2]), marks)
        self.setFormat(match.start(3), len(match[3]), heading)
