"""Read an interchange document (format "wellbeing-desktop", versions 1 to 3) into domain objects.

The whole document is checked before anything is written; every problem names its place, like
`checkins[3].mood: 11 is outside 1–10`. Unknown keys are errors, never silently dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

from wellbeing_desktop.domain import CheckIn, CopingUsed, Entry, PlanItem, PlanSection, SelfCarePlan
from wellbeing_desktop.domain.checkin import TalkedWith
from wellbeing_desktop.domain.development import DevelopmentGoal, LearningRecord
from wellbeing_desktop.domain.person import Person
from wellbeing_desktop.domain.reflection import Reflection
from wellbeing_desktop.domain.rules import DataProblems
from wellbeing_desktop.domain.supervision import SupervisionSession
from wellbeing_desktop.domain.times import parse_day, parse_timestamp
from wellbeing_desktop.errors import ServiceErrors, ValidationError, WellbeingError
from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, fill, number, translate
from wellbeing_desktop.services.plan_history import HistoryRow

FORMAT = "wellbeing-desktop"
VERSION = 3
# Version 2 adds supervision sessions and the plan history; 3 adds people, development and reflections.
READABLE = (1, 2, 3)
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_PROBLEMS = 50


class _Identified(Protocol):
    id: str


T = TypeVar("T", bound=_Identified)  # entries, check-ins, sessions, people…: anything listed by id

_TOP = {"format", "version", "exported_at", "entries", "checkins", "plan"}
_ENTRY = {
    "id",
    "created_at",
    "updated_at",
    "title",
    "body",
    "template",
    "tags",
    "emotions",
    "for_supervision",
}
_ENTRY_OPTIONAL = {"mood"}
_CHECKIN = {"id", "at", "mood"}
_CHECKIN_OPTIONAL = {
    "stress",
    "energy",
    "sleep_hours",
    "emotions",
    "note",
    "coping",
    "talked_with_someone",
    "talked_with",
}


@dataclass
class Document:
    entries: list[Entry] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    plan: SelfCarePlan | None = None
    sessions: list[SupervisionSession] = field(default_factory=list)
    plan_history: list[HistoryRow] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    development_goals: list[DevelopmentGoal] = field(default_factory=list)
    learning_log: list[LearningRecord] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)


class _Reader:
    """Walks the JSON, collecting problems with their places instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, place: str, problem: str) -> None:
        self.problems.append(f"{place}: {problem}")

    def keys(
        self, obj: Any, place: str, required: set[str], optional: set[str] | frozenset[str] = frozenset()
    ) -> bool:
        if not isinstance(obj, dict):
            self.fail(place, DataProblems.tr("should be an object, not %1").replace("%1", _kind(obj)))
            return False
        for key in sorted(required - obj.keys()):
            self.fail(place, DataProblems.tr("%1 is missing").replace("%1", repr(key)))
        for key in sorted(obj.keys() - required - optional):
            self.fail(place, DataProblems.tr("%1 is not a known field").replace("%1", repr(key)))
        return required <= obj.keys()

    def string(self, obj: dict[str, Any], key: str, place: str, *, null: bool = False) -> Any:
        value = obj.get(key)
        if value is None and null:
            return None
        if not isinstance(value, str):
            self.fail(f"{place}.{key}", DataProblems.tr("should be text, not %1").replace("%1", _kind(value)))
            return None
        return value

    def time(self, obj: dict[str, Any], key: str, place: str) -> Any:
        text = self.string(obj, key, place)
        if text is None:
            return None
        try:
            return parse_timestamp(text)
        except ValueError as error:
            self.fail(f"{place}.{key}", str(error))
            return None

    def day(self, obj: dict[str, Any], key: str, place: str, *, null: bool = False) -> date | None:
        text = self.string(obj, key, place, null=null)
        if text is None:
            return None
        try:
            return parse_day(text)
        except ValueError as error:
            self.fail(f"{place}.{key}", str(error))
            return None

    def integer(self, obj: dict[str, Any], key: str, place: str, *, null: bool = False) -> Any:
        value = obj.get(key)
        if value is None and null:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(
                f"{place}.{key}",
                DataProblems.tr("should be a whole number, not %1").replace("%1", _kind(value)),
            )
            return None
        return value

    def number(self, obj: dict[str, Any], key: str, place: str) -> Any:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(
                f"{place}.{key}", DataProblems.tr("should be a number, not %1").replace("%1", _kind(value))
            )
            return None
        return value

    def words(self, obj: dict[str, Any], key: str, place: str) -> list[str]:
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.fail(
                f"{place}.{key}",
                DataProblems.tr("should be a list of words, not %1").replace("%1", _kind(value)),
            )
            return []
        for i, word in enumerate(value):
            if not isinstance(word, str):
                self.fail(
                    f"{place}.{key}[{i}]",
                    DataProblems.tr("should be text, not %1").replace("%1", _kind(word)),
                )
        return [w for w in value if isinstance(w, str)]

    def rules(self, problems: list[str], place: str) -> None:
        self.problems += [f"{place}.{p}" for p in problems]


def _kind(value: object) -> str:
    if value is None:
        return "null"
    words = {
        bool: QT_TRANSLATE_NOOP("DataProblems", "true/false"),
        int: QT_TRANSLATE_NOOP("DataProblems", "a number"),
        float: QT_TRANSLATE_NOOP("DataProblems", "a number"),
        str: QT_TRANSLATE_NOOP("DataProblems", "text"),
        list: QT_TRANSLATE_NOOP("DataProblems", "a list"),
        dict: QT_TRANSLATE_NOOP("DataProblems", "an object"),
    }.get(type(value))
    return translate("DataProblems", words) if words else type(value).__name__


def _entry(r: _Reader, obj: Any, place: str) -> Entry | None:
    before = len(r.problems)
    if not r.keys(obj, place, _ENTRY, _ENTRY_OPTIONAL):
        return None
    flagged = obj["for_supervision"]
    if not isinstance(flagged, bool):
        r.fail(
            f"{place}.for_supervision",
            DataProblems.tr("should be true or false, not %1").replace("%1", _kind(flagged)),
        )
    entry = Entry(
        id=r.string(obj, "id", place),
        created_at=r.time(obj, "created_at", place),
        updated_at=r.time(obj, "updated_at", place),
        title=r.string(obj, "title", place),
        body=r.string(obj, "body", place),
        template=r.string(obj, "template", place, null=True),
        tags=r.words(obj, "tags", place),
        emotions=r.words(obj, "emotions", place),
        for_supervision=bool(flagged),
        mood=r.integer(obj, "mood", place, null=True),
    )
    if len(r.problems) > before:
        return None
    r.rules(entry.problems(), place)
    return entry if len(r.problems) == before else None


def _checkin(r: _Reader, obj: Any, place: str) -> CheckIn | None:
    before = len(r.problems)
    if not r.keys(obj, place, _CHECKIN, _CHECKIN_OPTIONAL):
        return None
    note = r.string(obj, "note", place, null=True) if "note" in obj else ""
    checkin = CheckIn(
        id=r.string(obj, "id", place),
        at=r.time(obj, "at", place),
        mood=r.integer(obj, "mood", place),
        stress=r.integer(obj, "stress", place, null=True),
        energy=r.integer(obj, "energy", place, null=True),
        sleep_hours=r.number(obj, "sleep_hours", place),
        emotions=r.words(obj, "emotions", place),
        note=note or "",
        coping=_coping(r, obj.get("coping", []), f"{place}.coping"),
        talked_with=_talked_with(r, obj.get("talked_with", []), f"{place}.talked_with"),
    )
    talked = obj.get("talked_with_someone", False)
    if not isinstance(talked, bool):
        r.fail(
            f"{place}.talked_with_someone",
            DataProblems.tr("should be true or false, not %1").replace("%1", _kind(talked)),
        )
    checkin.talked_with_someone = bool(talked)
    if len(r.problems) > before:
        return None
    r.rules(checkin.problems(), place)
    return checkin if len(r.problems) == before else None


def _coping(r: _Reader, value: Any, place: str) -> list[CopingUsed]:
    """Coping strategies from the plan ticked in a check-in: [{"item_id", "text"}]."""
    if not isinstance(value, list):
        r.fail(place, DataProblems.tr("should be a list, not %1").replace("%1", _kind(value)))
        return []
    used = []
    for i, obj in enumerate(value):
        if r.keys(obj, f"{place}[{i}]", {"item_id", "text"}):
            item_id, text = r.string(obj, "item_id", f"{place}[{i}]"), r.string(obj, "text", f"{place}[{i}]")
            if item_id is not None and text is not None:
                used.append(CopingUsed(item_id, text))
    return used


def _talked_with(r: _Reader, value: Any, place: str) -> list[TalkedWith]:
    """Who the person talked with that day: [{"person_id": id or null, "name"}]."""
    if not isinstance(value, list):
        r.fail(place, DataProblems.tr("should be a list, not %1").replace("%1", _kind(value)))
        return []
    people = []
    for i, obj in enumerate(value):
        where = f"{place}[{i}]"
        if r.keys(obj, where, {"person_id", "name"}):
            person_id, name = r.string(obj, "person_id", where, null=True), r.string(obj, "name", where)
            if name is not None:
                people.append(TalkedWith(person_id, name))
    return people


def _plan(r: _Reader, obj: Any, where: str = "plan") -> SelfCarePlan | None:
    before = len(r.problems)
    if not r.keys(obj, where, {"review_on", "sections"}):
        return None
    review_on = r.day(obj, "review_on", where, null=True)
    sections_data = obj["sections"]
    if not isinstance(sections_data, list):
        r.fail(
            f"{where}.sections",
            DataProblems.tr("should be a list, not %1").replace("%1", _kind(sections_data)),
        )
        return None
    sections = []
    for i, s in enumerate(sections_data):
        place = f"{where}.sections[{i}]"
        if not r.keys(s, place, {"key", "title", "items"}):
            continue
        items = []
        if not isinstance(s["items"], list):
            r.fail(
                f"{place}.items", DataProblems.tr("should be a list, not %1").replace("%1", _kind(s["items"]))
            )
        else:
            for j, item in enumerate(s["items"]):
                if r.keys(item, f"{place}.items[{j}]", {"id", "text"}):
                    items.append(
                        PlanItem(
                            r.string(item, "id", f"{place}.items[{j}]"),
                            r.string(item, "text", f"{place}.items[{j}]"),
                        )
                    )
        sections.append(PlanSection(r.string(s, "key", place), r.string(s, "title", place), items))
    if len(r.problems) > before:
        return None
    plan = SelfCarePlan(review_on, sections)
    r.rules(plan.problems(), where)
    return plan


def _many(
    r: _Reader, data: dict[str, Any], name: str, build: Callable[[_Reader, Any, str], T | None]
) -> list[T]:
    """A list of things with ids (entries, check-ins, sessions, people…): each read by `build`, an id
    given twice is a problem; stops early once there are plenty of problems."""
    items = data.get(name, [])
    if not isinstance(items, list):
        r.fail(name, DataProblems.tr("should be a list, not %1").replace("%1", _kind(items)))
        return []
    built: list[T] = []
    seen: set[str] = set()
    for i, obj in enumerate(items):
        item = build(r, obj, f"{name}[{i}]")
        if item is not None:
            if item.id in seen:
                r.fail(f"{name}[{i}].id", DataProblems.tr("%1 appears twice").replace("%1", str(item.id)))
            seen.add(item.id)
            built.append(item)
        if len(r.problems) >= MAX_PROBLEMS:
            raise ValidationError(r.problems)
    return built


def read_document(data: Any) -> Document:
    """Check a parsed JSON document and build domain objects; raises ValidationError listing problems."""
    r = _Reader()
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(
            [
                "format: "
                + DataProblems.tr(
                    'this is not a Wellbeing Desktop export ("format" should be "wellbeing-desktop")'
                )
            ]
        )
    version = data.get("version")
    if version not in READABLE or isinstance(version, bool):
        raise ValidationError(
            [
                "version: "
                + DataProblems.tr("%1 is not a version this app can read (it reads versions 1 to 3)").replace(
                    "%1", repr(version)
                )
            ]
        )
    from wellbeing_desktop.services import interchange_v2, interchange_v3  # they build on this module

    known = (
        _TOP
        | (interchange_v2.KEYS if version >= 2 else set())
        | (interchange_v3.KEYS if version >= 3 else set())
    )
    for key in sorted(data.keys() - known):
        r.fail(key, DataProblems.tr("is not a known field for version %1").replace("%1", str(version)))
    if "exported_at" in data:
        if not isinstance(data["exported_at"], str):
            r.fail(
                "exported_at",
                DataProblems.tr("should be text, not %1").replace("%1", _kind(data["exported_at"])),
            )
        else:
            try:
                parse_timestamp(data["exported_at"])
            except ValueError as error:
                r.fail("exported_at", str(error))
    doc = Document(
        entries=_many(r, data, "entries", _entry),
        checkins=_many(r, data, "checkins", _checkin),
    )
    if "plan" in data and data["plan"] is not None:
        doc.plan = _plan(r, data["plan"])
    if version >= 2:
        interchange_v2.read(r, data, doc)
    if version >= 3:
        interchange_v3.read(r, data, doc)
    if r.problems:
        raise ValidationError(r.problems)
    return doc


def read_import_bytes(path: Path) -> bytes:
    """A file to import, read whole; a missing, unreadable or far too large one is one sentence
    (our own JSON export here, and the other journals' exports in journal_import)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            too_large = ServiceErrors.tr("%1 is too large to import (%2 bytes).")
            raise WellbeingError(fill(too_large, str(path), number(size)))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WellbeingError(ServiceErrors.tr("There is no file at %1.").replace("%1", str(path))) from None
    except IsADirectoryError:
        raise WellbeingError(
            ServiceErrors.tr("%1 is a folder, not a file.").replace("%1", str(path))
        ) from None
    except OSError as error:
        unreadable = ServiceErrors.tr("%1 could not be read (%2).")
        raise WellbeingError(fill(unreadable, str(path), error.strerror or "")) from None
    return raw


def load_json_file(path: Path) -> Any:
    """Parse a JSON file, turning every way it can fail into one clear sentence."""
    raw = read_import_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        not_text = ServiceErrors.tr("%1 is not UTF-8 text, so it is not a Wellbeing Desktop export.")
        raise WellbeingError(not_text.replace("%1", str(path))) from None
    try:
        return json.loads(text, object_pairs_hook=_refuse_repeated_keys)
    except json.JSONDecodeError as error:
        not_json = ServiceErrors.tr("%1 is not valid JSON (line %2, column %3: %4).")
        raise WellbeingError(
            fill(not_json, str(path), str(error.lineno), str(error.colno), error.msg)
        ) from None
    except _RepeatedKey as error:
        twice = ServiceErrors.tr("%1 gives %2 twice in one place, so it is ambiguous.")
        raise WellbeingError(fill(twice, str(path), repr(error.key))) from None
    except ValueError:
        too_long = ServiceErrors.tr("%1 holds a number far too long to be a Wellbeing Desktop export.")
        raise WellbeingError(too_long.replace("%1", str(path))) from None
    except RecursionError:
        too_deep = ServiceErrors.tr("%1 is nested too deeply to be a Wellbeing Desktop export.")
        raise WellbeingError(too_deep.replace("%1", str(path))) from None


class _RepeatedKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """JSON allows {"mood": 3, "mood": 11}; silently keeping the last would hide a mistake."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _RepeatedKey(key)
        result[key] = value
    return result
