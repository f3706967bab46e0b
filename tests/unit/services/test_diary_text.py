"""The diary's small text rules: templates' headings, "has anything been written", words, sentences."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.services.diary_text import (
    has_writing,
    heading_position,
    problem_sentence,
    prompt_at,
    split_words,
    template_body,
)

NOW = datetime(2026, 11, 24, 18, 40, tzinfo=UTC)
GIBBS = load_builtin().template("gibbs")
assert GIBBS is not None


def _entry(**fields: object) -> Entry:
    return Entry(id=str(uuid.uuid4()), created_at=NOW, updated_at=NOW, **fields)  # type: ignore[arg-type]


def test_bare_headings_are_not_writing() -> None:
    assert not has_writing(_entry())
    assert not has_writing(_entry(body=template_body(GIBBS), template="gibbs"))
    assert not has_writing(_entry(body="   \n\n"))
    assert has_writing(_entry(body=template_body(GIBBS) + "It went better than I feared."))
    assert has_writing(_entry(title="Thursday"))
    assert has_writing(_entry(tags=["group"]))
    assert has_writing(_entry(mood=4))
    assert has_writing(_entry(for_supervision=True))


def test_the_prompt_follows_the_cursor() -> None:
    body = template_body(GIBBS)
    assert prompt_at(GIBBS, body, 0) == 0
    feelings = body.index("## Feelings")
    assert prompt_at(GIBBS, body, feelings - 1) == 0
    assert prompt_at(GIBBS, body, feelings + 3) == 1
    assert prompt_at(GIBBS, body, len(body)) == len(GIBBS.prompts) - 1
    assert prompt_at(GIBBS, "no headings at all", 5) == 0


def test_heading_position_is_the_line_below_the_heading() -> None:
    body = template_body(GIBBS)
    at = heading_position(body, GIBBS.prompts[1])
    assert at is not None and body[:at].endswith("## Feelings\n")
    written = body.replace("## Feelings\n\n", "## Feelings\nAnxious at first.\n")
    at = heading_position(written, GIBBS.prompts[1])
    assert at is not None and written[at:].startswith("Anxious")
    assert heading_position("nothing here", GIBBS.prompts[0]) is None


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("group, phone", ["group", "phone"]),
        (" group ,, Group,  late   shift ,", ["group", "late shift"]),
        ("", []),
    ],
)
def test_split_words(typed: str, words: list[str]) -> None:
    assert split_words(typed) == words


@pytest.mark.parametrize(
    ("problem", "sentence"),
    [
        (
            "title: is 501 characters long; the most is 500",
            "The title is 501 characters long; the most is 500",
        ),
        ("tags[3]: is 95 characters long; the most is 80", "A tag is 95 characters long; the most is 80"),
        ("emotions: has 51 words; the most is 50", "The list of feeling words has 51 words; the most is 50"),
        ("body: contains a NUL character", "The writing contains a NUL character"),
        ("something odd", "Something odd"),
    ],
)
def test_problem_sentences(problem: str, sentence: str) -> None:
    assert problem_sentence(problem) == sentence
