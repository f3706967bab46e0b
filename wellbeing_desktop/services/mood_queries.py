"""What the Mood screen reads from the vault beyond the repositories: diary days and feeling words by date.

Dates are the local dates as written (the first 10 characters of the ISO time). Each query first narrows by
UTC seconds, which the indexes serve, with a day's margin for any UTC offset; then tests the date exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.services.mood_ranges import after_utc_seconds, earliest_utc_seconds
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault.checkins import ChartPoint

_FIRST_DAY = "0000-00-00"
_LAST_DAY = "9999-99-99"


def _bounds(start: date | None, end: date | None) -> tuple[float, float, str, str]:
    return (
        float("-inf") if start is None else earliest_utc_seconds(start),
        float("inf") if end is None else after_utc_seconds(end),
        _FIRST_DAY if start is None else start.isoformat(),
        _LAST_DAY if end is None else end.isoformat(),
    )


def entry_marks(source: Vault | Iterable[Entry], start: date | None, end: date | None) -> list[date]:
    """The days from `start` to `end` (inclusive; None: open) with at least one diary entry, oldest first."""
    if not isinstance(source, Vault):
        return sorted(
            {
                e.created_at.date()
                for e in source
                if (start is None or e.created_at.date() >= start)
                and (end is None or e.created_at.date() <= end)
            }
        )
    rows = source.connection.execute(
        """
        SELECT DISTINCT substr(created_at, 1, 10) AS day FROM entries
        WHERE created_ts >= ? AND created_ts < ? AND substr(created_at, 1, 10) BETWEEN ? AND ?
        ORDER BY day
        """,
        _bounds(start, end),
    )
    return [date.fromisoformat(day) for (day,) in rows]


def points_between(vault: Vault, start: date | None, end: date | None = None) -> list[ChartPoint]:
    """`chart_points()` for check-ins written on the days from `start` to `end` (inclusive; None: open)."""
    low, high, first, last = _bounds(start, end)
    return [p for p in vault.checkins.chart_points(low, high) if first <= p.at[:10] <= last]


def feeling_words(
    vault: Vault, start: date | None = None, end: date | None = None, *, entries: bool = True
) -> list[str]:
    """The feeling words of check-ins (and diary entries) written from `start` to `end`, in time order.

    Reads only the words, not whole check-ins: give the result to `count_feelings`.
    """
    bounds = _bounds(start, end)
    checkin_words = """
        SELECT c.at_ts AS ts, w.position AS position, w.word AS word FROM checkin_emotions AS w
        JOIN checkins AS c ON c.n = w.checkin_n
        WHERE c.at_ts >= ? AND c.at_ts < ? AND substr(c.at, 1, 10) BETWEEN ? AND ?
    """
    entry_words = """
        SELECT e.created_ts, w.position, w.word FROM entry_emotions AS w
        JOIN entries AS e ON e.n = w.entry_n
        WHERE e.created_ts >= ? AND e.created_ts < ? AND substr(e.created_at, 1, 10) BETWEEN ? AND ?
    """
    query = f"{checkin_words} UNION ALL {entry_words}" if entries else checkin_words
    params = bounds + bounds if entries else bounds
    rows = vault.connection.execute(f"{query} ORDER BY ts, position", params)
    return [str(word) for _, _, word in rows]
