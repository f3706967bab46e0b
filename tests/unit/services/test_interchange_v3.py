"""Version 3 of the interchange format: people, development goals, the learning log, work reflections
and who a check-in talked with travel with an export, merge by id (a month holds one reflection),
re-import changes nothing, and older versions still import."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.unit.services.documents import PASSPHRASE, base_document, exported, schema_errors
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.domain.checkin import TalkedWith
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services.checkin import CheckInService
from wellbeing_desktop.services.development import DevelopmentService
from wellbeing_desktop.services.interchange import export_document, import_document
from wellbeing_desktop.services.learning_log import LearningLogService
from wellbeing_desktop.services.people import PeopleService
from wellbeing_desktop.services.reflection import ReflectionService
from wellbeing_desktop.vault import Vault

ENTRY_ID = "2f1eabd8-667c-4008-b50d-60ca7ed2b00d"


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)

    def now(self) -> datetime:
        self.at += timedelta(minutes=1)
        return self.at


@pytest.fixture
def filled(vault: Vault) -> Vault:
    clock = Clock()
    with vault.transaction():
        vault.entries.save(Entry(id=ENTRY_ID, created_at=clock.now(), updated_at=clock.now(), title="Group"))
    sam = PeopleService(vault, clock.now).add("Sam", "peer-supporter", reach="Tuesdays", remind_after_days=28)
    CheckInService(vault, clock.now).check_in(
        6, talked_with_someone=True, talked_with=[TalkedWith(sam.id, "Sam")]
    )
    DevelopmentService(vault, clock.now).add_goal(
        "Co-facilitate a group", why="I learn by doing", steps=[("Ask Priya", date(2026, 12, 10))]
    )
    LearningLogService(vault, clock.now).add(
        date(2026, 11, 1), "experience", "Leaving silence", learned="A pause helps", entry_ids=[ENTRY_ID]
    )
    reflections = ReflectionService(vault, clock.now)
    key = reflections.questions.question_keys()[0]
    reflections.answer({key: 2}, note="A heavy month")
    return vault


def test_the_export_is_version_3_and_the_schema_accepts_it(filled: Vault) -> None:
    doc = export_document(filled)
    assert doc["version"] == 3
    assert [p["name"] for p in doc["people"]] == ["Sam"]
    assert doc["checkins"][0]["talked_with"] == [{"person_id": doc["people"][0]["id"], "name": "Sam"}]
    assert doc["development_goals"][0]["steps"][0]["text"] == "Ask Priya"
    assert doc["learning_log"][0]["entry_ids"] == [ENTRY_ID]
    assert doc["reflections"][0]["month"] == "2026-11" and doc["reflections"][0]["note"] == "A heavy month"
    assert schema_errors(doc) == []


def test_moving_to_a_new_vault_keeps_everything_and_reimport_changes_nothing(
    filled: Vault, tmp_path: Path
) -> None:
    with Vault.create(tmp_path / "new laptop", PASSPHRASE) as other:
        summary = import_document(other, export_document(filled))
        assert summary.others == 4
        assert "4 items for People and Growing" in summary.sentence()
        assert exported(other) == exported(filled)
        again = import_document(other, export_document(filled))
        assert again.others == 0
        assert exported(other) == exported(filled)


def test_newer_copies_win_and_older_ones_never_do(filled: Vault) -> None:
    doc = export_document(filled)
    older = copy.deepcopy(doc)
    older["people"][0].update(name="Samuel", updated_at=older["people"][0]["created_at"])
    assert import_document(filled, older).others == 0
    newer = copy.deepcopy(doc)
    newer["people"][0].update(name="Samuel", updated_at="2027-01-01T00:00:00+00:00")
    assert import_document(filled, newer).others == 1
    assert [p.name for p in filled.people.all()] == ["Samuel"]


def test_a_month_holds_one_reflection_whatever_its_id(filled: Vault) -> None:
    doc = export_document(filled)
    other = copy.deepcopy(doc["reflections"][0])
    other.update(id="11111111-2222-4333-8444-555555555555", note="From my old laptop")
    stale = {
        **doc,
        "reflections": [
            {**other, "updated_at": "2026-01-01T00:00:00+00:00", "at": "2026-01-01T00:00:00+00:00"}
        ],
    }
    import_document(filled, stale)
    assert [r.note for r in filled.reflections.all()] == ["A heavy month"]
    fresh = {**doc, "reflections": [{**other, "updated_at": "2027-01-01T00:00:00+00:00"}]}
    import_document(filled, fresh)
    assert [(r.id, r.note) for r in filled.reflections.all()] == [(other["id"], "From my old laptop")]


def test_a_learning_note_links_the_entries_that_come_in_the_same_file(filled: Vault, tmp_path: Path) -> None:
    doc = export_document(filled)
    with Vault.create(tmp_path / "fresh", PASSPHRASE) as other:
        import_document(other, doc)
        assert other.learning_log.all()[0].entry_ids == [ENTRY_ID]


@pytest.mark.parametrize("key", ["people", "development_goals", "learning_log", "reflections"])
@pytest.mark.parametrize("version", [1, 2])
def test_older_versions_cannot_hold_version_3_lists(vault: Vault, key: str, version: int) -> None:
    doc = base_document() | {"version": version, key: []}
    with pytest.raises(ValidationError, match=f"{key}: is not a known field for version {version}"):
        import_document(vault, doc)
    assert schema_errors(doc) != []


def _changed(doc: dict[str, Any], name: str, fields: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    changed[name][0].update(fields)
    return changed


@pytest.mark.parametrize(
    ("name", "fields", "problem"),
    [
        ("people", {"relation": "boss"}, "people[0].relation: 'boss' is not one of"),
        ("people", {"remind_after_days": 400}, "people[0].remind_after_days: 400 is outside 1–365 days"),
        ("people", {"name": " "}, "people[0].name: is empty"),
        ("development_goals", {"steps": [{"id": "x"}]}, "development_goals[0].steps[0]: 'text' is missing"),
        ("learning_log", {"kind": "course"}, "learning_log[0].kind: 'course' is not training or experience"),
        (
            "learning_log",
            {"happened_on": "2026-02-30"},
            "learning_log[0].happened_on: '2026-02-30' is not a date",
        ),
        (
            "reflections",
            {"answers": {"worthwhile": 7}},
            "reflections[0].answers['worthwhile']: 7 is outside 1–5",
        ),
        ("reflections", {"month": "2026-13"}, "reflections[0].month: '2026-13' is not a month"),
        (
            "checkins",
            {"talked_with_someone": "yes"},
            "checkins[0].talked_with_someone: should be true or false",
        ),
        ("checkins", {"talked_with": [{"person_id": None}]}, "checkins[0].talked_with[0]: 'name' is missing"),
    ],
)
def test_a_bad_field_names_its_place_and_changes_nothing(
    filled: Vault, name: str, fields: dict[str, Any], problem: str
) -> None:
    doc = _changed(export_document(filled), name, fields)
    before = exported(filled)
    with pytest.raises(ValidationError) as caught:
        import_document(filled, doc)
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems
    assert exported(filled) == before
