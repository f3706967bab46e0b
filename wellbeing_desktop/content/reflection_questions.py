"""The monthly work reflection's questions (reflection.toml): our own words, three themes, a 1–5 scale.

Each question carries the words for both ends of its scale; 1 is always the harder end, so the app can
notice gently when a theme has stayed there for a while without ever adding answers up.
"""

from __future__ import annotations

from dataclasses import dataclass

from wellbeing_desktop.content.source import ContentErrors
from wellbeing_desktop.content.toml_table import Table
from wellbeing_desktop.i18n import fill, translate

NAME = 80
LINE = 300
END_WORDS = 40
PARAGRAPH = 600


@dataclass(frozen=True)
class ReflectionQuestion:
    """One question; an answer stores `key`. `low` is shown at 1 (the harder end), `high` at 5."""

    key: str
    text: str
    low: str
    high: str


@dataclass(frozen=True)
class ReflectionTheme:
    """A few questions about one side of the work, and the kind sentence shown when it stays hard."""

    key: str
    name: str
    signpost: str
    questions: tuple[ReflectionQuestion, ...]


@dataclass(frozen=True)
class ReflectionQuestions:
    """Everything reflection.toml holds, in the order the file lists it."""

    intro: str
    note: str
    themes: tuple[ReflectionTheme, ...]

    def question_keys(self) -> tuple[str, ...]:
        return tuple(q.key for theme in self.themes for q in theme.questions)

    def theme_of(self, question_key: str) -> ReflectionTheme | None:
        """The theme a stored answer belongs to, or None for a question no longer asked."""
        return next((t for t in self.themes if any(q.key == question_key for q in t.questions)), None)


def read_reflection(file: Table) -> ReflectionQuestions:
    """Check and read reflection.toml; question keys are unique across the whole file."""
    file.check_fields(("intro", "note", "theme"))
    theme_lines: dict[str, int] = {}
    question_lines: dict[str, int] = {}
    themes = []
    for table in file.tables("theme", noun="theme", plural="themes", most=6):
        key = _unique(table, "theme", theme_lines)
        theme = table.named(fill(ContentErrors.tr("%1 %2"), translate("ContentErrors", "theme"), repr(key)))
        theme.check_fields(("key", "name", "signpost", "question"))
        questions = []
        for item in theme.tables("question", noun="question", plural="questions", most=4):
            question_key = _unique(item, "question", question_lines)
            question = item.named(
                fill(ContentErrors.tr("%1 %2"), translate("ContentErrors", "question"), repr(question_key))
            )
            question.check_fields(("key", "text", "low", "high"))
            questions.append(
                ReflectionQuestion(
                    key=question_key,
                    text=question.text("text", most=LINE),
                    low=question.text("low", most=END_WORDS),
                    high=question.text("high", most=END_WORDS),
                )
            )
        themes.append(
            ReflectionTheme(
                key=key,
                name=theme.text("name", most=NAME),
                signpost=theme.text("signpost", most=PARAGRAPH),
                questions=tuple(questions),
            )
        )
    return ReflectionQuestions(
        intro=file.text("intro", most=LINE),
        note=file.text("note", most=LINE),
        themes=tuple(themes),
    )


def _unique(table: Table, noun: str, seen: dict[str, int]) -> str:
    key = table.slug()
    line = table.line_of("key")
    if key in seen:
        twice = ContentErrors.tr("the %1 key %2 is used twice (first on line %3).")
        raise table.source.error(
            line, fill(twice, translate("ContentErrors", noun), repr(key), str(seen[key]))
        )
    seen[key] = line
    return key
