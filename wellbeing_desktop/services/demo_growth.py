"""The demo's development goals, learning log and three monthly work reflections.

Added after the interchange import (the format does not carry them yet). Deterministic for a given
day; the reflections are for the three months before this one, so the demo's Today shows the quiet
"a moment to reflect?" line, and none of them sits at the hard end three months running.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone

from wellbeing_desktop.domain.development import DevelopmentGoal, LearningRecord, NextStep
from wellbeing_desktop.domain.reflection import Reflection, month_of
from wellbeing_desktop.vault import Vault

_NAMESPACE = uuid.UUID("3f6a2c1e-9d4b-4e7a-8c5f-1b2d3e4f5a6b")

GOALS = (
    (
        "Feel steadier when someone talks about suicide",
        "It came up twice this autumn, and I want to stay calm and present rather than rush to fix it.",
        (
            ("Ask Priya about the suicide awareness course the trust runs", -20, True),
            ("Practise the words I'd use with a colleague", 10, False),
            ("Talk it through in supervision", 24, False),
        ),
    ),
    (
        "Co-facilitate the Tuesday group on my own by spring",
        "I love the group, and I'd like to hold it without leaning on Marcus every week.",
        (
            ("Plan one session with Marcus and lead the opening", 14, False),
            ("Write down what I do when the room gets tense", None, False),
        ),
    ),
)
LEARNING = (
    (
        "Training day: trauma-informed practice",
        "training",
        "Safety, choice and trust come before anything else. Small things, like asking where someone "
        "would like to sit, matter.",
        "I offer choices at the start of every one-to-one now, and I say what will happen next.",
    ),
    (
        "A tense phone call",
        "experience",
        "When someone is shouting, slowing my own voice down helps more than any words.",
        "I keep a card by the phone with three things to say, and I take five minutes afterwards.",
    ),
)
# The three months before this one (oldest first): question key -> 1-5, and a short note.
REFLECTIONS = (
    ({"worthwhile": 4, "glad-of": 4, "own-story": 3, "energy-left": 3, "rested": 3, "put-down": 3,
      "settled": 4}, "A good month: the group found its feet."),
    ({"worthwhile": 4, "glad-of": 3, "own-story": 4, "energy-left": 2, "rested": 2, "put-down": 2,
      "settled": 3}, "Tired. The phone call stayed with me for a few days."),
    ({"worthwhile": 5, "glad-of": 4, "own-story": 4, "energy-left": 3, "rested": 3, "put-down": 3,
      "settled": 3}, ""),
)  # fmt: skip


def _id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(map(str, parts))))


def add_growth(vault: Vault, today: date, days: int, offset: timedelta = timedelta(0)) -> None:
    zone = timezone(offset)
    start = datetime.combine(today - timedelta(days=days - 1), time(20, 0), tzinfo=zone)
    with vault.transaction():
        entries = {e.title: e for e in vault.entries.all()}
        for n, (what, why, steps) in enumerate(GOALS):
            vault.development_goals.save(
                DevelopmentGoal(
                    id=_id("goal", n),
                    what=what,
                    why=why,
                    created_at=start,
                    updated_at=start,
                    steps=[
                        NextStep(
                            _id("step", n, i),
                            text,
                            None if due is None else today + timedelta(days=due),
                            done,
                        )
                        for i, (text, due, done) in enumerate(steps)
                    ],
                    position=n,
                )
            )
        for n, (title, kind, learned, change) in enumerate(LEARNING):
            entry = entries.get(title)
            happened = entry.created_at if entry is not None else start
            vault.learning_log.save(
                LearningRecord(
                    id=_id("learning", n),
                    happened_on=happened.date(),
                    kind="training" if kind == "training" else "experience",
                    title=title,
                    created_at=happened,
                    updated_at=happened,
                    learned=learned,
                    practice_change=change,
                    entry_ids=[] if entry is None else [entry.id],
                )
            )
        first_of_month = today.replace(day=1)
        for n, (answers, note) in enumerate(REFLECTIONS):
            months_back = len(REFLECTIONS) - n
            day = first_of_month
            for _ in range(months_back):
                day = (day - timedelta(days=1)).replace(day=1)
            at = datetime.combine(day + timedelta(days=25), time(19, 30), tzinfo=zone)
            vault.reflections.save(
                Reflection(_id("reflection", n), month_of(day), at, at, dict(answers), note)
            )
