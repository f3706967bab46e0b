"""Rotating the data key: the old key stops opening vault.db, the passphrase keeps working, nothing is
lost, and every state a crash can leave on disk opens with the passphrase (the kill -9 loop is in
tests/e2e/test_rotate_key_kill.py; here each in-between state is built on purpose)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.vault.builders import OTHER_PASSPHRASE, PASSPHRASE, make_checkin, make_entry
from wellbeing_desktop.errors import VaultDamaged, WellbeingError, WrongPassphrase
from wellbeing_desktop.vault import Vault, database, kdf, keyfile, rotate
from wellbeing_desktop.vault.files import DB_NAME, KEYS_NAME


def _fill(vault: Vault, entries: int = 40) -> None:
    with vault.transaction():
        for i in range(entries):
            vault.entries.save(make_entry(title=f"Entry {i}", body=f"words for entry number {i} " * 20))
        vault.checkins.save(make_checkin(mood=4))


def _titles(vault: Vault) -> list[str]:
    return sorted(e.title for e in vault.entries.all())


def test_after_rotation_the_old_key_no_longer_opens_the_database(vault: Vault) -> None:
    _fill(vault)
    folder = vault.folder
    old_key = vault.data_key_copy()
    before = _titles(vault)

    assert vault.rotate_key(PASSPHRASE) is False  # there was no recovery key to remove
    new_key = vault.data_key_copy()
    assert new_key != old_key
    assert _titles(vault) == before, "the open vault goes on working with the new key"
    with vault.transaction():
        vault.entries.save(make_entry(title="Written after rotating"))
    vault.lock()

    with pytest.raises(VaultDamaged):
        Vault.open_with_key(folder, old_key)
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.data_key_copy() == new_key
        assert _titles(reopened) == sorted([*before, "Written after rotating"])
        assert reopened.checkins.count() == 1
        assert reopened.problems() == []
    key_file = keyfile.read(folder / KEYS_NAME)
    assert [s.kind for s in key_file.slots] == ["passphrase"]
    assert not (folder / f"{DB_NAME}-wal").exists() or (folder / f"{DB_NAME}-wal").stat().st_size == 0


def test_the_old_key_file_no_longer_opens_the_vault_even_with_the_passphrase(vault: Vault) -> None:
    """What rotation is for: a leaked copy of vault.keys, with the passphrase, opens nothing."""
    _fill(vault, 3)
    leaked = (vault.folder / KEYS_NAME).read_bytes()
    vault.rotate_key(PASSPHRASE)
    folder = vault.folder
    vault.lock()
    current = (folder / KEYS_NAME).read_bytes()
    (folder / KEYS_NAME).write_bytes(leaked)
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)
    (folder / KEYS_NAME).write_bytes(current)
    Vault.open(folder, PASSPHRASE).lock()


def test_rotation_removes_the_recovery_key_and_says_so(vault: Vault) -> None:
    typed = vault.create_recovery_key()
    assert vault.rotate_key(PASSPHRASE) is True
    assert not vault.has_recovery_key
    folder = vault.folder
    vault.lock()
    with pytest.raises(WellbeingError, match="no recovery key"):
        Vault.open_with_recovery_key(folder, typed)


def test_a_wrong_passphrase_changes_nothing(vault: Vault) -> None:
    _fill(vault, 2)
    keys_before = (vault.folder / KEYS_NAME).read_bytes()
    key_before = vault.data_key_copy()
    with pytest.raises(WrongPassphrase):
        vault.rotate_key(OTHER_PASSPHRASE)
    assert (vault.folder / KEYS_NAME).read_bytes() == keys_before
    assert vault.data_key_copy() == key_before
    assert len(_titles(vault)) == 2


def test_a_failed_rekey_keeps_the_old_key_and_the_old_key_file(vault: Vault) -> None:
    """A re-key that fails (here: another connection holds the write lock) rolls back whole."""
    _fill(vault, 2)
    folder = vault.folder
    keys_before = (folder / KEYS_NAME).read_bytes()
    other = database.connect(folder / DB_NAME, vault.data_key_copy())
    other.execute("PRAGMA busy_timeout = 0")
    vault.connection.execute("PRAGMA busy_timeout = 0")
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(
            WellbeingError, match=r"^Your encryption key was not changed and nothing was lost"
        ):
            vault.rotate_key(PASSPHRASE)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert (folder / KEYS_NAME).read_bytes() == keys_before
    assert len(_titles(vault)) == 2
    vault.lock()
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.problems() == []


# -- the states a crash can leave on disk ------------------------------------------------------------


def _pending_file(folder: Path, new_key: bytes) -> None:
    """vault.keys as rotation step 1 writes it: the old slots and a rotation slot for `new_key`."""
    current = keyfile.read(folder / KEYS_NAME)
    slot = keyfile.wrap(
        new_key, keyfile.normalise_passphrase(PASSPHRASE), current.vault_id, keyfile.ROTATION, kdf.MINIMUM
    )
    keyfile.write(folder / KEYS_NAME, keyfile.KeyFile(current.vault_id, (*current.slots, slot)))


def test_crash_before_the_rekey_keeps_the_old_key_and_the_recovery_key(vault: Vault) -> None:
    _fill(vault, 5)
    typed = vault.create_recovery_key()
    folder, old_key = vault.folder, vault.data_key_copy()
    vault.lock()
    _pending_file(folder, bytes(range(32)))
    assert keyfile.read(folder / KEYS_NAME).pending_rotation is not None

    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.data_key_copy() == old_key
        assert len(_titles(reopened)) == 5
        assert reopened.problems() == []
    assert sorted(s.kind for s in keyfile.read(folder / KEYS_NAME).slots) == ["passphrase", "recovery"]
    Vault.open_with_recovery_key(folder, typed).lock()


def test_crash_after_the_rekey_keeps_the_new_key_only(vault: Vault) -> None:
    _fill(vault, 5)
    typed = vault.create_recovery_key()
    folder, old_key = vault.folder, vault.data_key_copy()
    new_key = bytes(range(32))
    _pending_file(folder, new_key)
    vault.connection.execute(f'PRAGMA rekey = "{database.raw_key_literal(new_key)}"')
    vault.lock()

    # The recovery key unwraps the old key, which no longer opens vault.db: the person is told why.
    with pytest.raises(WellbeingError, match="interrupted; unlock with your passphrase"):
        Vault.open_with_recovery_key(folder, typed)
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert bytes(reopened.data_key_copy()) == new_key
        assert len(_titles(reopened)) == 5
        assert reopened.problems() == []
    assert [s.kind for s in keyfile.read(folder / KEYS_NAME).slots] == ["passphrase"]
    with pytest.raises(VaultDamaged):
        Vault.open_with_key(folder, old_key)
    Vault.open(folder, PASSPHRASE).lock()  # and again, now that the key file is final


def test_a_pending_rotation_whose_keys_both_fail_is_damage(vault: Vault) -> None:
    folder = vault.folder
    vault.connection.execute(f'PRAGMA rekey = "{database.raw_key_literal(bytes(32))}"')
    vault.lock()
    _pending_file(folder, bytes(range(32)))
    with pytest.raises(VaultDamaged, match="neither of its keys"):
        Vault.open(folder, PASSPHRASE)


def test_key_file_format_stays_readable_and_rejects_two_rotation_slots(vault: Vault) -> None:
    folder = vault.folder
    _pending_file(folder, bytes(range(32)))
    data = json.loads((folder / KEYS_NAME).read_text())
    assert [s["kind"] for s in data["slots"]] == ["passphrase", "rotation"]
    assert data["slots"][1]["kdf"]["name"] == "argon2id"
    data["slots"].append(data["slots"][1])
    with pytest.raises(VaultDamaged, match="more than one rotation slot"):
        keyfile.parse(data, folder / KEYS_NAME)


def test_opens_probes_without_writing(vault: Vault) -> None:
    folder, key = vault.folder, vault.data_key_copy()
    vault.lock()
    before = (folder / DB_NAME).read_bytes()
    assert rotate.opens(folder / DB_NAME, key)
    assert not rotate.opens(folder / DB_NAME, bytes(32))
    assert (folder / DB_NAME).read_bytes() == before
