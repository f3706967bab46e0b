"""A suggestion from the content pack, added to the plan with one click.

A plain QPushButton never wraps its text, so a long example (or a translation, or large text) would
push the card wider than the screen. This button wraps, and reads like a quiet link until hovered.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

PAD_X, PAD_Y = 6, 4


class ExampleButton(QPushButton):
    def __init__(self, example: str, parent: QWidget | None = None) -> None:
        super().__init__("+  " + example, parent)
        self.example = example
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_height(self, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = self.fontMetrics().boundingRect(
            QRect(0, 0, max(width - 2 * PAD_X, 40), 10_000), flags, self.text()
        )
        return bounds.height() + 2 * PAD_Y

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._text_height(width)

    def sizeHint(self) -> QSize:
        width = min(self.fontMetrics().horizontalAdvance(self.text()) + 2 * PAD_X, 480)
        return QSize(width, self._text_height(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.fontMetrics().height() + 2 * PAD_Y)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        if self.underMouse() or self.hasFocus() or self.isDown():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(self.rect(), 4, 4)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(self.rect().adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y), flags, self.text())
