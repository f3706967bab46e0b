"""Interchange documents for the service tests: valid ones to start from, the invalid examples the reader
and the JSON Schema must both refuse, and small helpers (the schema, an export without its time stamp)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

from wellbeing_desktop.services.interchange import export_document
from wellbeing_desktop.vault import Vault

PASSPHRASE = "a long passphrase"
SCHEMA_PACKAGE = "wellbeing_desktop.schemas"
SCHEMA_NAME = "interchange-v3.schema.json"


def entry_id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012x}"


def checkin_id(n: int) -> str:
    return f"00000000-0000-4000-9000-{n:012x}"


def item_id(n: int) -> str:
    return f"00000000-0000-4000-a000-{n:012x}"


def entry(n: int = 1, **fields: Any) -> dict[str, Any]:
    """A valid entry; `fields` override any field."""
    made = {
        "id": entry_id(n),
        "created_at": "2026-11-24T18:40:00+00:00",
        "updated_at": "2026-11-24T19:05:00+00:00",
        "title": f"Entry {n}",
        "body": "The group session ran over, and I stayed calm when it got loud.",
        "template": None,
        "tags": ["group session"],
        "emotions": ["tired"],
        "for_supervision": False,
        "mood": None,
    }
    made.update(fields)
    return made


def checkin(n: int = 1, **fields: Any) -> dict[str, Any]:
    """A valid check-in with every optional field; `fields` override any field."""
    made = {
        "id": checkin_id(n),
        "at": f"2026-11-{10 + n % 15:02d}T21:15:00+05:45",
        "mood": 6,
        "stress": 4,
        "energy": None,
        "sleep_hours": 7.5,
        "emotions": ["hopeful"],
        "note": "A good chat with a colleague after a long shift.",
    }
    made.update(fields)
    return made


def section(key: str, title: str, *items: tuple[int, str]) -> dict[str, Any]:
    return {"key": key, "title": title, "items": [{"id": item_id(n), "text": text} for n, text in items]}


def plan(*sections: dict[str, Any], review_on: str | None = None) -> dict[str, Any]:
    return {"review_on": review_on, "sections": list(sections)}


def document(
    entries: list[dict[str, Any]] | None = None,
    checkins: list[dict[str, Any]] | None = None,
    plan: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "format": "wellbeing-desktop",
        "version": 1,
        "exported_at": "2026-11-26T12:00:00+00:00",
        "entries": entries or [],
        "checkins": checkins or [],
        "plan": plan,
    }


def base_document() -> dict[str, Any]:
    """Two entries, four check-ins and a plan of two sections: every invalid example changes one thing."""
    return document(
        entries=[entry(1), entry(2, template="debrief", for_supervision=True, mood=4)],
        checkins=[checkin(n) for n in range(1, 5)],
        plan=plan(
            section(
                "daily",
                "What keeps me well day to day",
                (1, "A walk at lunchtime"),
                (2, "Tea away from my desk"),
            ),
            section("people", "People I can talk to", (3, "My supervisor, on Thursdays")),
            review_on="2027-02-26",
        ),
    )


# -- the schema ------------------------------------------------------------------------------------------


@cache
def schema() -> dict[str, Any]:
    text = resources.files(SCHEMA_PACKAGE).joinpath(SCHEMA_NAME).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def validator() -> Draft202012Validator:
    """Validates with format assertions on, so a "date" must be a real calendar date."""
    return Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(doc: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator().iter_errors(doc)]


# -- exports ---------------------------------------------------------------------------------------------


def exported(vault: Vault) -> dict[str, Any]:
    """The vault's JSON export without its time stamp, so two exports of the same data compare equal."""
    doc = export_document(vault)
    del doc["exported_at"]
    return doc


# -- invalid documents -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Invalid:
    """A valid base document changed in one place, and the one problem the reader reports for it."""

    name: str
    change: Callable[[dict[str, Any]], Any]
    problem: str
    schema_can_say: bool = True  # False where JSON Schema cannot express the rule (uniqueness, ...)

    def document(self) -> Any:
        doc = base_document()
        changed = self.change(doc)
        return doc if changed is None else changed


def setting(*path_and_value: Any) -> Callable[[dict[str, Any]], None]:
    *path, value = path_and_value

    def change(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = copy.deepcopy(value)

    return change


def removing(*path: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


def _same_id(name: str, index: int) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc[name][index]["id"] = doc[name][0]["id"]

    return change


def _add_section(new: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc["plan"]["sections"].append(new)

    return change


NOT_A_SLUG = "is not a short key (lowercase letters, digits and hyphens, at most 40)"
NAIVE = "has no UTC offset (for example +00:00)"
NOT_AN_EXPORT = 'format: this is not a Wellbeing Desktop export ("format" should be "wellbeing-desktop")'

INVALID: list[Invalid] = [
    # The document as a whole
    Invalid("not an object", lambda doc: [doc], NOT_AN_EXPORT),
    Invalid("wrong format", setting("format", "wellbeing-laptop"), NOT_AN_EXPORT),
    Invalid("format missing", removing("format"), NOT_AN_EXPORT),
    Invalid(
        "version 4",
        setting("version", 4),
        "version: 4 is not a version this app can read (it reads versions 1 to 3)",
    ),
    Invalid(
        "version as text",
        setting("version", "1"),
        "version: '1' is not a version this app can read (it reads versions 1 to 3)",
    ),
    Invalid(
        "version true",
        setting("version", True),
        "version: True is not a version this app can read (it reads versions 1 to 3)",
    ),
    Invalid(
        "version missing",
        removing("version"),
        "version: None is not a version this app can read (it reads versions 1 to 3)",
    ),
    Invalid("unknown top-level key", setting("sessions", []), "sessions: is not a known field for version 1"),
    Invalid("entries not a list", setting("entries", {}), "entries: should be a list, not an object"),
    Invalid("checkins null", setting("checkins", None), "checkins: should be a list, not null"),
    Invalid(
        "naive exported_at",
        setting("exported_at", "2026-11-26T12:00:00"),
        f"exported_at: '2026-11-26T12:00:00' {NAIVE}",
    ),
    Invalid(
        "exported_at not a time",
        setting("exported_at", "yesterday"),
        "exported_at: 'yesterday' is not an ISO 8601 time",
    ),
    # Entries
    Invalid(
        "entry not an object", setting("entries", 0, "hello"), "entries[0]: should be an object, not text"
    ),
    Invalid("entry title missing", removing("entries", 0, "title"), "entries[0]: 'title' is missing"),
    Invalid(
        "entry for_supervision missing",
        removing("entries", 1, "for_supervision"),
        "entries[1]: 'for_supervision' is missing",
    ),
    Invalid(
        "entry unknown field",
        setting("entries", 0, "colour", "blue"),
        "entries[0]: 'colour' is not a known field",
    ),
    Invalid(
        "entry id not a UUID",
        setting("entries", 0, "id", "entry-1"),
        "entries[0].id: 'entry-1' is not a UUID",
    ),
    Invalid(
        "entry id a number", setting("entries", 0, "id", 7), "entries[0].id: should be text, not a number"
    ),
    Invalid(
        "entry naive created_at",
        setting("entries", 0, "created_at", "2026-11-24T18:40:00"),
        f"entries[0].created_at: '2026-11-24T18:40:00' {NAIVE}",
    ),
    Invalid(
        "entry updated_at not a time",
        setting("entries", 1, "updated_at", "24/11/2026 19:05"),
        "entries[1].updated_at: '24/11/2026 19:05' is not an ISO 8601 time",
    ),
    Invalid(
        "entry changed before written",
        setting("entries", 0, "updated_at", "2026-11-24T18:39:59+00:00"),
        "entries[0].updated_at: is earlier than created_at",
        schema_can_say=False,
    ),
    Invalid(
        "entry title null", setting("entries", 0, "title", None), "entries[0].title: should be text, not null"
    ),
    Invalid(
        "entry title too long",
        setting("entries", 0, "title", "t" * 501),
        "entries[0].title: is 501 characters long; the most is 500",
    ),
    Invalid(
        "entry title with NUL",
        setting("entries", 0, "title", "a\x00b"),
        "entries[0].title: contains a NUL character",
    ),
    Invalid(
        "entry body over 1 MiB of UTF-8",
        setting("entries", 0, "body", "é" * 524_289),
        "entries[0].body: is 1,048,578 bytes long; the most is 1,048,576",
        schema_can_say=False,
    ),
    Invalid(
        "entry body not valid Unicode",
        setting("entries", 0, "body", "half a pair \ud800"),
        "entries[0].body: contains a character that is not valid Unicode text",
        schema_can_say=False,
    ),
    Invalid(
        "entry template capitalised",
        setting("entries", 0, "template", "Gibbs"),
        f"entries[0].template: 'Gibbs' {NOT_A_SLUG}",
    ),
    Invalid(
        "entry template hyphen first",
        setting("entries", 0, "template", "-gibbs"),
        f"entries[0].template: '-gibbs' {NOT_A_SLUG}",
    ),
    Invalid(
        "entry template too long",
        setting("entries", 0, "template", "a" * 41),
        f"entries[0].template: '{'a' * 41}' {NOT_A_SLUG}",
    ),
    Invalid(
        "entry template a number",
        setting("entries", 0, "template", 3),
        "entries[0].template: should be text, not a number",
    ),
    Invalid(
        "entry for_supervision text",
        setting("entries", 0, "for_supervision", "yes"),
        "entries[0].for_supervision: should be true or false, not text",
    ),
    Invalid(
        "entry for_supervision 1",
        setting("entries", 0, "for_supervision", 1),
        "entries[0].for_supervision: should be true or false, not a number",
    ),
    Invalid(
        "entry tags not a list",
        setting("entries", 0, "tags", "work"),
        "entries[0].tags: should be a list of words, not text",
    ),
    Invalid(
        "entry tag a number",
        setting("entries", 0, "tags", ["work", 3]),
        "entries[0].tags[1]: should be text, not a number",
    ),
    Invalid(
        "entry 51 tags",
        setting("entries", 0, "tags", [f"tag {n}" for n in range(51)]),
        "entries[0].tags: has 51 words; the most is 50",
    ),
    Invalid(
        "entry tag twice",
        setting("entries", 0, "tags", ["work", "work"]),
        "entries[0].tags[1]: 'work' appears twice",
    ),
    Invalid(
        "entry tag twice in another case",
        setting("entries", 0, "tags", ["work", "Work"]),
        "entries[0].tags[1]: 'Work' appears twice",
        schema_can_say=False,
    ),
    Invalid(
        "entry feeling word empty",
        setting("entries", 0, "emotions", [""]),
        "entries[0].emotions[0]: is empty",
    ),
    Invalid(
        "entry feeling word blank",
        setting("entries", 0, "emotions", ["calm", "   "]),
        "entries[0].emotions[1]: is empty",
    ),
    Invalid(
        "entry feeling word with a space first",
        setting("entries", 0, "emotions", [" tired"]),
        "entries[0].emotions[0]: ' tired' has spaces at its start or end",
    ),
    Invalid(
        "entry feeling word with a space last",
        setting("entries", 0, "emotions", ["tired "]),
        "entries[0].emotions[0]: 'tired ' has spaces at its start or end",
    ),
    Invalid(
        "entry feeling word too long",
        setting("entries", 0, "emotions", ["x" * 81]),
        "entries[0].emotions[0]: is 81 characters long; the most is 80",
    ),
    Invalid(
        "entry mood true",
        setting("entries", 1, "mood", True),
        "entries[1].mood: should be a whole number, not true/false",
    ),
    Invalid("entry mood 0", setting("entries", 1, "mood", 0), "entries[1].mood: 0 is outside 1–10"),
    Invalid("entry mood 11", setting("entries", 1, "mood", 11), "entries[1].mood: 11 is outside 1–10"),
    Invalid(
        "entry mood a fraction",
        setting("entries", 1, "mood", 5.5),
        "entries[1].mood: should be a whole number, not a number",
    ),
    Invalid(
        "entry mood text",
        setting("entries", 1, "mood", "5"),
        "entries[1].mood: should be a whole number, not text",
    ),
    Invalid(
        "entry id twice",
        _same_id("entries", 1),
        f"entries[1].id: {entry_id(1)} appears twice",
        schema_can_say=False,
    ),
    # Check-ins
    Invalid("check-in mood 11", setting("checkins", 3, "mood", 11), "checkins[3].mood: 11 is outside 1–10"),
    Invalid("check-in mood 0", setting("checkins", 3, "mood", 0), "checkins[3].mood: 0 is outside 1–10"),
    Invalid("check-in mood missing", removing("checkins", 3, "mood"), "checkins[3]: 'mood' is missing"),
    Invalid(
        "check-in mood null",
        setting("checkins", 3, "mood", None),
        "checkins[3].mood: should be a whole number, not null",
    ),
    Invalid(
        "check-in mood true",
        setting("checkins", 3, "mood", True),
        "checkins[3].mood: should be a whole number, not true/false",
    ),
    Invalid(
        "check-in mood text",
        setting("checkins", 3, "mood", "7"),
        "checkins[3].mood: should be a whole number, not text",
    ),
    Invalid("check-in at missing", removing("checkins", 0, "at"), "checkins[0]: 'at' is missing"),
    Invalid("check-in id missing", removing("checkins", 2, "id"), "checkins[2]: 'id' is missing"),
    Invalid(
        "check-in naive time",
        setting("checkins", 3, "at", "2026-11-13 21:15:00"),
        f"checkins[3].at: '2026-11-13 21:15:00' {NAIVE}",
    ),
    Invalid(
        "check-in a date only",
        setting("checkins", 3, "at", "2026-11-13"),
        f"checkins[3].at: '2026-11-13' {NAIVE}",
    ),
    Invalid(
        "check-in stress 0", setting("checkins", 3, "stress", 0), "checkins[3].stress: 0 is outside 1–10"
    ),
    Invalid(
        "check-in stress 12", setting("checkins", 1, "stress", 12), "checkins[1].stress: 12 is outside 1–10"
    ),
    Invalid(
        "check-in energy true",
        setting("checkins", 3, "energy", True),
        "checkins[3].energy: should be a whole number, not true/false",
    ),
    Invalid(
        "check-in energy a fraction",
        setting("checkins", 3, "energy", 2.5),
        "checkins[3].energy: should be a whole number, not a number",
    ),
    Invalid(
        "check-in sleep 25",
        setting("checkins", 3, "sleep_hours", 25),
        "checkins[3].sleep_hours: 25 is outside 0–24 hours",
    ),
    Invalid(
        "check-in sleep negative",
        setting("checkins", 3, "sleep_hours", -0.5),
        "checkins[3].sleep_hours: -0.5 is outside 0–24 hours",
    ),
    Invalid(
        "check-in sleep text",
        setting("checkins", 3, "sleep_hours", "8"),
        "checkins[3].sleep_hours: should be a number, not text",
    ),
    Invalid(
        "check-in sleep true",
        setting("checkins", 3, "sleep_hours", True),
        "checkins[3].sleep_hours: should be a number, not true/false",
    ),
    Invalid(
        "check-in emotions null",
        setting("checkins", 3, "emotions", None),
        "checkins[3].emotions: should be a list of words, not null",
    ),
    Invalid(
        "check-in feeling word twice",
        setting("checkins", 3, "emotions", ["calm", "calm"]),
        "checkins[3].emotions[1]: 'calm' appears twice",
    ),
    Invalid(
        "check-in note a number",
        setting("checkins", 3, "note", 5),
        "checkins[3].note: should be text, not a number",
    ),
    Invalid(
        "check-in note too long",
        setting("checkins", 3, "note", "n" * 20_001),
        "checkins[3].note: is 20,001 characters long; the most is 20,000",
    ),
    Invalid(
        "check-in note with NUL",
        setting("checkins", 3, "note", "\x00"),
        "checkins[3].note: contains a NUL character",
    ),
    Invalid(
        "check-in unknown field",
        setting("checkins", 3, "coping", ["a walk"]),
        "checkins[3].coping[0]: should be an object, not text",
    ),
    Invalid(
        "check-in id twice",
        _same_id("checkins", 3),
        f"checkins[3].id: {checkin_id(1)} appears twice",
        schema_can_say=False,
    ),
    # The plan
    Invalid("plan a list", setting("plan", []), "plan: should be an object, not a list"),
    Invalid("plan review_on missing", removing("plan", "review_on"), "plan: 'review_on' is missing"),
    Invalid("plan unknown field", setting("plan", "history", []), "plan: 'history' is not a known field"),
    Invalid(
        "plan review_on not a real day",
        setting("plan", "review_on", "2027-02-30"),
        "plan.review_on: '2027-02-30' is not a date like 2026-11-26",
    ),
    Invalid(
        "plan review_on day first",
        setting("plan", "review_on", "26/02/2027"),
        "plan.review_on: '26/02/2027' is not a date like 2026-11-26",
    ),
    Invalid(
        "plan review_on a time",
        setting("plan", "review_on", "2027-02-26T09:00:00+00:00"),
        "plan.review_on: '2027-02-26T09:00:00+00:00' is not a date like 2026-11-26",
    ),
    Invalid(
        "plan review_on without hyphens",
        setting("plan", "review_on", "20270226"),
        "plan.review_on: '20270226' is not a date like 2026-11-26",
    ),
    Invalid(
        "plan review_on a number",
        setting("plan", "review_on", 20270226),
        "plan.review_on: should be text, not a number",
    ),
    Invalid(
        "plan sections not a list",
        setting("plan", "sections", {}),
        "plan.sections: should be a list, not an object",
    ),
    Invalid(
        "plan section missing items",
        removing("plan", "sections", 0, "items"),
        "plan.sections[0]: 'items' is missing",
    ),
    Invalid(
        "plan section items text",
        setting("plan", "sections", 1, "items", "call"),
        "plan.sections[1].items: should be a list, not text",
    ),
    Invalid(
        "plan section key with spaces",
        setting("plan", "sections", 0, "key", "Daily things"),
        f"plan.sections[0].key: 'Daily things' {NOT_A_SLUG}",
    ),
    Invalid(
        "plan section title too long",
        setting("plan", "sections", 0, "title", "s" * 201),
        "plan.sections[0].title: is 201 characters long; the most is 200",
    ),
    Invalid(
        "plan section title null",
        setting("plan", "sections", 0, "title", None),
        "plan.sections[0].title: should be text, not null",
    ),
    Invalid(
        "plan item text blank",
        setting("plan", "sections", 0, "items", 1, "text", "  "),
        "plan.sections[0].items[1].text: is empty",
    ),
    Invalid(
        "plan item text empty",
        setting("plan", "sections", 0, "items", 1, "text", ""),
        "plan.sections[0].items[1].text: is empty",
    ),
    Invalid(
        "plan item text too long",
        setting("plan", "sections", 0, "items", 0, "text", "i" * 2001),
        "plan.sections[0].items[0].text: is 2,001 characters long; the most is 2,000",
    ),
    Invalid(
        "plan item id not a UUID",
        setting("plan", "sections", 1, "items", 0, "id", "x"),
        "plan.sections[1].items[0].id: 'x' is not a UUID",
    ),
    Invalid(
        "plan item unknown field",
        setting("plan", "sections", 1, "items", 0, "done", True),
        "plan.sections[1].items[0]: 'done' is not a known field",
    ),
    Invalid(
        "plan section key twice",
        setting("plan", "sections", 1, "key", "daily"),
        "plan.sections[1].key: 'daily' appears twice",
        schema_can_say=False,
    ),
    Invalid(
        "plan item id twice in a section",
        setting("plan", "sections", 0, "items", 1, "id", item_id(1)),
        f"plan.sections[0].items[1].id: {item_id(1)} appears twice",
        schema_can_say=False,
    ),
    Invalid(
        "plan item id in two sections",
        setting("plan", "sections", 1, "items", 0, "id", item_id(1)),
        f"plan.sections[1].items[0].id: {item_id(1)} is used in another section",
        schema_can_say=False,
    ),
    Invalid(
        "plan new section missing its title",
        _add_section({"key": "coping", "items": []}),
        "plan.sections[2]: 'title' is missing",
    ),
]
