"""A backup that fails its check is not kept: no folder, no temporary leftovers, the vault untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.vault.builders import make_entry
from wellbeing_desktop.errors import StorageError, WellbeingError
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault import backup as backup_module


def test_a_backup_that_does_not_match_is_not_kept(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with vault.transaction():
        vault.entries.save(make_entry(title="kept"))
    real_counts = backup_module._counts
    calls: list[int] = []

    def differing(conn: object) -> tuple[int, int, int]:
        calls.append(1)
        entries, checkins, items = real_counts(conn)
        return (entries + 1 if len(calls) == 1 else entries, checkins, items)  # the copy looks short

    monkeypatch.setattr(backup_module, "_counts", differing)
    target = tmp_path / "out" / "backup"
    target.parent.mkdir()
    with pytest.raises(StorageError, match="differ"):
        backup_module.write_backup(vault, target)
    assert list(target.parent.iterdir()) == []
    assert [e.title for e in vault.entries.all()] == ["kept"]


def test_a_backup_needs_a_new_folder(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "there").mkdir()
    with pytest.raises(WellbeingError, match="already exists"):
        backup_module.write_backup(vault, tmp_path / "there")
