"""What version 3 of the interchange format adds: the people I can talk to, development goals, the
learning log and the monthly work reflections (check-ins may also say who the person talked with).

    "people":            [{"id", "name", "relation", "reach", "notes", "last_talked_on",
                           "remind_after_days", "nudge_dismissed_on", "created_at", "updated_at"}]
    "development_goals": [{"id", "what", "why", "position", "done_on", "created_at", "updated_at",
                           "steps": [{"id", "text", "due_on", "done"}]}]
    "learning_log":      [{"id", "happened_on", "kind", "title", "learned", "practice_change",
                           "entry_ids", "created_at", "updated_at"}]
    "reflections":       [{"id", "month", "at", "updated_at", "note", "answers": {"question": 1-5}}]

Everything merges by id, the newer `updated_at` winning, as entries do. A month holds one reflection:
one from the file for a month the vault already has (under another id) replaces it only if newer.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from wellbeing_desktop.domain.development import DevelopmentGoal, LearningRecord, NextStep
from wellbeing_desktop.domain.person import Person
from wellbeing_desktop.domain.reflection import Reflection
from wellbeing_desktop.domain.rules import DataProblems
from wellbeing_desktop.services.interchange_read import Document, _kind, _many, _Reader
from wellbeing_desktop.vault import Vault

KEYS = {"people", "development_goals", "learning_log", "reflections"}
_PERSON = {
    "id",
    "name",
    "relation",
    "reach",
    "notes",
    "last_talked_on",
    "remind_after_days",
    "nudge_dismissed_on",
    "created_at",
    "updated_at",
}
_GOAL = {"id", "what", "why", "position", "done_on", "created_at", "updated_at", "steps"}
_STEP = {"id", "text", "due_on", "done"}
_LEARNING = {
    "id",
    "happened_on",
    "kind",
    "title",
    "learned",
    "practice_change",
    "entry_ids",
    "created_at",
    "updated_at",
}
_REFLECTION = {"id", "month", "at", "updated_at", "note", "answers"}
T = TypeVar("T", Person, DevelopmentGoal, LearningRecord, Reflection)


# -- writing ---------------------------------------------------------------------------------------------


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def person_to_json(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "relation": p.relation,
        "reach": p.reach,
        "notes": p.notes,
        "last_talked_on": _iso(p.last_talked_on),
        "remind_after_days": p.remind_after_days,
        "nudge_dismissed_on": _iso(p.nudge_dismissed_on),
        "created_at": p.created_at.isoformat(),
        "updated_at": p.updated_at.isoformat(),
    }


def goal_to_json(g: DevelopmentGoal) -> dict[str, Any]:
    return {
        "id": g.id,
        "what": g.what,
        "why": g.why,
        "position": g.position,
        "done_on": _iso(g.done_on),
        "created_at": g.created_at.isoformat(),
        "updated_at": g.updated_at.isoformat(),
        "steps": [{"id": s.id, "text": s.text, "due_on": _iso(s.due_on), "done": s.done} for s in g.steps],
    }


def learning_to_json(r: LearningRecord) -> dict[str, Any]:
    return {
        "id": r.id,
        "happened_on": r.happened_on.isoformat(),
        "kind": r.kind,
        "title": r.title,
        "learned": r.learned,
        "practice_change": r.practice_change,
        "entry_ids": list(r.entry_ids),
        "created_at": r.created_at.isoformat(),
        "updated_at": r.updated_at.isoformat(),
    }


def reflection_to_json(r: Reflection) -> dict[str, Any]:
    return {
        "id": r.id,
        "month": r.month,
        "at": r.at.isoformat(),
        "updated_at": r.updated_at.isoformat(),
        "note": r.note,
        "answers": dict(sorted(r.answers.items())),
    }


def export_lists(vault: Vault) -> dict[str, list[dict[str, Any]]]:
    """The version-3 lists, read inside the caller's transaction."""
    return {
        "people": [person_to_json(p) for p in vault.people.all()],
        "development_goals": [goal_to_json(g) for g in vault.development_goals.all()],
        "learning_log": [learning_to_json(r) for r in sorted(vault.learning_log.all(), key=_by_day)],
        "reflections": [
            reflection_to_json(r) for r in sorted(vault.reflections.all(), key=lambda r: r.month)
        ],
    }


def _by_day(r: LearningRecord) -> tuple[date, str]:
    return r.happened_on, r.id


# -- reading ---------------------------------------------------------------------------------------------


def read(r: _Reader, data: dict[str, Any], doc: Document) -> None:
    """Read the version-3 keys of `data` into `doc`, collecting problems in `r`."""
    doc.people = _many(r, data, "people", _person)
    doc.development_goals = _many(r, data, "development_goals", _goal)
    doc.learning_log = _many(r, data, "learning_log", _learning)
    doc.reflections = _many(r, data, "reflections", _reflection)
    months: dict[str, int] = {}
    for i, reflection in enumerate(doc.reflections):
        if reflection.month in months:
            r.fail(
                f"reflections[{i}].month",
                DataProblems.tr("%1 appears twice (a month holds one reflection)").replace(
                    "%1", str(reflection.month)
                ),
            )
        months[reflection.month] = i


def _flag(r: _Reader, obj: dict[str, Any], key: str, place: str) -> bool:
    value = obj[key]
    if not isinstance(value, bool):
        r.fail(
            f"{place}.{key}", DataProblems.tr("should be true or false, not %1").replace("%1", _kind(value))
        )
    return bool(value)


def _checked(r: _Reader, item: T, place: str, before: int) -> T | None:
    if len(r.problems) > before:
        return None
    r.rules(item.problems(), place)
    if item.updated_at < getattr(item, "created_at", getattr(item, "at", item.updated_at)):
        r.fail(f"{place}.updated_at", DataProblems.tr("is before it was written"))
    return item if len(r.problems) == before else None


def _person(r: _Reader, obj: Any, place: str) -> Person | None:
    before = len(r.problems)
    if not r.keys(obj, place, _PERSON):
        return None
    person = Person(
        id=r.string(obj, "id", place),
        name=r.string(obj, "name", place),
        relation=r.string(obj, "relation", place),
        reach=r.string(obj, "reach", place),
        notes=r.string(obj, "notes", place),
        last_talked_on=r.day(obj, "last_talked_on", place, null=True),
        remind_after_days=r.integer(obj, "remind_after_days", place, null=True),
        nudge_dismissed_on=r.day(obj, "nudge_dismissed_on", place, null=True),
        created_at=r.time(obj, "created_at", place),
        updated_at=r.time(obj, "updated_at", place),
    )
    return _checked(r, person, place, before)


def _goal(r: _Reader, obj: Any, place: str) -> DevelopmentGoal | None:
    before = len(r.problems)
    if not r.keys(obj, place, _GOAL):
        return None
    steps: list[NextStep] = []
    if not isinstance(obj["steps"], list):
        r.fail(
            f"{place}.steps", DataProblems.tr("should be a list, not %1").replace("%1", _kind(obj["steps"]))
        )
    else:
        for j, s in enumerate(obj["steps"]):
            where = f"{place}.steps[{j}]"
            if r.keys(s, where, _STEP):
                steps.append(
                    NextStep(
                        r.string(s, "id", where),
                        r.string(s, "text", where),
                        r.day(s, "due_on", where, null=True),
                    )
                )
                steps[-1].done = _flag(r, s, "done", where)
    goal = DevelopmentGoal(
        id=r.string(obj, "id", place),
        what=r.string(obj, "what", place),
        why=r.string(obj, "why", place),
        position=r.integer(obj, "position", place),
        done_on=r.day(obj, "done_on", place, null=True),
        created_at=r.time(obj, "created_at", place),
        updated_at=r.time(obj, "updated_at", place),
        steps=steps,
    )
    return _checked(r, goal, place, before)


def _learning(r: _Reader, obj: Any, place: str) -> LearningRecord | None:
    before = len(r.problems)
    if not r.keys(obj, place, _LEARNING):
        return None
    ids = obj["entry_ids"]
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        r.fail(f"{place}.entry_ids", DataProblems.tr("should be a list of entry ids"))
        ids = []
    record = LearningRecord(
        id=r.string(obj, "id", place),
        happened_on=r.day(obj, "happened_on", place) or date.min,
        kind=r.string(obj, "kind", place),
        title=r.string(obj, "title", place),
        learned=r.string(obj, "learned", place),
        practice_change=r.string(obj, "practice_change", place),
        entry_ids=list(ids),
        created_at=r.time(obj, "created_at", place),
        updated_at=r.time(obj, "updated_at", place),
    )
    return _checked(r, record, place, before)


def _reflection(r: _Reader, obj: Any, place: str) -> Reflection | None:
    before = len(r.problems)
    if not r.keys(obj, place, _REFLECTION):
        return None
    answers = obj["answers"]
    if not isinstance(answers, dict):
        r.fail(
            f"{place}.answers",
            DataProblems.tr("should be an object of answers, not %1").replace("%1", _kind(answers)),
        )
        answers = {}
    reflection = Reflection(
        id=r.string(obj, "id", place),
        month=r.string(obj, "month", place),
        at=r.time(obj, "at", place),
        updated_at=r.time(obj, "updated_at", place),
        note=r.string(obj, "note", place),
        answers=dict(answers),
    )
    return _checked(r, reflection, place, before)


# -- merging ---------------------------------------------------------------------------------------------


def merge(vault: Vault, doc: Document) -> int:
    """Inside the import's transaction: how many people, goals, learning notes and reflections were
    added or replaced by newer ones. Entries are in by now, so learning notes find the ones they link."""
    changed = 0
    for repository, items in (
        (vault.people, doc.people),
        (vault.development_goals, doc.development_goals),
        (vault.learning_log, doc.learning_log),
    ):
        known = repository.updated_times()
        for item in items:
            previous = known.get(item.id)
            if previous is None or item.updated_at.timestamp() > previous:
                repository.save(item)  # type: ignore[arg-type]
                changed += 1
    reflections = vault.reflections
    for reflection in doc.reflections:
        same_month = reflections.for_month(reflection.month)
        if same_month is not None and reflection.updated_at.timestamp() <= same_month.updated_at.timestamp():
            continue
        if same_month is not None and same_month.id != reflection.id:
            reflections.delete(same_month.id)
        reflections.save(reflection)
        changed += 1
    return changed
