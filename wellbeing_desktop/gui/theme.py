"""Light, dark, high contrast or the system's look, and a text size, applied to the whole application.

The dark palette keeps contrast at or above WCAG AA for body text; high contrast is white on black
with yellow for focus and selection (AAA throughout). Charts read their colours from the palette so
they follow the theme. The app's own themes draw a clear focus outline (gui/focus_style.py).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

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
_HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#c8c8c8",
    QPalette.ColorRole.Link: "#7fdfff",
    QPalette.ColorRole.LinkVisited: "#e0b0ff",
    QPalette.ColorRole.BrightText: "#ffff00",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#c8c8c8",
    QPalette.ColorRole.Mid: "#c8c8c8",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Shadow: "#ffffff",
}
_DISABLED_HIGH_CONTRAST_TEXT = "#a8a8a8"  # 8.6:1 on black
THEMES = ("system", "light", "dark", "high-contrast")

_base_point_size: float | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_DARK_TEXT))
    return palette


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _HIGH_CONTRAST.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_HIGH_CONTRAST_TEXT))
    return palette


def is_high_contrast(palette: QPalette) -> bool:
    """Text and window at opposite ends of lightness, as in the high-contrast theme."""
    window = palette.color(QPalette.ColorRole.Window).lightnessF()
    return abs(window - palette.color(QPalette.ColorRole.WindowText).lightnessF()) > 0.95


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication, theme: str = "system", text_percent: int = 100) -> None:
    """Apply a theme ("system", "light", "dark" or "high-contrast") and a text size in percent of the
    default."""
    global _base_point_size
    if theme == "dark":
        app.setStyle(_focus_style())
        app.setPalette(dark_palette())
    elif theme == "high-contrast":
        app.setStyle(_focus_style(width=3, borders=True))
        app.setPalette(high_contrast_palette())
    elif theme == "light":
        app.setStyle(_focus_style())
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())
    font = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_base_point_size * text_percent / 100)
    app.setFont(font)


def _focus_style(width: int = 2, borders: bool = False) -> QStyle:
    from wellbeing_desktop.gui.focus_style import FocusOutlineStyle

    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return FocusOutlineStyle(fusion, width, borders)
