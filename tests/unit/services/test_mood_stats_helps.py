"""'What helps': mood on days a strategy was ticked beside other days, worded without any causal claim."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wellbeing_desktop.services.mood_stats import DayValue, HelpsComparison, what_helps

FIRST = date(2026, 1, 1)
MOODS = [5, 7, 6, 8, 4, 7, 5, 6, 3, 9]  # 1 to 10 January
DAYS = [DayValue(FIRST + timedelta(days=i), float(m), None, None, 1) for i, m in enumerate(MOODS)]
# Words a sentence must never use: they would claim that a strategy changes mood.
CAUSAL = ("because", "improve", "cause", "helps you", "boost", "better", "worse", "makes you", "leads to")


def on(*day_numbers: int) -> list[str]:
    return [(FIRST + timedelta(days=n - 1)).isoformat() for n in day_numbers]


def rows(item_id: str, text: str, day_numbers: list[str]) -> list[tuple[str, str, str]]:
    return [(day, item_id, text) for day in day_numbers]


COPING = (
    rows("walk", "Walk", on(2, 4))
    + rows("walk", "Walk", on(4))  # a second check-in on the 4th: the day counts once
    + rows("walk", "Go for a walk", on(6, 10))  # reworded later; the latest text is shown
    + rows("music", "Music", on(1, 3, 5))
    + rows("call", "Call a friend", on(1, 2))
    + rows("tea", "A cup of tea", on(*range(1, 11)))
    + rows("nearly", "Stretch", on(*range(1, 9)))
    + rows("elsewhere", "Swim", ["2025-12-01"] * 5)  # before these days: left out
)


@pytest.fixture
def helps() -> dict[str, HelpsComparison]:
    found = what_helps(DAYS, COPING)
    assert [h.item_id for h in found] == ["walk", "music", "tea", "nearly", "call"]
    return {h.item_id: h for h in found}


def test_a_comparison_with_enough_days_on_each_side(helps: dict[str, HelpsComparison]) -> None:
    walk = helps["walk"]
    assert walk.text == "Go for a walk"
    assert (walk.days_used, walk.days_not_used) == (4, 6)
    assert walk.mean_on_days_used == pytest.approx(31 / 4)  # 7, 8, 7, 9
    assert walk.mean_on_other_days == pytest.approx(29 / 6)  # 5, 6, 4, 5, 6, 3
    assert walk.difference == pytest.approx(31 / 4 - 29 / 6)
    assert walk.compared
    assert walk.sentence == (
        'On the 4 days you ticked "Go for a walk", your mood averaged 7.8; '
        "on the 6 other days you checked in, it averaged 4.8."
    )


def test_a_lower_mean_is_described_the_same_way_and_sorts_after(helps: dict[str, HelpsComparison]) -> None:
    music = helps["music"]
    assert (music.days_used, music.days_not_used) == (3, 7)
    assert music.difference == pytest.approx(5.0 - 45 / 7)
    assert music.sentence == (
        'On the 3 days you ticked "Music", your mood averaged 5.0; '
        "on the 7 other days you checked in, it averaged 6.4."
    )


def test_too_few_days_used_says_not_enough_yet(helps: dict[str, HelpsComparison]) -> None:
    call = helps["call"]
    assert (call.days_used, call.days_not_used) == (2, 8)
    assert (call.mean_on_days_used, call.mean_on_other_days, call.difference) == (None, None, None)
    assert not call.compared
    assert call.sentence == (
        'You\'ve ticked "Call a friend" on 2 days so far. '
        "Once there are 3 or more, you'll see your mood on those days beside the others."
    )


def test_too_few_other_days_says_not_enough_yet(helps: dict[str, HelpsComparison]) -> None:
    assert helps["tea"].days_not_used == 0
    assert helps["tea"].sentence == (
        'You\'ve ticked "A cup of tea" on every day you checked in, '
        "so there aren't enough other days to set beside them yet."
    )
    assert helps["nearly"].days_not_used == 2
    assert "on nearly every day you checked in" in helps["nearly"].sentence
    assert helps["nearly"].difference is None


def test_no_sentence_claims_a_cause(helps: dict[str, HelpsComparison]) -> None:
    for comparison in helps.values():
        lowered = comparison.sentence.lower()
        assert not [word for word in CAUSAL if word in lowered], comparison.sentence


@pytest.mark.parametrize(
    ("used", "compared"),
    [(3, True), (2, False), (4, False)],  # of six days: 3 and 3; 2 and 4; 4 and 2
)
def test_three_days_on_each_side_is_the_threshold(used: int, compared: bool) -> None:
    six = DAYS[:6]
    (found,) = what_helps(six, rows("x", "Tidy the desk", on(*range(1, used + 1))))
    assert found.compared is compared
    assert found.days_used + found.days_not_used == 6


def test_the_threshold_can_be_raised() -> None:
    (found,) = what_helps(DAYS, rows("music", "Music", on(1, 3, 5)), min_days=4)
    assert not found.compared
    assert "on 3 days so far" in found.sentence
    assert "Once there are 4 or more" in found.sentence


def test_days_may_be_dates_and_only_given_days_count() -> None:
    coping = [(FIRST + timedelta(days=n), "walk", "Walk") for n in (0, 1, 2, 20, 21)]
    (found,) = what_helps(DAYS[:7], coping)
    assert (found.days_used, found.days_not_used) == (3, 4)
    assert found.mean_on_days_used == pytest.approx(6.0)  # 5, 7, 6


def test_nothing_to_compare() -> None:
    assert what_helps([], COPING) == []
    assert what_helps(DAYS, []) == []
