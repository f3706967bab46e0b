"""Check-ins as CSV: one row each, ISO times with their offset, feeling words joined by ';'.

The column names stay in English whatever the app's language: they are a data format that spreadsheets
and scripts read by name (like the JSON format's keys), not words for a person to read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from wellbeing_desktop.domain import CheckIn

COLUMNS = ["id", "at", "mood", "stress", "energy", "sleep_hours", "emotions", "note"]


def _cell(value: object) -> object:
    return "" if value is None else value


def checkins_csv(checkins: Iterable[CheckIn]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for c in checkins:
        writer.writerow(
            [
                c.id,
                c.at.isoformat(),
                c.mood,
                _cell(c.stress),
                _cell(c.energy),
                _cell(c.sleep_hours),
                ";".join(c.emotions),
                c.note,
            ]
        )
    return out.getvalue()
