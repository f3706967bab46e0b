"""The periods the Mood screen offers, and choosing the check-ins that fall in one."""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Protocol, TypeVar

from wellbeing_desktop.services.mood_days import day_of

# A UTC offset is always less than a day, so every time written on a local date lies within a day either side
# of that date's UTC midnight. Used to narrow a query by UTC seconds before the exact test on the date.
_ANY_OFFSET = timedelta(days=1)


class Range(enum.Enum):
    """A period ending today (inclusive). The values are stable names, fit for saving a preference."""

    TWO_WEEKS = "two-weeks"
    THREE_MONTHS = "three-months"
    ONE_YEAR = "one-year"
    ALL = "all"

    def start(self, today: date) -> date | None:
        """The first day of the period; None for ALL.

        Two weeks is the 14 days ending today; three months and one year run from the day after the same
        date three or twelve months earlier (clamped to the month's end: 31 May looks back to 28 February).
        """
        if self is Range.TWO_WEEKS:
            return today - timedelta(days=13)
        if self is Range.THREE_MONTHS:
            return _months_before(today, 3) + timedelta(days=1)
        if self is Range.ONE_YEAR:
            return _months_before(today, 12) + timedelta(days=1)
        return None


def _months_before(day: date, months: int) -> date:
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    month = month0 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class _Timed(Protocol):
    @property
    def at(self) -> str | datetime: ...


T = TypeVar("T", bound=_Timed)


def points_in_range(points: Iterable[T], range_: Range, today: date) -> list[T]:
    """The points (or check-ins) written on or after the range's first day, in their given order.

    There is no upper bound: a check-in written "tomorrow" in another time zone still shows.
    """
    start = range_.start(today)
    if start is None:
        return list(points)
    return [p for p in points if day_of(p.at) >= start]


def earliest_utc_seconds(day: date) -> float:
    """UTC seconds at or before the earliest moment anywhere that is already `day`: a safe lower bound."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() - _ANY_OFFSET.total_seconds()


def after_utc_seconds(day: date) -> float:
    """UTC seconds after the last moment anywhere that is still `day`: a safe exclusive upper bound."""
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1)
    return midnight.timestamp() + _ANY_OFFSET.total_seconds()
