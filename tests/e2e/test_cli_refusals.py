"""Exit codes for what goes wrong: 2 usage · 3 wrong passphrase · 4 not a vault or damaged.

A damaged or foreign vault.db is never replaced by a new empty vault.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.cli_runner import init_vault, run_cli, with_passphrase

COMMANDS = [["check"], ["search", "tea"], ["export", "--format", "json", "--output", "OUT"], ["passwd"]]


def _args(command: list[str], tmp_path: Path) -> list[str]:
    return [str(tmp_path / "out.json") if a == "OUT" else a for a in command]


def _fill(folder: Path, entries: int) -> None:
    """Enough entries that the database spans many pages."""
    import json

    doc = {
        "format": "wellbeing-desktop",
        "version": 1,
        "entries": [
            {
                "id": f"00000000-0000-4000-8000-{i:012d}",
                "created_at": "2026-01-01T09:00:00+00:00",
                "updated_at": "2026-01-01T09:00:00+00:00",
                "title": f"Day {i}",
                "body": "A long day on the ward, then a quiet evening with a book. " * 30,
                "template": None,
                "tags": ["work"],
                "emotions": [],
                "for_supervision": False,
            }
            for i in range(entries)
        ],
    }
    source = folder.parent / "fill.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    assert with_passphrase("import", folder, source).code == 0


def test_wrong_passphrase_exits_3(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "v")
    result = with_passphrase("check", folder, passphrase="not the passphrase")
    assert result.code == 3
    assert result.err == "wellbeing-desktop: That passphrase does not open this vault.\n"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_folder_that_is_not_a_vault_exits_4(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("buy milk")
    for target in (tmp_path / "notes", tmp_path / "missing", tmp_path / "notes" / "todo.txt"):
        result = with_passphrase(command[0], target, *_args(command[1:], tmp_path))
        assert result.code == 4, (target, result.err)
        assert result.err.count("\n") == 1
    assert sorted(p.name for p in (tmp_path / "notes").iterdir()) == ["todo.txt"]
    assert not (tmp_path / "missing").exists()


def _replace_db(folder: Path, content: bytes | None) -> None:
    for extra in folder.glob("vault.db-*"):
        extra.unlink()
    if content is None:
        (folder / "vault.db").unlink()
    else:
        (folder / "vault.db").write_bytes(content)


def _plain_sqlite(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE entries (title TEXT)")
    conn.execute("INSERT INTO entries VALUES ('plain text')")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("kind", ["random", "plain-sqlite", "zero-length", "missing"])
def test_a_foreign_or_empty_database_beside_a_key_file_exits_4(tmp_path: Path, kind: str) -> None:
    folder = init_vault(tmp_path / "v")
    content = {
        "random": os.urandom(64 * 1024),
        "plain-sqlite": _plain_sqlite(tmp_path / "plain.db"),
        "zero-length": b"",
        "missing": None,
    }[kind]
    _replace_db(folder, content)
    for command in COMMANDS:
        result = with_passphrase(command[0], folder, *_args(command[1:], tmp_path))
        assert result.code == 4, (command, result.err)
    db = folder / "vault.db"
    if content is None:
        assert not db.exists()
    else:
        assert db.read_bytes() == content, "the damaged file must be left exactly as it was"
    assert not (tmp_path / "out.json").exists()


def test_another_vaults_database_is_refused_in_one_line(tmp_path: Path) -> None:
    """A real SQLCipher file keyed differently: SQLCipher's own "hmac check failed" log stays quiet."""
    folder = init_vault(tmp_path / "v")
    other = init_vault(tmp_path / "other")
    _replace_db(folder, (other / "vault.db").read_bytes())
    result = with_passphrase("check", folder)
    assert result.code == 4
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "cannot be read with this vault's key" in result.err


def test_a_flipped_byte_in_a_page_fails_the_check(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "v")
    _fill(folder, 200)
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 4096 * 20
    data[4096 * 10 + 1000] ^= 0x01
    db.write_bytes(bytes(data))
    result = with_passphrase("check", folder)
    assert result.code == 4
    assert "damaged" in result.err


def test_a_file_cut_short_by_whole_pages_fails_the_check(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "v")
    _fill(folder, 200)
    db = folder / "vault.db"
    size = db.stat().st_size
    assert size % 4096 == 0
    with db.open("r+b") as handle:
        handle.truncate(size - 4 * 4096)
    result = with_passphrase("check", folder)
    assert result.code == 4
    assert "damaged" in result.err


@pytest.mark.parametrize(
    "args",
    [["frobnicate"], ["search"], ["export", "--format", "pdf", "--output", "x"], ["import"], ["--nope"]],
)
def test_usage_errors_exit_2_with_one_line(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert result.err.startswith("wellbeing-desktop: ")


def test_no_terminal_and_no_stdin_flag_is_a_usage_error(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "v")
    result = run_cli("check", "--vault", folder, stdin="")
    assert result.code == 2
    assert "--passphrase-stdin" in result.err
