"""Time for the GUI, injectable so tests of auto-lock and autosave never sleep."""

from __future__ import annotations

import time
from datetime import datetime

from wellbeing_desktop.domain.times import now


class Clock:
    def now(self) -> datetime:
        """Local time with its UTC offset."""
        return now()

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock(Clock):
    """A clock tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or now()
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self._now += timedelta(seconds=seconds)
        self._mono += seconds
