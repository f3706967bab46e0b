"""A verified backup: a new vault folder with its own database and key file, opened with the same
passphrase. Written under a temporary name, reopened, both integrity checks run and the counts
compared, then renamed into place, so a backup that exists is a backup that works (DESIGN.md)."""

from __future__ import annotations

import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from wellbeing_desktop.atomic_file import fsync_folder, write_atomically
from wellbeing_desktop.errors import StorageError, WellbeingError
from wellbeing_desktop.vault import database
from wellbeing_desktop.vault.unlock import DB_NAME, KEYS_NAME
from wellbeing_desktop.vault.vault import Vault


@dataclass(frozen=True)
class BackupSummary:
    folder: Path
    entries: int
    checkins: int
    plan_items: int


def _counts(vault: Vault) -> tuple[int, int, int]:
    items = int(vault.connection.execute("SELECT count(*) FROM plan_items").fetchone()[0])
    return vault.entries.count(), vault.checkins.count(), items


def write_backup(vault: Vault, destination: Path) -> BackupSummary:
    """Copy `vault` into the new folder `destination`, which must not exist yet."""
    if destination.exists():
        raise WellbeingError(f"{destination} already exists; a backup goes into a new folder.")
    if not destination.parent.is_dir():
        raise WellbeingError(f"The folder {destination.parent} does not exist.")
    partial = destination.parent / f".{destination.name}.partial-{secrets.token_hex(4)}"
    data_key = vault.data_key_copy()
    try:
        partial.mkdir(mode=0o700)
        partial.chmod(0o700)  # whatever the umask: the folder holds the key file
        target = database.connect(partial / DB_NAME, data_key, create=True)
        try:
            # Page by page through SQLCipher: the copy is encrypted with the same key, never plaintext.
            vault.connection.backup(target)
        finally:
            target.close()
        write_atomically(partial / KEYS_NAME, (vault.folder / KEYS_NAME).read_bytes(), mode=0o600)
        with Vault.open_with_key(partial, data_key) as copy:
            problems = copy.problems()
            if problems:
                raise StorageError(f"The backup failed its check ({problems[0]}); nothing was kept.")
            if _counts(copy) != _counts(vault):
                raise StorageError("The backup's contents differ from the vault's; nothing was kept.")
            entries, checkins, items = _counts(copy)
        partial.rename(destination)
        fsync_folder(destination.parent)
    except OSError as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise StorageError(f"The backup could not be written ({error.strerror}); nothing was kept.") from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    finally:
        data_key[:] = bytes(len(data_key))
    return BackupSummary(destination, entries, checkins, items)
