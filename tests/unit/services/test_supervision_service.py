"""Supervision sessions against a real vault: recording, actions, the plan snapshot and its difference."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from wellbeing_desktop.domain.supervision import AgreedAction
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.services.plan import PlanService
from wellbeing_desktop.services.supervision import SupervisionService
from wellbeing_desktop.vault import Vault

START = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.at = START

    def now(self) -> datetime:
        self.at += timedelta(minutes=1)
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def plan(vault: Vault, clock: Clock) -> PlanService:
    return PlanService(vault, clock.now)


@pytest.fixture
def service(vault: Vault, clock: Clock) -> SupervisionService:
    return SupervisionService(vault, clock.now)


def test_a_recorded_session_reads_back_whole(service: SupervisionService, plan: PlanService) -> None:
    walk = plan.add_item("coping", "A walk at lunchtime")
    session = service.record(
        date(2026, 11, 2),
        supervisor="  Priya ",
        discussed="The call on Tuesday; boundaries with a regular caller.",
        actions=[
            ("Book the de-escalation refresher", date(2026, 11, 16)),
            ("  ", None),
            ("Ask about cover", None),
        ],
    )
    again = service.get(session.id)
    assert again == session
    assert again.supervisor == "Priya"
    assert [(a.text, a.due_on, a.done) for a in again.actions] == [
        ("Book the de-escalation refresher", date(2026, 11, 16), False),
        ("Ask about cover", None, False),
    ]
    assert [i.id for s in again.plan.sections for i in s.items] == [walk.id]
    assert service.sessions() == [again]


def test_sessions_are_listed_most_recent_first(service: SupervisionService) -> None:
    older = service.record(date(2026, 10, 5))
    newer = service.record(date(2026, 11, 2))
    middle = service.record(date(2026, 10, 20))
    assert [s.id for s in service.sessions()] == [newer.id, middle.id, older.id]
    assert service.last_session() == service.get(newer.id)


def test_open_actions_until_done(service: SupervisionService) -> None:
    first = service.record(date(2026, 10, 5), actions=[("No date", None), ("Later", date(2026, 12, 1))])
    service.record(date(2026, 11, 2), actions=[("Sooner", date(2026, 11, 20))])
    assert [o.action.text for o in service.open_actions()] == ["Sooner", "Later", "No date"]
    later = next(a for a in first.actions if a.text == "Later")
    after = service.set_action_done(later.id, True)
    assert [a.done for a in after.actions] == [False, True]
    assert after.updated_at > first.updated_at
    assert [o.action.text for o in service.open_actions()] == ["Sooner", "No date"]
    service.set_action_done(later.id, False)
    assert "Later" in [o.action.text for o in service.open_actions()]
    with pytest.raises(WellbeingError, match="no longer"):
        service.set_action_done("00000000-0000-4000-8000-000000000000", True)


def test_editing_keeps_the_snapshot_of_the_day(service: SupervisionService, plan: PlanService) -> None:
    plan.add_item("coping", "Before the session")
    session = service.record(date(2026, 11, 2), actions=[("One", None)])
    plan.add_item("coping", "After the session")
    kept = session.actions[0]
    edited = service.update(
        session.id,
        held_on=date(2026, 11, 3),
        supervisor="Sam",
        discussed="More notes",
        actions=[AgreedAction(kept.id, "One, reworded", None, True), AgreedAction(_id(), "Two")],
    )
    again = service.get(session.id)
    assert again == edited
    assert again.held_on == date(2026, 11, 3)
    assert [(a.text, a.done) for a in again.actions] == [("One, reworded", True), ("Two", False)]
    assert [i.text for s in again.plan.sections for i in s.items] == ["Before the session"]


def test_no_difference_before_the_first_session(service: SupervisionService) -> None:
    assert service.changes_since_last_session() is None


def test_changes_since_last_session_read_as_sentences(service: SupervisionService, plan: PlanService) -> None:
    kept = plan.add_item("coping", "A walk at lunchtime")
    reworded = plan.add_item("coping", "Music on the way home")
    gone = plan.add_item("daily", "Lunch away from the desk")
    moved = plan.add_item("daily", "Text Sam after a hard shift")
    service.record(date(2026, 11, 2))
    assert service.changes_since_last_session() == []

    plan.add_item("boundaries", "I finish on time on Fridays")
    plan.edit_item(reworded.id, "Music or a podcast on the way home")
    plan.remove_item(gone.id)
    plan.move_item(moved.id, "people", 0)
    plan.set_review_on(date(2027, 2, 1))
    own = plan.add_section("Things I'm proud of")
    texts = [d.text for d in service.changes_since_last_session() or []]
    assert f"Added a section of your own: “{own.title}”" in texts
    assert any(t.startswith("Added “I finish on time on Fridays” to ") for t in texts)
    assert any(
        t.startswith("Changed “Music on the way home” to “Music or a podcast on the way home”") for t in texts
    )
    assert any(t.startswith("Moved “Text Sam after a hard shift” from ") for t in texts)
    assert any(t.startswith("Removed “Lunch away from the desk” from ") for t in texts)
    assert "Set the review date for 1 February 2027" in texts
    assert not any(kept.text in t for t in texts)


def test_delete_and_restore(service: SupervisionService) -> None:
    session = service.record(date(2026, 11, 2), discussed="notes", actions=[("An action", None)])
    removed = service.delete(session.id)
    assert service.sessions() == []
    assert service.open_actions() == []
    service.restore(removed)
    assert service.get(session.id) == removed
    assert len(service.open_actions()) == 1


def test_bad_fields_are_refused_and_nothing_is_written(service: SupervisionService) -> None:
    with pytest.raises(ValidationError, match="supervisor"):
        service.record(date(2026, 11, 2), supervisor="x" * 500)
    assert service.sessions() == []


def _id() -> str:
    import uuid

    return str(uuid.uuid4())
