"""Light, dark or the system's look, and a text size, applied to the whole application.

The dark palette keeps contrast at or above WCAG AA for body text; charts read their colours from
the palette so they follow the theme.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_DARK = {
    QPalette.ColorRole.Window: "#1f2124",
    QPalette.ColorRole.WindowText: "#e8e6e3",
    QPalette.ColorRole.Base: "#16181a",
    QPalette.ColorRole.AlternateBase: "#24272b",
    QPalette.ColorRole.Text: "#e8e6e3",
    QPalette.ColorRole.Button: "#2a2d31",
    QPalette.ColorRole.ButtonText: "#e8e6e3",
    QPalette.ColorRole.Highlight: "#5b9bd5",
    QPalette.ColorRole.HighlightedText: "#0b0c0d",
    QPalette.ColorRole.ToolTipBase: "#2a2d31",
    QPalette.ColorRole.ToolTipText: "#e8e6e3",
    QPalette.ColorRole.PlaceholderText: "#9a9894",
    QPalette.ColorRole.Link: "#8cc4ff",
    QPalette.ColorRole.BrightText: "#ffffff",
}
_DISABLED_DARK_TEXT = "#8a8884"

_base_point_size: float | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_DARK_TEXT))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication, theme: str = "system", text_percent: int = 100) -> None:
    """Apply a theme ("system", "light" or "dark") and a text size in percent of the default."""
    global _base_point_size
    if theme == "dark":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())
    font = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_base_point_size * text_percent / 100)
    app.setFont(font)
