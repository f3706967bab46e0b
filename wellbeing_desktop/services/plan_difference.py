"""What changed in the plan between two snapshots, as sentences a supervisor can read aloud.

Items are matched by id, so rewording an item reads as "changed", not as one removed and one added.
Built-in sections come and go with their first and last item, so only a person's own sections are
mentioned as added or removed; any section may be renamed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from wellbeing_desktop.domain import BUILT_IN_SECTIONS, SelfCarePlan
from wellbeing_desktop.services.plan_history import (
    added_sentence,
    changed_sentence,
    moved_sentence,
    removed_sentence,
    review_set,
    review_taken_away,
    section_added,
    section_removed,
    section_renamed,
)

DifferenceKind = Literal["added", "changed", "moved", "removed", "section", "review"]


@dataclass(frozen=True)
class PlanDifference:
    kind: DifferenceKind
    section_key: str | None
    text: str


def difference(
    before: SelfCarePlan, after: SelfCarePlan, titles: Mapping[str, str] | None = None
) -> list[PlanDifference]:
    """Every change from `before` to `after`, in the order of the plan as it is now (removed items
    last, in their old order). `titles` names sections neither plan holds any more."""
    names = {**(titles or {}), **{s.key: s.title for s in before.sections}}
    names.update({s.key: s.title for s in after.sections})

    def title(key: str) -> str:
        return names.get(key, key)

    old_items = {i.id: (s.key, i.text) for s in before.sections for i in s.items}
    new_ids: set[str] = set()
    out: list[PlanDifference] = []
    out += _sections(before, after)
    for section in after.sections:
        for item in section.items:
            new_ids.add(item.id)
            was = old_items.get(item.id)
            if was is None:
                out.append(
                    PlanDifference("added", section.key, added_sentence(item.text, title(section.key)))
                )
                continue
            old_key, old_text = was
            if old_text != item.text:
                sentence = changed_sentence(old_text, item.text, title(section.key))
                out.append(PlanDifference("changed", section.key, sentence))
            if old_key != section.key:
                sentence = moved_sentence(item.text, title(old_key), title(section.key))
                out.append(PlanDifference("moved", section.key, sentence))
    for section in before.sections:
        for item in section.items:
            if item.id not in new_ids:
                sentence = removed_sentence(item.text, title(section.key))
                out.append(PlanDifference("removed", section.key, sentence))
    out += _review(before, after)
    return out


def _sections(before: SelfCarePlan, after: SelfCarePlan) -> list[PlanDifference]:
    old = {s.key: s.title for s in before.sections}
    new = {s.key: s.title for s in after.sections}
    out = []
    for key, name in new.items():
        if key not in old and key not in BUILT_IN_SECTIONS:
            out.append(PlanDifference("section", key, section_added(name)))
        elif key in old and old[key] != name:
            out.append(PlanDifference("section", key, section_renamed(old[key], name)))
    for key, name in old.items():
        if key not in new and key not in BUILT_IN_SECTIONS:
            out.append(PlanDifference("section", key, section_removed(name)))
    return out


def _review(before: SelfCarePlan, after: SelfCarePlan) -> list[PlanDifference]:
    if before.review_on == after.review_on:
        return []
    if after.review_on is None:
        return [PlanDifference("review", None, review_taken_away())]
    return [PlanDifference("review", None, review_set(after.review_on))]
