"""No user text reaches the vault folder unencrypted: not mid-transaction, not after commit, not after lock.

Each place a person can write (entry title, body, tags, feeling words, a check-in note, a plan item) gets
its own unique marker; every file in the vault folder (vault.db, -wal, -shm, vault.keys) is scanned for it.
The control tests show the same scanner does find a marker that was written in plain text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.vault.builders import PASSPHRASE, make_checkin, make_entry
from tests.unit.vault.plaintext import find_marker, new_marker
from wellbeing_desktop.vault import Vault

PLACES = ("title", "body", "tag", "emotion", "note", "planitem")
SEARCHABLE = ("title", "body", "tag")  # what the full-text index holds


@pytest.fixture
def markers() -> dict[str, str]:
    return {place: new_marker(place) for place in PLACES}


def save_markers(vault: Vault, markers: dict[str, str], filler: int = 0) -> None:
    """Write every marker into its place; then `filler` more entries (to push pages out of the cache)."""
    vault.entries.save(
        make_entry(
            title=f"A hard day {markers['title']}",
            body=f"We talked for an hour.\n\n{markers['body']} and then I went home.\n" * 3,
            tags=["work", markers["tag"]],
            emotions=["tired", markers["emotion"]],
            mood=4,
        )
    )
    vault.checkins.save(make_checkin(mood=5, note=f"Slept badly {markers['note']}"))
    vault.plan.save_section("coping", "Coping strategies that help")
    vault.plan.add_item("coping", f"Walk round the block {markers['planitem']}")
    for i in range(filler):
        vault.entries.save(make_entry(title=f"filler {i}", body=f"ordinary words number {i} " * 60))


def leaks(folder: Path, markers: dict[str, str]) -> dict[str, list[str]]:
    """place -> files holding that place's marker; empty when nothing leaked."""
    return {place: files for place, marker in markers.items() if (files := find_marker(folder, marker))}


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# -- the scanner itself ------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-16-be"])
def test_control_scanner_finds_a_marker_written_in_plain_text(tmp_path: Path, encoding: str) -> None:
    marker = new_marker("control")
    (tmp_path / "unrelated.bin").write_bytes(b"\x00\x01nothing to see" * 100)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "plain.txt").write_text(f"prefix {marker} suffix", encoding=encoding)

    assert find_marker(tmp_path, marker) == ["sub/plain.txt"]
    assert find_marker(tmp_path, new_marker("absent")) == []


def test_control_scanner_finds_plaintext_sqlite_pages_and_wal_mid_transaction(tmp_path: Path) -> None:
    """An unencrypted SQLite database in the same mode (WAL, small cache) does leak: the method can fail."""
    marker = new_marker("plainsqlite")
    conn = sqlite3.connect(tmp_path / "plain.db", isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA cache_size = 10")
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (?)", (f"note {marker}",))
        conn.executemany("INSERT INTO t VALUES (?)", [("filler " * 200,) for _ in range(500)])
        assert find_marker(tmp_path, marker) == ["plain.db-wal"]  # spilled before the commit
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert find_marker(tmp_path, marker) == ["plain.db"]  # checkpointed on close


# -- the vault ---------------------------------------------------------------------------------------------


@pytest.fixture
def vault_with_tiny_cache(vault: Vault) -> Iterator[Vault]:
    """A cache of a few pages makes a big transaction spill its pages to the WAL before it commits."""
    vault.connection.execute("PRAGMA cache_size = 20")
    yield vault


def test_no_plaintext_mid_transaction_even_when_pages_spill(
    vault_with_tiny_cache: Vault, markers: dict[str, str]
) -> None:
    vault = vault_with_tiny_cache
    wal = vault.folder / "vault.db-wal"
    with vault.transaction():
        save_markers(vault, markers, filler=300)
        # Scanned from inside the transaction, before COMMIT.
        assert wal.exists() and wal.stat().st_size > 100_000, "the test meant pages to reach the WAL"
        assert leaks(vault.folder, markers) == {}
        assert {"vault.db", "vault.db-wal", "vault.db-shm", "vault.keys"} <= files_in(vault.folder)


def test_no_plaintext_mid_transaction_small_write(vault: Vault, markers: dict[str, str]) -> None:
    with vault.transaction():
        save_markers(vault, markers)
        assert leaks(vault.folder, markers) == {}


def test_no_plaintext_after_commit(vault: Vault, markers: dict[str, str]) -> None:
    with vault.transaction():
        save_markers(vault, markers, filler=50)
    assert (vault.folder / "vault.db-wal").stat().st_size > 0  # committed pages sit in the WAL
    assert leaks(vault.folder, markers) == {}

    # While unlocked, the text is really there and in the full-text index (so the scan had something to find).
    for place in SEARCHABLE:
        hits = vault.search(markers[place])
        assert len(hits) == 1, place
    entry = vault.entries.get(vault.search(markers["body"])[0].id)
    assert entry is not None and markers["emotion"] in entry.emotions
    assert any(markers["note"] in c.note for c in vault.checkins.all())
    assert any(markers["planitem"] in i.text for s in vault.plan.load().sections for i in s.items)


def test_full_text_index_holds_each_marker_whole(vault: Vault, markers: dict[str, str]) -> None:
    """The index stores the markers as whole tokens, so an unencrypted index would show them to the scan."""
    with vault.transaction():
        save_markers(vault, markers)
    conn = vault.connection
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, entries_fts, 'row')")
    terms = {row[0] for row in conn.execute("SELECT term FROM temp.vocab")}
    for place in SEARCHABLE:
        assert markers[place] in terms, place
    assert leaks(vault.folder, markers) == {}


def test_no_plaintext_after_lock(vault: Vault, markers: dict[str, str]) -> None:
    with vault.transaction():
        save_markers(vault, markers, filler=50)
    vault.lock()
    assert files_in(vault.folder) == {"vault.db", "vault.keys"}  # the WAL was checkpointed and removed
    assert leaks(vault.folder, markers) == {}

    with Vault.open(vault.folder, PASSPHRASE) as reopened:
        assert len(reopened.search(markers["title"])) == 1
    assert leaks(vault.folder, markers) == {}


def test_no_plaintext_after_update_and_delete(vault: Vault, markers: dict[str, str]) -> None:
    """Old versions of a text (freed pages, the index's delete records) are encrypted too."""
    entry = make_entry(title=markers["title"], body=markers["body"], tags=[markers["tag"]])
    with vault.transaction():
        vault.entries.save(entry)
    entry.title, entry.body, entry.tags = "Changed", "Changed body", ["changed"]
    with vault.transaction():
        vault.entries.save(entry)
    with vault.transaction():
        vault.entries.delete(entry.id)
    assert vault.search(markers["body"]) == []
    assert leaks(vault.folder, markers) == {}
    vault.lock()
    assert leaks(vault.folder, markers) == {}
