"""The mood summary: count, mean, lowest and highest of daily means, and plain trend words."""

from __future__ import annotations

from datetime import date

import pytest

from wellbeing_desktop.services import mood_summary
from wellbeing_desktop.services.mood_stats import DayValue, MoodSummary, summary, trend_words

START = date(2026, 2, 1)
END = date(2026, 2, 14)


def days_of(moods: dict[int, float]) -> list[DayValue]:
    """February days by number, with their daily mean mood."""
    return [DayValue(date(2026, 2, n), mood, None, None, 1) for n, mood in moods.items()]


def halves(first: list[float], second: list[float]) -> list[DayValue]:
    """Moods on 1 February onwards, then on 8 February onwards."""
    return days_of({1 + i: m for i, m in enumerate(first)} | {8 + i: m for i, m in enumerate(second)})


def test_figures_are_of_daily_means_within_the_period() -> None:
    outside = [DayValue(date(2026, 1, 31), 1, None, None, 1), DayValue(date(2026, 2, 15), 10, None, None, 1)]
    days = [*days_of({1: 6, 3: 6, 5: 7, 8: 6, 10: 7, 12: 6}), *outside]
    got = summary(days, START, END)
    assert got.count_days == 6
    assert got.mean == pytest.approx(38 / 6)
    assert (got.lowest, got.highest) == (6, 7)
    assert got.trend_words == "fairly steady"
    assert got.change == pytest.approx(0.0)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        ([5, 5, 6], [6, 6, 6], "a little higher than before"),  # +0.67
        ([6, 6, 6], [6.5, 6.5, 6.5], "a little higher than before"),  # +0.5 exactly
        ([6.2, 6.2, 6.2], [6.7, 6.7, 6.7], "a little higher than before"),  # +0.5 despite rounding
        ([6, 6, 6], [6.4, 6.4, 6.4], "fairly steady"),  # +0.4
        ([6, 6, 6], [5.6, 5.6, 5.6], "fairly steady"),  # -0.4
        ([3, 4, 3], [6, 5, 6], "higher than before"),  # +2.33
        ([5, 5, 5], [6.5, 6.5, 6.5], "higher than before"),  # +1.5 exactly
        ([6, 6, 6], [5, 5, 5.5], "a little lower than before"),  # -0.83
        ([6, 5, 6], [3, 4, 3], "lower than before"),  # -2.33
        ([2, 9, 2, 9], [9, 2, 9, 2], "up and down from day to day"),  # same level, wide spread
        ([4, 6, 4, 6], [6, 4, 6, 4], "fairly steady"),  # same level, narrow spread
    ],
)
def test_trend_words_compare_the_two_halves(first: list[float], second: list[float], words: str) -> None:
    assert summary(halves(first, second), START, END).trend_words == words


def test_too_few_days_in_either_half() -> None:
    got = summary(halves([5, 5, 5], [8, 8]), START, END)
    assert got.trend_words == "too few check-ins to describe a change"
    assert got.change is None
    assert got.count_days == 5
    assert summary(halves([5, 5], [8, 8, 8]), START, END).trend_words == mood_summary.TOO_FEW


def test_an_odd_middle_day_goes_with_the_second_half() -> None:
    # 1–7 February: 1–3 against 4–7. If the 4th (a 9) were in the first half, the halves would be level.
    days = days_of({1: 5, 2: 5, 3: 5, 4: 9, 5: 6, 6: 6, 7: 6})
    got = summary(days, START, date(2026, 2, 7))
    assert got.change == pytest.approx(6.75 - 5)
    assert got.trend_words == "higher than before"


def test_the_halves_split_the_time_with_check_ins_not_the_whole_period() -> None:
    # Check-ins only on 1–6 February: a year-long period still compares 1–3 with 4–6.
    days = days_of({1: 4, 2: 4, 3: 4, 4: 6, 5: 6, 6: 6})
    assert summary(days, date(2025, 3, 1), date(2026, 2, 28)).trend_words == "higher than before"
    assert summary(days).trend_words == "higher than before"
    assert summary(days, start=date(2026, 2, 4)).count_days == 3


def test_an_empty_period() -> None:
    assert summary([], START, END) == MoodSummary(0, None, None, None, "no check-ins in this period")
    assert summary(days_of({20: 5}), START, END).count_days == 0


def test_trend_words_directly() -> None:
    assert trend_words([], []) == ("no check-ins in this period", None)
    words, change = trend_words([5.0, 5.0, 5.0], [5.0, 5.0, 5.0])
    assert (words, change) == ("fairly steady", 0.0)


def test_trend_words_never_explain() -> None:
    every = [
        mood_summary.NO_CHECKINS,
        mood_summary.TOO_FEW,
        mood_summary.STEADY,
        mood_summary.UP_AND_DOWN,
        mood_summary.A_LITTLE_HIGHER,
        mood_summary.HIGHER,
        mood_summary.A_LITTLE_LOWER,
        mood_summary.LOWER,
    ]
    for words in every:
        assert not any(w in words for w in ("because", "improv", "cause", "better", "worse", "decline"))
