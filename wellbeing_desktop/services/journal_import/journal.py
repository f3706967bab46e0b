"""What a reader makes of another app's export: our own entries and check-ins, ready to merge.

Shared by the jrnl, Day One and Daylio readers: the file is read with the same limits as our own
format, ids are derived from the source's own ids (so the same file twice adds nothing), times keep a
UTC offset, and every problem names its place (`entries[3].date: ...`, `line 7: ...`).
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from wellbeing_desktop.domain import CheckIn, Entry, rules
from wellbeing_desktop.errors import ServiceErrors, ValidationError, WellbeingError
from wellbeing_desktop.i18n import Context, fill, translate
from wellbeing_desktop.services.interchange_read import MAX_PROBLEMS, read_import_bytes

# Never change: every id an import has ever made is uuid5 of this and the source's own record.
NAMESPACE = uuid.UUID("1c98aa14-bf9a-4298-8149-fab963aa7ccf")
STARRED_TAG = "starred"
JournalImport = Context("JournalImport")  # the preview's and the readers' words
NAMES = {"jrnl": "jrnl", "dayone": "Day One", "daylio": "Daylio"}  # as each app writes its own name


@dataclass
class Journal:
    """A whole file, checked: what would be imported, and what the preview should say about it."""

    source: str  # "jrnl", "dayone" or "daylio"
    entries: list[Entry] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    skipped: int = 0  # empty records: nothing to bring
    notes: list[str] = field(default_factory=list)  # plain sentences for the preview


def record_id(source: str, identity: str) -> str:
    """The same record of the same app always gets the same id."""
    return str(uuid.uuid5(NAMESPACE, f"{source}:{identity}"))


class Occurrences:
    """Counts identities seen so far, so two records that look alike still get different ids."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def key(self, identity: str) -> str:
        n = self._seen.get(identity, 0) + 1
        self._seen[identity] = n
        return identity if n == 1 else f"{identity}#{n}"


def local(naive: datetime, zone: tzinfo | None) -> datetime:
    """A time written without a zone, read in `zone` (None: this computer's zone on that date)."""
    return naive.astimezone() if zone is None else naive.replace(tzinfo=zone)


def zone_name(zone: tzinfo | None) -> str:
    """How the preview names the zone that times without one are read in."""
    if zone is not None:
        return str(getattr(zone, "key", None) or zone.tzname(None) or zone)
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = str(Path("/etc/localtime").resolve())
        except OSError:
            target = ""
        name = target.partition("zoneinfo/")[2]
    return name or datetime.now().astimezone().tzname() or JournalImport.tr("local time")


def words(values: list[str]) -> list[str]:
    """Tags as our rules keep them: trimmed, no tag symbol, each once (ignoring case), in order."""
    kept: list[str] = []
    seen: set[str] = set()
    for value in values:
        word = " ".join(value.strip().lstrip("@#").split())
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            kept.append(word)
    return kept


def split_title(title: str, body: str) -> tuple[str, str]:
    """A title too long for ours starts the body instead, so nothing is cut."""
    if len(title) > rules.MAX_TITLE_CHARS:
        return "", f"{title} {body}".strip()
    return title, body


class Problems:
    """Problems with their places; a reader raises them all at once, or stops early when there are many."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def add(self, place: str, problem: str) -> None:
        self._push(f"{place}: {problem}")

    def rules(self, place: str, broken: list[str]) -> None:
        """The domain's own checks ('mood: 11 is outside 1–10'), placed in the file."""
        for problem in broken:
            self._push(f"{place}.{problem}")

    def _push(self, text: str) -> None:
        self.found.append(text)
        if len(self.found) >= MAX_PROBLEMS:
            raise ValidationError(self.found)

    def raise_any(self) -> None:
        if self.found:
            raise ValidationError(self.found)


def read_json(path: Path, what: str) -> object:
    """A JSON export parsed, or one sentence saying why it cannot be."""
    text = read_text(path, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        not_json = ServiceErrors.tr("%1 is not valid JSON (line %2, column %3: %4), so it is not %5.")
        where = (str(path), str(error.lineno), str(error.colno), error.msg, translate("JournalImport", what))
        raise WellbeingError(fill(not_json, *where)) from None
    except (ValueError, RecursionError):
        not_it = ServiceErrors.tr("%1 is not %2.")
        raise WellbeingError(fill(not_it, str(path), translate("JournalImport", what))) from None


def read_text(path: Path, what: str) -> str:
    """The file as text, every way it can fail said in one sentence."""
    raw = read_import_bytes(path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        not_text = ServiceErrors.tr("%1 is not UTF-8 text, so it is not %2.")
        raise WellbeingError(fill(not_text, str(path), translate("JournalImport", what))) from None
