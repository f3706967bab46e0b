"""A quick mood check-in: mood 1–10 and, if the person wants, a little more."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from wellbeing_desktop.domain import rules


@dataclass
class CheckIn:
    id: str
    at: datetime
    mood: int
    stress: int | None = None
    energy: int | None = None
    sleep_hours: float | None = None
    emotions: list[str] = field(default_factory=list)
    note: str = ""

    def problems(self) -> list[str]:
        out: list[str] = []

        def add(place: str, problem: str | None) -> None:
            if problem:
                out.append(f"{place}: {problem}")

        add("id", rules.check_uuid(self.id))
        add("at", rules.check_aware(self.at))
        add("mood", rules.check_scale(self.mood))
        if self.stress is not None:
            add("stress", rules.check_scale(self.stress))
        if self.energy is not None:
            add("energy", rules.check_scale(self.energy))
        if self.sleep_hours is not None:
            add("sleep_hours", rules.check_sleep(self.sleep_hours))
        for index, problem in rules.check_words(self.emotions):
            add("emotions" if index is None else f"emotions[{index}]", problem)
        add("note", rules.check_text(self.note, max_chars=rules.MAX_NOTE_CHARS))
        return out
