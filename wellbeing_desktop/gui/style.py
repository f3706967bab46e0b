"""Fonts and looks shared by every screen."""

from __future__ import annotations

from PySide6.QtGui import QFont


def heading_font(base: QFont, scale: float = 1.5) -> QFont:
    font = QFont(base)
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font
