"""Coping ideas from the content packs, offered in the plan's "Coping strategies that help" section.

An idea already in the plan (in any section, in any letter case) is not offered again; the person's
own words are never changed, so an idea they have reworded is offered again as it reads in the pack.
"""

from __future__ import annotations

from collections.abc import Iterable

from wellbeing_desktop.content import CopingIdea
from wellbeing_desktop.domain import SelfCarePlan

SECTION = "coping"  # the plan section the ideas are added to


def not_in_plan(ideas: Iterable[CopingIdea], plan: SelfCarePlan) -> list[CopingIdea]:
    """The ideas to offer, in the packs' order, each text once."""
    seen = {_plain(item.text) for section in plan.sections for item in section.items}
    offered = []
    for idea in ideas:
        if _plain(idea.text) not in seen:
            seen.add(_plain(idea.text))
            offered.append(idea)
    return offered


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()
