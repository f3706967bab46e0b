"""Chart colours and sizes taken from the widget, so charts follow light, dark and high-contrast
themes and the text size.

Series colours are the Okabe–Ito palette (safe for the common kinds of colour blindness), a lighter set
on dark backgrounds; every series also differs in line style or marker, so colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}
_LIGHT = {"mood": "blue", "stress": "vermillion", "energy": "bluish green", "other": "orange"}
_DARK = {"mood": "sky blue", "stress": "orange", "energy": "reddish purple", "other": "yellow"}


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def _blend(a: QColor, b: QColor, share_of_b: float) -> str:
    mix = [
        x * (1 - share_of_b) + y * share_of_b
        for x, y in zip((a.redF(), a.greenF(), a.blueF()), (b.redF(), b.greenF(), b.blueF()), strict=True)
    ]
    return _hex(QColor.fromRgbF(*mix))


@dataclass(frozen=True)
class ChartTheme:
    background: str  # the figure, like the window around it
    surface: str  # the plotting area, like a text field
    text: str
    muted: str  # secondary marks: diary entry ticks, empty days
    grid: str
    font_points: float
    dark: bool

    @classmethod
    def from_widget(cls, widget: QWidget) -> ChartTheme:
        palette = widget.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        font = widget.font()
        points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
        strong = abs(window.lightnessF() - text.lightnessF()) > 0.95  # the high-contrast theme
        return cls(
            background=_hex(window),
            surface=_hex(palette.color(QPalette.ColorRole.Base)),
            text=_hex(text),
            muted=_blend(window, text, 0.8 if strong else 0.55),
            grid=_blend(window, text, 0.45 if strong else 0.18),
            font_points=max(points, 6.0),
            dark=window.lightnessF() < 0.5,
        )

    def colour(self, role: str) -> str:
        """'mood', 'stress', 'energy' or 'other' (the second bar of a pair)."""
        return OKABE_ITO[(_DARK if self.dark else _LIGHT)[role]]

    @property
    def small_points(self) -> float:
        return self.font_points * 0.9
