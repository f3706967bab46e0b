"""Field rules shared by entries, check-ins and the plan. Each returns a problem sentence or None."""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from wellbeing_desktop.i18n import Context, fill, number

# What is wrong with a field, in the person's language in the app (English on the command line). The
# place before it (`checkins[3].mood`) names the data and stays as it is; so do the values quoted.
DataProblems = Context("DataProblems")

MAX_ENTRY_BODY_BYTES = 1_048_576  # 1 MiB of UTF-8 per entry body
MAX_TITLE_CHARS = 500
MAX_NOTE_CHARS = 20_000
MAX_WORD_CHARS = 80  # a tag or a feeling word
MAX_WORDS = 50  # tags or feeling words on one entry or check-in
MAX_PLAN_ITEM_CHARS = 2_000
MAX_SECTION_TITLE_CHARS = 200

_SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def new_id() -> str:
    return str(uuid.uuid4())


def check_uuid(value: str) -> str | None:
    if not _UUID.fullmatch(value):
        return DataProblems.tr("%1 is not a UUID").replace("%1", repr(value))
    return None


def check_slug(value: str) -> str | None:
    if not _SLUG.fullmatch(value):
        short = DataProblems.tr("%1 is not a short key (lowercase letters, digits and hyphens, at most 40)")
        return short.replace("%1", repr(value))
    return None


def check_scale(value: int, name: str = "value") -> str | None:
    """Mood, stress and energy are whole numbers from 1 to 10."""
    if isinstance(value, bool) or not isinstance(value, int):
        return DataProblems.tr("%1 is not a whole number from 1 to 10").replace("%1", repr(value))
    if not 1 <= value <= 10:
        return DataProblems.tr("%1 is outside 1–10").replace("%1", str(value))
    return None


def check_sleep(value: float) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DataProblems.tr("%1 is not a number of hours").replace("%1", repr(value))
    if not 0 <= value <= 24:
        return DataProblems.tr("%1 is outside 0–24 hours").replace("%1", f"{value:g}")
    return None


def check_aware(value: datetime) -> str | None:
    """Times keep their UTC offset, so a check-in never moves to another day with the time zone."""
    if value.tzinfo is None or value.utcoffset() is None:
        return DataProblems.tr("%1 has no UTC offset").replace("%1", value.isoformat())
    return None


def check_text(value: str, *, max_chars: int | None = None, max_bytes: int | None = None) -> str | None:
    if "\x00" in value:
        return DataProblems.tr("contains a NUL character")
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError:
        return DataProblems.tr("contains a character that is not valid Unicode text")
    if max_chars is not None and len(value) > max_chars:
        too_long = DataProblems.tr("is %1 characters long; the most is %2")
        return fill(too_long, number(len(value)), number(max_chars))
    if max_bytes is not None and size > max_bytes:
        too_big = DataProblems.tr("is %1 bytes long; the most is %2")
        return fill(too_big, number(size), number(max_bytes))
    return None


def check_words(values: list[str]) -> list[tuple[int | None, str]]:
    """Tags and feeling words: short, non-empty, no repeats (ignoring case). Returns (index, problem)."""
    problems: list[tuple[int | None, str]] = []
    if len(values) > MAX_WORDS:
        many = DataProblems.tr("has %1 words; the most is %2")
        problems.append((None, fill(many, str(len(values)), str(MAX_WORDS))))
    seen: set[str] = set()
    for i, word in enumerate(values):
        problem = check_text(word, max_chars=MAX_WORD_CHARS)
        if problem is None and not word.strip():
            problem = DataProblems.tr("is empty")
        elif problem is None and word != word.strip():
            problem = DataProblems.tr("%1 has spaces at its start or end").replace("%1", repr(word))
        elif problem is None and word.casefold() in seen:
            problem = DataProblems.tr("%1 appears twice").replace("%1", repr(word))
        if problem:
            problems.append((i, problem))
        seen.add(word.casefold())
    return problems


class Problems(list[str]):
    """Broken rules collected as 'place: problem', in the order they are found."""

    def add(self, place: str, problem: str | None) -> None:
        if problem:
            self.append(f"{place}: {problem}")

    def add_words(self, name: str, values: list[str]) -> None:
        """Tags or feeling words, each problem at its index (or at the list when there are too many)."""
        for index, problem in check_words(values):
            self.add(name if index is None else f"{name}[{index}]", problem)
