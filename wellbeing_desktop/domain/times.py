"""Times as the person lived them: ISO 8601 with the UTC offset they were written in."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now() -> datetime:
    """The current local time with its offset, to the second."""
    return datetime.now(UTC).astimezone().replace(microsecond=0)


def parse_timestamp(text: str) -> datetime:
    """ISO 8601 with a UTC offset (a trailing Z counts). Raises ValueError with a plain reason."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not an ISO 8601 time") from None
    if value.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset (for example +00:00)")
    return value


def parse_day(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date like 2026-11-26") from None


def utc_seconds(value: datetime) -> float:
    return value.timestamp()
