"""What the Today screen offers: a few plan items to keep in mind, and the review date when it has
come. ("On this day" is the diary's: DiaryService.on_this_day.)"""

from __future__ import annotations

from datetime import date

from wellbeing_desktop.domain import SelfCarePlan

# The sections whose items are worth a gentle reminder on an ordinary day.
REMINDER_SECTIONS = ("daily", "coping", "boundaries")


def keep_in_mind(plan: SelfCarePlan, today: date, count: int = 3) -> list[str]:
    """A few items from the plan, a different few each day, so the list stays fresh without nagging."""
    items = [i.text for s in plan.sections if s.key in REMINDER_SECTIONS for i in s.items]
    if len(items) <= count:
        return items
    start = today.toordinal() % len(items)
    return [items[(start + n) % len(items)] for n in range(count)]


def review_due(plan: SelfCarePlan, today: date) -> bool:
    return plan.review_on is not None and plan.review_on <= today
