"""The monthly work reflection: the person's own answers (1–5) to our own questions, one a month.

Answers are kept one by one, by question key; nothing here adds them up. 1 is always the harder end
(assets/content/reflection.toml), which is all the gentle signpost rule needs to know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.rules import DataProblems
from wellbeing_desktop.i18n import fill

LOWEST, HIGHEST = 1, 5
HARD_END = 2  # an answer of 1 or 2 is at the harder end of the scale
MAX_ANSWERS = 30

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def month_of(day: date | datetime) -> str:
    """'2026-11' for any day in November 2026."""
    return f"{day.year:04d}-{day.month:02d}"


def next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def check_month(value: str) -> str | None:
    if not _MONTH.fullmatch(value):
        return DataProblems.tr("%1 is not a month like 2026-11").replace("%1", repr(value))
    return None


def check_answer(value: int) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return DataProblems.tr("%1 is not a whole number from 1 to 5").replace("%1", repr(value))
    if not LOWEST <= value <= HIGHEST:
        return DataProblems.tr("%1 is outside 1–5").replace("%1", str(value))
    return None


@dataclass
class Reflection:
    """One month's reflection. `at` is when it was first answered, `updated_at` the last change;
    `answers` maps a question key to 1–5 (questions may be skipped)."""

    id: str
    month: str
    at: datetime
    updated_at: datetime
    answers: dict[str, int] = field(default_factory=dict)
    note: str = ""

    def problems(self) -> list[str]:
        out = rules.Problems()
        out.add("id", rules.check_uuid(self.id))
        out.add("month", check_month(self.month))
        out.add("at", rules.check_aware(self.at))
        out.add("updated_at", rules.check_aware(self.updated_at))
        out.add("note", rules.check_text(self.note, max_chars=rules.MAX_NOTE_CHARS))
        if not self.answers and not self.note.strip():
            out.add("answers", DataProblems.tr("there is nothing to keep: no answers and no note"))
        if len(self.answers) > MAX_ANSWERS:
            out.add(
                "answers",
                fill(
                    DataProblems.tr("has %1 answers; the most is %2"),
                    str(len(self.answers)),
                    str(MAX_ANSWERS),
                ),
            )
        for key, answer in self.answers.items():
            out.add(f"answers[{key!r}]", rules.check_slug(key) or check_answer(answer))
        return out
