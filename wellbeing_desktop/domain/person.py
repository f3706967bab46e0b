"""Someone I can talk to: a small address book kept in the vault. The app never contacts anyone; "how I
reach them" is free text for the person's own eyes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.rules import DataProblems
from wellbeing_desktop.i18n import fill

# Who they are to me, as the vault stores it (the screens show these in words).
RELATIONS = ("peer-supporter", "supervisor", "friend", "family", "organisation", "other")
MAX_NAME_CHARS = 200
MAX_REACH_CHARS = 2_000
MAX_REMIND_DAYS = 365


@dataclass
class Person:
    """`remind_after_days` None means no "not in touch" nudge for them; `nudge_dismissed_on` is the day
    the last nudge was put aside with "Not now"."""

    id: str
    name: str
    created_at: datetime
    updated_at: datetime
    relation: str = "other"
    reach: str = ""
    notes: str = ""
    last_talked_on: date | None = None
    remind_after_days: int | None = None
    nudge_dismissed_on: date | None = None

    def problems(self) -> list[str]:
        out = rules.Problems()
        out.add("id", rules.check_uuid(self.id))
        out.add("created_at", rules.check_aware(self.created_at))
        out.add("updated_at", rules.check_aware(self.updated_at))
        problem = rules.check_text(self.name, max_chars=MAX_NAME_CHARS)
        if problem is None and not self.name.strip():
            problem = DataProblems.tr("is empty")
        out.add("name", problem)
        if self.relation not in RELATIONS:
            out.add(
                "relation",
                fill(DataProblems.tr("%1 is not one of %2"), repr(self.relation), ", ".join(RELATIONS)),
            )
        out.add("reach", rules.check_text(self.reach, max_chars=MAX_REACH_CHARS))
        out.add("notes", rules.check_text(self.notes, max_chars=rules.MAX_NOTE_CHARS))
        days = self.remind_after_days
        if days is not None and (isinstance(days, bool) or not isinstance(days, int)):
            out.add(
                "remind_after_days",
                DataProblems.tr("%1 is not a whole number of days").replace("%1", repr(days)),
            )
        elif days is not None and not 1 <= days <= MAX_REMIND_DAYS:
            out.add(
                "remind_after_days",
                fill(DataProblems.tr("%1 is outside 1–%2 days"), str(days), str(MAX_REMIND_DAYS)),
            )
        return out

    @property
    def in_touch_since(self) -> date:
        """The day counted from for a nudge: when we last talked, or when they were added."""
        return self.last_talked_on or self.created_at.date()
