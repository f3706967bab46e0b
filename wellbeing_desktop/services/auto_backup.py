"""Automatic backups when the app closes: at most one a day, into the folder chosen in Preferences,
keeping the newest seven the app made. Plain Python; the close hook is gui/auto_backup_on_close.py.

Each is a verified backup (vault/backup.py) in a dated folder, "Wellbeing automatic backup 2026-11-26
18.30.05". Pruning deletes only folders with such a name that are vault folders holding nothing but a
vault's own files: never anything the person put there.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from wellbeing_desktop.errors import NotAVault, ServiceErrors, WellbeingError
from wellbeing_desktop.vault.backup import BackupSummary, copy_vault
from wellbeing_desktop.vault.files import DB_NAME, KEYS_NAME
from wellbeing_desktop.vault.unlock import locate

PREFIX = "Wellbeing automatic backup "
STAMP = "%Y-%m-%d %H.%M.%S"
_NAME = re.compile(r"Wellbeing automatic backup (\d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d)")
# What a backup cut short (the computer off, the app killed) leaves: vault/backup.py's temporary name.
_UNFINISHED = re.compile(
    r"\.Wellbeing automatic backup \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\.partial-[0-9a-f]{8}"
)
KEEP = 7
EVERY = timedelta(days=1)
# What a backup folder holds: its two files, and SQLite's own two while it is open.
_VAULT_FILES = {KEYS_NAME, DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"}


@dataclass(frozen=True)
class AutoBackup:
    summary: BackupSummary
    removed: tuple[Path, ...]  # older automatic backups pruned


def folder_name(at: datetime) -> str:
    return PREFIX + at.strftime(STAMP)


def made_at(path: Path) -> datetime | None:
    """When an automatic backup was made, read from its name; None for any other name."""
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP)
    except ValueError:
        return None


def _is_vault_folder(path: Path) -> bool:
    if path.is_symlink() or not path.is_dir():
        return False
    try:
        locate(path)
    except (NotAVault, OSError):
        return False
    return True


def automatic_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups in `folder`, oldest first: a name of ours and a vault inside."""
    found = []
    for path in folder.iterdir():
        when = made_at(path)
        if when is not None and _is_vault_folder(path):
            found.append((when, path))
    return sorted(found)


def is_due(folder: Path, now: datetime) -> bool:
    """No automatic backup in the last day (one dated in the future, after a clock change, does not count)."""
    local = now.replace(tzinfo=None)
    return not any(local - EVERY < when <= local for when, _ in automatic_backups(folder))


def prune(folder: Path, keep: int = KEEP) -> tuple[Path, ...]:
    """Delete all but the newest `keep` automatic backups; returns what was deleted."""
    removed = []
    for _, path in automatic_backups(folder)[:-keep] if keep else automatic_backups(folder):
        if {child.name for child in path.iterdir()} <= _VAULT_FILES:  # nothing the person put there
            shutil.rmtree(path)
            removed.append(path)
    return tuple(removed)


def clear_unfinished(folder: Path) -> tuple[Path, ...]:
    """Delete what automatic backups cut short left behind: hidden folders with the temporary name the
    backup gives its work (which may hold a half-written file of its own), holding files only. Never a
    finished backup, never a folder of the person's."""
    removed = []
    for path in folder.iterdir():
        unfinished = _UNFINISHED.fullmatch(path.name) and path.is_dir() and not path.is_symlink()
        if unfinished and all(child.is_file() and not child.is_symlink() for child in path.iterdir()):
            shutil.rmtree(path)
            removed.append(path)
    return tuple(removed)


def check_folder(chosen: Path, vault_folder: Path) -> None:
    """A folder for automatic backups: it exists, and is not the vault itself or inside it."""
    if not chosen.is_dir():
        raise WellbeingError(
            f"The automatic backup was not written: the folder {chosen} is not there "
            "(is its drive connected?)."
        )
    if chosen.resolve().is_relative_to(vault_folder.resolve()):
        raise WellbeingError(
            ServiceErrors.tr("Please choose a folder outside your vault for automatic backups.")
        )


def back_up_if_due(chosen: Path, vault_folder: Path, data_key: bytearray, now: datetime) -> AutoBackup | None:
    """A verified backup of the vault into `chosen` when one is due, then pruning; None when not due."""
    check_folder(chosen, vault_folder)
    try:
        if not is_due(chosen, now):
            return None
        clear_unfinished(chosen)
        summary = copy_vault(vault_folder, data_key, chosen / folder_name(now.replace(tzinfo=None)))
        return AutoBackup(summary, prune(chosen))
    except OSError as error:
        raise WellbeingError(
            f"The automatic backup was not written: the folder {chosen} could not be used ({error.strerror})."
        ) from None
