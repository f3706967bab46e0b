"""A content file's lines, and how to find a table's header or a key's line in them.

tomllib returns plain dicts without positions, so every error that should name a line finds it
again here by scanning the text. The patterns are deliberately simple; when they miss (inline
tables, quoted dotted keys) callers fall back to the enclosing table's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.i18n import Context, fill

# A pack's refusals, in the person's language in the app (English on the command line); the file's name,
# line numbers, keys and TOML names stay as they are written.
ContentErrors = Context("ContentErrors")

_ANY_HEADER = re.compile(r"""^\s*\[\[?\s*[\w"'.\- ]+\]\]?\s*(?:#.*)?$""")


class ContentError(WellbeingError):
    """A content pack file is broken; `file` and `line` (when known) say where to look."""

    def __init__(self, message: str, *, file: str, line: int | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.line = line


@dataclass(frozen=True)
class Source:
    """One file's name, its lines, and the line numbers of its table headers."""

    name: str
    lines: tuple[str, ...]
    headers: tuple[int, ...]

    def error(self, line: int, problem: str) -> ContentError:
        where = fill(ContentErrors.tr("%1, line %2: %3"), self.name, str(line), problem)
        return ContentError(where, file=self.name, line=line)

    def matching(self, pattern: re.Pattern[str], first: int, last: int) -> list[int]:
        return [n for n in range(first, last + 1) if pattern.match(self.lines[n - 1])]


def header_lines(lines: Iterable[str]) -> tuple[int, ...]:
    """The 1-based numbers of every `[table]` or `[[table]]` header line, where a table's own keys stop."""
    return tuple(number for number, text in enumerate(lines, start=1) if _ANY_HEADER.match(text))


def key_pattern(name: str) -> re.Pattern[str]:
    quoted = re.escape(name)
    return re.compile(rf"""^\s*(?:{quoted}|"{quoted}"|'{quoted}')\s*=""")


def header_pattern(path: str, *, array: bool) -> re.Pattern[str]:
    dotted = r"\s*\.\s*".join(re.escape(part) for part in path.split("."))
    if array:
        return re.compile(rf"^\s*\[\[\s*{dotted}\s*\]\]")
    return re.compile(rf"^\s*\[\s*{dotted}\s*\](?!\])")
