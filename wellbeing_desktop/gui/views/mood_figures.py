"""Everything the Mood screen shows for one period, read from the vault in one go. Plain Python, no Qt.

One query gives every check-in's scales (no notes or feeling words); the period, the year grid and the
rolling mean are all cut from it, so switching period or year never reads a note into memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wellbeing_desktop.services.mood_stats import (
    DayValue,
    HelpsComparison,
    MoodSummary,
    Range,
    RollingValue,
    count_feelings,
    daily_means,
    entry_marks,
    feeling_words,
    points_in_range,
    rolling_mean,
    summary,
    what_helps,
    year_heatmap,
)
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault.checkins import ChartPoint

TOP_FEELINGS = 15


@dataclass(frozen=True)
class MoodFigures:
    """The chosen period runs from `start` to `end` (inclusive); `all_days` covers every check-in."""

    range_: Range
    start: date
    end: date
    points: list[ChartPoint]
    days: list[DayValue]
    rolling: list[RollingValue]
    summary: MoodSummary
    entry_days: list[date]
    feelings: list[tuple[str, int]]
    helps: list[HelpsComparison]
    all_days: list[DayValue]
    checkin_count: int

    @property
    def years(self) -> list[int]:
        """Years with check-ins, and this one, newest first."""
        return sorted({d.day.year for d in self.all_days} | {self.end.year}, reverse=True)

    def year_cells(self, year: int) -> list[tuple[date, float | None]]:
        return year_heatmap(self.all_days, year)

    def mean_of(self, scale: str) -> float | None:
        """The mean of the daily means of 'stress', 'energy' or 'sleep_hours' over the period."""
        values = [v for d in self.days if (v := getattr(d, scale)) is not None]
        return sum(values) / len(values) if values else None


def load_figures(vault: Vault, range_: Range, today: date) -> MoodFigures:
    every_point = vault.checkins.chart_points()
    all_days = daily_means(every_point)
    first = range_.start(today)
    start = first if first is not None else (all_days[0].day if all_days else today)
    # A check-in written "tomorrow" in another time zone still shows: the period ends on its day.
    end = max(today, all_days[-1].day) if all_days else today
    days = [d for d in all_days if d.day >= start]
    return MoodFigures(
        range_=range_,
        start=start,
        end=end,
        points=points_in_range(every_point, range_, today) if first is not None else every_point,
        days=days,
        rolling=rolling_mean(all_days, start=start, end=end),
        summary=summary(days, start, end),
        entry_days=entry_marks(vault, start, end),
        feelings=count_feelings(feeling_words(vault, start, end), TOP_FEELINGS),
        helps=what_helps(days, vault.checkins.coping_days(), talking_days=vault.checkins.talking_days()),
        all_days=all_days,
        checkin_count=len(every_point),
    )
