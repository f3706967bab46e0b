"""Mood figures read from a real temporary vault, and the rule that a check-in never changes day."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("WELLBEING_KDF", "minimum")

from wellbeing_desktop.domain import CheckIn, CopingUsed, Entry
from wellbeing_desktop.services.mood_stats import (
    count_feelings,
    daily_means,
    day_of,
    entry_marks,
    feeling_words,
    points_between,
    what_helps,
)
from wellbeing_desktop.vault import Vault

WALK_ID = str(uuid.uuid4())


@pytest.fixture
def mood_vault(tmp_path: Path) -> Iterator[Vault]:
    made = Vault.create(tmp_path / "v", "a long passphrase")
    try:
        yield made
    finally:
        made.lock()


# POSIX TZ strings need no zoneinfo files; time.timezone is seconds *west* of UTC.
MACHINE_ZONES = [("UTC0", 0), ("JST-9", -9 * 3600), ("LINT-14", -14 * 3600), ("SST11", 11 * 3600)]


@pytest.fixture(params=MACHINE_ZONES, ids=[zone for zone, _ in MACHINE_ZONES])
def machine_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The laptop's time zone, as the TZ environment variable sets it."""
    zone, west = request.param
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        assert time.timezone == west
        yield zone
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def save_checkin(vault: Vault, at: str, mood: int, words: tuple[str, ...] = (), walk: bool = False) -> None:
    coping = [CopingUsed(WALK_ID, "Go for a walk")] if walk else []
    checkin = CheckIn(
        id=str(uuid.uuid4()), at=datetime.fromisoformat(at), mood=mood, emotions=list(words), coping=coping
    )
    with vault.transaction():
        vault.checkins.save(checkin)


def save_entry(vault: Vault, at: str, words: tuple[str, ...] = ()) -> Entry:
    created = datetime.fromisoformat(at)
    entry = Entry(id=str(uuid.uuid4()), created_at=created, updated_at=created, emotions=list(words))
    with vault.transaction():
        vault.entries.save(entry)
    return entry


def test_a_check_in_keeps_its_day_whatever_the_machines_time_zone(
    mood_vault: Vault, machine_zone: str
) -> None:
    save_checkin(mood_vault, "2026-03-01T23:30:00-05:00", 6)
    (point,) = mood_vault.checkins.chart_points()
    if machine_zone != "SST11":  # anywhere east of UTC-5 the machine's clock already reads 2 March
        assert datetime.fromtimestamp(point.at_ts).date() == date(2026, 3, 2)
    assert [d.day for d in daily_means([point])] == [date(2026, 3, 1)]
    assert [d.day for d in daily_means(mood_vault.checkins.all())] == [date(2026, 3, 1)]
    assert day_of(point.at) == date(2026, 3, 1)
    assert points_between(mood_vault, date(2026, 3, 1), date(2026, 3, 1)) == [point]
    assert points_between(mood_vault, date(2026, 3, 2)) == []


def test_entry_marks_are_local_dates_with_diary_entries(mood_vault: Vault) -> None:
    written = [
        save_entry(mood_vault, "2026-03-01T23:30:00-05:00"),
        save_entry(mood_vault, "2026-03-01T08:00:00+00:00"),
        save_entry(mood_vault, "2026-03-03T00:15:00+09:00"),  # 2 March in UTC
        save_entry(mood_vault, "2026-03-09T23:00:00-11:00"),  # 10 March in UTC, written on the 9th
        save_entry(mood_vault, "2026-03-10T00:30:00+14:00"),  # 9 March in UTC, written on the 10th
        save_entry(mood_vault, "2026-03-20T12:00:00+00:00"),
    ]
    marks = entry_marks(mood_vault, date(2026, 3, 1), date(2026, 3, 9))
    assert marks == [date(2026, 3, 1), date(2026, 3, 3), date(2026, 3, 9)]
    assert entry_marks(written, date(2026, 3, 1), date(2026, 3, 9)) == marks
    everything = [date(2026, 3, d) for d in (1, 3, 9, 10, 20)]
    assert entry_marks(mood_vault, None, None) == everything
    assert entry_marks(written, None, None) == everything
    assert entry_marks(mood_vault, date(2026, 3, 10), None) == [date(2026, 3, 10), date(2026, 3, 20)]


def test_feeling_words_by_local_date_and_in_time_order(mood_vault: Vault) -> None:
    save_checkin(mood_vault, "2026-03-01T09:00:00+00:00", 5, ("Tired", "calm"))
    save_entry(mood_vault, "2026-03-01T12:00:00+00:00", ("calm", "Proud"))
    save_checkin(mood_vault, "2026-03-02T00:30:00+14:00", 5, ("tired",))  # still 1 March in UTC
    save_checkin(mood_vault, "2026-02-28T09:00:00+00:00", 5, ("Anxious",))
    words = feeling_words(mood_vault, date(2026, 3, 1))
    assert words == ["Tired", "calm", "tired", "calm", "Proud"]
    assert feeling_words(mood_vault, date(2026, 3, 1), date(2026, 3, 1), entries=False) == ["Tired", "calm"]
    # "Tired" and "tired" once each: the spelling first written is kept.
    assert count_feelings(feeling_words(mood_vault)) == [
        ("calm", 2),
        ("Tired", 2),
        ("Anxious", 1),
        ("Proud", 1),
    ]


def test_what_helps_from_the_vaults_coping_days(mood_vault: Vault) -> None:
    for day, mood in enumerate([7, 8, 6, 5, 4, 6, 5], start=1):
        save_checkin(mood_vault, f"2026-03-{day:02}T19:00:00+00:00", mood, walk=day <= 3)
    save_checkin(mood_vault, "2026-03-01T08:00:00+00:00", 9)  # the 1st averages 8
    days = daily_means(mood_vault.checkins.chart_points())
    (walk,) = what_helps(days, mood_vault.checkins.coping_days())
    assert (walk.item_id, walk.days_used, walk.days_not_used) == (WALK_ID, 3, 4)
    assert walk.mean_on_days_used == pytest.approx(22 / 3)  # 8, 8, 6
    assert walk.mean_on_other_days == pytest.approx(5.0)  # 5, 4, 6, 5
    assert walk.sentence == (
        'On the 3 days you ticked "Go for a walk", your mood averaged 7.3; '
        "on the 4 other days you checked in, it averaged 5.0."
    )
