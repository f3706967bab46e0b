"""Listing, filtering, searching and "on this day" on a real temporary vault."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.errors import EmptySearch
from wellbeing_desktop.services.diary import DiaryService
from wellbeing_desktop.services.diary_queries import FREE_WRITING, DiaryFilters
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault.search import HIGHLIGHT_END, HIGHLIGHT_START

TOKYO = timezone(timedelta(hours=9))


def _entry(at: datetime, **fields: object) -> Entry:
    return Entry(id=str(uuid.uuid4()), created_at=at, updated_at=at, **fields)  # type: ignore[arg-type]


@pytest.fixture
def diary(vault: Vault) -> DiaryService:
    return DiaryService(vault, lambda: datetime(2026, 11, 26, 12, tzinfo=UTC))


@pytest.fixture
def week(vault: Vault) -> list[Entry]:
    """Five entries over a week, newest last."""
    start = datetime(2026, 11, 20, 19, tzinfo=UTC)
    made = [
        _entry(start, title="Group session", body="Seven came tonight.", tags=["group"], template="gibbs"),
        _entry(start + timedelta(days=1), body="A tense phone call about housing.", tags=["phone", "Hard"]),
        _entry(
            start + timedelta(days=2),
            body="## What happened\n\nRaised voices at the drop-in.",
            template="debrief",
            for_supervision=True,
            tags=["hard"],
        ),
        _entry(start + timedelta(days=3), title="Good talk", body="Lunch with a colleague, felt heard."),
        _entry(start + timedelta(days=4), body="A tired evening. Tea and an early night.", tags=["group"]),
    ]
    with vault.transaction():
        for entry in made:
            vault.entries.save(entry)
    return made


def _ids(summaries: list) -> list[str]:  # type: ignore[type-arg]
    return [s.id for s in summaries]


def test_pages_are_newest_first_and_carry_no_bodies(diary: DiaryService, week: list[Entry]) -> None:
    first, second = diary.list_page(limit=3), diary.list_page(limit=3, offset=3)
    assert _ids(first + second) == [e.id for e in reversed(week)]
    assert first[2].first_line == "Raised voices at the drop-in."  # the template's heading is skipped
    assert first[2].for_supervision and first[2].tags == ("hard",)
    assert diary.count() == 5


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (DiaryFilters(tag="HARD"), [2, 1]),  # tags match ignoring case
        (DiaryFilters(tag="group"), [4, 0]),
        (DiaryFilters(template="debrief"), [2]),
        (DiaryFilters(template=FREE_WRITING), [4, 3, 1]),
        (DiaryFilters(flagged_only=True), [2]),
        (DiaryFilters(start=date(2026, 11, 21), end=date(2026, 11, 22)), [2, 1]),
        (DiaryFilters(start=date(2026, 11, 23)), [4, 3]),
        (DiaryFilters(end=date(2026, 11, 20)), [0]),
        (DiaryFilters(tag="group", start=date(2026, 11, 21)), [4]),
        (DiaryFilters(tag="nobody"), []),
    ],
)
def test_filters(diary: DiaryService, week: list[Entry], filters: DiaryFilters, expected: list[int]) -> None:
    assert _ids(diary.list_page(filters)) == [week[i].id for i in expected]
    assert diary.count(filters) == len(expected)
    assert filters.active


def test_a_date_filter_uses_the_date_as_written(diary: DiaryService, vault: Vault) -> None:
    # 01:30 in Tokyo on the 25th is still the 24th in UTC: the person wrote it on the 25th.
    late = _entry(datetime(2026, 11, 25, 1, 30, tzinfo=TOKYO), body="Couldn't sleep.")
    with vault.transaction():
        vault.entries.save(late)
    assert _ids(diary.list_page(DiaryFilters(start=date(2026, 11, 25), end=date(2026, 11, 25)))) == [late.id]
    assert diary.list_page(DiaryFilters(end=date(2026, 11, 24))) == []


def test_search_highlights_and_respects_filters(diary: DiaryService, week: list[Entry]) -> None:
    hits = diary.search("tired")
    assert [h.summary.id for h in hits] == [week[4].id]
    assert f"{HIGHLIGHT_START}tired{HIGHLIGHT_END}" in hits[0].snippet
    both = diary.search("group")  # a title and two tags
    assert {h.summary.id for h in both} == {week[0].id, week[4].id}
    narrowed = diary.search("group", DiaryFilters(start=date(2026, 11, 22)))
    assert [h.summary.id for h in narrowed] == [week[4].id]
    assert diary.count(DiaryFilters(start=date(2026, 11, 22)), "group") == 1
    assert diary.count(text="group") == 2
    assert diary.search("nothing like this") == []
    with pytest.raises(EmptySearch):
        diary.search("  *  ")


def test_rows_before_a_date_is_where_a_jump_lands(diary: DiaryService, week: list[Entry]) -> None:
    assert diary.rows_before(date(2026, 11, 30)) == 0
    assert diary.rows_before(date(2026, 11, 22)) == 2
    assert diary.rows_before(date(2026, 11, 1)) == 5
    assert diary.days_with_entries(date(2026, 11, 21), date(2026, 11, 22)) == [
        date(2026, 11, 21),
        date(2026, 11, 22),
    ]


def test_on_this_day_finds_earlier_years_only(diary: DiaryService, vault: Vault) -> None:
    def at(y: int, m: int, d: int) -> datetime:
        return datetime(y, m, d, 20, tzinfo=UTC)

    made = {
        "two years ago": _entry(at(2024, 11, 26), body="First week in the role."),
        "last year": _entry(at(2025, 11, 26), body="A year in."),
        "today": _entry(at(2026, 11, 26), body="Today."),
        "another day": _entry(at(2025, 11, 27), body="Not this day."),
        "leap day": _entry(at(2024, 2, 29), body="A leap day."),
    }
    with vault.transaction():
        for entry in made.values():
            vault.entries.save(entry)
    found = diary.on_this_day(date(2026, 11, 26))
    assert _ids(found) == [made["last year"].id, made["two years ago"].id]
    assert _ids(diary.on_this_day(date(2027, 2, 28))) == [made["leap day"].id]
    assert diary.on_this_day(date(2028, 2, 28)) == []  # 2028 has its own 29th
