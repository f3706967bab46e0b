"""The plan's history: every change recorded with the service's clock, read back as sentences."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tests.unit.services.test_plan_service import Ticks
from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.services.plan import PlanService
from wellbeing_desktop.vault import Vault

BST = timezone(timedelta(hours=1))


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def service(vault: Vault, ticks: Ticks) -> PlanService:
    return PlanService(vault, ticks, load_builtin())


def test_history_lists_each_change_in_order_with_plain_sentences(service: PlanService, ticks: Ticks) -> None:
    walk = service.add_item("daily", "A walk at lunch")
    ticks.advance(1)
    service.edit_item(walk.id, "A walk at lunchtime, even a short one")
    ticks.advance(1)
    sign = service.add_item("warning-signs", "Snapping at people I love is my early sign")
    ticks.advance(1)
    service.move_item(sign.id, "daily", 0)
    ticks.advance(1)
    service.remove_item(sign.id)
    ticks.advance(1)
    service.set_review_on(date(2026, 8, 3))
    ticks.advance(1)
    service.set_review_on(date(2026, 9, 7))
    ticks.advance(1)
    service.set_review_on(None)
    ticks.advance(1)
    service.add_section("Things I'm proud of")
    ticks.advance(1)
    service.remove_section("things-i-m-proud-of")

    history = service.history()
    assert [c.text for c in reversed(history)] == [
        "Added “A walk at lunch” to What keeps me well day to day",
        "Changed “A walk at lunch” to “A walk at lunchtime, even a short one”"
        " in What keeps me well day to day",
        "Added “Snapping at people I love is my early sign”"
        " to My early warning signs and triggers in the role",
        "Moved “Snapping at people I love is my early sign” from My early warning signs and triggers"
        " in the role to What keeps me well day to day",
        "Removed “Snapping at people I love is my early sign” from What keeps me well day to day",
        "Set the review date for 3 August 2026",
        "Moved the review date to 7 September 2026",
        "Took away the review date",
        "Added a section of your own: “Things I'm proud of”",
        "Removed your section “Things I'm proud of”",
    ]
    assert [c.kind for c in history][:3] == ["section", "section", "review"]
    start = datetime(2026, 5, 11, 9, 30, tzinfo=BST)
    assert [c.at for c in reversed(history)] == [start + timedelta(minutes=m) for m in range(10)]
    assert history[-1].at.utcoffset() == timedelta(hours=1)  # kept as written
    assert len(service.history(limit=3)) == 3


def test_an_undone_removal_reads_as_added_again(service: PlanService) -> None:
    item = service.add_item("coping", "Text Priya after a hard shift")
    service.restore_item(*service.remove_item(item.id))
    assert [c.kind for c in service.history()] == ["added", "removed", "added"]


def test_moves_of_one_item_a_moment_apart_are_one_change(service: PlanService, ticks: Ticks) -> None:
    items = [service.add_item("coping", t) for t in ("Breathe", "Walk", "Music", "Write")]
    for position in (2, 1, 0):
        ticks.advance(0.5)
        service.move_item(items[3].id, "coping", position)
    moves = [c for c in service.history() if c.kind == "moved"]
    assert len(moves) == 1 and moves[0].text == "Moved “Write” within Coping strategies that help"
    assert moves[0].at == ticks.at
    ticks.advance(11)
    service.move_item(items[3].id, "coping", 3)
    assert len([c for c in service.history() if c.kind == "moved"]) == 2


def test_a_move_that_changes_nothing_is_not_recorded(service: PlanService) -> None:
    item = service.add_item("coping", "Breathe")
    service.move_item(item.id, "coping", 5)
    assert [c.kind for c in service.history()] == ["added"]


def test_changes_since_a_moment_oldest_first(service: PlanService, ticks: Ticks) -> None:
    service.add_item("coping", "Breathe")
    ticks.advance(60)
    supervision = ticks.at
    ticks.advance(60)
    item = service.add_item("people", "My supervisor")
    ticks.advance(1)
    service.edit_item(item.id, "My supervisor, sooner if I need to")
    since = service.changes_since(supervision)
    assert [(c.kind, c.item_id) for c in since] == [("added", item.id), ("changed", item.id)]


def test_a_change_names_a_section_by_its_title_even_after_it_has_gone(service: PlanService) -> None:
    own = service.add_section("Days off")
    item = service.add_item(own.key, "Phone off by ten")
    service.remove_item(item.id)
    service.remove_section(own.key)
    assert service.history()[1].text == "Removed “Phone off by ten” from Days off"
