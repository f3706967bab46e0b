"""Development goals in the vault, each with its small next steps (in the person's order)."""

from __future__ import annotations

from datetime import date
from typing import Any

from wellbeing_desktop.domain.development import DevelopmentGoal, NextStep
from wellbeing_desktop.domain.times import parse_day, parse_timestamp
from wellbeing_desktop.vault.database import Connection

_COLUMNS = "n, id, position, what, why, done_on, created_at, updated_at"


class DevelopmentGoalRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, goal: DevelopmentGoal) -> None:
        """Insert or replace a goal (by id) together with its steps."""
        n = self._conn.execute(
            """
            INSERT INTO development_goals
                (id, position, what, why, done_on, created_at, updated_at, updated_ts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                position = excluded.position, what = excluded.what, why = excluded.why,
                done_on = excluded.done_on, created_at = excluded.created_at,
                updated_at = excluded.updated_at, updated_ts = excluded.updated_ts
            RETURNING n
            """,
            (
                goal.id,
                goal.position,
                goal.what,
                goal.why,
                _iso(goal.done_on),
                goal.created_at.isoformat(),
                goal.updated_at.isoformat(),
                goal.updated_at.timestamp(),
            ),
        ).fetchone()[0]
        self._conn.execute("DELETE FROM development_steps WHERE goal_n = ?", (n,))
        self._conn.executemany(
            "INSERT INTO development_steps (id, goal_n, position, text, due_on, done)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(s.id, n, i, s.text, _iso(s.due_on), int(s.done)) for i, s in enumerate(goal.steps)],
        )

    def get(self, goal_id: str) -> DevelopmentGoal | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM development_goals WHERE id = ?", (goal_id,)
        ).fetchone()
        return None if row is None else self._goal(row)

    def all(self) -> list[DevelopmentGoal]:
        """Every goal in the person's order."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM development_goals ORDER BY position, created_at, n"
        ).fetchall()
        return [self._goal(row) for row in rows]

    def delete(self, goal_id: str) -> bool:
        return bool(self._conn.execute("DELETE FROM development_goals WHERE id = ?", (goal_id,)).rowcount)

    def updated_times(self) -> dict[str, float]:
        """id -> last change in UTC seconds, for merging an import."""
        return dict(self._conn.execute("SELECT id, updated_ts FROM development_goals"))

    def set_positions(self, ids: list[str]) -> None:
        """Put the goals in this order (ids not listed keep their place after these)."""
        self._conn.executemany("UPDATE development_goals SET position = ? WHERE id = ?", list(enumerate(ids)))

    def _goal(self, row: Any) -> DevelopmentGoal:
        n, goal_id, position, what, why, done_on, created_at, updated_at = row
        steps = [
            NextStep(step_id, text, _day(due), bool(done))
            for step_id, text, due, done in self._conn.execute(
                "SELECT id, text, due_on, done FROM development_steps WHERE goal_n = ? ORDER BY position",
                (n,),
            )
        ]
        return DevelopmentGoal(
            id=goal_id,
            what=what,
            why=why,
            created_at=parse_timestamp(created_at),
            updated_at=parse_timestamp(updated_at),
            steps=steps,
            done_on=_day(done_on),
            position=position,
        )


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: str | None) -> date | None:
    return None if text is None else parse_day(text)
