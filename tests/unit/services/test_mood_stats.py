"""Mood figures by day: day keys, daily means, the rolling mean, ranges, the year heatmap, feeling words."""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from wellbeing_desktop.domain import CheckIn, Entry
from wellbeing_desktop.services.mood_stats import (
    DayValue,
    Range,
    RollingValue,
    count_feelings,
    daily_means,
    day_of,
    feeling_frequencies,
    points_in_range,
    rolling_mean,
    summary,
    what_helps,
    year_heatmap,
)
from wellbeing_desktop.vault.checkins import ChartPoint

ID = "0b6f1c9e-6a55-4d3c-9a57-2f1f3c1d2e01"


def point(
    at: str,
    mood: int,
    stress: int | None = None,
    energy: int | None = None,
    sleep_hours: float | None = None,
) -> ChartPoint:
    return ChartPoint(datetime.fromisoformat(at).timestamp(), at, mood, stress, energy, sleep_hours)


def day_value(day: str, mood: float) -> DayValue:
    return DayValue(date.fromisoformat(day), mood, None, None, 1)


# -- day keys -------------------------------------------------------------------------------------------


def test_a_late_evening_check_in_belongs_to_the_day_it_was_written() -> None:
    assert day_of("2026-03-01T23:30:00-05:00") == date(2026, 3, 1)
    assert day_of(datetime.fromisoformat("2026-03-01T23:30:00-05:00")) == date(2026, 3, 1)
    assert day_of("2026-03-02T00:30:00+14:00") == date(2026, 3, 2)


# -- daily means ----------------------------------------------------------------------------------------


def test_daily_means_average_each_days_check_ins() -> None:
    days = daily_means(
        [
            point("2026-03-01T08:00:00+00:00", 4, stress=6, sleep_hours=7.0),
            point("2026-03-01T20:00:00+00:00", 7, energy=5),
            point("2026-03-01T21:00:00+00:00", 6, stress=8),
            point("2026-03-02T09:00:00+01:00", 3),
        ]
    )
    assert [d.day for d in days] == [date(2026, 3, 1), date(2026, 3, 2)]
    first, second = days
    assert first.mood == pytest.approx(17 / 3)
    assert (first.stress, first.energy, first.count, first.sleep_hours) == (7.0, 5.0, 3, 7.0)
    assert second == DayValue(date(2026, 3, 2), 3.0, None, None, 1, None)


def test_daily_means_are_in_date_order_even_when_offsets_reorder_time() -> None:
    # In UTC the first was written before the second, but on a later local date.
    far_east = point("2026-03-02T00:30:00+14:00", 8)
    far_west = point("2026-03-01T20:00:00-10:00", 2)
    assert far_east.at_ts < far_west.at_ts
    days = daily_means([far_east, far_west])
    assert [(d.day, d.mood) for d in days] == [(date(2026, 3, 1), 2.0), (date(2026, 3, 2), 8.0)]


def test_daily_means_read_domain_check_ins_too() -> None:
    at = datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    days = daily_means([CheckIn(id=ID, at=at, mood=5, stress=3), CheckIn(id=ID, at=at, mood=8)])
    assert days == [DayValue(date(2026, 3, 1), 6.5, 3.0, None, 2, None)]


def test_daily_means_of_nothing_is_empty() -> None:
    assert daily_means([]) == []


# -- rolling mean ---------------------------------------------------------------------------------------

GAPPY = [
    day_value("2026-01-01", 4),
    day_value("2026-01-02", 6),
    day_value("2026-01-04", 8),
    day_value("2026-01-20", 5),
]


def test_rolling_mean_counts_only_days_with_data_and_leaves_gaps_empty() -> None:
    values = rolling_mean(GAPPY)
    assert [v.day for v in values] == [date(2026, 1, 1) + timedelta(days=i) for i in range(20)]
    got = {v.day.day: (v.mood, v.days_counted) for v in values}
    assert got[1] == (4.0, 1)
    assert got[2] == (5.0, 2)
    assert got[3] == (5.0, 2)  # no check-in that day, but its window has two days with data
    assert got[4] == got[7] == (6.0, 3)  # 1 January is still inside the 7 days ending the 7th
    assert got[8] == (7.0, 2)  # ...and has left the window ending the 8th
    assert got[9] == got[10] == (8.0, 1)
    assert all(got[d] == (None, 0) for d in range(11, 20))  # a gap of more than a week: no value
    assert got[20] == (5.0, 1)


def test_rolling_mean_weighs_each_day_once_however_many_check_ins() -> None:
    days = daily_means([point("2026-01-01T08:00:00+00:00", 2)] * 3 + [point("2026-01-02T08:00:00+00:00", 8)])
    assert rolling_mean(days)[-1] == RollingValue(date(2026, 1, 2), 5.0, 2)


def test_rolling_mean_uses_days_before_start_to_fill_the_first_windows() -> None:
    values = rolling_mean(GAPPY, start=date(2026, 1, 8), end=date(2026, 1, 10))
    assert [(v.day.day, v.mood) for v in values] == [(8, 7.0), (9, 8.0), (10, 8.0)]
    after = rolling_mean(GAPPY, start=date(2026, 1, 20), end=date(2026, 1, 27))
    assert [v.mood for v in after] == [5.0] * 7 + [None]


def test_rolling_mean_window_sizes() -> None:
    assert [v.mood for v in rolling_mean(GAPPY[:3], window=1)] == [4.0, 6.0, None, 8.0]
    assert [v.mood for v in rolling_mean(GAPPY[:3], window=2)] == [4.0, 5.0, 6.0, 8.0]
    with pytest.raises(ValueError, match="at least 1"):
        rolling_mean(GAPPY, window=0)


def test_rolling_mean_without_data() -> None:
    assert rolling_mean([]) == []
    empty = rolling_mean([], start=date(2026, 1, 1), end=date(2026, 1, 2))
    assert empty == [RollingValue(date(2026, 1, 1), None, 0), RollingValue(date(2026, 1, 2), None, 0)]


# -- ranges ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "range_", "start"),
    [
        ("2026-05-15", Range.TWO_WEEKS, "2026-05-02"),
        ("2026-05-15", Range.THREE_MONTHS, "2026-02-16"),
        ("2026-05-15", Range.ONE_YEAR, "2025-05-16"),
        ("2026-05-31", Range.THREE_MONTHS, "2026-03-01"),  # 31 May looks back to 28 February
        ("2026-01-10", Range.THREE_MONTHS, "2025-10-11"),
        ("2026-01-10", Range.ONE_YEAR, "2025-01-11"),
        ("2028-02-29", Range.ONE_YEAR, "2027-03-01"),
        ("2028-02-29", Range.TWO_WEEKS, "2028-02-16"),
    ],
)
def test_range_start(today: str, range_: Range, start: str) -> None:
    assert range_.start(date.fromisoformat(today)) == date.fromisoformat(start)


def test_two_weeks_is_fourteen_days_including_today_and_all_has_no_start() -> None:
    today = date(2026, 5, 15)
    two_weeks = Range.TWO_WEEKS.start(today)
    assert two_weeks is not None
    assert (today - two_weeks).days + 1 == 14
    assert Range.ALL.start(today) is None
    assert Range("three-months") is Range.THREE_MONTHS


def test_points_in_range_go_by_local_date_with_no_upper_bound() -> None:
    points = [
        point("2026-04-30T12:00:00+00:00", 1),
        point("2026-05-01T23:59:00-11:00", 2),  # already 2 May in UTC, but written on 1 May
        point("2026-05-02T00:10:00+13:00", 3),  # still 1 May in UTC, but written on 2 May
        point("2026-05-15T12:00:00+00:00", 4),
        point("2026-05-16T06:00:00+12:00", 5),  # "tomorrow" as the laptop sees it
    ]
    chosen = points_in_range(points, Range.TWO_WEEKS, date(2026, 5, 15))
    assert [p.mood for p in chosen] == [3, 4, 5]
    assert points_in_range(points, Range.ALL, date(2026, 5, 15)) == points


def test_points_in_range_take_domain_check_ins() -> None:
    old = CheckIn(id=ID, at=datetime.fromisoformat("2026-01-01T09:00:00+00:00"), mood=3)
    new = CheckIn(id=ID, at=datetime.fromisoformat("2026-05-10T09:00:00+00:00"), mood=7)
    assert points_in_range([old, new], Range.TWO_WEEKS, date(2026, 5, 15)) == [new]


# -- year heatmap ---------------------------------------------------------------------------------------


def test_year_heatmap_has_one_cell_a_day() -> None:
    days = [day_value("2023-12-31", 9), day_value("2024-01-01", 4), day_value("2024-02-29", 6.5)]
    cells = year_heatmap(days, 2024)
    assert len(cells) == 366
    assert cells[0] == (date(2024, 1, 1), 4)
    assert cells[59] == (date(2024, 2, 29), 6.5)
    assert cells[-1] == (date(2024, 12, 31), None)
    assert sum(1 for _, mood in cells if mood is not None) == 2
    assert len(year_heatmap([], 2026)) == 365


# -- feeling words --------------------------------------------------------------------------------------


def checkin_with(*words: str) -> CheckIn:
    return CheckIn(
        id=ID, at=datetime.fromisoformat("2026-03-01T09:00:00+00:00"), mood=5, emotions=list(words)
    )


def entry_with(*words: str) -> Entry:
    at = datetime.fromisoformat("2026-03-01T09:00:00+00:00")
    return Entry(id=ID, created_at=at, updated_at=at, emotions=list(words))


CHECKINS = [checkin_with("Tired", "calm"), checkin_with("tired", "Hopeful"), checkin_with("tired")]
CHECKINS += [checkin_with("Calm")]


def test_feeling_frequencies_ignore_case_and_keep_the_most_common_spelling() -> None:
    got = feeling_frequencies(CHECKINS, [entry_with("calm", "Proud")])
    assert got == [("calm", 3), ("tired", 3), ("Hopeful", 1), ("Proud", 1)]


def test_feeling_frequencies_of_check_ins_alone() -> None:
    # "calm" and "Calm" once each: the spelling seen first is kept.
    assert feeling_frequencies(CHECKINS) == [("tired", 3), ("calm", 2), ("Hopeful", 1)]


def test_feeling_frequencies_top() -> None:
    assert feeling_frequencies(CHECKINS, top=1) == [("tired", 3)]
    assert feeling_frequencies(CHECKINS, top=0) == []
    many = [checkin_with(f"word{i:02}") for i in range(20)]
    assert len(feeling_frequencies(many)) == 15
    assert len(feeling_frequencies(many, top=None)) == 20


def test_count_feelings_skips_blanks() -> None:
    assert count_feelings(["Anxious", " anxious ", "", "  "]) == [("Anxious", 2)]


# -- speed ----------------------------------------------------------------------------------------------


def test_twenty_thousand_check_ins_are_quick() -> None:
    rnd = random.Random(7)
    start = datetime(2016, 1, 1, 8, tzinfo=UTC)
    points = [
        point((start + timedelta(hours=4 * i)).isoformat(), rnd.randint(1, 10), rnd.randint(1, 10))
        for i in range(20_000)
    ]
    coping = [(p.at[:10], f"item-{i % 12}", f"Strategy {i % 12}") for i, p in enumerate(points[::3])]
    began = time.perf_counter()
    days = daily_means(points)
    rolling = rolling_mean(days)
    recent = daily_means(points_in_range(points, Range.ONE_YEAR, date(2025, 2, 15)))
    helps = what_helps(days, coping)
    overall = summary(days, date(2016, 1, 1), date(2025, 2, 15))
    heat = year_heatmap(days, 2024)
    elapsed = time.perf_counter() - began
    assert sum(d.count for d in days) == 20_000
    assert len(rolling) == len(days) == 3334
    assert len(recent) == 366
    assert len(helps) == 12 and all(h.compared for h in helps)
    assert overall.count_days == 3334
    assert len(heat) == 366
    assert elapsed < 2.0, f"took {elapsed:.2f} s"
