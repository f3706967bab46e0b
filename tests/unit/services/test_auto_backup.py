"""Automatic backups: at most daily, the newest seven kept, and nothing deleted that the app did not make."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.unit.services.documents import PASSPHRASE
from tests.unit.vault.builders import make_entry
from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.services import auto_backup, preferences
from wellbeing_desktop.vault import Vault

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _back_up(vault: Vault, shelf: Path, now: datetime) -> auto_backup.AutoBackup | None:
    key = vault.data_key_copy()
    try:
        return auto_backup.back_up_if_due(shelf, vault.folder, key, now)
    finally:
        key[:] = bytes(len(key))


def test_a_backup_is_made_when_none_was_made_today_and_opens_with_the_passphrase(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.transaction():
        vault.entries.save(make_entry(title="Before closing"))
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    made = _back_up(vault, shelf, NOON)
    assert made is not None
    assert made.summary.folder == shelf / "Wellbeing automatic backup 2026-11-26 12.00.00"
    assert made.removed == ()
    with Vault.open(made.summary.folder, PASSPHRASE) as copy:
        assert [e.title for e in copy.entries.all()] == ["Before closing"]
        assert copy.problems() == []

    assert _back_up(vault, shelf, NOON + timedelta(hours=23, minutes=59)) is None, "at most daily"
    assert _back_up(vault, shelf, NOON + timedelta(days=1)) is not None
    assert len(auto_backup.automatic_backups(shelf)) == 2


def test_a_backup_dated_in_the_future_does_not_stop_todays(vault: Vault, tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    assert _back_up(vault, shelf, NOON + timedelta(days=30)) is not None  # the clock was wrong once
    assert auto_backup.is_due(shelf, NOON)


def test_only_the_newest_seven_are_kept_and_nothing_else_is_touched(vault: Vault, tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    # Things that are not automatic backups, though some look like one.
    mine = shelf / "My own backup"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    lookalike = shelf / "Wellbeing automatic backup 2020-01-01 09.00.00"
    lookalike.mkdir()
    (lookalike / "photo.jpg").write_bytes(b"\xff\xd8")
    (shelf / "Wellbeing automatic backup 2020-01-02 09.00.00").write_text("a file, not a folder")
    for day in range(10):
        assert _back_up(vault, shelf, NOON + timedelta(days=day)) is not None
    # An old automatic backup the person added a file to is theirs now: it stays.
    kept = auto_backup.automatic_backups(shelf)
    assert len(kept) == 7
    assert [when.day for when, _ in kept] == [29, 30, 1, 2, 3, 4, 5]

    annotated = kept[0][1]
    (annotated / "read me.txt").write_text("the one from before the move")
    last = _back_up(vault, shelf, NOON + timedelta(days=10))
    assert last is not None
    assert last.removed == ()  # the oldest is annotated, so it is left alone
    assert annotated.exists()
    assert (mine / "notes.txt").read_text() == "keep me"
    assert (lookalike / "photo.jpg").exists()
    assert (shelf / "Wellbeing automatic backup 2020-01-02 09.00.00").is_file()


def test_a_missing_folder_is_one_sentence(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(WellbeingError, match=r"is not there \(is its drive connected\?\)\.$"):
        _back_up(vault, tmp_path / "usb stick", NOON)
    with pytest.raises(WellbeingError, match="outside your vault"):
        _back_up(vault, vault.folder, NOON)


def test_the_folder_is_a_preference_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    assert preferences.load(vault)["auto_backup_folder"] == ""
    preferences.save(vault, {"auto_backup_folder": str(tmp_path)})
    assert preferences.load(vault)["auto_backup_folder"] == str(tmp_path)
    with pytest.raises(WellbeingError):
        preferences.save(vault, {"auto_backup_folder": 7})
