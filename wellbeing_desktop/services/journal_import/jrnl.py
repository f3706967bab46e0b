"""jrnl's JSON export (`jrnl --export json`): {"tags": {...}, "entries": [{"date", "time", "title",
"body", "tags", "starred"}]}.

jrnl writes local times without a zone, so they are read in this computer's zone (the preview says
which). jrnl has no ids of its own (except for Day One journals, whose "uuid" is used), so an entry is
known by its date, time and title: re-importing the same export adds nothing, and an entry edited in
jrnl since stays as it was first imported.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, fill
from wellbeing_desktop.services.journal_import import json_fields as field
from wellbeing_desktop.services.journal_import.journal import (
    STARRED_TAG,
    Journal,
    JournalImport,
    Occurrences,
    Problems,
    local,
    read_json,
    record_id,
    split_title,
    words,
    zone_name,
)

WHAT = QT_TRANSLATE_NOOP("JournalImport", "a jrnl JSON export")  # translated where it is said


def read_file(path: Path, zone: tzinfo | None = None) -> Journal:
    return read(read_json(path, WHAT), zone)


def read(data: Any, zone: tzinfo | None = None) -> Journal:
    """Check every entry, then build them all; raises ValidationError naming each place."""
    problems = Problems()
    journal = Journal("jrnl")
    occurrences = Occurrences()
    for i, obj in enumerate(field.entry_list(data, problems, WHAT)):
        entry = _entry(obj, f"entries[{i}]", problems, zone, occurrences)
        if entry is None:
            continue
        if entry.title or entry.body:
            journal.entries.append(entry)
        else:
            journal.skipped += 1  # nothing written: nothing to bring
    problems.raise_any()
    journal.notes.append(
        JournalImport.tr(
            "jrnl keeps times without a time zone, so they are read as this computer's time (%1)."
        ).replace("%1", zone_name(zone))
    )
    return journal


def _entry(
    obj: Any, place: str, problems: Problems, zone: tzinfo | None, occurrences: Occurrences
) -> Entry | None:
    if not isinstance(obj, dict):
        problems.add(place, JournalImport.tr("should be an object, not %1").replace("%1", field.kind(obj)))
        return None
    before = len(problems.found)
    day = field.text(obj, "date", place, problems)
    clock = field.text(obj, "time", place, problems, required=False) or "00:00"
    title = field.text(obj, "title", place, problems, required=False) or ""
    body = field.text(obj, "body", place, problems, required=False) or ""
    tags = field.word_list(obj, "tags", place, problems)
    starred = field.flag(obj, "starred", place, problems)
    source_id = field.text(obj, "uuid", place, problems, required=False)
    when = None
    if day is not None:
        try:
            when = datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M")
        except ValueError:
            not_when = JournalImport.tr("%1 at %2 is not a date like 2024-03-01 and a time like 09:15")
            problems.add(place, fill(not_when, repr(day), repr(clock)))
    if len(problems.found) > before or when is None:
        return None
    at = local(when, zone)
    title, body = split_title(title.strip(), body.strip())
    identity = source_id or occurrences.key(f"{day} {clock} {title}")
    entry = Entry(
        id=record_id("jrnl", identity),
        created_at=at,
        updated_at=at,
        title=title,
        body=body,
        tags=words([*tags, STARRED_TAG] if starred else tags),
    )
    problems.rules(place, entry.problems())
    return entry
