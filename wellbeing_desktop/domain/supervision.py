"""Supervision sessions: what was talked about, the actions agreed, and the plan as it stood then."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.plan import SelfCarePlan
from wellbeing_desktop.domain.rules import DataProblems
from wellbeing_desktop.i18n import fill

MAX_SUPERVISOR_CHARS = 200
MAX_ACTIONS = 100


@dataclass
class AgreedAction:
    """Something agreed in a session: "Book the de-escalation refresher", due in two weeks."""

    id: str
    text: str
    due_on: date | None = None
    done: bool = False

    def problems(self) -> list[str]:
        out = rules.Problems()
        out.add("id", rules.check_uuid(self.id))
        problem = rules.check_text(self.text, max_chars=rules.MAX_PLAN_ITEM_CHARS)
        if problem is None and not self.text.strip():
            problem = DataProblems.tr("is empty")
        out.add("text", problem)
        return out


@dataclass
class SupervisionSession:
    """One session. `plan` is a snapshot taken when the session was first recorded, so the next
    session can show what changed in the plan since this one."""

    id: str
    held_on: date
    created_at: datetime
    updated_at: datetime
    supervisor: str = ""
    discussed: str = ""
    actions: list[AgreedAction] = field(default_factory=list)
    plan: SelfCarePlan = field(default_factory=SelfCarePlan)

    def problems(self) -> list[str]:
        out = rules.Problems()
        out.add("id", rules.check_uuid(self.id))
        out.add("created_at", rules.check_aware(self.created_at))
        out.add("updated_at", rules.check_aware(self.updated_at))
        out.add("supervisor", rules.check_text(self.supervisor, max_chars=MAX_SUPERVISOR_CHARS))
        out.add("discussed", rules.check_text(self.discussed, max_bytes=rules.MAX_ENTRY_BODY_BYTES))
        if len(self.actions) > MAX_ACTIONS:
            out.add(
                "actions",
                fill(
                    DataProblems.tr("has %1 actions; the most is %2"),
                    str(len(self.actions)),
                    str(MAX_ACTIONS),
                ),
            )
        seen: set[str] = set()
        for i, action in enumerate(self.actions):
            out.extend(f"actions[{i}].{problem}" for problem in action.problems())
            if action.id in seen:
                out.add(f"actions[{i}].id", DataProblems.tr("%1 appears twice").replace("%1", str(action.id)))
            seen.add(action.id)
        out.extend(f"plan.{problem}" for problem in self.plan.problems())
        return out
