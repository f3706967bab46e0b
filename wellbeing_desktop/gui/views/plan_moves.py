"""Where a keyboard or menu move takes an item: plain arithmetic on the plan as shown."""

from __future__ import annotations

from wellbeing_desktop.domain import SelfCarePlan


def step_place(plan: SelfCarePlan, item_id: str, step: int) -> tuple[str, int] | None:
    """Alt+Up (-1) / Alt+Down (+1): one place up or down; past the first item, to the end of the
    section above; past the last, to the top of the section below. None at the very top or bottom."""
    sections = plan.sections
    for index, section in enumerate(sections):
        ids = [i.id for i in section.items]
        if item_id not in ids:
            continue
        position = ids.index(item_id) + step
        if 0 <= position < len(ids):
            return section.key, position
        if 0 <= index + step < len(sections):
            neighbour = sections[index + step]
            return neighbour.key, len(neighbour.items) if step < 0 else 0
        return None
    return None


def end_of(plan: SelfCarePlan, section_key: str) -> tuple[str, int] | None:
    """The end of a section (the item menu's "Move to")."""
    section = next((s for s in plan.sections if s.key == section_key), None)
    return None if section is None else (section_key, len(section.items))
