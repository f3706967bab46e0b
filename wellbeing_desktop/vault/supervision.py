"""Supervision sessions in the vault, their agreed actions, and the plan snapshot each one keeps."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from wellbeing_desktop.domain import PlanItem, PlanSection, SelfCarePlan
from wellbeing_desktop.domain.supervision import AgreedAction, SupervisionSession
from wellbeing_desktop.domain.times import parse_day, parse_timestamp
from wellbeing_desktop.vault.database import Connection

_COLUMNS = "n, id, held_on, created_at, updated_at, supervisor, discussed, plan_snapshot"


@dataclass(frozen=True)
class OpenAction:
    """An agreed action not yet done, with the day of the session that agreed it."""

    action: AgreedAction
    session_id: str
    held_on: date


def snapshot_to_json(plan: SelfCarePlan) -> str:
    """The plan in the interchange format's shape, compact."""
    return json.dumps(
        {
            "review_on": plan.review_on.isoformat() if plan.review_on else None,
            "sections": [
                {"key": s.key, "title": s.title, "items": [{"id": i.id, "text": i.text} for i in s.items]}
                for s in plan.sections
            ],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def snapshot_from_json(text: str) -> SelfCarePlan:
    data: dict[str, Any] = json.loads(text)
    review = data.get("review_on")
    return SelfCarePlan(
        review_on=parse_day(review) if review else None,
        sections=[
            PlanSection(s["key"], s["title"], [PlanItem(i["id"], i["text"]) for i in s["items"]])
            for s in data.get("sections", [])
        ],
    )


class SupervisionRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, session: SupervisionSession) -> None:
        """Insert or replace a session together with its actions (their order is the list's)."""
        n = self._conn.execute(
            f"""
            INSERT INTO supervision_sessions ({_COLUMNS.removeprefix("n, ")}, updated_ts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                held_on = excluded.held_on, created_at = excluded.created_at,
                updated_at = excluded.updated_at, updated_ts = excluded.updated_ts,
                supervisor = excluded.supervisor, discussed = excluded.discussed,
                plan_snapshot = excluded.plan_snapshot
            RETURNING n
            """,
            (
                session.id,
                session.held_on.isoformat(),
                session.created_at.isoformat(),
                session.updated_at.isoformat(),
                session.supervisor,
                session.discussed,
                snapshot_to_json(session.plan),
                session.updated_at.timestamp(),
            ),
        ).fetchone()[0]
        self._conn.execute("DELETE FROM supervision_actions WHERE session_n = ?", (n,))
        self._conn.executemany(
            "INSERT INTO supervision_actions (id, session_n, position, text, due_on, done)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (a.id, n, position, a.text, a.due_on and a.due_on.isoformat(), int(a.done))
                for position, a in enumerate(session.actions)
            ],
        )

    def get(self, session_id: str) -> SupervisionSession | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM supervision_sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return None if row is None else self._session(row)

    def all(self) -> list[SupervisionSession]:
        """Every session, the most recent first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM supervision_sessions ORDER BY held_on DESC, created_at DESC, n DESC"
        ).fetchall()
        return [self._session(row) for row in rows]

    def latest(self) -> SupervisionSession | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM supervision_sessions ORDER BY held_on DESC, created_at DESC, n DESC"
            " LIMIT 1"
        ).fetchone()
        return None if row is None else self._session(row)

    def delete(self, session_id: str) -> bool:
        return bool(
            self._conn.execute("DELETE FROM supervision_sessions WHERE id = ?", (session_id,)).rowcount
        )

    def updated_times(self) -> dict[str, float]:
        return dict(self._conn.execute("SELECT id, updated_ts FROM supervision_sessions"))

    def open_actions(self) -> list[OpenAction]:
        """Actions not yet done: those with a due date first (soonest first), then by session."""
        rows = self._conn.execute(
            """
            SELECT a.id, a.text, a.due_on, s.id, s.held_on
            FROM supervision_actions a JOIN supervision_sessions s ON s.n = a.session_n
            WHERE a.done = 0
            ORDER BY a.due_on IS NULL, a.due_on, s.held_on, a.position
            """
        )
        return [
            OpenAction(AgreedAction(a_id, text, _day(due)), s_id, parse_day(held_on))
            for a_id, text, due, s_id, held_on in rows
        ]

    def session_of_action(self, action_id: str) -> str | None:
        row = self._conn.execute(
            "SELECT s.id FROM supervision_actions a JOIN supervision_sessions s ON s.n = a.session_n"
            " WHERE a.id = ?",
            (action_id,),
        ).fetchone()
        return None if row is None else str(row[0])

    def _session(self, row: Any) -> SupervisionSession:
        n, session_id, held_on, created_at, updated_at, supervisor, discussed, snapshot = row
        actions = [
            AgreedAction(a_id, text, _day(due), bool(done))
            for a_id, text, due, done in self._conn.execute(
                "SELECT id, text, due_on, done FROM supervision_actions"
                " WHERE session_n = ? ORDER BY position",
                (n,),
            )
        ]
        return SupervisionSession(
            id=session_id,
            held_on=parse_day(held_on),
            created_at=parse_timestamp(created_at),
            updated_at=parse_timestamp(updated_at),
            supervisor=supervisor,
            discussed=discussed,
            actions=actions,
            plan=snapshot_from_json(snapshot),
        )


def _day(text: str | None) -> date | None:
    return None if text is None else parse_day(text)
