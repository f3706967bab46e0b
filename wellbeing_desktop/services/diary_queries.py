"""What the Diary screen reads beyond EntryRepository: pages of its list narrowed by filters, without ever
reading whole bodies (a list of 20,000 entries must stay light).

Dates are the local dates as written. A date filter first narrows by UTC seconds, which the index serves,
with a day's margin for any UTC offset; then tests the written date exactly (as mood_queries does).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from wellbeing_desktop.services.mood_ranges import after_utc_seconds, earliest_utc_seconds
from wellbeing_desktop.vault.database import Connection
from wellbeing_desktop.vault.entries import EntryRepository, EntrySummary

FREE_WRITING = ""  # DiaryFilters.template for entries written without a template


@dataclass(frozen=True)
class DiaryFilters:
    """What the list is narrowed to. Every field left at its default means "any"."""

    tag: str | None = None
    template: str | None = None  # a template key, FREE_WRITING, or None for any
    start: date | None = None  # inclusive, local date as written
    end: date | None = None  # inclusive
    flagged_only: bool = False

    @property
    def active(self) -> bool:
        return self != DiaryFilters()


def where(filters: DiaryFilters) -> tuple[str, list[Any]]:
    """A WHERE condition on `entries AS e` and its parameters; "1" when nothing is filtered."""
    parts: list[str] = []
    params: list[Any] = []
    if filters.tag is not None:
        parts.append("e.n IN (SELECT entry_n FROM entry_tags WHERE tag = ? COLLATE NOCASE)")
        params.append(filters.tag)
    if filters.template == FREE_WRITING:
        parts.append("e.template IS NULL")
    elif filters.template is not None:
        parts.append("e.template = ?")
        params.append(filters.template)
    if filters.start is not None:
        parts.append("e.created_ts >= ? AND substr(e.created_at, 1, 10) >= ?")
        params += [earliest_utc_seconds(filters.start), filters.start.isoformat()]
    if filters.end is not None:
        parts.append("e.created_ts < ? AND substr(e.created_at, 1, 10) <= ?")
        params += [after_utc_seconds(filters.end), filters.end.isoformat()]
    if filters.flagged_only:
        parts.append("e.for_supervision = 1")
    return " AND ".join(parts) or "1", params


def summaries(conn: Connection, condition: str, params: Sequence[Any], tail: str = "") -> list[EntrySummary]:
    """Entries matching `condition` as the list shows them; `tail` orders and limits."""
    return [summary for _, summary in numbered(conn, condition, params, tail)]


def numbered(
    conn: Connection, condition: str, params: Sequence[Any], tail: str
) -> list[tuple[int, EntrySummary]]:
    return EntryRepository(conn).summaries_where(condition, params, tail)


def page(conn: Connection, filters: DiaryFilters, limit: int, offset: int) -> list[EntrySummary]:
    condition, params = where(filters)
    tail = "ORDER BY e.created_ts DESC, e.id LIMIT ? OFFSET ?"
    return summaries(conn, condition, [*params, limit, offset], tail)


def count(conn: Connection, filters: DiaryFilters) -> int:
    condition, params = where(filters)
    return int(conn.execute(f"SELECT count(*) FROM entries AS e WHERE {condition}", params).fetchone()[0])


def rows_before(conn: Connection, filters: DiaryFilters, day: date) -> int:
    """How many listed entries come before `day`'s (the list is newest first): where a jump to it lands."""
    condition, params = where(filters)
    return int(
        conn.execute(
            f"SELECT count(*) FROM entries AS e WHERE {condition} AND substr(e.created_at, 1, 10) > ?",
            [*params, day.isoformat()],
        ).fetchone()[0]
    )


def on_this_day(conn: Connection, today: date) -> list[EntrySummary]:
    """Entries written on today's month and day in earlier years, newest first. On 28 February of a
    year without a 29th, entries from 29 February count too, so they are never skipped for years."""
    days = [today.strftime("%m-%d")]
    if days == ["02-28"] and not _is_leap(today.year):
        days.append("02-29")
    marks = ",".join("?" * len(days))
    condition = f"substr(e.created_at, 6, 5) IN ({marks}) AND substr(e.created_at, 1, 4) < ?"
    return summaries(conn, condition, [*days, f"{today.year:04d}"], "ORDER BY e.created_ts DESC")


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
