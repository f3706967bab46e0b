"""Say once, after unlocking, which installed content packs were left out because they no longer load."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from wellbeing_desktop.content import ContentPack
from wellbeing_desktop.gui.vault_session import VaultSession


def tell_about_left_out_packs(window: QMainWindow, session: VaultSession, content: ContentPack) -> None:
    """content/installed.py gives one sentence per pack it left out; the status bar shows them, quietly."""
    notices: tuple[str, ...] = getattr(content, "notices", ())
    if not notices:
        return

    def show() -> None:
        session.unlocked.disconnect(show)
        window.statusBar().showMessage(" ".join(notices), 60_000)

    session.unlocked.connect(show)
