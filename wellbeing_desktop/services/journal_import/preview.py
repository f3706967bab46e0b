"""What an import would do, said before anything is written; then the import itself.

Both follow our own format's merge rules (services/interchange.py): a new id is added; an entry already
in the vault is replaced only by a newer edit; a check-in already in the vault is kept as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from wellbeing_desktop.i18n import fill, long_date
from wellbeing_desktop.services.interchange import (
    ImportSummary,
    checkin_to_json,
    entry_to_json,
    import_document,
)
from wellbeing_desktop.services.interchange_read import FORMAT, VERSION
from wellbeing_desktop.services.journal_import.journal import NAMES, Journal, JournalImport
from wellbeing_desktop.vault import Vault


def _new_entries(n: int) -> str:
    return JournalImport.tr("%Ln new diary entries", "%Ln new diary entry", n)


def _new_checkins(n: int) -> str:
    return JournalImport.tr("%Ln new check-ins", "%Ln new check-in", n)


def _and(parts: list[str]) -> str:
    """One or two counts: "3 diary entries and 2 check-ins"."""
    return fill(JournalImport.tr("%1 and %2"), *parts) if len(parts) == 2 else parts[0]


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
            return JournalImport.tr(
                "Everything in this file is already in your vault; importing it would change nothing."
            )
        parts = []
        if self.entries_new or not self.checkins_new:
            parts.append(_new_entries(self.entries_new))
        if self.checkins_new:
            parts.append(_new_checkins(self.checkins_new))
        sentence = JournalImport.tr("Importing adds %1.").replace("%1", _and(parts))
        if self.entries_updated:
            updated = JournalImport.tr(
                "%Ln entries changed in %1 since you last imported will be updated.",
                "%Ln entry changed in %1 since you last imported will be updated.",
                self.entries_updated,
            )
            sentence += " " + updated.replace("%1", self.source)
        return sentence

    def lines(self) -> list[str]:
        """The whole preview, a sentence a line: the counts, then what to know about the file."""
        return self.count_lines() + list(self.notes)

    def count_lines(self) -> list[str]:
        """What the file holds and what importing would add."""
        entries = self.entries_new + self.entries_updated + self.entries_already
        checkins = self.checkins_new + self.checkins_already
        found = []
        if entries:
            found.append(JournalImport.tr("%Ln diary entries", "%Ln diary entry", entries))
        if checkins:
            found.append(JournalImport.tr("%Ln check-ins", "%Ln check-in", checkins))
        held = _and(found) if found else JournalImport.tr("nothing to import")
        if self.first and self.last and self.first != self.last:
            holds = fill(
                JournalImport.tr("This %1 file holds %2 from %3 to %4."),
                self.source,
                held,
                long_date(self.first),
                long_date(self.last),
            )
        elif self.first and self.last:
            holds = fill(
                JournalImport.tr("This %1 file holds %2 on %3."), self.source, held, long_date(self.first)
            )
        else:
            holds = fill(JournalImport.tr("This %1 file holds %2."), self.source, held)
        lines = [holds, self.counts()]
        already = self.entries_already + self.checkins_already
        if already and self.changes_anything:
            lines.append(
                JournalImport.tr(
                    "%Ln are already in your vault and will be left as they are.",
                    "%Ln is already in your vault and will be left as they are.",
                    already,
                )
            )
        if self.skipped:
            lines.append(
                JournalImport.tr(
                    "%Ln empty entries are left out.", "%Ln empty entry is left out.", self.skipped
                )
            )
        return lines


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
    brought = []
    if summary.entries_added:
        brought.append(_new_entries(summary.entries_added))
    if summary.checkins_added:
        brought.append(_new_checkins(summary.checkins_added))
    if brought:
        sentence = fill(JournalImport.tr("Brought in %1 from %2"), _and(brought), name)
    else:
        sentence = JournalImport.tr("Nothing new from %1").replace("%1", name)
    if summary.entries_updated:
        updated = JournalImport.tr(
            "%1, and updated %Ln entries", "%1, and updated %Ln entry", summary.entries_updated
        )
        sentence = updated.replace("%1", sentence)
    already = summary.entries_unchanged + summary.checkins_unchanged
    if already:
        were = JournalImport.tr(
            "%1; %Ln were already in your vault", "%1; %Ln was already in your vault", already
        )
        sentence = were.replace("%1", sentence)
    return sentence + "."
