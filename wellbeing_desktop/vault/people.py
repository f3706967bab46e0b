"""People I can talk to, in the vault: insert or replace by id, read, remove."""

from __future__ import annotations

from datetime import date
from typing import Any

from wellbeing_desktop.domain.person import Person
from wellbeing_desktop.domain.times import parse_day, parse_timestamp
from wellbeing_desktop.vault.database import Connection

_COLUMNS = (
    "id, name, relation, reach, notes, last_talked_on, remind_after_days, nudge_dismissed_on,"
    " created_at, updated_at"
)


class PeopleRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, person: Person) -> None:
        """Insert a person, or replace the one with the same id."""
        self._conn.execute(
            f"""
            INSERT INTO people ({_COLUMNS}, updated_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, relation = excluded.relation, reach = excluded.reach,
                notes = excluded.notes, last_talked_on = excluded.last_talked_on,
                remind_after_days = excluded.remind_after_days,
                nudge_dismissed_on = excluded.nudge_dismissed_on, created_at = excluded.created_at,
                updated_at = excluded.updated_at, updated_ts = excluded.updated_ts
            """,
            (
                person.id,
                person.name,
                person.relation,
                person.reach,
                person.notes,
                _text(person.last_talked_on),
                person.remind_after_days,
                _text(person.nudge_dismissed_on),
                person.created_at.isoformat(),
                person.updated_at.isoformat(),
                person.updated_at.timestamp(),
            ),
        )

    def get(self, person_id: str) -> Person | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (person_id,)).fetchone()
        return None if row is None else _person(row)

    def all(self) -> list[Person]:
        """Everyone, by name (ignoring case)."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM people ORDER BY name COLLATE NOCASE, n").fetchall()
        return [_person(row) for row in rows]

    def delete(self, person_id: str) -> bool:
        return bool(self._conn.execute("DELETE FROM people WHERE id = ?", (person_id,)).rowcount)

    def updated_times(self) -> dict[str, float]:
        return dict(self._conn.execute("SELECT id, updated_ts FROM people"))

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM people").fetchone()[0])


def _person(row: Any) -> Person:
    (person_id, name, relation, reach, notes, talked, remind, dismissed, created_at, updated_at) = row
    return Person(
        id=person_id,
        name=name,
        created_at=parse_timestamp(created_at),
        updated_at=parse_timestamp(updated_at),
        relation=relation,
        reach=reach,
        notes=notes,
        last_talked_on=_day(talked),
        remind_after_days=remind,
        nudge_dismissed_on=_day(dismissed),
    )


def _text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: str | None) -> date | None:
    return None if text is None else parse_day(text)
