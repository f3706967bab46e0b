"""What each chart draws: plain data and the words to show, prepared by the view (no matplotlib here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class MoodLineData:
    """Mood over time from `start` to `end` (inclusive days). Stress/energy are None when switched off."""

    start: date
    end: date
    checkins: list[tuple[datetime, int]]  # local time as written, mood
    rolling: list[tuple[date, float | None]]  # the 7-day rolling mean; None is a gap
    entry_days: list[date]
    stress: list[tuple[date, float]] | None = None  # daily means
    energy: list[tuple[date, float]] | None = None
    words: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class YearData:
    """One cell a day of `year`: the day's mean mood, or None with no check-in."""

    year: int
    cells: list[tuple[date, float | None]]
    month_names: list[str]  # 12 short names, January first
    weekday_names: list[str]  # 7 short names, Monday first
    words: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FeelingsData:
    counts: list[tuple[str, int]]  # most common first
    words: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class HelpsData:
    """Strategies with enough days to compare: (text, mean on days used, mean on other days)."""

    pairs: list[tuple[str, float, float]]
    words: Mapping[str, str] = field(default_factory=dict)
