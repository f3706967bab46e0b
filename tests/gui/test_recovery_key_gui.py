"""Make a recovery key in Preferences (shown once, two groups typed back), then use it from the unlock
screen when the passphrase is forgotten."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from wellbeing_desktop.gui.dialogs.recover_dialog import RecoverDialog
from wellbeing_desktop.gui.dialogs.recovery_key_dialog import CHECKED_GROUPS, RecoveryKeyDialog
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.vault import Vault


def test_the_key_dialog_closes_only_once_two_groups_are_typed_back(qtbot: QtBot) -> None:
    key = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH-IIIII-JJJJJ-KKKKK"
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.keyLabel.text() == key
    assert not ok.isEnabled()
    dialog.reject()  # Escape does not lose the key unseen
    assert dialog.result() == 0 and not ok.isEnabled()
    groups = key.split("-")
    qtbot.keyClicks(dialog.checks[0], groups[CHECKED_GROUPS[0]].lower())
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.checks[1], groups[CHECKED_GROUPS[1]])
    assert ok.isEnabled()


def test_make_a_recovery_key_in_preferences(qtbot: QtBot, session: VaultSession) -> None:
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.recoveryStateLabel.text() == "None yet"
    shown: list[str] = []

    def confirm() -> None:
        keys = QApplication.activeModalWidget()
        assert isinstance(keys, RecoveryKeyDialog)
        shown.append(keys.keyLabel.text())
        groups = keys.keyLabel.text().split("-")
        for field, index in zip(keys.checks, CHECKED_GROUPS, strict=True):
            field.setText(groups[index])
        keys.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, confirm)
    dialog.makeRecoveryButton.click()
    assert dialog.recoveryStateLabel.text() == "Made"
    assert session.vault.has_recovery_key
    folder = session.folder
    session.lock()
    with Vault.open_with_recovery_key(folder, shown[0]) as opened:
        assert opened.vault_id


def test_forgot_your_passphrase_from_the_unlock_screen(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    with Vault.open(locked_session.folder, PASSPHRASE) as vault:
        key = vault.create_recovery_key()
    window = MainWindow(locked_session, content, clock)
    qtbot.addWidget(window)
    window.show()
    assert window.unlock_view.forgotButton.isVisible()
    dialog = RecoverDialog(locked_session, window)
    qtbot.addWidget(dialog)
    dialog.keyEdit.setText(key[:-3])
    dialog.newEdit.setText("a fresh start passphrase")
    dialog.againEdit.setText("a fresh start passphrase")
    dialog.recover()
    qtbot.waitUntil(lambda: dialog.errorLabel.text() != "", timeout=20_000)
    assert "check each group" in dialog.errorLabel.text()
    dialog.keyEdit.setText(key)
    with qtbot.waitSignal(locked_session.unlocked, timeout=20_000):
        dialog.recover()
    assert window.ui.pages.currentWidget() is window.ui.appPage
    assert dialog.keyEdit.text() == "" and dialog.newEdit.text() == ""
    locked_session.lock()
    with Vault.open(locked_session.folder, "a fresh start passphrase") as reopened:
        assert reopened.has_recovery_key


@pytest.mark.parametrize(
    ("new", "again", "message"), [("short", "short", "at least 8"), ("long enough 1", "other", "different")]
)
def test_the_new_passphrase_is_checked(
    qtbot: QtBot, locked_session: VaultSession, new: str, again: str, message: str
) -> None:
    dialog = RecoverDialog(locked_session)
    qtbot.addWidget(dialog)
    dialog.keyEdit.setText("AAAAA")
    dialog.newEdit.setText(new)
    dialog.againEdit.setText(again)
    dialog.recover()
    assert message in dialog.errorLabel.text()


def test_locking_while_the_key_is_shown_keeps_no_key(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    from wellbeing_desktop.vault import keyfile

    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    dialog = PreferencesDialog(session, window)
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, session.lock)  # auto-lock while the new key is on screen
    dialog.makeRecoveryButton.click()
    slots = keyfile.read(session.folder / "vault.keys").slots
    assert [slot.kind for slot in slots] == ["passphrase"], "a key nobody confirmed opens nothing"
