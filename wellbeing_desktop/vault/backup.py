"""A verified backup: a new vault folder with its own database and key file, opened with the same
passphrase. Written under a temporary name, reopened, both integrity checks run and the counts
compared, then renamed into place, so a backup that exists is a backup that works (DESIGN.md)."""

from __future__ import annotations

import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from wellbeing_desktop.atomic_file import fsync_folder, write_atomically
from wellbeing_desktop.errors import StorageError, VaultErrors, WellbeingError
from wellbeing_desktop.i18n import fill
from wellbeing_desktop.vault import database
from wellbeing_desktop.vault.unlock import DB_NAME, KEYS_NAME
from wellbeing_desktop.vault.vault import Vault


@dataclass(frozen=True)
class BackupSummary:
    folder: Path
    entries: int
    checkins: int
    plan_items: int


def _counts(conn: database.Connection) -> tuple[int, int, int]:
    entries, checkins, items = (
        int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("entries", "checkins", "plan_items")
    )
    return entries, checkins, items


def write_backup(vault: Vault, destination: Path) -> BackupSummary:
    """Copy `vault` into the new folder `destination`, which must not exist yet."""
    data_key = vault.data_key_copy()
    try:
        return copy_vault(vault.folder, data_key, destination)
    finally:
        data_key[:] = bytes(len(data_key))


def copy_vault(folder: Path, data_key: bytearray, destination: Path) -> BackupSummary:
    """The backup itself, on its own connections, so it may run off the GUI thread while the app keeps
    using the vault; the copy and the counts it is checked against come from one snapshot."""
    if destination.exists():
        raise WellbeingError(
            VaultErrors.tr("%1 already exists; a backup goes into a new folder.").replace(
                "%1", str(destination)
            )
        )
    if not destination.parent.is_dir():
        raise WellbeingError(
            VaultErrors.tr("The folder %1 does not exist.").replace("%1", str(destination.parent))
        )
    partial = destination.parent / f".{destination.name}.partial-{secrets.token_hex(4)}"
    try:
        partial.mkdir(mode=0o700)
        partial.chmod(0o700)  # whatever the umask: the folder holds the key file
        # Read before the database snapshot: a key rotation writes its new key into the key file before
        # the database takes it, so this copy always holds the key the snapshot is encrypted with.
        keys = (folder / KEYS_NAME).read_bytes()
        source = database.connect(folder / DB_NAME, data_key)
        try:
            source.execute("BEGIN")  # one read snapshot for the copy and for the counts
            expected = _counts(source)
            target = database.connect(partial / DB_NAME, data_key, create=True)
            try:
                # Page by page through SQLCipher: the copy is encrypted with the same key, never plaintext.
                source.backup(target)
            finally:
                target.close()
            source.execute("COMMIT")
        finally:
            source.close()
        write_atomically(partial / KEYS_NAME, keys, mode=0o600)
        with Vault.open_with_key(partial, data_key) as copy:
            problems = copy.problems()
            if problems:
                raise StorageError(
                    VaultErrors.tr("The backup failed its check (%1); nothing was kept.").replace(
                        "%1", problems[0]
                    )
                )
            if _counts(copy.connection) != expected:
                raise StorageError(
                    VaultErrors.tr("The backup's contents differ from the vault's; nothing was kept.")
                )
        partial.rename(destination)
        fsync_folder(destination.parent)
    except OSError as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise StorageError(
            fill(
                VaultErrors.tr("The backup could not be written (%1); nothing was kept."),
                error.strerror or "",
            )
        ) from None
    except database.driver().DatabaseError:
        # Say, the encryption key was rotated while the copy was being made, or a page cannot be read.
        shutil.rmtree(partial, ignore_errors=True)
        raise StorageError(
            VaultErrors.tr(
                "The backup could not be finished (the vault changed while it was being copied, or part of "
                "it could not be read), so nothing was kept. Please try again."
            )
        ) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    entries, checkins, items = expected
    return BackupSummary(destination, entries, checkins, items)
