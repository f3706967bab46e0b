"""Find a vault folder and unwrap its data key. Deliberately light: it imports only what the key
file needs, so the key derivation's working memory (64 MiB by default) is allocated while little
else is loaded; the database driver and everything built on it load after it has been released."""

from __future__ import annotations

from pathlib import Path

from wellbeing_desktop.errors import NotAVault, VaultDamaged, VaultErrors
from wellbeing_desktop.i18n import fill
from wellbeing_desktop.vault import keyfile
from wellbeing_desktop.vault.files import DB_NAME, KEYS_NAME

__all__ = ["DB_NAME", "KEYS_NAME", "locate", "unwrap_key"]


def locate(folder: Path) -> keyfile.KeyFile:
    """Check that `folder` is a vault before asking for a passphrase; returns its key file."""
    if not folder.exists():
        raise NotAVault(VaultErrors.tr("There is no vault at %1.").replace("%1", str(folder)))
    if not folder.is_dir():
        raise NotAVault(VaultErrors.tr("%1 is a file, not a vault folder.").replace("%1", str(folder)))
    keys = folder / KEYS_NAME
    if not keys.exists():
        raise NotAVault(
            fill(
                VaultErrors.tr("%1 is not a Wellbeing Desktop vault (it has no %2)."), str(folder), KEYS_NAME
            )
        )
    key_file = keyfile.read(keys)
    db = folder / DB_NAME
    if not db.exists() or db.stat().st_size == 0:
        raise VaultDamaged(
            fill(
                VaultErrors.tr("The vault at %1 is damaged: its %2 is missing or empty."),
                str(folder),
                DB_NAME,
            )
        )
    return key_file


def unwrap_key(
    folder: Path, passphrase: str, key_file: keyfile.KeyFile | None = None
) -> tuple[keyfile.KeyFile, bytearray]:
    """The vault's key file (read now unless given) and its data key; raises WrongPassphrase,
    NotAVault or VaultDamaged. A key rotation that a crash interrupted is finished here."""
    key_file = key_file or locate(folder)
    secret = keyfile.normalise_passphrase(passphrase)
    data_key = keyfile.unwrap(key_file, secret)
    if key_file.pending_rotation is None:
        return key_file, data_key
    from wellbeing_desktop.vault.rotate import finish_interrupted  # loads the database driver

    return finish_interrupted(folder, key_file, secret, data_key)
