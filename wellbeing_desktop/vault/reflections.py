"""Monthly work reflections in the vault: one a month, each with its answers by question key.

Also remembers the month in which the person set aside the quiet "a moment to reflect?" line on
Today (kept in the vault's preferences table, like the signposting contacts).
"""

from __future__ import annotations

import json
from typing import Any

from wellbeing_desktop.domain.reflection import Reflection
from wellbeing_desktop.domain.times import parse_timestamp
from wellbeing_desktop.vault.database import Connection

_COLUMNS = "n, id, month, at, updated_at, note"
DISMISSED_KEY = "reflection.nudge_dismissed_month"


class ReflectionRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, reflection: Reflection) -> None:
        """Insert or replace a reflection (by id) and its answers. A second reflection for a month that
        already has one is refused by the database (month is UNIQUE): the service updates instead."""
        n = self._conn.execute(
            """
            INSERT INTO reflections (id, month, at, at_ts, note, updated_at, updated_ts)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                month = excluded.month, at = excluded.at, at_ts = excluded.at_ts, note = excluded.note,
                updated_at = excluded.updated_at, updated_ts = excluded.updated_ts
            RETURNING n
            """,
            (
                reflection.id,
                reflection.month,
                reflection.at.isoformat(),
                reflection.at.timestamp(),
                reflection.note,
                reflection.updated_at.isoformat(),
                reflection.updated_at.timestamp(),
            ),
        ).fetchone()[0]
        self._conn.execute("DELETE FROM reflection_answers WHERE reflection_n = ?", (n,))
        self._conn.executemany(
            "INSERT INTO reflection_answers (reflection_n, question, answer) VALUES (?, ?, ?)",
            [(n, key, answer) for key, answer in reflection.answers.items()],
        )

    def get(self, reflection_id: str) -> Reflection | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM reflections WHERE id = ?", (reflection_id,)
        ).fetchone()
        return None if row is None else self._reflection(row)

    def for_month(self, month: str) -> Reflection | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM reflections WHERE month = ?", (month,)).fetchone()
        return None if row is None else self._reflection(row)

    def all(self) -> list[Reflection]:
        """Every reflection, the earliest month first."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM reflections ORDER BY month").fetchall()
        return [self._reflection(row) for row in rows]

    def delete(self, reflection_id: str) -> bool:
        return bool(self._conn.execute("DELETE FROM reflections WHERE id = ?", (reflection_id,)).rowcount)

    def updated_times(self) -> dict[str, float]:
        """id -> last change in UTC seconds, for merging an import."""
        return dict(self._conn.execute("SELECT id, updated_ts FROM reflections"))

    def dismissed_month(self) -> str | None:
        row = self._conn.execute("SELECT value FROM preferences WHERE key = ?", (DISMISSED_KEY,)).fetchone()
        if row is None:
            return None
        try:
            value = json.loads(row[0])
        except ValueError:
            return None
        return value if isinstance(value, str) else None

    def set_dismissed_month(self, month: str) -> None:
        self._conn.execute(
            "INSERT INTO preferences (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (DISMISSED_KEY, json.dumps(month)),
        )

    def _reflection(self, row: Any) -> Reflection:
        n, reflection_id, month, at, updated_at, note = row
        answers = {
            str(key): int(answer)
            for key, answer in self._conn.execute(
                "SELECT question, answer FROM reflection_answers WHERE reflection_n = ? ORDER BY question",
                (n,),
            )
        }
        return Reflection(
            id=reflection_id,
            month=month,
            at=parse_timestamp(at),
            updated_at=parse_timestamp(updated_at),
            answers=answers,
            note=note,
        )
