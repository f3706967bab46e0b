"""The whole window on a real vault: idle auto-lock (with a fake clock) leaves no content in any widget,
unlocking returns to the same screen and entry, and the clipboard forgets what the app copied."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from tests.gui.test_diary_lock import every_text
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession

MARKERS = ("Wintergreen", "hollyhock", "Tamarisk")


def _leaks(window: MainWindow) -> list[str]:
    return [t for t in every_text(window) for m in MARKERS if m.casefold() in t.casefold()]


def test_idle_lock_clears_every_screen_and_unlock_returns(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    session = locked_session
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)

    window.write("debrief")
    editor = window.diary.editor.ui
    qtbot.keyClicks(editor.titleEdit, "Wintergreen shift")
    qtbot.keyClicks(editor.bodyEdit, "A hollyhock of a day.")
    window.diary.save_pending()
    entry_id = window.diary.current_entry_id()
    with session.vault.transaction():
        session.vault.plan.save_section("daily", "What keeps me well day to day")
        session.vault.plan.add_item("daily", "Tamarisk tea at four")
    session.changed.emit("plan")
    window.show_view(window.views.index(window.plan))
    window.show_view(window.views.index(window.diary))
    assert _leaks(window), "the markers must be visible before the lock"

    clock.advance(5 * 60 - 1)
    window.autolock.check()
    assert session.is_unlocked
    clock.advance(1)
    window.autolock.check()

    assert not session.is_unlocked
    assert window.ui.pages.currentWidget() is window.ui.lockPage
    assert _leaks(window) == []
    assert window.windowTitle() == "Wellbeing Desktop"

    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    assert window.current_view() is window.diary
    assert window.diary.current_entry_id() == entry_id
    assert editor.titleEdit.text() == "Wintergreen shift"


def test_minimising_locks(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.show()
    window._show_app()
    with qtbot.waitSignal(session.locked):
        window.showMinimized()
        QApplication.processEvents()


def test_clipboard_forgets_copied_diary_text_on_lock(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clipboard = QApplication.clipboard()
    clipboard.setText("Wintergreen copied from an entry")  # as when the app itself copies
    session.lock()
    assert clipboard.text() == ""


def test_clipboard_leaves_other_programs_text_alone(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clipboard = QApplication.clipboard()
    clipboard.setText("Wintergreen copied from an entry")
    with QSignalBlocker(clipboard):  # another program replaces it: the app does not hear its own copy
        clipboard.setText("a shopping list from another program")
    session.lock()
    assert clipboard.text() == "a shopping list from another program"


def test_locking_closes_dialogs_that_show_personal_things(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    from wellbeing_desktop.gui.dialogs.recovery_key_dialog import RecoveryKeyDialog
    from wellbeing_desktop.gui.dialogs.support_dialog import SupportDialog

    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.show()
    support = SupportDialog(session, content.signposts, window)
    support.show()
    key = RecoveryKeyDialog("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH-IIIII-JJJJJ-KKKKK", window)
    key.show()
    key.reject()  # Escape alone does not close the key
    assert key.isVisible()
    session.lock()
    assert not support.isVisible()
    assert not key.isVisible()
