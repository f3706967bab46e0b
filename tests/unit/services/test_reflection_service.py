"""The monthly work reflection against a real vault: one a month, undo, mood beside it, the signpost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.domain.reflection import Reflection, next_month
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services.checkin import CheckInService
from wellbeing_desktop.services.reflection import ReflectionService, themes_to_signpost
from wellbeing_desktop.vault import Vault

THEMES = load_builtin().reflection.themes
WORN_OUT = ("energy-left", "rested")


class Clock:
    def __init__(self) -> None:
        self.at = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(vault: Vault, clock: Clock) -> ReflectionService:
    return ReflectionService(vault, clock.now)


def test_answering_twice_in_a_month_updates_the_one_reflection(
    service: ReflectionService, clock: Clock
) -> None:
    first = service.answer({"worthwhile": 4, "rested": None}, note=" A full month ")
    assert first.previous is None
    assert first.reflection.answers == {"worthwhile": 4} and first.reflection.note == "A full month"
    clock.at += timedelta(days=3)
    second = service.answer({"worthwhile": 2, "rested": 3})
    assert second.previous == first.reflection
    assert second.reflection.id == first.reflection.id and second.reflection.at == first.reflection.at
    assert [r.answers for r in service.reflections()] == [{"worthwhile": 2, "rested": 3}]


def test_undo_puts_the_month_back_as_it_was(service: ReflectionService) -> None:
    first = service.answer({"worthwhile": 4})
    second = service.answer({"worthwhile": 1})
    service.undo(second)
    assert service.for_month() == first.reflection
    service.undo(first)
    assert service.reflections() == []


def test_answers_stay_on_the_scale_and_name_our_questions(service: ReflectionService) -> None:
    with pytest.raises(ValidationError, match="outside 1–5"):
        service.answer({"worthwhile": 6})
    with pytest.raises(ValidationError, match="not one of the questions"):
        service.answer({"how-burnt-out": 2})
    with pytest.raises(ValidationError, match="nothing to keep"):
        service.answer({"worthwhile": None}, note="  ")
    assert service.reflections() == []


def test_history_shows_each_months_own_answers_beside_its_average_mood(
    vault: Vault, service: ReflectionService, clock: Clock
) -> None:
    checkins = CheckInService(vault, clock.now)
    checkins.check_in(4)
    checkins.check_in(7)
    service.answer({"worthwhile": 3, "put-down": 2})
    clock.at = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    service.answer({"worthwhile": 4})
    history = service.history()
    assert [(m.month, m.answers, m.mood) for m in history] == [
        ("2026-11", {"worthwhile": 3, "put-down": 2}, 5.5),
        ("2026-12", {"worthwhile": 4}, None),
    ]


def test_the_quiet_line_shows_until_answered_or_set_aside_for_the_month(
    service: ReflectionService, clock: Clock
) -> None:
    assert service.shows_nudge()
    service.dismiss_nudge()
    assert not service.shows_nudge()
    clock.at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert service.shows_nudge()
    service.answer({"rested": 4})
    assert not service.shows_nudge()


def reflections(*answers: dict[str, int], first: str = "2026-09") -> list[Reflection]:
    at = datetime(2026, 9, 1, tzinfo=UTC)
    out, month = [], first
    for n, given in enumerate(answers):
        out.append(Reflection(f"00000000-0000-4000-8000-{n:012x}", month, at, at, given))
        month = next_month(month)
    return out


def test_the_signpost_needs_three_months_in_a_row_at_the_hard_end() -> None:
    hard = {"energy-left": 1, "rested": 2, "worthwhile": 5}
    three = reflections(hard, hard, hard)
    assert [t.key for t in themes_to_signpost(three, THEMES, "2026-11")] == ["feeling-worn-out"]
    assert [t.key for t in themes_to_signpost(three, THEMES, "2026-12")] == ["feeling-worn-out"]
    assert themes_to_signpost(three, THEMES, "2027-01") == []  # long ago now
    assert themes_to_signpost(three[:2], THEMES, "2026-10") == []


def test_one_easier_answer_or_a_gap_ends_the_run() -> None:
    hard = {"energy-left": 1, "rested": 2}
    mixed = {"energy-left": 1, "rested": 3}
    assert themes_to_signpost(reflections(hard, mixed, hard), THEMES, "2026-11") == []
    gap = reflections(hard, hard, hard)
    gap[-1].month = "2026-12"
    assert themes_to_signpost(gap, THEMES, "2026-12") == []
    skipped = reflections(hard, {"worthwhile": 1}, hard)
    assert themes_to_signpost(skipped, THEMES, "2026-11") == []


def test_the_service_shows_the_kind_sentence_for_the_theme(service: ReflectionService, clock: Clock) -> None:
    for month in ("2026-09", "2026-10", "2026-11"):
        service.answer({"put-down": 1, "settled": 2, "worthwhile": 4}, month=month)
    [theme] = service.signposts()
    assert theme.key == "carrying-distress" and "Support now (F1)" in theme.signpost
