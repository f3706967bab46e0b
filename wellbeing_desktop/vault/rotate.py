"""Rotate the data key: re-encrypt vault.db with a new random key, for when a key file may have leaked.

A passphrase change only re-wraps the data key, so someone who copied the old key file and knows the
passphrase could still open vault.db. Rotation replaces the data key itself (`PRAGMA rekey`).

Crash safety: at every instant the (vault.db, vault.keys) pair on disk opens with the passphrase.
1. vault.keys gains a "rotation" slot: the new key under the passphrase, beside the slot of the old key.
2. `PRAGMA rekey` rewrites every page in one transaction (in the write-ahead log): vault.db holds the
   old key until that commits and the new key after it, never a mixture.
3. vault.keys is rewritten with only the new key.
Opening a vault whose key file still has a rotation slot (a crash between 1 and 3) tries both keys on
vault.db and keeps only the one that opens it (`finish_interrupted`, called while unlocking).

A recovery-key slot cannot be re-wrapped without the recovery key itself, so rotation removes it.
"""

from __future__ import annotations

import contextlib
import os
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from wellbeing_desktop.errors import StorageError, VaultDamaged, VaultErrors, WellbeingError
from wellbeing_desktop.i18n import fill
from wellbeing_desktop.vault import database, kdf, keyfile
from wellbeing_desktop.vault.files import DB_NAME, KEYS_NAME
from wellbeing_desktop.vault.kdf import KdfParams


@dataclass(frozen=True)
class Rotation:
    key_file: keyfile.KeyFile  # as now written: one passphrase slot, for the new key
    data_key: bytearray  # the new data key; the caller keeps it (and zeroes it when done)
    removed_recovery_key: bool


def _zero(key: bytearray) -> None:
    key[:] = bytes(len(key))


def rotate(
    folder: Path,
    conn: database.Connection,
    current_key: bytes | bytearray,
    passphrase: str,
    params: KdfParams | None = None,
    writing: AbstractContextManager[object] | None = None,
) -> Rotation:
    """Re-key the database open on `conn` (keyed with `current_key`) and rewrite vault.keys. `writing`
    is held during the re-key, so that it never runs inside a transaction of another thread.

    Raises WrongPassphrase before anything changes; a failure of the re-key itself leaves the old key
    (and the key file as it was)."""
    keys_path = folder / KEYS_NAME
    before = keyfile.read(keys_path)
    if before.pending_rotation is not None:
        raise WellbeingError(
            VaultErrors.tr("A change of encryption key is unfinished; lock the vault and unlock it again.")
        )
    secret = keyfile.normalise_passphrase(passphrase)
    proof = keyfile.unwrap(before, secret)  # the new key is wrapped under this passphrase: prove it first
    try:
        if bytes(proof) != bytes(current_key):
            raise VaultDamaged(
                VaultErrors.tr("The key file in %1 does not belong to this vault's database.").replace(
                    "%1", str(folder)
                )
            )
    finally:
        _zero(proof)
    params = params or kdf.calibrated()
    new_key = bytearray(os.urandom(kdf.KEY_BYTES))
    salt = os.urandom(kdf.SALT_BYTES)
    sealing_key = keyfile.wrapping_key(secret, salt, params)
    vault_id = before.vault_id
    pending = keyfile.seal_slot(new_key, sealing_key, salt, vault_id, keyfile.ROTATION, params)
    both = keyfile.KeyFile(vault_id, (*before.slots, pending))
    try:
        try:
            keyfile.write(keys_path, both)
        except OSError as error:
            raise StorageError(
                VaultErrors.tr(
                    "Your encryption key was not changed: the key file could not be written (%1)."
                ).replace("%1", error.strerror or "")
            ) from None
        with writing or contextlib.nullcontext():
            _rekey(conn, new_key, keys_path, before)
    except BaseException:
        _zero(new_key)
        raise
    final = keyfile.KeyFile(
        vault_id, (keyfile.seal_slot(new_key, sealing_key, salt, vault_id, "passphrase", params),)
    )
    try:
        keyfile.write(keys_path, final)
    except OSError:
        final = both  # vault.db has the new key; this file opens it too, and unlocking finishes it
    return Rotation(final, new_key, any(s.kind == "recovery" for s in before.slots))


def _rekey(conn: database.Connection, new_key: bytearray, keys_path: Path, before: keyfile.KeyFile) -> None:
    driver = database.driver()
    try:
        conn.execute(f'PRAGMA rekey = "{database.raw_key_literal(new_key)}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.Error as error:
        # The re-key is one transaction: it rolled back, and the old key still opens vault.db.
        with contextlib.suppress(OSError):
            keyfile.write(keys_path, before)
        # SQLCipher says the same thing whatever went wrong, so there is no more to tell.
        raise StorageError(
            VaultErrors.tr(
                "Your encryption key was not changed and nothing was lost: the vault could not be rewritten "
                "(is the disk full, or is another program using the vault?)."
            )
        ) from error
    # Copy the re-keyed pages from the log into vault.db now, so pages under the old key do not linger.
    with contextlib.suppress(driver.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def opens(db: Path, data_key: bytes | bytearray) -> bool:
    """Whether `data_key` reads vault.db, on a connection of its own that writes nothing."""
    conn = database.driver().connect(str(db), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is expected here, not an error to log
        conn.execute(f'PRAGMA key = "{database.raw_key_literal(data_key)}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database.driver().DatabaseError:
        return False
    finally:
        conn.close()
    return True


def finish_interrupted(
    folder: Path, key_file: keyfile.KeyFile, secret: bytes, old_key: bytearray
) -> tuple[keyfile.KeyFile, bytearray]:
    """Finish a rotation a crash interrupted: keep whichever key opens vault.db and write a key file
    with only that one. `old_key` is what the passphrase slot held; returns the key file and the key."""
    slot = key_file.pending_rotation
    assert slot is not None
    db = folder / DB_NAME
    opened = keyfile.open_slot(key_file, slot, secret)
    if opened is not None and opens(db, opened[0]):
        new_key, sealing_key = opened
        _zero(old_key)
        vault_id = key_file.vault_id
        final = keyfile.KeyFile(
            vault_id,
            (keyfile.seal_slot(new_key, sealing_key, slot.salt, vault_id, "passphrase", slot.params),),
        )
        keyfile.write(folder / KEYS_NAME, final)
        return final, new_key
    if opened is not None:
        _zero(opened[0])
    if not opens(db, old_key):
        _zero(old_key)
        raise VaultDamaged(
            fill(
                VaultErrors.tr("The vault at %1 is damaged: neither of its keys opens %2."),
                str(folder),
                DB_NAME,
            )
        )
    kept = keyfile.KeyFile(key_file.vault_id, tuple(s for s in key_file.slots if s is not slot))
    keyfile.write(folder / KEYS_NAME, kept)
    return kept, old_key
