"""The small text rules of diary writing: a template's skeleton, whether anything was written yet,
comma-separated words, and a broken rule put as a sentence a person can act on."""

from __future__ import annotations

import re

from wellbeing_desktop.content.model import Prompt, Template
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.domain.entry import is_heading

_PLACE = re.compile(r"^(?P<field>[a-z_]+)(?:\[(?P<index>\d+)\])?: (?P<problem>.+)$", re.DOTALL)
_FIELD_WORDS = {
    "title": "The title",
    "body": "The writing",
    "tags": "A tag",
    "emotions": "A feeling word",
    "mood": "The mood",
}
_LIST_WORDS = {"tags": "The list of tags", "emotions": "The list of feeling words"}


def template_body(template: Template) -> str:
    """One Markdown heading per prompt, so the structure survives export and reads well rendered."""
    return "".join(f"## {prompt.heading}\n\n" for prompt in template.prompts)


def prompt_at(template: Template, body: str, position: int) -> int:
    """The index of the prompt whose heading is the last one at or before `position` in `body`.

    Headings are matched by text, in order, so a person who reorders or deletes one is not confused with
    another; before the first heading the first prompt applies.
    """
    current = 0
    offset = 0
    for line in body.splitlines(keepends=True):
        if offset > position:
            break
        text = line.strip()
        for index, prompt in enumerate(template.prompts):
            if is_heading(text) and text.lstrip("#").strip() == prompt.heading:
                current = index
                break
        offset += len(line)
    return current


def heading_position(body: str, prompt: Prompt) -> int | None:
    """Where writing under `prompt`'s heading starts (the start of the line below it), or None if the
    heading is gone."""
    offset = 0
    for line in body.splitlines(keepends=True):
        offset += len(line)
        if is_heading(line) and line.strip().lstrip("#").strip() == prompt.heading:
            return offset
    return None


def has_writing(entry: Entry) -> bool:
    """True once the person has put something of their own in an entry: a template's bare headings or an
    untouched new entry are not worth a row in the diary."""
    body = any(line.strip() and not is_heading(line.strip()) for line in entry.body.splitlines())
    return bool(
        entry.title.strip()
        or body
        or entry.tags
        or entry.emotions
        or entry.mood is not None
        or entry.for_supervision
    )


def split_words(text: str) -> list[str]:
    """Comma-separated tags or feeling words: trimmed, blanks dropped, each once (ignoring case)."""
    words: list[str] = []
    seen: set[str] = set()
    for part in text.split(","):
        word = " ".join(part.split())
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            words.append(word)
    return words


def join_words(words: list[str]) -> str:
    return ", ".join(words)


def problem_sentence(problem: str) -> str:
    """Domain rules speak in fields ('tags[2]: is 95 characters long; ...'); a person reads
    'A tag is 95 characters long; ...'."""
    match = _PLACE.match(problem)
    if match is None:
        return problem[:1].upper() + problem[1:]
    field, index, rest = match["field"], match["index"], match["problem"]
    subject = _LIST_WORDS.get(field) if index is None else None
    subject = subject or _FIELD_WORDS.get(field) or field.replace("_", " ").capitalize()
    return f"{subject} {rest}"
