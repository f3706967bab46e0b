"""The peer supporter's own self-care plan: sections of ordered items and a review date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.rules import DataProblems

# Our own sections (DESIGN.md); users may add sections of their own with any short key.
BUILT_IN_SECTIONS = (
    "daily",
    "warning-signs",
    "coping",
    "after-difficult",
    "people",
    "professional-support",
    "boundaries",
    "development",
)


@dataclass
class PlanItem:
    id: str
    text: str

    def problems(self) -> list[str]:
        out = []
        if problem := rules.check_uuid(self.id):
            out.append(f"id: {problem}")
        problem = rules.check_text(self.text, max_chars=rules.MAX_PLAN_ITEM_CHARS)
        if problem is None and not self.text.strip():
            problem = DataProblems.tr("is empty")
        if problem:
            out.append(f"text: {problem}")
        return out


@dataclass
class PlanSection:
    key: str
    title: str
    items: list[PlanItem] = field(default_factory=list)

    def problems(self) -> list[str]:
        out = []
        if problem := rules.check_slug(self.key):
            out.append(f"key: {problem}")
        if problem := rules.check_text(self.title, max_chars=rules.MAX_SECTION_TITLE_CHARS):
            out.append(f"title: {problem}")
        seen: set[str] = set()
        for i, item in enumerate(self.items):
            out.extend(f"items[{i}].{p}" for p in item.problems())
            if item.id in seen:
                out.append(f"items[{i}].id: " + DataProblems.tr("%1 appears twice").replace("%1", item.id))
            seen.add(item.id)
        return out


@dataclass
class SelfCarePlan:
    review_on: date | None = None
    sections: list[PlanSection] = field(default_factory=list)

    def problems(self) -> list[str]:
        out: list[str] = []
        keys: set[str] = set()
        owner: dict[str, int] = {}  # item id -> the section that holds it
        for i, section in enumerate(self.sections):
            out.extend(f"sections[{i}].{p}" for p in section.problems())
            if section.key in keys:
                out.append(
                    f"sections[{i}].key: "
                    + DataProblems.tr("%1 appears twice").replace("%1", repr(section.key))
                )
            keys.add(section.key)
            for j, item in enumerate(section.items):
                if owner.setdefault(item.id, i) != i:
                    out.append(
                        f"sections[{i}].items[{j}].id: "
                        + DataProblems.tr("%1 is used in another section").replace("%1", item.id)
                    )
        return out
