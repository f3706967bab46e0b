"""What an import would do, said before anything is written; then the import itself.

Both follow our own format's merge rules (services/interchange.py): a new id is added; an entry already
in the vault is replaced only by a newer edit; a check-in already in the vault is kept as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from wellbeing_desktop.plural import count_of
from wellbeing_desktop.services.interchange import (
    ImportSummary,
    checkin_to_json,
    entry_to_json,
    import_document,
)
from wellbeing_desktop.services.interchange_read import FORMAT, VERSION
from wellbeing_desktop.services.journal_import.journal import NAMES, Journal
from wellbeing_desktop.vault import Vault


@dataclass(frozen=True)
class Preview:
    source: str  # the app's name, as it writes it
    entries_new: int = 0
    entries_updated: int = 0
    entries_already: int = 0
    checkins_new: int = 0
    checkins_already: int = 0
    skipped: int = 0
    first: date | None = None
    last: date | None = None
    notes: tuple[str, ...] = ()

    @property
    def changes_anything(self) -> bool:
        return bool(self.entries_new or self.entries_updated or self.checkins_new)

    def counts(self) -> str:
        """One sentence: what would be added."""
        if not self.changes_anything:
            return "Everything in this file is already in your vault; importing it would change nothing."
        parts = []
        if self.entries_new or not self.checkins_new:
            parts.append(count_of(self.entries_new, "new diary entry", "new diary entries"))
        if self.checkins_new:
            parts.append(count_of(self.checkins_new, "new check-in", "new check-ins"))
        sentence = "Importing adds " + " and ".join(parts) + "."
        if self.entries_updated:
            changed = count_of(self.entries_updated, "entry", "entries")
            sentence += f" {changed} changed in {self.source} since you last imported will be updated."
        return sentence

    def lines(self) -> list[str]:
        """The whole preview, a sentence a line: the counts, then what to know about the file."""
        return self.count_lines() + list(self.notes)

    def count_lines(self) -> list[str]:
        """What the file holds and what importing would add."""
        found = [
            count_of(n, one, many)
            for n, one, many in (
                (
                    self.entries_new + self.entries_updated + self.entries_already,
                    "diary entry",
                    "diary entries",
                ),
                (self.checkins_new + self.checkins_already, "check-in", "check-ins"),
            )
            if n
        ]
        held = " and ".join(found) if found else "nothing to import"
        span = ""
        if self.first and self.last:
            span = (
                f" on {_day(self.first)}"
                if self.first == self.last
                else f" from {_day(self.first)} to {_day(self.last)}"
            )
        lines = [f"This {self.source} file holds {held}{span}.", self.counts()]
        already = self.entries_already + self.checkins_already
        if already and self.changes_anything:
            lines.append(
                f"{count_of(already, 'is', 'are')} already in your vault and will be left as they are."
            )
        if self.skipped:
            lines.append(f"{count_of(self.skipped, 'empty entry is', 'empty entries are')} left out.")
        return lines


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def preview(vault: Vault, journal: Journal) -> Preview:
    """Counts against what the vault holds now; reads only ids and edit times, writes nothing."""
    with vault.transaction():
        known_entries = vault.entries.updated_times()
        known_checkins = vault.checkins.ids()
    new = updated = already = 0
    for entry in journal.entries:
        previous = known_entries.get(entry.id)
        if previous is None:
            new += 1
        elif entry.updated_at.timestamp() > previous:
            updated += 1
        else:
            already += 1
    checkins_new = sum(c.id not in known_checkins for c in journal.checkins)
    days = [e.created_at.date() for e in journal.entries] + [c.at.date() for c in journal.checkins]
    return Preview(
        source=NAMES[journal.source],
        entries_new=new,
        entries_updated=updated,
        entries_already=already,
        checkins_new=checkins_new,
        checkins_already=len(journal.checkins) - checkins_new,
        skipped=journal.skipped,
        first=min(days, default=None),
        last=max(days, default=None),
        notes=tuple(journal.notes),
    )


def import_journal(vault: Vault, journal: Journal) -> ImportSummary:
    """Merge in one transaction, exactly as our own format is imported; the same file twice adds nothing."""
    return import_document(vault, as_document(journal))


def as_document(journal: Journal) -> dict[str, Any]:
    """The journal as an interchange document (never written to disk)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "entries": [entry_to_json(e) for e in journal.entries],
        "checkins": [checkin_to_json(c) for c in journal.checkins],
    }


def summary_sentence(source: str, summary: ImportSummary) -> str:
    """After an import: what came in, in the words the preview used."""
    name = NAMES.get(source, source)
    brought = [
        count_of(n, one, many)
        for n, one, many in (
            (summary.entries_added, "new diary entry", "new diary entries"),
            (summary.checkins_added, "new check-in", "new check-ins"),
        )
        if n
    ]
    sentence = f"Brought in {' and '.join(brought)} from {name}" if brought else f"Nothing new from {name}"
    if summary.entries_updated:
        sentence += f", and updated {count_of(summary.entries_updated, 'entry', 'entries')}"
    already = summary.entries_unchanged + summary.checkins_unchanged
    if already:
        sentence += f"; {count_of(already, 'was', 'were')} already in your vault"
    return sentence + "."
