"""What every screen of the main window does as the vault opens, locks and changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the content pack loads once the screens are built, not when this module is imported
    from wellbeing_desktop.content.pack import ContentPack
    from wellbeing_desktop.gui.clock import Clock
    from wellbeing_desktop.gui.vault_session import VaultSession


class AppView(QWidget):
    """A screen. The main window calls `vault_opened` after unlocking, `save_pending` before switching
    away, locking or closing, and `clear` once locked: a cleared view holds no content at all (no
    text in any widget, no undo history, no search)."""

    key = ""  # "today", "diary", "plan" or "mood": which menu action shows it
    title = ""
    announcing = False  # see announce()

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.content = content
        self.clock = clock
        session.unlocked.connect(self.vault_opened)
        session.about_to_lock.connect(self.save_pending)
        session.locked.connect(self.clear)

    def announce(self, what: str) -> None:
        """Tell the other screens that `what` changed (session.changed) without reloading this one:
        `announcing` is True while the signal is out, so this screen's own listener can skip it."""
        self.announcing = True
        try:
            self.session.changed.emit(what)
        finally:
            self.announcing = False

    def vault_opened(self) -> None:
        """Load from session.vault."""

    def save_pending(self) -> None:
        """Write any unsaved edit now."""

    def clear(self) -> None:
        """Forget every piece of content."""
