"""The diary entries a person flagged "bring to supervision", and nothing else.

Supervision mode reads only these: the query asks the database for flagged rows, so the text of an
unflagged entry is never read into memory while a supervisor is looking.
"""

from __future__ import annotations

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.vault import Vault


def flagged_entries(vault: Vault) -> list[Entry]:
    """Every entry flagged for supervision, oldest first (the order they are talked through)."""
    with vault.transaction():
        ids = [
            str(entry_id)
            for (entry_id,) in vault.connection.execute(
                "SELECT id FROM entries WHERE for_supervision = 1 ORDER BY created_ts, id"
            )
        ]
        found = (vault.entries.get(entry_id) for entry_id in ids)
        return [entry for entry in found if entry is not None and entry.for_supervision]
