"""Growing in the role: development goals with small next steps, and a learning log.

A goal is what the person wants to grow in and why, broken into small steps that may have a date.
A learning record is something they learned from training or from experience, how it changed their
practice, and which diary entries it grew out of (linked by id; the diary text stays in the diary).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.rules import DataProblems
from wellbeing_desktop.i18n import fill

LearningKind = Literal["training", "experience"]
LEARNING_KINDS: tuple[LearningKind, ...] = ("training", "experience")

MAX_WHAT_CHARS = 500
MAX_STEPS = 50
MAX_LINKED_ENTRIES = 50


def _required(text: str, max_chars: int) -> str | None:
    problem = rules.check_text(text, max_chars=max_chars)
    if problem is None and not text.strip():
        problem = DataProblems.tr("is empty")
    return problem


@dataclass
class NextStep:
    """One small step towards a goal: "Ask Priya about the listening course", perhaps by a date."""

    id: str
    text: str
    due_on: date | None = None
    done: bool = False

    def problems(self) -> list[str]:
        out = rules.Problems()
        out.add("id", rules.check_uuid(self.id))
        out.add("text", _required(self.text, rules.MAX_PLAN_ITEM_CHARS))
        return out


@dataclass
class DevelopmentGoal:
    """What I want to grow in, why, and the next steps; `done_on` is the day it was marked done.
    `position` orders the list of goals (the person's own order)."""

    id: str
    what: str
    created_at: datetime
    updated_at: datetime
    why: str = ""
    steps: list[NextStep] = field(default_factory=list)
    done_on: date | None = None
    position: int = 0

    def problems(self) -> list[str]:
        out = rules.Problems()
        out.add("id", rules.check_uuid(self.id))
        out.add("what", _required(self.what, MAX_WHAT_CHARS))
        out.add("why", rules.check_text(self.why, max_chars=rules.MAX_NOTE_CHARS))
        out.add("created_at", rules.check_aware(self.created_at))
        out.add("updated_at", rules.check_aware(self.updated_at))
        if len(self.steps) > MAX_STEPS:
            out.add(
                "steps",
                fill(DataProblems.tr("has %1 steps; the most is %2"), str(len(self.steps)), str(MAX_STEPS)),
            )
        seen: set[str] = set()
        for i, step in enumerate(self.steps):
            out.extend(f"steps[{i}].{problem}" for problem in step.problems())
            if step.id in seen:
                out.add(f"steps[{i}].id", DataProblems.tr("%1 appears twice").replace("%1", str(step.id)))
            seen.add(step.id)
        return out


@dataclass
class LearningRecord:
    """One item of the learning log. `entry_ids` are diary entries it grew out of, in the person's order."""

    id: str
    happened_on: date
    kind: LearningKind
    title: str
    created_at: datetime
    updated_at: datetime
    learned: str = ""
    practice_change: str = ""
    entry_ids: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        out = rules.Problems()
        out.add("id", rules.check_uuid(self.id))
        if self.kind not in LEARNING_KINDS:
            out.add(
                "kind", DataProblems.tr("%1 is not training or experience").replace("%1", repr(self.kind))
            )
        out.add("title", _required(self.title, rules.MAX_TITLE_CHARS))
        out.add("learned", rules.check_text(self.learned, max_chars=rules.MAX_NOTE_CHARS))
        out.add("practice_change", rules.check_text(self.practice_change, max_chars=rules.MAX_NOTE_CHARS))
        out.add("created_at", rules.check_aware(self.created_at))
        out.add("updated_at", rules.check_aware(self.updated_at))
        if len(self.entry_ids) > MAX_LINKED_ENTRIES:
            out.add(
                "entry_ids",
                fill(
                    DataProblems.tr("has %1 entries; the most is %2"),
                    str(len(self.entry_ids)),
                    str(MAX_LINKED_ENTRIES),
                ),
            )
        for i, entry_id in enumerate(self.entry_ids):
            out.add(f"entry_ids[{i}]", rules.check_uuid(entry_id))
            if entry_id in self.entry_ids[:i]:
                out.add(f"entry_ids[{i}]", DataProblems.tr("%1 appears twice").replace("%1", str(entry_id)))
        return out
