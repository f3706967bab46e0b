"""The learning log in the vault, and the diary entries each record links to (by id only).

Links go when their entry is deleted (ON DELETE CASCADE); a link to an entry that is not in the vault
is skipped on save, so putting back a record after its entry went (undo) cannot fail.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from wellbeing_desktop.domain.development import LearningKind, LearningRecord
from wellbeing_desktop.domain.times import parse_day, parse_timestamp
from wellbeing_desktop.vault.database import Connection

_COLUMNS = "n, id, happened_on, kind, title, learned, practice_change, created_at, updated_at"


class LearningLogRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, record: LearningRecord) -> None:
        """Insert or replace a record (by id) and its links."""
        n = self._conn.execute(
            """
            INSERT INTO learning_log
                (id, happened_on, kind, title, learned, practice_change, created_at, updated_at, updated_ts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                happened_on = excluded.happened_on, kind = excluded.kind, title = excluded.title,
                learned = excluded.learned, practice_change = excluded.practice_change,
                created_at = excluded.created_at, updated_at = excluded.updated_at,
                updated_ts = excluded.updated_ts
            RETURNING n
            """,
            (
                record.id,
                record.happened_on.isoformat(),
                record.kind,
                record.title,
                record.learned,
                record.practice_change,
                record.created_at.isoformat(),
                record.updated_at.isoformat(),
                record.updated_at.timestamp(),
            ),
        ).fetchone()[0]
        self._conn.execute("DELETE FROM learning_entries WHERE learning_n = ?", (n,))
        self._conn.executemany(
            "INSERT INTO learning_entries (learning_n, entry_id) SELECT ?, id FROM entries WHERE id = ?",
            [(n, entry_id) for entry_id in record.entry_ids],
        )

    def get(self, record_id: str) -> LearningRecord | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM learning_log WHERE id = ?", (record_id,)).fetchone()
        return None if row is None else self._record(row)

    def all(self) -> list[LearningRecord]:
        """Every record, the most recent first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM learning_log ORDER BY happened_on DESC, created_at DESC, n DESC"
        ).fetchall()
        return [self._record(row) for row in rows]

    def delete(self, record_id: str) -> bool:
        return bool(self._conn.execute("DELETE FROM learning_log WHERE id = ?", (record_id,)).rowcount)

    def updated_times(self) -> dict[str, float]:
        """id -> last change in UTC seconds, for merging an import."""
        return dict(self._conn.execute("SELECT id, updated_ts FROM learning_log"))

    def entry_titles(self, entry_ids: list[str]) -> dict[str, tuple[str, datetime]]:
        """entry id -> (title, written at) for the entries still in the vault; never a body."""
        if not entry_ids:
            return {}
        marks = ",".join("?" * len(entry_ids))
        rows = self._conn.execute(
            f"SELECT id, title, created_at FROM entries WHERE id IN ({marks})", entry_ids
        ).fetchall()
        return {str(i): (str(title), parse_timestamp(str(at))) for i, title, at in rows}

    def _record(self, row: Any) -> LearningRecord:
        n, record_id, happened_on, kind, title, learned, practice_change, created_at, updated_at = row
        linked = [
            str(entry_id)
            for (entry_id,) in self._conn.execute(
                "SELECT l.entry_id FROM learning_entries l JOIN entries e ON e.id = l.entry_id"
                " WHERE l.learning_n = ? ORDER BY e.created_ts, e.id",
                (n,),
            )
        ]
        return LearningRecord(
            id=record_id,
            happened_on=parse_day(happened_on),
            kind=cast(LearningKind, kind),
            title=title,
            learned=learned,
            practice_change=practice_change,
            created_at=parse_timestamp(created_at),
            updated_at=parse_timestamp(updated_at),
            entry_ids=linked,
        )
