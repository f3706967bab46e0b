"""When a quiet check-in reminder is due: plain rules, so tests drive them with a fake clock.

A reminder is opt-in (preferences "reminder_on", off by default) at a chosen time ("reminder_minute",
17:00 by default). It is due once the time has come, only if there is no check-in that day, and at most
once a day. While the vault is locked the app cannot look, so it goes by what it saw when the vault was
last open that day; it keeps that in memory only (ReminderMemory), never on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from wellbeing_desktop.services import preferences
from wellbeing_desktop.vault import Vault


@dataclass(frozen=True)
class ReminderSettings:
    on: bool = False
    at: time = time(17, 0)


def settings(vault: Vault) -> ReminderSettings:
    values = preferences.load(vault)
    minute = values["reminder_minute"]
    return ReminderSettings(on=values["reminder_on"], at=time(minute // 60, minute % 60))


def checked_in_on(vault: Vault, day: date) -> bool:
    """Whether any check-in was made on `day`, by the date it was written (in its own time zone)."""
    start = datetime.combine(day, time.min).astimezone() - timedelta(days=1)
    end = start + timedelta(days=3)
    points = vault.checkins.chart_points(start.timestamp(), end.timestamp())
    return any(point.at[:10] == day.isoformat() for point in points)


@dataclass
class ReminderMemory:
    """What the app knows while it runs, in memory only: the last day it saw a check-in (looked up
    while the vault was open) and the last day it showed a reminder."""

    checked_in_on: date | None = None
    shown_on: date | None = None

    def due(self, now: datetime, chosen: ReminderSettings) -> bool:
        today = now.date()
        return (
            chosen.on
            and now.time().replace(tzinfo=None) >= chosen.at
            and self.checked_in_on != today
            and self.shown_on != today
        )

    def note_vault(self, vault: Vault, today: date) -> None:
        """Look in the open vault: a check-in today means no reminder today."""
        if checked_in_on(vault, today):
            self.checked_in_on = today
