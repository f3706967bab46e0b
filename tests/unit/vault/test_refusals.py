"""Vault.open refuses what is not a vault, or a damaged one, and never turns it into a new empty vault."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from tests.unit.vault.builders import OTHER_PASSPHRASE, PASSPHRASE
from wellbeing_desktop.errors import NotAVault, VaultDamaged, WellbeingError, WrongPassphrase
from wellbeing_desktop.vault import Vault, keyfile


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.iterdir()}


def test_a_healthy_vault_opens(locked_vault: Path) -> None:
    with Vault.open(locked_vault, PASSPHRASE) as vault:
        assert vault.entries.count() == 1
        assert vault.problems() == []


def test_random_bytes_as_database_beside_a_valid_key_file(locked_vault: Path) -> None:
    db = locked_vault / "vault.db"
    db.write_bytes(os.urandom(db.stat().st_size))
    before = digest(db)

    with pytest.raises(VaultDamaged) as caught:
        Vault.open(locked_vault, PASSPHRASE)

    assert caught.value.exit_code == 4
    assert digest(db) == before
    assert set(listing(locked_vault)) == {"vault.db", "vault.keys"}


def test_plain_sqlite_file_as_database(locked_vault: Path) -> None:
    db = locked_vault / "vault.db"
    db.unlink()
    plain = sqlite3.connect(db)
    try:
        plain.execute("CREATE TABLE entries (id TEXT, body TEXT)")
        plain.execute("INSERT INTO entries VALUES ('1', 'plain text')")
        plain.commit()
    finally:
        plain.close()
    before = digest(db)

    with pytest.raises(NotAVault) as caught:
        Vault.open(locked_vault, PASSPHRASE)

    assert isinstance(caught.value, VaultDamaged)
    assert caught.value.exit_code == 4
    assert digest(db) == before, "opening must not write to a file that is not our vault"


def test_zero_length_database_is_an_error_never_a_new_vault(locked_vault: Path) -> None:
    db = locked_vault / "vault.db"
    db.write_bytes(b"")

    with pytest.raises(VaultDamaged) as caught:
        Vault.open(locked_vault, PASSPHRASE)

    assert caught.value.exit_code == 4
    assert db.stat().st_size == 0
    assert listing(locked_vault) == {
        "vault.db": 0,
        "vault.keys": (locked_vault / "vault.keys").stat().st_size,
    }


def test_missing_database_is_an_error_never_a_new_vault(locked_vault: Path) -> None:
    (locked_vault / "vault.db").unlink()

    with pytest.raises(VaultDamaged) as caught:
        Vault.open(locked_vault, PASSPHRASE)

    assert caught.value.exit_code == 4
    assert set(listing(locked_vault)) == {"vault.keys"}


def test_folder_without_key_file_is_not_a_vault(locked_vault: Path) -> None:
    (locked_vault / "vault.keys").unlink()
    before = digest(locked_vault / "vault.db")

    with pytest.raises(NotAVault) as caught:
        Vault.open(locked_vault, PASSPHRASE)

    assert caught.value.exit_code == 4
    assert "vault.keys" in str(caught.value)
    assert digest(locked_vault / "vault.db") == before


@pytest.mark.parametrize("kind", ["missing", "empty-folder", "a-file"])
def test_other_paths_are_not_vaults(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "somewhere"
    if kind == "empty-folder":
        path.mkdir()
    elif kind == "a-file":
        path.write_text("hello")

    with pytest.raises(NotAVault) as caught:
        Vault.open(path, PASSPHRASE)

    assert caught.value.exit_code == 4
    if kind == "a-file":
        assert path.read_text() == "hello"
    else:
        assert not (path / "vault.db").exists()


def test_wrong_passphrase(locked_vault: Path) -> None:
    keys_before = digest(locked_vault / "vault.keys")
    db_before = digest(locked_vault / "vault.db")

    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(locked_vault, OTHER_PASSPHRASE)

    assert caught.value.exit_code == 3
    assert digest(locked_vault / "vault.keys") == keys_before
    assert digest(locked_vault / "vault.db") == db_before


def test_passphrase_is_compared_after_unicode_normalisation(tmp_path: Path) -> None:
    """The same passphrase typed as composed or decomposed characters opens the vault."""
    composed = "caf\u00e9 au lait, s'il vous pla\u00eet"
    decomposed = "cafe\u0301 au lait, s'il vous plai\u0302t"
    Vault.create(tmp_path / "v", composed).lock()
    with Vault.open(tmp_path / "v", decomposed) as vault:
        assert vault.problems() == []


def test_create_refuses_a_folder_that_holds_files(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")

    with pytest.raises(WellbeingError):
        Vault.create(folder, PASSPHRASE)

    assert listing(folder) == {"notes.txt": 4}


def test_create_refuses_a_short_passphrase(tmp_path: Path) -> None:
    with pytest.raises(WellbeingError):
        Vault.create(tmp_path / "v", "short  ")
    assert not (tmp_path / "v").exists()


def test_a_refused_open_zeroes_the_unwrapped_data_key(
    locked_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DESIGN: key bytes are zeroed when no longer needed. When the database turns out to be damaged after the
    key file was unwrapped, the data key must not be left behind in memory."""
    unwrapped: list[bytearray] = []
    real_unwrap = keyfile.unwrap

    def spy(*args: object, **kwargs: object) -> bytearray:
        key = real_unwrap(*args, **kwargs)  # type: ignore[arg-type]
        unwrapped.append(key)
        return key

    monkeypatch.setattr(keyfile, "unwrap", spy)
    db = locked_vault / "vault.db"
    db.write_bytes(os.urandom(db.stat().st_size))

    with pytest.raises(VaultDamaged):
        Vault.open(locked_vault, PASSPHRASE)

    assert len(unwrapped) == 1
    assert not any(unwrapped[0]), "the data key is still in memory after the refused open"


def test_lock_zeroes_the_data_key_and_locks(vault: Vault) -> None:
    key = vault._data_key
    assert key is not None and any(key)
    vault.lock()
    assert key == bytearray(32)
    assert vault.is_locked
    with pytest.raises(WellbeingError, match="locked"):
        vault.entries.count()
    vault.lock()  # safe twice
