"""`restore --from PATH`: the backup replaces the vault after a check; the current vault is kept aside,
never deleted; a refusal or a wrong passphrase changes nothing."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from tests.e2e.cli_runner import PASSPHRASE, init_vault, run_cli, with_passphrase
from tests.e2e.test_cli_commands import DOCUMENT


def _titles(folder: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / f"export-{folder.name}.json"
    out.unlink(missing_ok=True)
    assert with_passphrase("export", folder, "--format", "json", "--output", out).code == 0
    return sorted(e["title"] for e in json.loads(out.read_text(encoding="utf-8"))["entries"])


def _import(folder: Path, tmp_path: Path, title: str) -> None:
    """One entry titled `title`, with an id of its own."""
    doc = json.loads(json.dumps(DOCUMENT))
    doc["entries"] = doc["entries"][:1]
    doc["entries"][0]["title"] = title
    doc["entries"][0]["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, title))
    source = tmp_path / f"{title}.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    assert with_passphrase("import", folder, source).code == 0


def test_restore_replaces_the_vault_and_keeps_the_old_one_aside(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    _import(vault, tmp_path, "first")
    assert with_passphrase("backup", vault, "--output", tmp_path / "backup").code == 0
    _import(vault, tmp_path, "written after the backup")
    assert _titles(vault, tmp_path) == ["first", "written after the backup"]

    result = with_passphrase("restore", vault, "--from", tmp_path / "backup", "--yes")
    assert result.code == 0, result.err
    assert "Restored 1 entry" in result.out
    assert _titles(vault, tmp_path) == ["first"]
    (aside,) = [p for p in tmp_path.iterdir() if p.name.startswith("vault before restore ")]
    assert f"kept at {aside}" in result.out
    assert _titles(aside, tmp_path) == ["first", "written after the backup"]
    assert with_passphrase("check", tmp_path / "backup").code == 0, "the backup itself is untouched"


def test_restore_onto_a_new_computer(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "old")
    _import(vault, tmp_path, "first")
    assert with_passphrase("backup", vault, "--output", tmp_path / "backup").code == 0
    result = with_passphrase("restore", tmp_path / "new", "--from", tmp_path / "backup", "--yes")
    assert result.code == 0, result.err
    assert "kept at" not in result.out
    assert _titles(tmp_path / "new", tmp_path) == ["first"]


def test_restore_asks_first_and_refuses_without_a_terminal(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    assert with_passphrase("backup", vault, "--output", tmp_path / "backup").code == 0
    result = with_passphrase("restore", vault, "--from", tmp_path / "backup")
    assert result.code == 2
    assert "--yes" in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "vault"]


def test_a_wrong_passphrase_or_an_open_vault_changes_nothing(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    assert with_passphrase("backup", vault, "--output", tmp_path / "backup").code == 0
    wrong = run_cli(
        "restore",
        "--vault",
        vault,
        "--from",
        tmp_path / "backup",
        "--yes",
        "--passphrase-stdin",
        stdin="not the passphrase\n",
    )
    assert wrong.code == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "vault"]
    (vault / "vault.db-wal").write_bytes(b"")  # as while the app has it open
    busy = with_passphrase("restore", vault, "--from", tmp_path / "backup", "--yes", passphrase=PASSPHRASE)
    assert busy.code == 1
    assert "open in Wellbeing Desktop" in busy.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "vault"]


def test_restoring_something_that_is_not_a_backup(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    (tmp_path / "photos").mkdir()
    result = with_passphrase("restore", vault, "--from", tmp_path / "photos", "--yes")
    assert result.code == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos", "vault"]
