"""File ▸ Restore from a backup, and automatic backups when the window closes, on a real vault."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from tests.unit.vault.builders import make_entry
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from wellbeing_desktop.gui.dialogs.restore_dialog import RestoreDialog
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import auto_backup, preferences
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault.backup import write_backup

OLD_PASSPHRASE = "the passphrase from last spring"


def _window(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.show()
    return window


def _titles(vault: Vault) -> list[str]:
    return sorted(e.title for e in vault.entries.all())


def _backup_with_another_passphrase(tmp_path: Path) -> Path:
    with Vault.create(tmp_path / "old vault", OLD_PASSPHRASE) as old:
        with old.transaction():
            old.entries.save(make_entry(title="From the backup"))
        backup = tmp_path / "usb" / "Wellbeing backup 2026-05-01"
        backup.parent.mkdir()
        write_backup(old, backup)
    return backup


def _answer_restore(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, passphrases: list[str]) -> list[str]:
    """RestoreDialog.exec, as a person: type each passphrase in turn; returns the errors seen."""
    errors: list[str] = []

    def exec_(dialog: RestoreDialog) -> int:
        dialog.show()
        for typed in passphrases:
            dialog.ui.passphraseEdit.setText(typed)
            dialog.restoreButton.click()
            qtbot.waitUntil(lambda: not dialog.ui.busyBar.isVisible(), timeout=20_000)
            if dialog.result() == QDialog.DialogCode.Accepted:
                break
            errors.append(dialog.ui.errorLabel.text())
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    return errors


def test_restore_from_a_backup_in_the_gui(
    qtbot: QtBot,
    session: VaultSession,
    content: ContentPack,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with session.vault.transaction():
        session.vault.entries.save(make_entry(title="Written today"))
    backup = _backup_with_another_passphrase(tmp_path)
    window = _window(qtbot, session, content, clock)
    assert window.ui.actionRestore.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(backup))
    errors = _answer_restore(qtbot, monkeypatch, ["not it", OLD_PASSPHRASE])

    window.ui.actionRestore.trigger()
    assert window.restore is not None
    with qtbot.waitSignal(window.restore.finished, timeout=30_000) as blocker:
        pass
    assert errors == [
        "That passphrase does not open this backup. It is the one you used when the backup was made."
    ]
    stamp = clock.now().strftime("%Y-%m-%d %H.%M.%S")
    aside = session.folder.with_name(f"vault before restore {stamp}")
    assert blocker.args == [f"Your vault is restored from {backup}. Your previous vault is kept in {aside}."]
    assert session.is_unlocked, "the restored vault is open straight away"
    assert _titles(session.vault) == ["From the backup"]
    assert window.ui.pages.currentWidget() is window.ui.appPage
    session.lock()
    with Vault.open(session.folder, OLD_PASSPHRASE) as restored:
        assert restored.problems() == []
    with Vault.open(aside, PASSPHRASE) as kept:
        assert _titles(kept) == ["Written today"]


def test_a_folder_that_is_not_a_backup_is_refused_in_one_sentence(
    qtbot: QtBot,
    session: VaultSession,
    content: ContentPack,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, session, content, clock)
    holiday = tmp_path / "Holiday photos"
    holiday.mkdir()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    for chosen in (holiday, session.folder):
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, c=chosen: str(c))
        window.ui.actionRestore.trigger()
    assert warnings == [
        f"{holiday} is not a Wellbeing Desktop vault (it has no vault.keys).",
        "That is the vault you are using now; please choose a backup folder instead.",
    ]
    assert session.is_unlocked


def test_restore_is_only_offered_while_unlocked(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = _window(qtbot, locked_session, content, clock)
    assert not window.ui.actionRestore.isEnabled()


# -- automatic backups on close ----------------------------------------------------------------------


def test_closing_writes_a_daily_backup_and_keeps_seven(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock, tmp_path: Path
) -> None:
    shelf = tmp_path / "usb"
    shelf.mkdir()
    preferences.save(session.vault, {"auto_backup_folder": str(shelf)})
    folder = session.folder
    made: list[str] = []
    for day in range(9):
        if not session.is_unlocked:
            with qtbot.waitSignal(session.unlocked, timeout=20_000):
                session.unlock(PASSPHRASE)
        with session.vault.transaction():
            session.vault.entries.save(make_entry(title=f"Day {day}"))
        window = _window(qtbot, session, content, clock)
        with qtbot.waitSignal(window.auto_backup.finished, timeout=30_000) as blocker:
            window.close()
        assert blocker.args == [""]
        assert not session.is_unlocked, "closing goes on to lock"
        made.append(clock.now().strftime(auto_backup.STAMP))
        clock.advance(timedelta(days=1).total_seconds())
    kept = auto_backup.automatic_backups(shelf)
    assert [when.strftime(auto_backup.STAMP) for when, _ in kept] == made[-7:]
    with Vault.open(kept[-1][1], PASSPHRASE) as newest:
        assert _titles(newest) == sorted(f"Day {day}" for day in range(9))
    assert folder.exists()


def test_no_second_backup_on_the_same_day(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock, tmp_path: Path
) -> None:
    preferences.save(session.vault, {"auto_backup_folder": str(tmp_path)})
    window = _window(qtbot, session, content, clock)
    window.close()
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    clock.advance(timedelta(hours=20).total_seconds())
    again = _window(qtbot, session, content, clock)
    again.close()
    assert len(auto_backup.automatic_backups(tmp_path)) == 1


def test_a_backup_that_fails_is_one_sentence_and_closing_goes_on(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock, tmp_path: Path
) -> None:
    unplugged = tmp_path / "USB stick"
    preferences.save(session.vault, {"auto_backup_folder": str(unplugged)})
    window = _window(qtbot, session, content, clock)
    sentence = (
        f"The automatic backup was not written: the folder {unplugged} is not there "
        "(is its drive connected?)."
    )
    with qtbot.waitSignal(window.auto_backup.finished, timeout=30_000) as blocker:
        window.close()
    assert blocker.args == [sentence]
    assert not window.isVisible()
    assert not session.is_unlocked

    # Told at the next unlock, since the window was gone by then.
    again = _window(qtbot, session, content, clock)
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    assert again.statusBar().currentMessage() == f"Last time you closed the app: {sentence}"


def test_choose_the_folder_in_preferences(
    qtbot: QtBot, session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    state = dialog.findChild(QLabel, "autoBackupStateLabel")
    off = dialog.findChild(QPushButton, "autoBackupOffButton")
    assert state.text().startswith("Off.")
    assert not off.isVisible()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(session.folder))
    dialog.findChild(QPushButton, "autoBackupChooseButton").click()
    assert dialog.errorLabel.text() == "Please choose a folder outside your vault for automatic backups."
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    dialog.findChild(QPushButton, "autoBackupChooseButton").click()
    assert str(tmp_path) in state.text()
    assert off.isVisible()
    dialog.save()
    assert preferences.load(session.vault)["auto_backup_folder"] == str(tmp_path)

    again = PreferencesDialog(session)
    qtbot.addWidget(again)
    again.show()
    again.findChild(QPushButton, "autoBackupOffButton").click()
    again.save()
    assert preferences.load(session.vault)["auto_backup_folder"] == ""
