"""Bring a vault's schema up to date, one numbered step at a time (PRAGMA user_version)."""

from __future__ import annotations

from wellbeing_desktop.errors import NewerVaultVersion, VaultErrors
from wellbeing_desktop.vault.database import Connection
from wellbeing_desktop.vault.schema import LATEST, MIGRATIONS


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, upto: int = LATEST) -> int:
    """Apply every step above the vault's version, each in its own transaction; returns the new version."""
    current = schema_version(conn)
    if current > LATEST:
        raise NewerVaultVersion(
            VaultErrors.tr(
                "This vault was made by a newer version of Wellbeing Desktop (schema %1); "
                "please update the app to open it."
            ).replace("%1", str(current))
        )
    for version, step in MIGRATIONS:
        if current < version <= upto:
            conn.execute("BEGIN IMMEDIATE")
            try:
                step(conn)
                conn.execute(f"PRAGMA user_version = {int(version)}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            current = version
    return current
