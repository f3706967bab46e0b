"""Preferences: the reminder (off by default, a time) is kept in the vault; Content packs opens from here."""

from __future__ import annotations

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from wellbeing_desktop.gui.dialogs.content_packs_dialog import ContentPacksDialog
from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import preferences


def test_the_reminder_is_off_by_default_and_saved_in_the_vault(qtbot: QtBot, session: VaultSession) -> None:
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    row = dialog.reminderRow
    assert not row.reminderCheck.isChecked() and not row.reminderTimeEdit.isEnabled()
    assert row.reminderTimeEdit.time() == QTime(17, 0)
    assert row.reminderTimeEdit.accessibleName() == "Reminder time"
    row.reminderCheck.setChecked(True)
    row.reminderTimeEdit.setTime(QTime(20, 15))
    with qtbot.waitSignal(session.changed):
        dialog.save()
    values = preferences.load(session.vault)
    assert (values["reminder_on"], values["reminder_minute"]) == (True, 20 * 60 + 15)


def test_content_packs_open_from_preferences(qtbot: QtBot, session: VaultSession) -> None:
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.contentPacksButton.click()
    (packs,) = [d for d in dialog.findChildren(ContentPacksDialog) if d.isVisible()]
    assert packs.ui.packList.count() >= 1
    packs.reject()
