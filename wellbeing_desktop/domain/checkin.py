"""A quick mood check-in: mood 1–10 and, if the person wants, a little more."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from wellbeing_desktop.domain import rules


@dataclass(frozen=True)
class CopingUsed:
    """A coping strategy from the plan, ticked as used that day; its text as it read then."""

    item_id: str
    text: str


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
    coping: list[CopingUsed] = field(default_factory=list)

    def problems(self) -> list[str]:
        out = rules.Problems()
        add = out.add
        add("id", rules.check_uuid(self.id))
        add("at", rules.check_aware(self.at))
        add("mood", rules.check_scale(self.mood))
        if self.stress is not None:
            add("stress", rules.check_scale(self.stress))
        if self.energy is not None:
            add("energy", rules.check_scale(self.energy))
        if self.sleep_hours is not None:
            add("sleep_hours", rules.check_sleep(self.sleep_hours))
        out.add_words("emotions", self.emotions)
        add("note", rules.check_text(self.note, max_chars=rules.MAX_NOTE_CHARS))
        seen: set[str] = set()
        for i, used in enumerate(self.coping):
            add(f"coping[{i}].item_id", rules.check_uuid(used.item_id))
            add(f"coping[{i}].text", rules.check_text(used.text, max_chars=rules.MAX_PLAN_ITEM_CHARS))
            if used.item_id in seen:
                add(f"coping[{i}].item_id", f"{used.item_id} appears twice")
            seen.add(used.item_id)
        return out
