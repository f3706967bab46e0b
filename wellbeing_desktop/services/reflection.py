"""The monthly work reflection: answer it (once a month; answering again updates it), see the answers
over time next to mood, and notice gently when a theme has stayed at the hard end.

    service = ReflectionService(vault, clock.now)
    saved = service.answer({"worthwhile": 4, "rested": 2}, note="A heavy month")
    service.undo(saved)               # the month as it was before
    service.history()                 # [ReflectionMonth(month, answers, mood)] oldest first
    service.signposts()               # themes at the hard end three months running
    service.shows_nudge()             # the quiet line on Today: no reflection yet this month

Answers are never added up: each is the person's own, shown by question, over time.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from wellbeing_desktop.content import ContentPack, load_builtin
from wellbeing_desktop.content.reflection_questions import ReflectionQuestions, ReflectionTheme
from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.reflection import HARD_END, Reflection, check_month, month_of, next_month
from wellbeing_desktop.errors import ServiceErrors, ValidationError, WellbeingError
from wellbeing_desktop.vault import Vault

RUNNING = 3  # months in a row at the hard end before the gentle signpost


@dataclass(frozen=True)
class ReflectionSaved:
    """What `answer` wrote, and what the month held before (None when it was new): all undo needs."""

    reflection: Reflection
    previous: Reflection | None


@dataclass(frozen=True)
class ReflectionMonth:
    """One month's own answers (question key -> 1–5) and that month's average mood (None: no check-ins)."""

    month: str
    answers: dict[str, int]
    mood: float | None


class ReflectionService:
    def __init__(self, vault: Vault, now: Callable[[], datetime], content: ContentPack | None = None) -> None:
        self._vault = vault
        self._now = now
        self.questions: ReflectionQuestions = (content or load_builtin()).reflection

    def this_month(self) -> str:
        return month_of(self._now())

    def for_month(self, month: str | None = None) -> Reflection | None:
        return self._vault.reflections.for_month(month or self.this_month())

    def reflections(self) -> list[Reflection]:
        """Every reflection, the earliest month first."""
        return self._vault.reflections.all()

    def answer(
        self, answers: Mapping[str, int | None], note: str = "", month: str | None = None
    ) -> ReflectionSaved:
        """Keep this month's answers (skipped questions are None or left out); a month that already has
        a reflection is updated, so there is only ever one a month."""
        month = month or self.this_month()
        known = set(self.questions.question_keys())
        problems = rules.Problems()
        problems.add("month", check_month(month))
        for key in answers:
            problems.add(f"answers[{key!r}]", None if key in known else "is not one of the questions")
        if problems:
            raise ValidationError(problems)
        kept = {key: value for key, value in answers.items() if value is not None}
        now = self._now()
        with self._vault.transaction():
            previous = self._vault.reflections.for_month(month)
            reflection = Reflection(
                id=previous.id if previous else rules.new_id(),
                month=month,
                at=previous.at if previous else now,
                updated_at=now,
                answers=kept,
                note=note.strip(),
            )
            self._vault.reflections.save(_checked(reflection))
        return ReflectionSaved(reflection, previous)

    def undo(self, saved: ReflectionSaved) -> None:
        """Put the month back as it was before `saved`."""
        with self._vault.transaction():
            if saved.previous is None:
                self._vault.reflections.delete(saved.reflection.id)
            else:
                self._vault.reflections.save(saved.previous)

    def delete(self, reflection_id: str) -> Reflection:
        with self._vault.transaction():
            reflection = self._vault.reflections.get(reflection_id)
            if reflection is None:
                raise WellbeingError(ServiceErrors.tr("That reflection is no longer in your vault."))
            self._vault.reflections.delete(reflection_id)
        return reflection

    def restore(self, reflection: Reflection) -> None:
        with self._vault.transaction():
            self._vault.reflections.save(_checked(reflection))

    def history(self) -> list[ReflectionMonth]:
        """Each month with a reflection, oldest first, beside that month's average mood."""
        with self._vault.transaction():
            reflections = self._vault.reflections.all()
            moods: dict[str, list[int]] = defaultdict(list)
            for point in self._vault.checkins.chart_points():
                moods[point.at[:7]].append(point.mood)  # the month as the person lived it
        return [ReflectionMonth(r.month, dict(r.answers), _mean(moods.get(r.month, []))) for r in reflections]

    def signposts(self) -> list[ReflectionTheme]:
        """Themes whose answers have been at the hard end for three months running, up to now."""
        return themes_to_signpost(self._vault.reflections.all(), self.questions.themes, self.this_month())

    def shows_nudge(self) -> bool:
        """The quiet "a moment to reflect?" line: only in a month without a reflection, until set aside."""
        month = self.this_month()
        repository = self._vault.reflections
        return repository.for_month(month) is None and repository.dismissed_month() != month

    def dismiss_nudge(self) -> None:
        """Set the quiet line aside for the rest of this month."""
        with self._vault.transaction():
            self._vault.reflections.set_dismissed_month(self.this_month())


def themes_to_signpost(
    reflections: Sequence[Reflection], themes: Sequence[ReflectionTheme], this_month: str
) -> list[ReflectionTheme]:
    """The rule, on its own: the last three reflections are three months in a row ending this month or
    last month, and in each of them every answer the person gave in the theme was 1 or 2."""
    recent = sorted(reflections, key=lambda r: r.month)[-RUNNING:]
    if len(recent) < RUNNING or next_month(recent[-1].month) < this_month:
        return []
    if any(next_month(a.month) != b.month for a, b in itertools.pairwise(recent)):
        return []
    out = []
    for theme in themes:
        keys = [q.key for q in theme.questions]
        if all(_hard(r, keys) for r in recent):
            out.append(theme)
    return out


def _hard(reflection: Reflection, keys: list[str]) -> bool:
    given = [reflection.answers[k] for k in keys if k in reflection.answers]
    return bool(given) and all(answer <= HARD_END for answer in given)


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _checked(reflection: Reflection) -> Reflection:
    if problems := reflection.problems():
        raise ValidationError(problems)
    return reflection
