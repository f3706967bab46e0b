"""Bring your journal: import from jrnl, Day One and Daylio (docs/importing.md).

    journal = read_journal("daylio", path)     # the whole file checked; nothing written
    preview(vault, journal).lines()            # what would happen, in plain sentences
    import_journal(vault, journal)             # one transaction, merged by id like our own format

Readers turn each app's export into our entries and check-ins with ids derived from the source's own
records, so importing the same file again adds nothing. The merge is our own format's
(services/interchange.py): the journal goes through it as an in-memory interchange document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from wellbeing_desktop.errors import UsageError
from wellbeing_desktop.services.journal_import import daylio, dayone, jrnl
from wellbeing_desktop.services.journal_import.journal import NAMES, Journal
from wellbeing_desktop.services.journal_import.preview import (
    Preview,
    import_journal,
    preview,
    summary_sentence,
)


@dataclass(frozen=True)
class Source:
    key: str
    name: str
    file_kind: str  # for a file chooser: "JSON" or "CSV"
    suffix: str
    read_file: Callable[[Path, tzinfo | None], Journal]


SOURCES: dict[str, Source] = {
    "jrnl": Source("jrnl", NAMES["jrnl"], "JSON", "json", jrnl.read_file),
    "dayone": Source("dayone", NAMES["dayone"], "JSON", "json", dayone.read_file),
    "daylio": Source("daylio", NAMES["daylio"], "CSV", "csv", daylio.read_file),
}


def read_journal(source: str, path: Path, zone: tzinfo | None = None) -> Journal:
    """Read and check a whole export. `zone` is for times written without one (None: this computer's)."""
    if source not in SOURCES:
        raise UsageError(f"{source!r} is not a journal this app can import ({', '.join(SOURCES)}).")
    return SOURCES[source].read_file(path, zone)


__all__ = [
    "SOURCES",
    "Journal",
    "Preview",
    "Source",
    "import_journal",
    "preview",
    "read_journal",
    "summary_sentence",
]
