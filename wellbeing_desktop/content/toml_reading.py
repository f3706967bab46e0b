"""Open one file of a content pack: read it, decode it, parse it, and say where it breaks.

People edit content packs by hand, so a mistake should point at a line, not a traceback: even
TOML syntax errors lead with "file, line N:" like every other content error.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from wellbeing_desktop.content.source import ContentError, ContentErrors, Source, header_lines
from wellbeing_desktop.content.toml_table import Table
from wellbeing_desktop.i18n import fill

# tomllib ends its messages with "(at line 3, column 5)" or "(at end of document)".
_TOML_PLACE = re.compile(
    r"^(?P<problem>.*?) \((?:at line (?P<line>\d+), column (?P<column>\d+)|at end of document)\)$"
)


def open_file(folder: Path, name: str) -> Table:
    """Parse one file of a pack and return its top level as a located table."""
    try:
        raw = (folder / name).read_bytes()
    except FileNotFoundError:
        missing = ContentErrors.tr("%1 is missing from the content pack in %2.")
        raise ContentError(fill(missing, name, str(folder)), file=name) from None
    except OSError as error:
        unreadable = ContentErrors.tr("%1 could not be read: %2.")
        raise ContentError(fill(unreadable, name, error.strerror or ""), file=name) from None
    return parse_file(name, raw)


def parse_file(name: str, raw: bytes) -> Table:
    """Parse one file's bytes (read from a folder, or from a zip in memory) into a located table."""
    try:
        text = raw.decode("utf-8-sig")  # some editors on Windows start UTF-8 files with a BOM
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        not_text = ContentErrors.tr("%1, line %2: this is not UTF-8 text; save the file as UTF-8.")
        raise ContentError(fill(not_text, name, str(line)), file=name, line=line) from None
    lines = tuple(text.split("\n"))  # TOML counts lines by "\n" only, as tomllib does
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _syntax_error(name, lines, str(error)) from None
    source = Source(name=name, lines=lines, headers=header_lines(lines))
    this_file = ContentErrors.tr("this file")
    return Table(source=source, data=data, path="", label=this_file, line=1, end=len(lines))


def _syntax_error(name: str, lines: tuple[str, ...], message: str) -> ContentError:
    """Lead with the file and line, like every other content error, and keep tomllib's own words."""
    match = _TOML_PLACE.match(message)
    if match is None:
        return ContentError(fill(ContentErrors.tr("%1 is not valid TOML: %2."), name, message), file=name)
    problem = match["problem"]
    problem = problem[:1].lower() + problem[1:]
    if match["line"] is None:
        line = _last_written_line(lines)
        where = ContentErrors.tr("at the end of the file")
    else:
        line = int(match["line"])
        where = ContentErrors.tr("column %1").replace("%1", match["column"])
    not_toml = ContentErrors.tr("%1, line %2: this is not valid TOML (%3, %4).")
    return ContentError(fill(not_toml, name, str(line), problem, where), file=name, line=line)


def _last_written_line(lines: tuple[str, ...]) -> int:
    for number in range(len(lines), 0, -1):
        if lines[number - 1].strip():
            return number
    return 1
