"""Mood check-ins in the vault, and the plain figures a chart needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from wellbeing_desktop.domain import CheckIn, CopingUsed, TalkedWith
from wellbeing_desktop.domain.times import parse_timestamp
from wellbeing_desktop.vault.database import Connection

_COLUMNS = "n, id, at, mood, stress, energy, sleep_hours, note, talked_with_someone"


@dataclass(frozen=True)
class ChartPoint:
    """One check-in as a chart sees it: UTC seconds, the local time as written, and the scales."""

    at_ts: float
    at: str
    mood: int
    stress: int | None
    energy: int | None
    sleep_hours: float | None


class CheckInRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, checkin: CheckIn) -> None:
        row = self._conn.execute(
            """
            INSERT INTO checkins (id, at, at_ts, mood, stress, energy, sleep_hours, note, talked_with_someone)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                at = excluded.at, at_ts = excluded.at_ts, mood = excluded.mood, stress = excluded.stress,
                energy = excluded.energy, sleep_hours = excluded.sleep_hours, note = excluded.note,
                talked_with_someone = excluded.talked_with_someone
            RETURNING n
            """,
            (
                checkin.id,
                checkin.at.isoformat(),
                checkin.at.timestamp(),
                checkin.mood,
                checkin.stress,
                checkin.energy,
                checkin.sleep_hours,
                checkin.note,
                int(checkin.talked_with_someone),
            ),
        ).fetchone()
        n = row[0]
        self._conn.execute("DELETE FROM checkin_emotions WHERE checkin_n = ?", (n,))
        self._conn.executemany(
            "INSERT INTO checkin_emotions (checkin_n, position, word) VALUES (?, ?, ?)",
            [(n, i, word) for i, word in enumerate(checkin.emotions)],
        )
        self._conn.execute("DELETE FROM checkin_coping WHERE checkin_n = ?", (n,))
        self._conn.executemany(
            "INSERT INTO checkin_coping (checkin_n, position, item_id, text) VALUES (?, ?, ?, ?)",
            [(n, i, used.item_id, used.text) for i, used in enumerate(checkin.coping)],
        )
        self._conn.execute("DELETE FROM checkin_people WHERE checkin_n = ?", (n,))
        self._conn.executemany(
            "INSERT INTO checkin_people (checkin_n, position, person_id, name) VALUES (?, ?, ?, ?)",
            [(n, i, talked.person_id, talked.name) for i, talked in enumerate(checkin.talked_with)],
        )

    def get(self, checkin_id: str) -> CheckIn | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM checkins WHERE id = ?", (checkin_id,)).fetchone()
        return None if row is None else next(self._build([row]))

    def delete(self, checkin_id: str) -> bool:
        return bool(self._conn.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,)).rowcount)

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM checkins").fetchone()[0])

    def ids(self) -> set[str]:
        return {row[0] for row in self._conn.execute("SELECT id FROM checkins")}

    def all(self) -> Iterator[CheckIn]:
        """Every check-in, oldest first."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM checkins ORDER BY at_ts, id").fetchall()
        return self._build(rows, everything=True)

    def chart_points(self, start_ts: float | None = None, end_ts: float | None = None) -> list[ChartPoint]:
        """Check-ins in [start, end) in time order, without notes or feeling words."""
        rows = self._conn.execute(
            """
            SELECT at_ts, at, mood, stress, energy, sleep_hours FROM checkins
            WHERE at_ts >= ? AND at_ts < ? ORDER BY at_ts
            """,
            (float("-inf") if start_ts is None else start_ts, float("inf") if end_ts is None else end_ts),
        ).fetchall()
        return [ChartPoint(*row) for row in rows]

    def _per_checkin(self, query: str, order: str, ns: list[int] | None) -> dict[int, list[Any]]:
        """Rows of a child table grouped by check-in: for the given check-ins, or for all."""
        found: dict[int, list[Any]] = defaultdict(list)
        if ns is None:
            rows = self._conn.execute(f"{query} ORDER BY {order}")
        elif ns:
            marks = ",".join("?" * len(ns))
            rows = self._conn.execute(f"{query} WHERE checkin_n IN ({marks}) ORDER BY {order}", ns)
        else:
            return found
        for n, *rest in rows:
            found[n].append(rest[0] if len(rest) == 1 else tuple(rest))
        return found

    def coping_days(self) -> list[tuple[str, str, str]]:
        """(local date as written, item id, text) for every strategy ticked, for "what helps"."""
        rows = self._conn.execute(
            """
            SELECT substr(c.at, 1, 10), k.item_id, k.text FROM checkin_coping AS k
            JOIN checkins AS c ON c.n = k.checkin_n ORDER BY c.at_ts
            """
        )
        return [(str(day), str(item_id), str(text)) for day, item_id, text in rows]

    def talking_days(self) -> list[str]:
        """Local dates (as written) of check-ins that say "I talked with someone today", for "what helps"."""
        rows = self._conn.execute(
            "SELECT DISTINCT substr(at, 1, 10) AS day FROM checkins"
            " WHERE talked_with_someone = 1 ORDER BY day"
        )
        return [str(day) for (day,) in rows]

    def _build(self, rows: list[Any], everything: bool = False) -> Iterator[CheckIn]:
        ns = None if everything else [int(r[0]) for r in rows]
        words = self._per_checkin("SELECT checkin_n, word FROM checkin_emotions", "checkin_n, position", ns)
        coping = self._per_checkin(
            "SELECT checkin_n, item_id, text FROM checkin_coping", "checkin_n, position", ns
        )
        people = self._per_checkin(
            "SELECT checkin_n, person_id, name FROM checkin_people", "checkin_n, position", ns
        )
        for n, id_, at, mood, stress, energy, sleep, note, talked in rows:
            yield CheckIn(
                id=id_,
                at=parse_timestamp(at),
                mood=mood,
                stress=stress,
                energy=energy,
                sleep_hours=sleep,
                emotions=words.get(n, []),
                note=note,
                coping=[CopingUsed(item_id, text) for item_id, text in coping.get(n, [])],
                talked_with_someone=bool(talked),
                talked_with=[TalkedWith(person_id, name) for person_id, name in people.get(n, [])],
            )
