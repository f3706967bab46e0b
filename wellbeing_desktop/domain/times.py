"""Times as the person lived them: ISO 8601 with the UTC offset they were written in."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from wellbeing_desktop.domain.rules import DataProblems

# The extended ISO 8601 forms the interchange format documents; fromisoformat alone is more lenient
# (any separator, basic format, hour-only offsets) than what we promise to write and read.
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)"
)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def now() -> datetime:
    """The current local time with its offset, to the second."""
    return datetime.now(UTC).astimezone().replace(microsecond=0)


def parse_timestamp(text: str) -> datetime:
    """ISO 8601 with a UTC offset (a trailing Z counts). Raises ValueError with a plain reason."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(DataProblems.tr("%1 is not an ISO 8601 time").replace("%1", repr(text))) from None
    if value.tzinfo is None:
        raise ValueError(
            DataProblems.tr("%1 has no UTC offset (for example +00:00)").replace("%1", repr(text))
        )
    if not _TIMESTAMP.fullmatch(text):
        raise ValueError(
            DataProblems.tr("%1 is not written like 2026-11-26T12:00:00+00:00").replace("%1", repr(text))
        )
    return value


def parse_day(text: str) -> date:
    try:
        if not _DAY.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            DataProblems.tr("%1 is not a date like 2026-11-26").replace("%1", repr(text))
        ) from None


def utc_seconds(value: datetime) -> float:
    return value.timestamp()
