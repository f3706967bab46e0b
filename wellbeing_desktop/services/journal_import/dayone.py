"""Day One's JSON export (the Journal.json inside its "JSON" export zip): {"metadata": {...},
"entries": [{"uuid", "creationDate", "modifiedDate", "timeZone", "text", "tags", "starred", ...}]}.

`creationDate` is UTC; `timeZone` (an IANA name such as "Europe/London") gives the offset the person
lived it in. The text is Markdown: a first line written as a heading becomes the title; Day One's
backslashes before punctuation are removed; photos, audio and video are not brought (the preview counts
them). Day One's own `uuid` gives the id, and `modifiedDate` the edit time, so an entry edited in Day One
since the last import replaces the one imported then, by our usual rule (the newer edit wins).
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, fill
from wellbeing_desktop.services.journal_import import json_fields as field
from wellbeing_desktop.services.journal_import.journal import (
    STARRED_TAG,
    Journal,
    JournalImport,
    Problems,
    local,
    read_json,
    record_id,
    split_title,
    words,
    zone_name,
)

WHAT = QT_TRANSLATE_NOOP("JournalImport", "a Day One JSON export")  # translated where it is said
_MEDIA = re.compile(r"!\[[^\]]*\]\(dayone-moment:[^)]*\)")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_BLANK_LINES = re.compile(r"\n{3,}")


def read_file(path: Path, zone: tzinfo | None = None) -> Journal:
    return read(read_json(path, WHAT), zone)


def read(data: Any, zone: tzinfo | None = None) -> Journal:
    """`zone` is for entries without a `timeZone` (None: this computer's zone)."""
    problems = Problems()
    journal = Journal("dayone")
    seen: dict[str, int] = {}
    media = no_zone = 0
    for i, obj in enumerate(field.entry_list(data, problems, WHAT)):
        place = f"entries[{i}]"
        read_entry = _entry(obj, place, problems, zone)
        if read_entry is None:
            continue
        entry, source_id, photos, zoned = read_entry
        media += photos
        no_zone += not zoned
        if source_id in seen:
            twice = JournalImport.tr("%1 appears twice (first at %2)")
            problems.add(f"{place}.uuid", fill(twice, source_id, f"entries[{seen[source_id]}]"))
        seen[source_id] = i
        if entry.title or entry.body:
            journal.entries.append(entry)
        else:
            journal.skipped += 1  # a photo alone, or nothing: nothing to bring
    problems.raise_any()
    journal.notes.append(JournalImport.tr("Times keep the time zone Day One recorded with each entry."))
    if no_zone:
        journal.notes.append(
            JournalImport.tr(
                "%Ln entries have no time zone, so they are shown in this computer's time (%1).",
                "%Ln entry has no time zone, so it is shown in this computer's time (%1).",
                no_zone,
            ).replace("%1", zone_name(zone))
        )
    if media:
        journal.notes.append(
            JournalImport.tr(
                "%Ln photos or recordings are not brought: only the words are.",
                "%Ln photo or recording is not brought: only the words are.",
                media,
            )
        )
    return journal


def _entry(
    obj: Any, place: str, problems: Problems, zone: tzinfo | None
) -> tuple[Entry, str, int, bool] | None:
    """The entry, Day One's id for it, how many photos it had, and whether it named its zone."""
    if not isinstance(obj, dict):
        problems.add(place, JournalImport.tr("should be an object, not %1").replace("%1", field.kind(obj)))
        return None
    before = len(problems.found)
    source_id = field.text(obj, "uuid", place, problems)
    created = _time(obj, "creationDate", place, problems, required=True)
    modified = _time(obj, "modifiedDate", place, problems, required=False)
    zone_text = field.text(obj, "timeZone", place, problems, required=False)
    raw = field.text(obj, "text", place, problems, required=False) or ""
    tags = field.word_list(obj, "tags", place, problems)
    starred = field.flag(obj, "starred", place, problems)
    lived_in: tzinfo | None = zone
    if zone_text:
        try:
            lived_in = ZoneInfo(zone_text)
        except (ZoneInfoNotFoundError, ValueError):
            unknown = JournalImport.tr("%1 is not a time zone this computer knows")
            problems.add(f"{place}.timeZone", unknown.replace("%1", repr(zone_text)))
    if len(problems.found) > before or created is None or source_id is None:
        return None
    created_at = _in_zone(created, lived_in)
    updated_at = _in_zone(modified, lived_in) if modified and modified >= created else created_at
    text, photos = _MEDIA.subn("", raw)
    title, body = _title_and_body(_ESCAPED.sub(r"\1", text))
    title, body = split_title(title, body)
    entry = Entry(
        id=record_id("dayone", source_id),
        created_at=created_at,
        updated_at=updated_at,
        title=title,
        body=body,
        tags=words([*tags, STARRED_TAG] if starred else tags),
    )
    problems.rules(place, entry.problems())
    return entry, source_id, photos, bool(zone_text)


def _time(
    obj: dict[str, Any], key: str, place: str, problems: Problems, *, required: bool
) -> datetime | None:
    value = field.text(obj, key, place, problems, required=required)
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        not_time = JournalImport.tr("%1 is not a time like 2024-03-01T09:15:00Z")
        problems.add(f"{place}.{key}", not_time.replace("%1", repr(value)))
        return None


def _in_zone(value: datetime, zone: tzinfo | None) -> datetime:
    if value.tzinfo is None:  # not what Day One writes, but read like jrnl's times if it happens
        return local(value, zone)
    return value.astimezone() if zone is None else value.astimezone(zone)


def _title_and_body(text: str) -> tuple[str, str]:
    """A first line written as a Markdown heading is the title; everything else is the body."""
    text = _BLANK_LINES.sub("\n\n", text.strip())
    first, _, rest = text.partition("\n")
    if first.startswith("#") and first.lstrip("#").startswith(" "):
        return first.lstrip("#").strip(), rest.strip()
    return "", text
