"""Sample data for the Mood screen's tests and benchmarks.

Three months of check-ins the way a peer supporter might make them: most days, sometimes twice; a harder
stretch after a tense phone call and a disclosure; coping strategies ticked on some days. No real person.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from wellbeing_desktop.domain import CheckIn, CopingUsed, Entry
from wellbeing_desktop.domain.rules import new_id
from wellbeing_desktop.vault import Vault

TODAY = date(2026, 3, 4)
NOW = datetime.combine(TODAY, time(20, 30), tzinfo=timezone(timedelta(0)))
SIZE = (1100, 720)
COPING = (
    "A walk at lunchtime",
    "Talk it through with another peer supporter",
    "Music on the way home",
    "Ten minutes of quiet before the next call",
)
DAILY = ("Eight hours in bed on work nights", "Lunch away from the desk")
ENTRY_TITLES = (
    "Tuesday group session",
    "A tense phone call",
    "Good conversation with Priya from the team",
    "Tired evening",
    "Debrief after a hard disclosure",
    "Supervision prep",
    "Quiet day at the drop-in",
)
NOTES = (
    "Group session went well — people really opened up.",
    "Long phone call, raised voices. Glad I took a break after.",
    "Slept badly, felt it all morning.",
    "Good chat with a colleague over lunch.",
    "Tired but okay. Early night.",
    "",
    "",
    "",
)
POSITIVE = ("calm", "hopeful", "grateful", "connected", "content", "proud")
NEGATIVE = ("tired", "anxious", "drained", "on edge", "low", "overwhelmed")


def _zone(day: date) -> timezone:
    return timezone(timedelta(hours=1)) if 4 <= day.month <= 10 else timezone(timedelta(0))


def fill_vault(vault: Vault, today: date = TODAY, days: int = 92, seed: int = 7) -> dict[str, str]:
    """A plan with coping strategies, about `days` days of check-ins ending `today`, and some diary entries.

    Returns {strategy text: plan item id}.
    """
    rng = random.Random(seed)
    with vault.transaction():
        vault.plan.save_section("daily", "What keeps me well day to day")
        vault.plan.save_section("coping", "Coping strategies that help")
        for text in DAILY:
            vault.plan.add_item("daily", text)
        coping = {text: vault.plan.add_item("coping", text).id for text in COPING}
        for offset in range(days - 1, -1, -1):
            day = today - timedelta(days=offset)
            if rng.random() < 0.15 and offset:  # some days without a check-in, and that's fine
                continue
            hard = 38 <= offset <= 50  # a harder stretch
            weekday_dip = 0.8 if day.weekday() in (1, 3) else 0.0
            used = [t for t, p in zip(COPING, (0.4, 0.25, 0.3, 0.2), strict=True) if rng.random() < p]
            base = 6.4 - (2.2 if hard else 0) - weekday_dip + 0.5 * len(used) + rng.gauss(0, 0.9)
            hours = sorted(rng.sample((8, 13, 21), rng.choice((1, 1, 2)))) if offset else [8, 13]
            for hour in hours:
                mood = max(1, min(10, round(base + rng.gauss(0, 0.6))))
                words = rng.sample(NEGATIVE if mood <= 5 else POSITIVE, rng.choice((0, 1, 2)))
                vault.checkins.save(
                    CheckIn(
                        id=new_id(),
                        at=datetime.combine(day, time(hour, rng.randint(0, 59)), tzinfo=_zone(day)),
                        mood=mood,
                        stress=max(1, min(10, 11 - mood + rng.randint(-2, 1))),
                        energy=max(1, min(10, mood + rng.randint(-2, 1))) if rng.random() < 0.8 else None,
                        sleep_hours=rng.choice((5.5, 6, 6.5, 7, 7.5, 8)) if hour == 8 else None,
                        emotions=words,
                        note=rng.choice(NOTES),
                        coping=[CopingUsed(coping[t], t) for t in used] if hour == hours[-1] else [],
                    )
                )
            if rng.random() < 0.35:
                created = datetime.combine(day, time(21, 40), tzinfo=_zone(day))
                vault.entries.save(
                    Entry(
                        id=new_id(),
                        created_at=created,
                        updated_at=created,
                        title=rng.choice(ENTRY_TITLES),
                        body="A few lines about the day.",
                        emotions=rng.sample(POSITIVE + NEGATIVE, 2),
                    )
                )
    return coping


def mood_lines(view) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The over-time chart's Line2D objects by gid ("mood", "mood-rolling", "stress", "energy", "entries")."""
    figure = view.chart.figure
    assert figure is not None and figure.axes, "no chart drawn"
    return {line.get_gid(): line for line in figure.axes[0].get_lines()}
