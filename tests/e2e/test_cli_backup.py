"""`backup --output PATH`: a new, checked vault folder that opens with the same passphrase, holds the
same data, is encrypted, and never replaces anything."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.cli_runner import init_vault, with_passphrase
from tests.e2e.test_cli_commands import DOCUMENT
from tests.unit.vault.plaintext import find_marker


def _vault_with_data(tmp_path: Path) -> Path:
    folder = init_vault(tmp_path / "vault")
    doc = json.loads(json.dumps(DOCUMENT))
    doc["entries"][0]["body"] += " Periwinkleharbour."
    (tmp_path / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    assert with_passphrase("import", folder, tmp_path / "in.json").code == 0
    return folder


def _export(folder: Path, out: Path) -> dict[str, object]:
    assert with_passphrase("export", folder, "--format", "json", "--output", out).code == 0
    return {k: v for k, v in json.loads(out.read_text(encoding="utf-8")).items() if k != "exported_at"}


def test_a_backup_is_a_checked_encrypted_copy_that_opens_with_the_same_passphrase(tmp_path: Path) -> None:
    folder = _vault_with_data(tmp_path)
    backup = tmp_path / "backups" / "2026-11-26"
    backup.parent.mkdir()
    result = with_passphrase("backup", folder, "--output", backup)
    assert result.code == 0, result.err
    assert result.out.startswith("Backed up 2 entries and 1 check-in to ")
    assert sorted(p.name for p in backup.iterdir()) == ["vault.db", "vault.keys"]
    assert backup.stat().st_mode & 0o777 == 0o700
    assert list(backup.parent.iterdir()) == [backup], "no temporary folder left behind"
    assert with_passphrase("check", backup).code == 0
    assert _export(folder, tmp_path / "a.json") == _export(backup, tmp_path / "b.json")
    assert find_marker(backup, "Periwinkleharbour") == []


def test_a_backup_never_replaces_anything(tmp_path: Path) -> None:
    folder = _vault_with_data(tmp_path)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "photo.jpg").write_bytes(b"\xff\xd8")
    result = with_passphrase("backup", folder, "--output", taken)
    assert result.code == 1
    assert "already exists" in result.err
    assert sorted(p.name for p in taken.iterdir()) == ["photo.jpg"]
    missing_parent = with_passphrase("backup", folder, "--output", tmp_path / "nowhere" / "backup")
    assert missing_parent.code == 1
    assert "does not exist" in missing_parent.err


def test_a_wrong_passphrase_writes_no_backup(tmp_path: Path) -> None:
    folder = _vault_with_data(tmp_path)
    result = with_passphrase("backup", folder, "--output", tmp_path / "b", passphrase="not the right one")
    assert result.code == 3
    assert not (tmp_path / "b").exists()
