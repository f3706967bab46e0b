"""Damage to vault.db is found: by opening (the key check) or by the two integrity checks in problems()."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.unit.vault.builders import PASSPHRASE, make_entry
from wellbeing_desktop.errors import VaultDamaged
from wellbeing_desktop.vault import Vault

PAGE = 4096


@pytest.fixture
def big_locked_vault(vault: Vault) -> Path:
    """A locked vault of a few hundred entries (many pages), its WAL checkpointed into vault.db by lock()."""
    with vault.transaction():
        for i in range(300):
            vault.entries.save(
                make_entry(title=f"Entry {i}", body=f"reflection number {i} " * 40, tags=["t"])
            )
    assert vault.problems() == []
    vault.lock()
    assert not (vault.folder / "vault.db-wal").exists()
    size = (vault.folder / "vault.db").stat().st_size
    assert size % PAGE == 0 and size // PAGE > 50
    return vault.folder


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_one_flipped_byte_in_a_data_page_is_found_by_problems(big_locked_vault: Path) -> None:
    flip_byte(big_locked_vault / "vault.db", PAGE * 3 + 100)  # inside page 4

    # Observed: page 1 (schema) is intact, so opening succeeds; both checks then report the damage.
    with Vault.open(big_locked_vault, PASSPHRASE) as vault:
        problems = vault.problems()
    assert problems, "a tampered page went unnoticed"
    assert "HMAC verification failed for page 4" in problems
    assert any("integrity check" in p for p in problems)


def test_flipped_byte_in_the_first_page_refuses_to_open(big_locked_vault: Path) -> None:
    flip_byte(big_locked_vault / "vault.db", 200)

    with pytest.raises(VaultDamaged) as caught:
        Vault.open(big_locked_vault, PASSPHRASE)
    assert caught.value.exit_code == 4


def test_flipped_byte_in_the_salt_refuses_to_open(big_locked_vault: Path) -> None:
    flip_byte(big_locked_vault / "vault.db", 5)  # the first 16 bytes are SQLCipher's salt

    with pytest.raises(VaultDamaged):
        Vault.open(big_locked_vault, PASSPHRASE)


@pytest.mark.parametrize("pages_removed", [1, 2, 10])
def test_a_file_cut_short_by_whole_pages_refuses_to_open(big_locked_vault: Path, pages_removed: int) -> None:
    db = big_locked_vault / "vault.db"
    size = db.stat().st_size
    os.truncate(db, size - pages_removed * PAGE)

    # Observed: SQLite compares the page count in the (encrypted) header with the file's size when it first
    # reads the schema, so the key check in database.connect already fails: VaultDamaged, exit code 4.
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(big_locked_vault, PASSPHRASE)
    assert caught.value.exit_code == 4
    assert db.stat().st_size == size - pages_removed * PAGE, "a damaged file must be left as it was"


def test_a_healthy_big_vault_has_no_problems(big_locked_vault: Path) -> None:
    with Vault.open(big_locked_vault, PASSPHRASE) as vault:
        assert vault.problems() == []
        assert vault.entries.count() == 300
