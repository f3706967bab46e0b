"""Preferences ▸ Change passphrase and Rotate encryption key, driven as a person would, against a real vault;
and the dialogs' pictures (tests/gui/safekeeping_screenshots.py) are drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from tests.unit.vault.builders import make_entry
from wellbeing_desktop.errors import VaultDamaged, WrongPassphrase
from wellbeing_desktop.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from wellbeing_desktop.gui.dialogs.rotate_key_dialog import RotateKeyDialog
from wellbeing_desktop.gui.forms.ui_create_vault import Ui_CreateVaultView
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.vault import Vault

NEW = "a slow boat along the canal"


def _every_input_is_named(dialog: QWidget) -> None:
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QPushButton):
            assert widget.objectName(), f"a {type(widget).__name__} has no objectName"
        if isinstance(widget, QLineEdit):
            assert widget.accessibleName(), widget.objectName()


def test_change_passphrase_in_the_gui(qtbot: QtBot, session: VaultSession) -> None:
    folder = session.folder
    recovery = session.vault.create_recovery_key()
    with session.vault.transaction():
        session.vault.entries.save(make_entry(title="Kept as it was"))
    session.vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = (folder / "vault.db").read_bytes()
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    _every_input_is_named(dialog)
    # The same guidance as when the vault was made.
    made = QWidget()
    qtbot.addWidget(made)
    create_form = Ui_CreateVaultView()
    create_form.setupUi(made)
    assert dialog.ui.guidanceLabel.text() == create_form.guidanceLabel.text()

    ui = dialog.ui
    ui.currentEdit.setText("not my passphrase at all")
    ui.newEdit.setText(NEW)
    ui.confirmEdit.setText(NEW + " typo")
    dialog.changeButton.click()
    assert ui.errorLabel.text() == "The two new passphrases are different. Please type them again."

    ui.confirmEdit.setText(NEW)
    dialog.changeButton.click()
    qtbot.waitUntil(lambda: not ui.busyBar.isVisible() and ui.errorLabel.isVisible(), timeout=20_000)
    assert ui.errorLabel.text() == "That is not your current passphrase. Please type it again."
    assert ui.currentEdit.text() == ""

    ui.currentEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        dialog.changeButton.click()
    assert "Your recovery key, if you made one, keeps working." in ui.doneLabel.text()
    assert ui.newEdit.text() == ui.confirmEdit.text() == ui.currentEdit.text() == ""
    dialog.findChild(QPushButton, "closeButton").click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    session.lock()

    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    with Vault.open(folder, NEW) as vault:
        assert [e.title for e in vault.entries.all()] == ["Kept as it was"]
    Vault.open_with_recovery_key(folder, recovery).lock()
    assert (folder / "vault.db").read_bytes() == db_before, "a passphrase change never touches vault.db"


def test_rotate_the_key_from_preferences(qtbot: QtBot, session: VaultSession) -> None:
    folder = session.folder
    session.vault.create_recovery_key()
    with session.vault.transaction():
        for i in range(30):
            session.vault.entries.save(make_entry(title=f"Entry {i}"))
    old_key = session.vault.data_key_copy()
    preferences = PreferencesDialog(session)
    qtbot.addWidget(preferences)
    preferences.show()
    assert preferences.findChild(QLabel, "recoveryStateLabel").text() == "Made"
    dialog = RotateKeyDialog(session, preferences)
    qtbot.addWidget(dialog)
    dialog.rotated.connect(lambda _removed: preferences._show_recovery_state())
    dialog.show()
    _every_input_is_named(dialog)
    ui = dialog.ui
    assert ui.recoveryLabel.isVisible(), "the recovery key's fate is said before starting"

    ui.passphraseEdit.setText("the wrong passphrase")
    dialog.rotateButton.click()
    qtbot.waitUntil(lambda: ui.errorLabel.isVisible(), timeout=20_000)
    assert ui.errorLabel.text() == "That passphrase does not open your vault. Please type it again."

    ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.rotated, timeout=30_000) as blocker:
        dialog.rotateButton.click()
        assert ui.busyBar.isVisible()
    assert blocker.args == [True]
    assert ui.doneLabel.text().startswith("Done. Your vault has a new encryption key")
    assert "make a new one in Preferences" in ui.doneLabel.text()
    assert preferences.findChild(QLabel, "recoveryStateLabel").text() == "None yet"
    assert session.vault.entries.count() == 30, "the open vault goes on working"
    assert session.vault.problems() == []
    session.lock()

    with pytest.raises(VaultDamaged):
        Vault.open_with_key(folder, old_key)
    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.entries.count() == 30
        assert vault.problems() == []


def test_locking_during_a_rotation_clears_at_once_and_closes_the_vault_after(
    qtbot: QtBot, session: VaultSession
) -> None:
    folder = session.folder
    vault = session.vault
    dialog = RotateKeyDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.rotated, timeout=30_000):
        dialog.rotateButton.click()
        with qtbot.waitSignal(session.locked):
            session.lock()  # as auto-lock would, while the key work runs on another thread
        assert not session.is_unlocked
    qtbot.waitUntil(lambda: vault.is_locked)
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.problems() == []


def test_the_safekeeping_dialogs_are_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.gui.safekeeping_screenshots import grab_dialogs

    written = grab_dialogs(tmp_path, themes=("dark",))
    assert {p.stem for p in written} == {
        "preferences-dark",
        "change-passphrase-dark",
        "rotate-key-dark",
        "restore-dark",
    }
    for path in written:
        image = QImage(str(path))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 10, path.name
