"""The reminder rules: off by default, due at the chosen time only without a check-in that day, once."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from wellbeing_desktop.services import preferences, reminders
from wellbeing_desktop.services.checkin import CheckInService
from wellbeing_desktop.services.reminders import ReminderMemory, ReminderSettings
from wellbeing_desktop.vault import Vault

LONDON_WINTER = timezone(timedelta(0))
ON = ReminderSettings(on=True, at=time(17, 0))


def at(hour: int, minute: int = 0, day: int = 26) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON_WINTER)


def test_off_by_default_at_five_in_the_afternoon(vault: Vault) -> None:
    assert reminders.settings(vault) == ReminderSettings(on=False, at=time(17, 0))
    assert not ReminderMemory().due(at(18), reminders.settings(vault))
    preferences.save(vault, {"reminder_on": True, "reminder_minute": 20 * 60 + 30})
    assert reminders.settings(vault) == ReminderSettings(on=True, at=time(20, 30))


def test_due_from_the_chosen_time_and_at_most_once_a_day() -> None:
    memory = ReminderMemory()
    assert not memory.due(at(16, 59), ON)
    assert memory.due(at(17), ON)
    memory.shown_on = at(17).date()
    assert not memory.due(at(21), ON)
    assert memory.due(at(17, day=27), ON)  # a new day


def test_not_due_on_a_day_with_a_check_in(vault: Vault) -> None:
    memory = ReminderMemory()
    memory.note_vault(vault, date(2026, 11, 26))
    assert memory.due(at(17), ON)
    CheckInService(vault, lambda: at(9)).check_in(mood=6)
    memory.note_vault(vault, date(2026, 11, 26))
    assert not memory.due(at(17), ON)
    assert memory.due(at(17, day=27), ON)  # yesterday's check-in does not count for today


def test_a_check_in_counts_for_the_day_it_was_written_in_its_own_time_zone(vault: Vault) -> None:
    late = datetime(2026, 11, 26, 23, 30, tzinfo=timezone(timedelta(hours=-5)))  # 04:30 on the 27th in UTC
    CheckInService(vault, lambda: late).check_in(mood=5)
    assert reminders.checked_in_on(vault, date(2026, 11, 26))
    assert not reminders.checked_in_on(vault, date(2026, 11, 27))
