"""Check-ins by day: which day a check-in belongs to, daily means, a rolling mean and a year of cells.

A check-in belongs to the local date it was written on, as its ISO time reads (first 10 characters, or the
aware datetime's own `.date()`). Nothing here converts to the machine's time zone, so a check-in never moves
to another day when the laptop's time zone changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol


class MoodReading(Protocol):
    """What the day figures read from a check-in: a vault `ChartPoint` or a domain `CheckIn` both fit."""

    @property
    def at(self) -> str | datetime: ...
    @property
    def mood(self) -> int: ...
    @property
    def stress(self) -> int | None: ...
    @property
    def energy(self) -> int | None: ...
    @property
    def sleep_hours(self) -> float | None: ...


def day_of(at: str | datetime) -> date:
    """The local date a check-in was written on: '2026-03-01T23:30:00-05:00' is 2026-03-01."""
    if isinstance(at, datetime):
        return at.date()
    return date.fromisoformat(at[:10])


@dataclass(frozen=True)
class DayValue:
    """One calendar day with check-ins: the mean of each scale over that day's check-ins."""

    day: date
    mood: float
    stress: float | None
    energy: float | None
    count: int
    sleep_hours: float | None = None


class _DaySums:
    __slots__ = ("count", "energy", "energy_n", "mood", "sleep", "sleep_n", "stress", "stress_n")

    def __init__(self) -> None:
        self.count = 0
        self.mood = 0
        self.stress = self.stress_n = self.energy = self.energy_n = 0
        self.sleep = 0.0
        self.sleep_n = 0


def _mean(total: float, n: int) -> float | None:
    return total / n if n else None


def daily_means(points: Iterable[MoodReading]) -> list[DayValue]:
    """One `DayValue` per day that has check-ins, oldest first; a day's check-ins are averaged.

    Stress, energy and sleep are averaged over the check-ins that recorded them (None when none did).
    """
    sums: dict[date, _DaySums] = {}
    for point in points:
        day = day_of(point.at)
        found = sums.get(day)
        if found is None:
            found = sums[day] = _DaySums()
        found.count += 1
        found.mood += point.mood
        if point.stress is not None:
            found.stress += point.stress
            found.stress_n += 1
        if point.energy is not None:
            found.energy += point.energy
            found.energy_n += 1
        if point.sleep_hours is not None:
            found.sleep += point.sleep_hours
            found.sleep_n += 1
    return [
        DayValue(
            day=day,
            mood=s.mood / s.count,
            stress=_mean(s.stress, s.stress_n),
            energy=_mean(s.energy, s.energy_n),
            count=s.count,
            sleep_hours=_mean(s.sleep, s.sleep_n),
        )
        for day, s in sorted(sums.items())
    ]


@dataclass(frozen=True)
class RollingValue:
    """The rolling mean of mood on `day`; None when no day in its window has check-ins."""

    day: date
    mood: float | None
    days_counted: int


def rolling_mean(
    days: Sequence[DayValue], window: int = 7, *, start: date | None = None, end: date | None = None
) -> list[RollingValue]:
    """A value for every calendar day from `start` to `end` (default: the first and last day with data).

    Each value is the mean of the daily means of the days *with data* among the `window` calendar days
    ending that day (so every day with data counts once, however many check-ins it had). A window holding
    no data gives None, which a chart draws as a gap. Pass days from before `start` to fill its first windows.
    """
    if window < 1:
        raise ValueError(f"window must be at least 1 day, not {window}")
    ordered = sorted(days, key=lambda d: d.day)
    if start is None or end is None:
        if not ordered:
            return []
        start = ordered[0].day if start is None else start
        end = ordered[-1].day if end is None else end
    moods = [d.mood for d in ordered]
    dates = [d.day for d in ordered]
    lo = hi = 0
    out: list[RollingValue] = []
    day = start
    one_day = timedelta(days=1)
    while day <= end:
        while hi < len(dates) and dates[hi] <= day:
            hi += 1
        oldest = day - timedelta(days=window - 1)
        while lo < hi and dates[lo] < oldest:
            lo += 1
        n = hi - lo
        out.append(RollingValue(day, sum(moods[lo:hi]) / n if n else None, n))
        day += one_day
    return out


def year_heatmap(days: Iterable[DayValue], year: int) -> list[tuple[date, float | None]]:
    """(day, mean mood or None) for every day of `year`, 1 January first: one cell a day."""
    by_day = {d.day: d.mood for d in days if d.day.year == year}
    first = date(year, 1, 1)
    length = (date(year + 1, 1, 1) - first).days
    cells = (first + timedelta(days=i) for i in range(length))
    return [(day, by_day.get(day)) for day in cells]
