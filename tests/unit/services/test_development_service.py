"""Development goals and the learning log against a real vault: validation, order, undo, links."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from wellbeing_desktop.domain.development import NextStep
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.services.development import DevelopmentService
from wellbeing_desktop.services.diary import DiaryService
from wellbeing_desktop.services.learning_log import LearningLogService
from wellbeing_desktop.vault import Vault

START = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.at = START

    def now(self) -> datetime:
        self.at += timedelta(minutes=1)
        return self.at


@pytest.fixture
def goals(vault: Vault) -> DevelopmentService:
    return DevelopmentService(vault, Clock().now)


@pytest.fixture
def log(vault: Vault) -> LearningLogService:
    return LearningLogService(vault, Clock().now)


def test_a_goal_keeps_its_steps_in_order_and_blank_steps_are_dropped(goals: DevelopmentService) -> None:
    goal = goals.add_goal(
        "  Feel ready for hard conversations ",
        why="They come up in groups.",
        steps=[("Ask Priya about the course", date(2026, 12, 1)), ("  ", None), ("Read the guide", None)],
    )
    stored = goals.goal(goal.id)
    assert stored.what == "Feel ready for hard conversations"
    assert [(s.text, s.due_on, s.done) for s in stored.steps] == [
        ("Ask Priya about the course", date(2026, 12, 1), False),
        ("Read the guide", None, False),
    ]


def test_an_empty_goal_is_refused_and_nothing_is_written(goals: DevelopmentService) -> None:
    with pytest.raises(ValidationError, match="what: is empty"):
        goals.add_goal("   ")
    assert goals.goals() == []


def test_ticking_a_step_and_marking_the_goal_done(goals: DevelopmentService) -> None:
    goal = goals.add_goal("Co-facilitate a group", steps=[("Sit in on two sessions", None)])
    ticked = goals.set_step_done(goal.id, goal.steps[0].id, True)
    assert ticked.steps[0].done and goals.goal(goal.id).steps[0].done
    done = goals.set_goal_done(goal.id, True)
    assert done.done_on == date(2026, 11, 2)
    assert goals.set_goal_done(goal.id, False).done_on is None
    with pytest.raises(WellbeingError):
        goals.set_step_done(goal.id, "00000000-0000-4000-8000-000000000000", True)


def test_updating_a_goal_replaces_its_steps(goals: DevelopmentService) -> None:
    goal = goals.add_goal("Learn about boundaries", steps=[("Old step", None)])
    kept = NextStep(goal.steps[0].id, "Old step, reworded", date(2027, 1, 5), True)
    new = NextStep("00000000-0000-4000-8000-0000000000aa", "A new step")
    updated = goals.update_goal(goal.id, what="Learn about boundaries", why="", steps=[kept, new])
    assert [s.text for s in goals.goal(goal.id).steps] == ["Old step, reworded", "A new step"]
    assert updated.updated_at > goal.updated_at
    with pytest.raises(ValidationError):
        goals.update_goal(goal.id, what="", why="", steps=[])
    assert goals.goal(goal.id).what == "Learn about boundaries"


def test_goals_keep_the_persons_order_and_move_up_and_down(goals: DevelopmentService) -> None:
    a, b, c = (goals.add_goal(what) for what in ("A", "B", "C"))
    assert [g.what for g in goals.goals()] == ["A", "B", "C"]
    assert [g.what for g in goals.move_goal(c.id, -1)] == ["A", "C", "B"]
    assert [g.what for g in goals.move_goal(a.id, -5)] == ["A", "C", "B"]  # stops at the top
    assert [g.what for g in goals.reorder_goals([b.id, a.id])] == ["B", "A", "C"]


def test_a_deleted_goal_comes_back_in_its_place_with_its_steps(goals: DevelopmentService) -> None:
    goals.add_goal("First")
    middle = goals.add_goal("Middle", steps=[("A step", None)])
    goals.add_goal("Last")
    removed = goals.delete_goal(middle.id)
    assert [g.what for g in goals.goals()] == ["First", "Last"]
    goals.restore_goal(removed)
    assert [g.what for g in goals.goals()] == ["First", "Middle", "Last"]
    assert [s.text for s in goals.goal(middle.id).steps] == ["A step"]


def test_the_learning_log_is_newest_first_and_links_entries_by_title(
    vault: Vault, log: LearningLogService
) -> None:
    diary = DiaryService(vault, Clock().now)
    entry = diary.new_entry()
    entry.title, entry.body = "After the group", "A private line that never leaves the diary."
    diary.save(entry)
    older = log.add(date(2026, 10, 1), "experience", "A tense phone call")
    newer = log.add(
        date(2026, 11, 1),
        "training",
        "Listening course",
        learned="Slow down.",
        practice_change="I leave more silence.",
        entry_ids=[entry.id, entry.id],
    )
    assert [r.id for r in log.records()] == [newer.id, older.id]
    assert newer.entry_ids == [entry.id]
    linked = log.linked_entries(newer)
    assert [(e.id, e.title) for e in linked] == [(entry.id, "After the group")]
    assert [c.title for c in log.entry_choices()] == ["After the group"]
    diary.delete(entry.id)
    assert log.get(newer.id).entry_ids == []


def test_a_learning_record_needs_a_title_and_a_known_kind(log: LearningLogService) -> None:
    with pytest.raises(ValidationError, match="title: is empty"):
        log.add(date(2026, 11, 1), "training", " ")
    with pytest.raises(ValidationError, match="kind"):
        log.add(date(2026, 11, 1), "reading", "A book")  # type: ignore[arg-type]
    assert log.records() == []


def test_a_deleted_record_comes_back_without_links_to_entries_gone_since(
    vault: Vault, log: LearningLogService
) -> None:
    diary = DiaryService(vault, Clock().now)
    entry = diary.save(diary.new_entry())
    record = log.add(date(2026, 11, 1), "experience", "A good talk", entry_ids=[entry.id])
    removed = log.delete(record.id)
    assert log.records() == []
    diary.delete(entry.id)
    restored = log.restore(removed)
    assert restored.title == "A good talk" and restored.entry_ids == []
