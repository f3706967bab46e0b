"""Helpers shared by the Plan screen tests (no tests of its own)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.plan_view import PlanView

# A plan written the way a peer supporter might write it (no real person's details).
REALISTIC_PLAN: dict[str, list[str]] = {
    "daily": [
        "A walk at lunchtime, even a short one",
        "Cooking something proper on a Sunday",
        "Phone on charge in the kitchen, not by the bed",
    ],
    "warning-signs": [
        "Snapping at people I love is my early sign",
        "Replaying calls on the bus home",
        "Groups where someone talks about their own self-harm can stir up my past",
    ],
    "coping": [
        "Text Priya after a hard shift",
        "Five slow breaths before I pick up the next call",
        "Headphones and the long way home",
    ],
    "after-difficult": ["Ten minutes outside before I see anyone else", "Tell my supervisor the same day"],
    "people": [
        "Priya, another peer supporter on my team",
        "My supervisor, sooner than our session if I need to",
    ],
    "boundaries": ["I don't check work messages after 7pm", "I don't give out my personal number"],
}


def open_plan_view(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: Clock) -> PlanView:
    """A Plan screen on an unlocked session, shown at a desktop size."""
    view = PlanView(session, content, clock)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    if session.is_unlocked:
        view.vault_opened()
    return view


def fill_plan(view: PlanView, plan: dict[str, list[str]] = REALISTIC_PLAN) -> None:
    for key, texts in plan.items():
        for text in texts:
            assert view.changes.add_item(key, text)


def texts(view: PlanView, key: str) -> list[str]:
    return [item.text for item in view.section(key).model.items()]


def words_in_widgets(root: QWidget) -> list[str]:
    """Every piece of text any widget under `root` holds: labels, fields, buttons, documents and the
    rows of every item view."""
    found: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_words(widget.model())
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        found += [action.text() for action in widget.actions()]
    return [text for text in found if text]


def _model_words(model: QAbstractItemModel) -> list[str]:
    return [str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())]
