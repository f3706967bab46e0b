"""What version 2 of the interchange format adds: supervision sessions and the plan's history.

    "supervision_sessions": [{"id", "held_on", "created_at", "updated_at", "supervisor", "discussed",
                              "actions": [{"id", "text", "due_on", "done"}], "plan": {plan shape}}]
    "plan_history": [{"at", "kind", "section_key", "item_id", "old_text", "new_text"}]

Sessions merge by id like entries (the newer `updated_at` wins, actions and snapshot with it). History
rows have no id: a row already in the vault, field for field, is not added again, so re-importing
changes nothing.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, get_args

from wellbeing_desktop.domain.rules import DataProblems
from wellbeing_desktop.domain.supervision import AgreedAction, SupervisionSession
from wellbeing_desktop.i18n import fill
from wellbeing_desktop.services.interchange_read import Document, _kind, _many, _plan, _Reader
from wellbeing_desktop.services.plan_history import ChangeKind, HistoryRow
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault.supervision import snapshot_to_json

KEYS = {"supervision_sessions", "plan_history"}
_SESSION = {"id", "held_on", "created_at", "updated_at", "supervisor", "discussed", "actions", "plan"}
_ACTION = {"id", "text", "due_on", "done"}
_HISTORY = {"at", "kind", "section_key", "item_id", "old_text", "new_text"}
KINDS: tuple[str, ...] = get_args(ChangeKind)


# -- writing ---------------------------------------------------------------------------------------------


def session_to_json(session: SupervisionSession) -> dict[str, Any]:
    return {
        "id": session.id,
        "held_on": session.held_on.isoformat(),
        "created_at": session.created_at.isoformat(),
        "updated_at": session.updated_at.isoformat(),
        "supervisor": session.supervisor,
        "discussed": session.discussed,
        "actions": [
            {"id": a.id, "text": a.text, "due_on": _iso(a.due_on), "done": a.done} for a in session.actions
        ],
        "plan": json.loads(snapshot_to_json(session.plan)),
    }


def history_rows(vault: Vault) -> list[dict[str, Any]]:
    rows = vault.connection.execute(
        "SELECT at, kind, section_key, item_id, old_text, new_text FROM plan_changes ORDER BY at_ts, n"
    )
    return [
        dict(zip(("at", "kind", "section_key", "item_id", "old_text", "new_text"), r, strict=True))
        for r in rows
    ]


# -- reading ---------------------------------------------------------------------------------------------


def read(r: _Reader, data: dict[str, Any], doc: Document) -> None:
    """Read the version-2 keys of `data` into `doc`, collecting problems in `r`."""
    doc.sessions = _many(r, data, "supervision_sessions", _session)
    history = data.get("plan_history", [])
    if not isinstance(history, list):
        r.fail("plan_history", DataProblems.tr("should be a list, not %1").replace("%1", _kind(history)))
    else:
        for i, obj in enumerate(history):
            row = _history(r, obj, f"plan_history[{i}]")
            if row is not None:
                doc.plan_history.append(row)


def _session(r: _Reader, obj: Any, place: str) -> SupervisionSession | None:
    before = len(r.problems)
    if not r.keys(obj, place, _SESSION):
        return None
    held_on = r.day(obj, "held_on", place)
    actions: list[AgreedAction] = []
    if not isinstance(obj["actions"], list):
        r.fail(
            f"{place}.actions",
            DataProblems.tr("should be a list, not %1").replace("%1", _kind(obj["actions"])),
        )
    else:
        for j, a in enumerate(obj["actions"]):
            where = f"{place}.actions[{j}]"
            if not r.keys(a, where, _ACTION):
                continue
            if not isinstance(a["done"], bool):
                r.fail(
                    f"{where}.done",
                    DataProblems.tr("should be true or false, not %1").replace("%1", _kind(a["done"])),
                )
            actions.append(
                AgreedAction(
                    r.string(a, "id", where),
                    r.string(a, "text", where),
                    r.day(a, "due_on", where, null=True),
                    bool(a["done"]),
                )
            )
    plan = _plan(r, obj["plan"], f"{place}.plan")
    session = SupervisionSession(
        id=r.string(obj, "id", place),
        held_on=held_on or date.min,
        created_at=r.time(obj, "created_at", place),
        updated_at=r.time(obj, "updated_at", place),
        supervisor=r.string(obj, "supervisor", place),
        discussed=r.string(obj, "discussed", place),
        actions=actions,
    )
    if len(r.problems) > before or plan is None:
        return None
    session.plan = plan
    r.rules(session.problems(), place)
    if session.updated_at < session.created_at:
        r.fail(f"{place}.updated_at", DataProblems.tr("is before created_at"))
    return session if len(r.problems) == before else None


def _history(r: _Reader, obj: Any, place: str) -> HistoryRow | None:
    before = len(r.problems)
    if not r.keys(obj, place, _HISTORY):
        return None
    kind = r.string(obj, "kind", place)
    if kind is not None and kind not in KINDS:
        r.fail(
            f"{place}.kind", fill(DataProblems.tr("%1 is not one of %2"), repr(kind), str(", ".join(KINDS)))
        )
    row = HistoryRow(
        at=r.time(obj, "at", place),
        kind=kind,
        **{
            key: r.string(obj, key, place, null=True)
            for key in ("section_key", "item_id", "old_text", "new_text")
        },
    )
    return row if len(r.problems) == before else None


# -- merging ---------------------------------------------------------------------------------------------


def merge(vault: Vault, doc: Document) -> tuple[int, int, int]:
    """Inside the import's transaction: (sessions added, sessions updated, history rows added)."""
    known = vault.supervision.updated_times()
    added = updated = 0
    for session in doc.sessions:
        previous = known.get(session.id)
        if previous is not None and session.updated_at.timestamp() <= previous:
            continue
        added, updated = (added + 1, updated) if previous is None else (added, updated + 1)
        vault.supervision.save(session)
    conn = vault.connection
    have = {
        tuple(row)
        for row in conn.execute("SELECT at, kind, section_key, item_id, old_text, new_text FROM plan_changes")
    }
    fresh = []
    for row in doc.plan_history:
        if row.key() not in have:
            have.add(row.key())
            fresh.append(row)
    conn.executemany(
        "INSERT INTO plan_changes (at, at_ts, kind, section_key, item_id, old_text, new_text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(*row.key()[:1], row.at.timestamp(), *row.key()[1:]) for row in fresh],
    )
    return added, updated, len(fresh)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
