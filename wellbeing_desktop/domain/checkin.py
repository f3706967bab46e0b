"""A quick mood check-in: mood 1–10 and, if the person wants, a little more."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.rules import DataProblems
from wellbeing_desktop.i18n import fill

MAX_TALKED_WITH = 50
MAX_TALKED_NAME_CHARS = 200


@dataclass(frozen=True)
class CopingUsed:
    """A coping strategy from the plan, ticked as used that day; its text as it read then."""

    item_id: str
    text: str


@dataclass(frozen=True)
class TalkedWith:
    """Someone the person talked with that day: from the address book (`person_id`) or a name typed in
    (`person_id` None). The name is kept as it was then."""

    person_id: str | None
    name: str


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
    talked_with_someone: bool = False
    talked_with: list[TalkedWith] = field(default_factory=list)

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
                add(
                    f"coping[{i}].item_id",
                    DataProblems.tr("%1 appears twice").replace("%1", str(used.item_id)),
                )
            seen.add(used.item_id)
        if self.talked_with and not self.talked_with_someone:
            add("talked_with", DataProblems.tr("names people, but talked_with_someone is false"))
        if len(self.talked_with) > MAX_TALKED_WITH:
            add(
                "talked_with",
                fill(
                    DataProblems.tr("has %1 people; the most is %2"),
                    str(len(self.talked_with)),
                    str(MAX_TALKED_WITH),
                ),
            )
        for i, talked in enumerate(self.talked_with):
            if talked.person_id is not None:
                add(f"talked_with[{i}].person_id", rules.check_uuid(talked.person_id))
            problem = rules.check_text(talked.name, max_chars=MAX_TALKED_NAME_CHARS)
            if problem is None and not talked.name.strip():
                problem = DataProblems.tr("is empty")
            add(f"talked_with[{i}].name", problem)
        return out
