"""Every word in the built-in pack keeps CONTENT-GUIDE.md: safe language, nothing clinical or judging."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest

from wellbeing_desktop.content import FILES, builtin_folder, load_builtin

# Each pattern contradicts the guide; the reason is what a failure prints.
FORBIDDEN: list[tuple[str, re.Pattern[str]]] = [
    ("say 'died by suicide' or 'took their own life'", re.compile(r"\bcommit\w*\s+suicide", re.I)),
    (
        "no 'successful' or 'failed' attempts",
        re.compile(r"\b(successful|unsuccessful|failed)\s+attempt", re.I),
    ),
    (
        "no method details",
        re.compile(r"\b(overdos\w*|ligatures?|hanged|noose|poison\w*|pills?|tablets?)\b", re.I),
    ),
    ("the plan is not WRAP (a registered trademark)", re.compile(r"\bWRAP\b|Wellness Recovery Action")),
    ("do not copy the Stanley–Brown form", re.compile(r"Stanley", re.I)),
    (
        "no streaks, badges or scores",
        re.compile(r"\b(streaks?|badges?|scores?|scoring|points earned)\b", re.I),
    ),
    ("never judging", re.compile(r"\b(failed|failure|fail|should have|must)\b", re.I)),
    (
        "no medical claims",
        re.compile(r"diagnos|\bsymptoms?\b|\bdisorders?\b|\btreatments?\b|\bcures?\b", re.I),
    ),
    ("no risk scoring", re.compile(r"\b(risk level|high risk|low risk)\b", re.I)),
    ("no embedded questionnaires", re.compile(r"ProQOL|WEMWBS|PHQ|GAD-7", re.I)),
    ("no placeholder text", re.compile(r"\b(lorem|ipsum|TODO|TBD|FIXME)\b|xxx", re.I)),
]


def strings(value: object) -> Iterator[str]:
    """Every string a content pack holds, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from strings(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from strings(item)


def breaches(text: str) -> list[str]:
    return [f"{reason}: {text!r}" for reason, pattern in FORBIDDEN if pattern.search(text)]


def test_every_string_shown_keeps_the_guide() -> None:
    found = [b for text in strings(load_builtin()) for b in breaches(text)]
    assert found == []


@pytest.mark.parametrize("name", FILES)
def test_every_line_of_every_file_keeps_the_guide(name: str) -> None:
    """Comments too: pack authors read them, and copy their wording."""
    text = (builtin_folder() / name).read_text(encoding="utf-8")
    found = [b for line in text.splitlines() for b in breaches(line)]
    assert found == []


def test_the_pack_has_plenty_of_words_to_check() -> None:
    assert sum(1 for _ in strings(load_builtin())) > 200


@pytest.mark.parametrize(
    "text",
    [
        "He committed suicide last year.",
        "Ways to commit suicide",
        "Start your WRAP today",
        "Keep your streak going!",
        "You failed to write yesterday.",
        "Lorem ipsum dolor",
        "This may help you diagnose burnout.",
        "Your wellbeing score is 12.",
    ],
)
def test_the_check_catches_what_the_guide_forbids(text: str) -> None:
    assert breaches(text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone told you they are thinking of suicide.",
        "Her brother died by suicide.",
        "Wrap up warm before the walk home.",
        "Notice one thing that went well today.",
    ],
)
def test_the_check_leaves_kind_plain_words_alone(text: str) -> None:
    assert breaches(text) == []


def test_strings_are_tidy() -> None:
    """No stray spaces or doubled spaces a reader would trip over."""
    for text in strings(load_builtin()):
        assert text == text.strip(), repr(text)
        assert "  " not in text, repr(text)
