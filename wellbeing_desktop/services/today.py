"""What the Today screen offers: a few plan items to keep in mind, the review date when it has come,
and entries written on this day in earlier years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from wellbeing_desktop.domain import SelfCarePlan
from wellbeing_desktop.domain.times import parse_timestamp
from wellbeing_desktop.vault import Vault

# The sections whose items are worth a gentle reminder on an ordinary day.
REMINDER_SECTIONS = ("daily", "coping", "boundaries")


@dataclass(frozen=True)
class Memory:
    """An entry from this day in an earlier year."""

    id: str
    title: str
    created_at: datetime


def keep_in_mind(plan: SelfCarePlan, today: date, count: int = 3) -> list[str]:
    """A few items from the plan, a different few each day, so the list stays fresh without nagging."""
    items = [i.text for s in plan.sections if s.key in REMINDER_SECTIONS for i in s.items]
    if len(items) <= count:
        return items
    start = today.toordinal() % len(items)
    return [items[(start + n) % len(items)] for n in range(count)]


def review_due(plan: SelfCarePlan, today: date) -> bool:
    return plan.review_on is not None and plan.review_on <= today


def on_this_day(vault: Vault, today: date, limit: int = 10) -> list[Memory]:
    """Entries written on today's month and day in earlier years, newest first (the date as written)."""
    rows = vault.connection.execute(
        """
        SELECT id, title, created_at FROM entries
        WHERE substr(created_at, 6, 5) = ? AND substr(created_at, 1, 4) < ?
        ORDER BY created_ts DESC LIMIT ?
        """,
        (today.strftime("%m-%d"), f"{today.year:04d}", limit),
    )
    return [Memory(str(i), str(t), parse_timestamp(str(c))) for i, t, c in rows]
