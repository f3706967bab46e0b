"""Daylio's CSV export (More ▸ Export entries ▸ CSV): one row per mood entry, with the columns
`full_date,date,weekday,time,mood,activities,note_title,note` (older exports: `year,date,weekday,time,
mood,activities,note`).

Each row becomes a check-in. Daylio's five moods map to our 1–10 mood as MOODS says (the preview says
it too); a mood renamed in Daylio cannot be matched, and the line is named. The note's title and text
become the check-in's note, and the activities a last line of it ("Activities: work, walk"), because
they are things done rather than feelings. Times have no zone: they are read in this computer's zone.
A row is known by its date and time, so re-importing the same export adds nothing.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from wellbeing_desktop.domain import CheckIn
from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, fill, translate
from wellbeing_desktop.services.journal_import.journal import (
    Journal,
    JournalImport,
    Occurrences,
    Problems,
    local,
    read_text,
    record_id,
    zone_name,
)

WHAT = QT_TRANSLATE_NOOP("JournalImport", "a Daylio CSV export")  # translated where it is said
MOODS = {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}  # docs/importing.md explains the choice


def mood_mapping() -> str:
    """How Daylio's five moods become ours, said in the preview (Daylio's mood names are its own)."""
    mapping = ", ".join(f"{k} {v}" for k, v in MOODS.items())
    return JournalImport.tr("Daylio's moods become your 1–10 mood: %1.").replace("%1", mapping)


MOOD_MAPPING = mood_mapping()  # in English, as the command line says it
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?:\s*([ap])\.?\s*m\.?)?", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read_file(path: Path, zone: tzinfo | None = None) -> Journal:
    return read(read_text(path, WHAT), zone)


def read(text: str, zone: tzinfo | None = None) -> Journal:
    """Check every row, then build the check-ins; raises ValidationError naming each line."""
    problems = Problems()
    journal = Journal("daylio")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as error:
        header = []
        problems.add(_line(1), JournalImport.tr("cannot be read as CSV (%1)").replace("%1", str(error)))
    columns = {name: i for i, name in enumerate(header)}
    missing = [name for name in ("time", "mood") if name not in columns]
    if "full_date" not in columns and not {"year", "date"} <= columns.keys():
        missing.insert(0, "full_date")
    if missing:
        no_column = JournalImport.tr("has no %1 column, so this is not %2")
        problems.add(_line(1), fill(no_column, repr(missing[0]), translate("JournalImport", WHAT)))
        problems.raise_any()
    occurrences = Occurrences()
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.add(
                _line(line), JournalImport.tr("cannot be read as CSV (%1)").replace("%1", str(error))
            )
            break
        if not any(cell.strip() for cell in row):
            continue
        checkin = _checkin(row, columns, _line(line), problems, zone, occurrences)
        if checkin is not None:
            journal.checkins.append(checkin)
    problems.raise_any()
    journal.notes.append(mood_mapping())
    journal.notes.append(JournalImport.tr("Activities are kept as the last line of each check-in's note."))
    journal.notes.append(
        JournalImport.tr(
            "Daylio keeps times without a time zone, so they are read as this computer's time (%1)."
        ).replace("%1", zone_name(zone))
    )
    return journal


def _checkin(
    row: list[str],
    columns: dict[str, int],
    place: str,
    problems: Problems,
    zone: tzinfo | None,
    occurrences: Occurrences,
) -> CheckIn | None:
    if len(row) != len(columns):
        fields = JournalImport.tr("has %1 fields; the first line names %2")
        problems.add(place, fill(fields, str(len(row)), str(len(columns))))
        return None

    def cell(name: str) -> str:
        return row[columns[name]].strip() if name in columns else ""

    before = len(problems.found)
    day = _day(cell("full_date"), cell("year"), cell("date"), place, problems)
    at_time = _time(cell("time"), place, problems)
    mood_name = cell("mood")
    mood = MOODS.get(mood_name.lower())
    if mood is None:
        problems.add(
            place,
            JournalImport.tr(
                "mood %1 is not one of Daylio's five moods (rad, good, meh, bad, awful); "
                "a mood renamed in Daylio cannot be matched"
            ).replace("%1", repr(mood_name)),
        )
    if len(problems.found) > before or day is None or at_time is None or mood is None:
        return None
    activities = [a.strip() for a in cell("activities").split("|") if a.strip()]
    parts = [_BREAK.sub("\n", cell("note_title")), _BREAK.sub("\n", cell("note"))]
    if activities:
        parts.append("Activities: " + ", ".join(activities))
    checkin = CheckIn(
        id=record_id("daylio", occurrences.key(f"{day.isoformat()} {at_time:%H:%M}")),
        at=local(datetime.combine(day, at_time), zone),
        mood=mood,
        note="\n\n".join(part.strip() for part in parts if part.strip()),
    )
    problems.rules(place, checkin.problems())
    return checkin


def _day(full_date: str, year: str, day_month: str, place: str, problems: Problems) -> date | None:
    try:
        if full_date:
            return date.fromisoformat(full_date)
        return datetime.strptime(f"{day_month} {year}", "%d %B %Y").date()
    except ValueError:
        shown = full_date or f"{day_month} {year}".strip()
        problems.add(place, JournalImport.tr("%1 is not a date like 2024-03-01").replace("%1", repr(shown)))
        return None


def _time(text: str, place: str, problems: Problems) -> time | None:
    match = _TIME.fullmatch(text)
    if match:
        hour, minute, half = int(match[1]), int(match[2]), (match[3] or "").lower()
        if half:
            hour = hour % 12 + (12 if half == "p" else 0)
        if hour < 24 and minute < 60 and (not half or 1 <= int(match[1]) <= 12):
            return time(hour, minute)
    problems.add(place, JournalImport.tr("%1 is not a time like 9:15 pm or 21:15").replace("%1", repr(text)))
    return None


def _line(number: int) -> str:
    """A row's place: the CSV file's line, as a text editor counts it."""
    return JournalImport.tr("line %1").replace("%1", str(number))
