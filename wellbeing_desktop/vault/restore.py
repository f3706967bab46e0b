"""Restore a backup over the vault. The current vault is moved aside, never deleted, and comes back if
the restore fails; the backup is copied and checked exactly as a new backup is (DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wellbeing_desktop.errors import VaultErrors, WellbeingError
from wellbeing_desktop.vault.backup import BackupSummary, copy_vault
from wellbeing_desktop.vault.unlock import DB_NAME


@dataclass(frozen=True)
class RestoreSummary:
    restored: BackupSummary
    kept_aside: Path | None  # where the vault that was replaced now lives


def check_not_in_use(folder: Path) -> None:
    """A write-ahead log beside the database means a program has it open (or did not close it)."""
    if (folder / f"{DB_NAME}-wal").exists():
        raise WellbeingError(
            VaultErrors.tr(
                "The vault at %1 seems to be open in Wellbeing Desktop. Close the app and try again."
            ).replace("%1", str(folder))
        )


def restore_backup(backup: Path, data_key: bytearray, vault_folder: Path, stamp: str) -> RestoreSummary:
    """Replace `vault_folder` with a checked copy of `backup` (opened with `data_key`)."""
    aside: Path | None = None
    if vault_folder.exists():
        check_not_in_use(vault_folder)
        aside = vault_folder.with_name(f"{vault_folder.name} before restore {stamp}")
        if aside.exists():
            raise WellbeingError(
                VaultErrors.tr("%1 already exists; wait a minute and try again.").replace("%1", str(aside))
            )
        vault_folder.rename(aside)
    try:
        restored = copy_vault(backup, data_key, vault_folder)
    except BaseException:
        if aside is not None and not vault_folder.exists():
            aside.rename(vault_folder)  # nothing was restored: the vault is back where it was
        raise
    return RestoreSummary(restored, aside)
