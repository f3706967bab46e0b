"""The learning log: what I learned from training or experience, how my practice changed, and the
diary entries it grew out of (named by title and date only; the diary's words stay in the diary).

    service = LearningLogService(vault, clock.now)
    record = service.add(date(2026, 11, 3), "training", "Listening course",
                         learned="...", practice_change="...", entry_ids=[entry.id])
    service.linked_entries(record)        # [LinkedEntry(id, title, written_at)]
    removed = service.delete(record.id)   # returned whole for undo
    service.restore(removed)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.development import LearningKind, LearningRecord
from wellbeing_desktop.errors import ServiceErrors, ValidationError, WellbeingError
from wellbeing_desktop.vault import Vault

MAX_CHOICES = 2_000


@dataclass(frozen=True)
class LinkedEntry:
    """A diary entry as the learning log names it: its title (may be "") and when it was written."""

    id: str
    title: str
    written_at: datetime


class LearningLogService:
    def __init__(self, vault: Vault, now: Callable[[], datetime]) -> None:
        self._vault = vault
        self._now = now

    def records(self) -> list[LearningRecord]:
        """Every record, the most recent first."""
        return self._vault.learning_log.all()

    def get(self, record_id: str) -> LearningRecord:
        record = self._vault.learning_log.get(record_id)
        if record is None:
            raise WellbeingError(
                ServiceErrors.tr("That part of your learning log is no longer in your vault.")
            )
        return record

    def add(
        self,
        happened_on: date,
        kind: LearningKind,
        title: str,
        *,
        learned: str = "",
        practice_change: str = "",
        entry_ids: Iterable[str] = (),
    ) -> LearningRecord:
        now = self._now()
        record = LearningRecord(
            id=rules.new_id(),
            happened_on=happened_on,
            kind=kind,
            title=title.strip(),
            created_at=now,
            updated_at=now,
            learned=learned.strip(),
            practice_change=practice_change.strip(),
            entry_ids=list(dict.fromkeys(entry_ids)),
        )
        with self._vault.transaction():
            self._vault.learning_log.save(_checked(record))
            return self.get(record.id)

    def update(
        self,
        record_id: str,
        *,
        happened_on: date,
        kind: LearningKind,
        title: str,
        learned: str,
        practice_change: str,
        entry_ids: Iterable[str],
    ) -> LearningRecord:
        with self._vault.transaction():
            record = self.get(record_id)
            record.happened_on, record.kind, record.title = happened_on, kind, title.strip()
            record.learned, record.practice_change = learned.strip(), practice_change.strip()
            record.entry_ids = list(dict.fromkeys(entry_ids))
            record.updated_at = self._now()
            self._vault.learning_log.save(_checked(record))
            return self.get(record_id)

    def delete(self, record_id: str) -> LearningRecord:
        """Remove a record (the diary entries stay); returns it whole, so undo can put it back."""
        with self._vault.transaction():
            record = self.get(record_id)
            self._vault.learning_log.delete(record_id)
        return record

    def restore(self, record: LearningRecord) -> LearningRecord:
        """Put back a record removed a moment ago; links to entries deleted since are left out."""
        with self._vault.transaction():
            self._vault.learning_log.save(_checked(record))
            return self.get(record.id)

    def linked_entries(self, record: LearningRecord) -> list[LinkedEntry]:
        """The record's entries still in the vault, oldest first, by title and date only."""
        found = self._vault.learning_log.entry_titles(record.entry_ids)
        linked = [LinkedEntry(i, *found[i]) for i in record.entry_ids if i in found]
        return sorted(linked, key=lambda e: e.written_at)

    def entry_choices(self) -> list[LinkedEntry]:
        """Diary entries to link, newest first: titles and dates, never the writing itself."""
        return [LinkedEntry(s.id, s.title, s.created_at) for s in self._vault.entries.recent(MAX_CHOICES)]


def _checked(record: LearningRecord) -> LearningRecord:
    if problems := record.problems():
        raise ValidationError(problems)
    return record
