"""Small factories for valid domain objects, so each test states only what it is about."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from wellbeing_desktop.domain import CheckIn, Entry

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a different passphrase entirely"
BASE_TIME = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
LOCAL = timezone(timedelta(hours=5, minutes=30))


def new_id() -> str:
    return str(uuid.uuid4())


def at(minutes: int = 0, tz: timezone = UTC) -> datetime:
    """BASE_TIME plus `minutes`, written in time zone `tz`."""
    return (BASE_TIME + timedelta(minutes=minutes)).astimezone(tz)


def make_entry(**fields: Any) -> Entry:
    fields.setdefault("id", new_id())
    fields.setdefault("created_at", BASE_TIME)
    fields.setdefault("updated_at", fields["created_at"])
    entry = Entry(**fields)
    return entry


def make_checkin(**fields: Any) -> CheckIn:
    fields.setdefault("id", new_id())
    fields.setdefault("at", BASE_TIME)
    fields.setdefault("mood", 6)
    return CheckIn(**fields)
