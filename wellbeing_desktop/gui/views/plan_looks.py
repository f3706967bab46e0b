"""The Plan screen's looks, drawn from the palette so light, dark and high-contrast themes all read.

Cards and the review note are styled by property (`planCard`, `planNote`); quieter words (guidance,
dates in the history) are the text colour blended towards the background, recomputed on a theme change.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

STYLE = """
QFrame[planCard="true"] {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
QFrame[planNote="true"] {
    background: palette(alternate-base);
    border: 1px solid palette(highlight);
    border-radius: 8px;
}
"""


def blend(a: QColor, b: QColor, weight: float) -> QColor:
    """`weight` of a, the rest of b."""
    return QColor.fromRgbF(
        a.redF() * weight + b.redF() * (1 - weight),
        a.greenF() * weight + b.greenF() * (1 - weight),
        a.blueF() * weight + b.blueF() * (1 - weight),
    )


def quiet_colour(palette: QPalette, on_base: bool = False) -> QColor:
    """Softer than the text but still comfortably readable (about 4.5:1 on common backgrounds)."""
    if on_base:
        return blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.68)
    return blend(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.68)


def on_window(widget: QWidget, parent_palette: QPalette) -> None:
    """A text area that reads as part of the page rather than a field (the history panel)."""
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.Base, parent_palette.color(QPalette.ColorRole.Window))
    palette.setColor(QPalette.ColorRole.Text, parent_palette.color(QPalette.ColorRole.WindowText))
    widget.setPalette(palette)


def make_quiet(widget: QWidget, parent_palette: QPalette, on_base: bool = False) -> None:
    palette = QPalette(widget.palette())
    colour = quiet_colour(parent_palette, on_base)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
