"""File ▸ Back up now writes a verified backup off the GUI thread into the folder the person chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from tests.unit.vault.builders import make_entry
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.vault import Vault


def _window(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.show()
    return window


def test_back_up_now(
    qtbot: QtBot,
    session: VaultSession,
    content: ContentPack,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with session.vault.transaction():
        session.vault.entries.save(make_entry(title="Worth keeping"))
    window = _window(qtbot, session, content, clock)
    assert window.ui.actionBackUp.isEnabled()
    shelf = tmp_path / "usb"
    shelf.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(shelf))
    window.ui.actionBackUp.trigger()
    assert window.backup is not None
    with qtbot.waitSignal(window.backup.finished, timeout=30_000) as blocker:
        pass
    (made,) = list(shelf.iterdir())
    assert made.name.startswith("Wellbeing backup ")
    assert blocker.args == [f"Your backup is in {made}. It is encrypted and opens with your passphrase."]
    with Vault.open(made, PASSPHRASE) as copy:
        assert [e.title for e in copy.entries.all()] == ["Worth keeping"]
    assert window.statusBar().currentMessage() == blocker.args[0]


def test_a_backup_that_cannot_be_written_says_why(
    qtbot: QtBot,
    session: VaultSession,
    content: ContentPack,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, session, content, clock)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "unplugged"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window.ui.actionBackUp.trigger()
    assert window.backup is not None
    with qtbot.waitSignal(window.backup.finished, timeout=30_000):
        pass
    assert warnings == [f"The folder {tmp_path / 'unplugged'} does not exist."]


def test_back_up_is_only_offered_while_unlocked(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = _window(qtbot, locked_session, content, clock)
    assert not window.ui.actionBackUp.isEnabled()
