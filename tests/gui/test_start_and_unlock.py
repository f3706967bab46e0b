"""First run and later runs: create a vault, unlock (wrong, then right), lock with Ctrl+L and on idle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession


def _window(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_run_creates_a_vault(
    qtbot: QtBot, tmp_path: Path, content: ContentPack, clock: FakeClock
) -> None:
    session = VaultSession(tmp_path / "vault")
    window = _window(qtbot, session, content, clock)
    screen = window.create_view
    create = screen.findChild(QPushButton, "createButton")
    first = screen.findChild(QLineEdit, "passphraseEdit")
    second = screen.findChild(QLineEdit, "confirmEdit")
    error = screen.findChild(QLabel, "errorLabel")
    assert create.isVisible()

    qtbot.keyClicks(first, "short")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert error.isVisible() and "at least 8 characters" in error.text()
    assert not (tmp_path / "vault").exists()

    first.setText(PASSPHRASE)
    qtbot.keyClicks(second, PASSPHRASE + "x")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert "different" in error.text()

    qtbot.keyClicks(second, PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is window.ui.appPage
    assert (tmp_path / "vault" / "vault.keys").exists()
    assert first.text() == "" and second.text() == ""
    assert window.windowTitle() == "Wellbeing Desktop"


def test_unlock_wrong_then_right(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = _window(qtbot, locked_session, content, clock)
    field = window.unlock_view.ui.passphraseEdit
    error = window.unlock_view.ui.errorLabel
    qtbot.keyClicks(field, "not my passphrase")
    with qtbot.waitSignal(locked_session.failed, timeout=20_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert error.isVisible()
    assert error.text() == "That passphrase does not open this vault."
    assert window.ui.pages.currentWidget() is window.ui.lockPage

    field.setText(PASSPHRASE)
    with qtbot.waitSignal(locked_session.unlocked, timeout=20_000):
        qtbot.mouseClick(window.unlock_view.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is window.ui.appPage
    assert field.text() == ""


def test_caps_lock_hint(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = _window(qtbot, locked_session, content, clock)
    field, hint = window.unlock_view.ui.passphraseEdit, window.unlock_view.ui.capsLockLabel

    def press(text: str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, modifiers, text))

    press("A")  # upper case without Shift: Caps Lock is on
    assert hint.isVisible()
    press("a")
    assert not hint.isVisible()
    press("a", Qt.KeyboardModifier.ShiftModifier)  # lower case with Shift: on again
    assert hint.isVisible()
    assert field.text() == "Aaa"


def test_lock_shortcut_and_idle_lock(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = _window(qtbot, session, content, clock)
    window._show_app()
    with qtbot.waitSignal(session.locked):
        window.ui.actionLock.trigger()
    assert window.ui.pages.currentWidget() is window.ui.lockPage
    assert not session.is_unlocked
    assert not window.ui.actionNewEntry.isEnabled()

    field = window.unlock_view.ui.passphraseEdit
    field.setText(PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    clock.advance(4 * 60)
    window.autolock.check()
    assert session.is_unlocked, "not idle long enough yet"
    clock.advance(61)
    with qtbot.waitSignal(session.locked):
        window.autolock.check()
    assert window.ui.pages.currentWidget() is window.ui.lockPage
