"""How the main window lays its screens out: a navigation list that grows with the text size, and
screens that scroll rather than squeeze when large text needs more room than the window has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

# Roomy, calm navigation; colours come from the palette, so it follows the themes, and its size from
# the text size (10% above the app's; %1 is filled in by style_navigation).
NAV_STYLE = """
QListWidget#navList { padding-top: 16px; font-size: %1pt; background: palette(alternate-base); }
QListWidget#navList::item { padding: 9px 20px; border-radius: 6px; margin: 1px 8px; color: palette(text); }
QListWidget#navList::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


def style_navigation(nav: QListWidget) -> None:
    """The navigation's text follows the text size, and the list widens to show every title whole."""
    points = max(QApplication.font().pointSizeF(), 8.0) * 1.1
    nav.setStyleSheet(NAV_STYLE.replace("%1", f"{points:.1f}"))
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    metrics = QFontMetrics(font)
    widest = max((metrics.horizontalAdvance(nav.item(i).text()) for i in range(nav.count())), default=0)
    nav.setFixedWidth(max(220, widest + 72))  # the items' padding and margins, and a little air


def scroll_screens(layout: QBoxLayout, stack: QStackedWidget, page: QWidget) -> None:
    """Put the screens' stack in a scroll area within `layout`. At the usual size every screen fits,
    and no scroll bar shows."""
    scroll = QScrollArea(page)
    scroll.setObjectName("viewScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    layout.replaceWidget(stack, scroll)
    scroll.setWidget(stack)


def size_to(stack: QStackedWidget, shown: QWidget) -> None:
    """The screen on show sets how much room the stack needs (not the largest of all screens), so
    one screen's needs at large text do not make another scroll."""
    for i in range(stack.count()):
        page = stack.widget(i)
        policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
        if page is not None:
            page.setSizePolicy(policy, policy)
    stack.updateGeometry()
