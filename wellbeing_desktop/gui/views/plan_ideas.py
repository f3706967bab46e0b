""" "Ideas…" beside the coping section's add line: the content packs' coping ideas, as a menu. Choosing
one adds it to the plan like a typed item (so it can be undone); ideas already in the plan are not
offered, and the button hides when none are left."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class CopingIdeasButton(QToolButton):
    """Signals: chosen(str) with the idea's text."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copingIdeasButton")
        self.setText(self.tr("Ideas…"))
        self.setAccessibleName(self.tr("Ideas for coping strategies"))
        self.setAccessibleDescription(
            self.tr("Choose one to add it to your plan; you can change the words afterwards.")
        )
        self.setToolTip(self.tr("Some ideas for coping strategies: pick any that suit you."))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.setObjectName("copingIdeasMenu")
        self.setMenu(menu)
        self.hide()

    def offer(self, ideas: Sequence[str]) -> None:
        """Show `ideas` in the menu; with none, the button hides."""
        menu = self.menu()
        if self.ideas() != list(ideas):
            menu.clear()
            for text in ideas:
                action = menu.addAction(text.replace("&", "&&"), partial(self.chosen.emit, text))
                action.setData(text)
        self.setVisible(bool(ideas))

    def ideas(self) -> list[str]:
        """The ideas on offer, as the pack words them."""
        return [str(action.data()) for action in self.menu().actions()]
