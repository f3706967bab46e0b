"""Open vault.db with SQLCipher in raw-key mode and the PRAGMAs DESIGN.md requires; run the checks."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType
from typing import Any

from wellbeing_desktop.errors import StorageError, VaultDamaged, VaultErrors, WellbeingError

Connection = Any  # sqlcipher3 ships no type information

_RAW_KEY = re.compile(r"^x'[0-9a-f]{64}'$")
# A bigger page cache keeps decrypted pages in memory, so a warm search does not decrypt again.
CACHE_KIB = 32 * 1024


def driver() -> ModuleType:
    """The SQLCipher driver, imported on first use: unlocking derives the key first, so the
    driver's memory and the key derivation's working memory are never resident together."""
    import sqlcipher3

    module: ModuleType = sqlcipher3
    return module


def raw_key_literal(data_key: bytes | bytearray) -> str:
    """The raw-key form SQLCipher expects. A malformed one would silently be used as a passphrase."""
    literal = f"x'{bytes(data_key).hex()}'"
    if not _RAW_KEY.fullmatch(literal):
        raise ValueError("the data key is not 32 bytes")
    return literal


def connect(path: Path, data_key: bytes | bytearray, *, create: bool = False) -> Connection:
    """A keyed, checked connection. Without `create`, a missing or empty file is damage, never a new vault."""
    if not create:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise VaultDamaged(
                VaultErrors.tr("The vault's database %1 is missing.").replace("%1", str(path))
            ) from None
        if size == 0:
            raise VaultDamaged(
                VaultErrors.tr("The vault's database %1 is empty; it may have been damaged.").replace(
                    "%1", str(path)
                )
            )
    conn = driver().connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        _key_and_configure(conn, data_key, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _key_and_configure(conn: Connection, data_key: bytes | bytearray, path: Path) -> None:
    version_row = conn.execute("PRAGMA cipher_version").fetchone()
    version = version_row[0] if version_row else ""
    if not str(version).startswith("4."):
        # Without SQLCipher 4 the database would be written unencrypted: refuse to run at all.
        raise WellbeingError(
            VaultErrors.tr("This installation lacks SQLCipher 4, so it cannot keep a vault encrypted.")
        )
    # Silenced before keying: a key that does not fit would otherwise print SQLCipher's own
    # "hmac check failed" lines to stderr, beside our one clear sentence.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{raw_key_literal(data_key)}"')
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver().DatabaseError:
        raise VaultDamaged(
            VaultErrors.tr(
                "%1 cannot be read with this vault's key: it is damaged or not a Wellbeing Desktop vault."
            ).replace("%1", str(path))
        ) from None
    conn.execute("PRAGMA temp_store = MEMORY")  # a file temp store would spill plaintext
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise VaultDamaged(f"{path} could not be opened for writing (journal mode {mode}).")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def storage_error(error: Exception) -> StorageError:
    """One plain sentence for a database failure the person can do something about."""
    text = str(error).lower()
    if "full" in text:
        why = VaultErrors.tr(
            "Your vault could not be saved: the disk is full. Free some space and try again."
        )
    elif "locked" in text or "busy" in text:
        why = VaultErrors.tr(
            "Your vault could not be saved: another program is using the vault. Close it and try again."
        )
    elif "readonly" in text or "read-only" in text:
        why = VaultErrors.tr("Your vault could not be saved: the vault's folder is read-only.")
    elif "i/o" in text or "disk" in text:
        why = VaultErrors.tr(
            "Your vault could not be saved: the disk reported an error. "
            "Check the drive and make a backup soon."
        )
    else:
        why = VaultErrors.tr(
            "Your vault could not be saved: the database reported a problem; run wellbeing-desktop check."
        )
    return StorageError(why)


def problems(conn: Connection) -> list[str]:
    """Both checks: the cipher check finds tampered pages; the SQLite check finds a file cut short."""
    found: list[str] = []
    try:
        found += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    except driver().DatabaseError as error:
        found.append(f"cipher integrity check failed: {error}")
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            found += rows
    except driver().DatabaseError as error:
        found.append(f"integrity check failed: {error}")
    return found
