"""Version 2 of the interchange format: supervision sessions and the plan's history travel, merge by id,
re-import changes nothing, and version 1 files still import."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.unit.services.documents import PASSPHRASE, base_document, exported, schema_errors
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services.interchange import export_document, import_document
from wellbeing_desktop.services.plan import PlanService
from wellbeing_desktop.services.supervision import SupervisionService
from wellbeing_desktop.vault import Vault


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)

    def now(self) -> datetime:
        self.at += timedelta(minutes=1)
        return self.at


@pytest.fixture
def filled(vault: Vault) -> Vault:
    """A vault with a plan, its history, and two sessions (one action ticked off)."""
    clock = Clock()
    plan = PlanService(vault, clock.now)
    walk = plan.add_item("coping", "A walk at lunchtime")
    supervision = SupervisionService(vault, clock.now)
    first = supervision.record(date(2026, 11, 2), supervisor="Priya", actions=[("Book the refresher", None)])
    plan.edit_item(walk.id, "A walk at lunchtime, even a short one")
    plan.set_review_on(date(2027, 2, 1))
    supervision.record(
        date(2026, 11, 16), discussed="Boundaries 🌱 «ok»", actions=[("Ask about cover", date(2026, 12, 1))]
    )
    supervision.set_action_done(first.actions[0].id, True)
    return vault


def test_the_export_is_version_2_with_sessions_and_history_and_the_schema_accepts_it(filled: Vault) -> None:
    doc = export_document(filled)
    assert doc["version"] == 3  # version 3 carries everything version 2 does
    assert [s["held_on"] for s in doc["supervision_sessions"]] == ["2026-11-02", "2026-11-16"]
    assert doc["supervision_sessions"][0]["actions"][0]["done"] is True
    assert doc["supervision_sessions"][0]["plan"]["sections"][0]["items"][0]["text"] == "A walk at lunchtime"
    assert [h["kind"] for h in doc["plan_history"]] == ["added", "changed", "review"]
    assert schema_errors(doc) == []


def test_moving_to_a_new_vault_keeps_sessions_and_history(filled: Vault, tmp_path: Path) -> None:
    with Vault.create(tmp_path / "new laptop", PASSPHRASE) as other:
        summary = import_document(other, export_document(filled))
        assert (summary.sessions_added, summary.history_added) == (
            2,
            len(export_document(filled)["plan_history"]),
        )
        assert "2 supervision sessions" in summary.sentence()
        assert exported(other) == exported(filled)
        assert [o.action.text for o in SupervisionService(other, Clock().now).open_actions()] == [
            "Ask about cover"
        ]
        again = import_document(other, export_document(filled))
        assert (again.sessions_added, again.sessions_updated, again.history_added) == (0, 0, 0)
        assert exported(other) == exported(filled)


def test_a_newer_session_replaces_an_older_one_and_never_the_other_way(filled: Vault, tmp_path: Path) -> None:
    doc = export_document(filled)
    session = doc["supervision_sessions"][1]
    older = _with(doc, supervisor="Older copy", updated_at=session["created_at"])
    newer = _with(doc, supervisor="Newer copy", updated_at="2027-01-01T00:00:00+00:00")
    assert import_document(filled, older).sessions_updated == 0
    assert SupervisionService(filled, Clock().now).get(session["id"]).supervisor == ""
    assert import_document(filled, newer).sessions_updated == 1
    assert SupervisionService(filled, Clock().now).get(session["id"]).supervisor == "Newer copy"


def _with(doc: dict[str, Any], **fields: Any) -> dict[str, Any]:
    import copy

    changed = copy.deepcopy(doc)
    changed["supervision_sessions"][1].update(fields)
    return changed


def test_version_1_files_still_import(vault: Vault) -> None:
    doc = base_document()
    assert doc["version"] == 1
    summary = import_document(vault, doc)
    assert summary.entries_added == 2
    assert exported(vault)["supervision_sessions"] == []


@pytest.mark.parametrize("key", ["supervision_sessions", "plan_history"])
def test_version_1_files_cannot_hold_version_2_lists(vault: Vault, key: str) -> None:
    doc = base_document() | {key: []}
    with pytest.raises(ValidationError, match=f"{key}: is not a known field for version 1"):
        import_document(vault, doc)
    assert schema_errors(doc) != []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda s: s.update(held_on="2026-02-30"),
            "supervision_sessions[0].held_on: '2026-02-30' is not a date",
        ),
        (
            lambda s: s["actions"][0].update(done="yes"),
            "supervision_sessions[0].actions[0].done: should be true or false",
        ),
        (lambda s: s["actions"][0].update(text="  "), "supervision_sessions[0].actions[0].text: is empty"),
        (
            lambda s: s.update(updated_at="2000-01-01T00:00:00Z"),
            "supervision_sessions[0].updated_at: is before created_at",
        ),
        (
            lambda s: s["plan"]["sections"][0].update(key="Not A Key"),
            "supervision_sessions[0].plan.sections[0].key",
        ),
        (lambda s: s.update(mood=3), "supervision_sessions[0]: 'mood' is not a known field"),
        (lambda s: s.pop("actions"), "supervision_sessions[0]: 'actions' is missing"),
    ],
)
def test_a_bad_session_names_its_place_and_changes_nothing(
    filled: Vault, vault: Vault, change: Any, problem: str
) -> None:
    doc = export_document(filled)
    change(doc["supervision_sessions"][0])
    before = exported(filled)
    with pytest.raises(ValidationError) as caught:
        import_document(filled, doc)
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems
    assert exported(filled) == before


def test_a_bad_history_row_names_its_place(filled: Vault) -> None:
    doc = export_document(filled)
    doc["plan_history"][0]["kind"] = "renamed"
    with pytest.raises(ValidationError, match=r"plan_history\[0\].kind: 'renamed' is not one of"):
        import_document(filled, doc)
    doc["plan_history"][0] = {"at": "2026-11-02T10:00:00Z"}
    with pytest.raises(ValidationError, match=r"plan_history\[0\]: 'item_id' is missing"):
        import_document(filled, doc)


def test_repeated_session_ids_are_refused(filled: Vault) -> None:
    doc = export_document(filled)
    doc["supervision_sessions"][1]["id"] = doc["supervision_sessions"][0]["id"]
    with pytest.raises(ValidationError, match=r"supervision_sessions\[1\].id: .* appears twice"):
        import_document(filled, doc)
