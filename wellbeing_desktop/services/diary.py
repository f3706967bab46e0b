"""The diary's use cases: start, save, delete and restore entries; list, filter and search them.

Plain Python (no Qt). Each write validates with the domain rules and runs in one transaction; the caller
refreshes from what is returned.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime

from wellbeing_desktop.content.model import ContentPack
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.domain.entry import first_line
from wellbeing_desktop.domain.rules import new_id
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.services import diary_queries as queries
from wellbeing_desktop.services.diary_queries import DiaryFilters
from wellbeing_desktop.services.diary_search import DiaryHit, count_matches, matches
from wellbeing_desktop.services.diary_text import template_body
from wellbeing_desktop.services.mood_queries import entry_marks
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault.entries import EntrySummary

NO_FILTERS = DiaryFilters()


class EntryNotFound(WellbeingError):
    def __init__(self) -> None:
        super().__init__("That entry is no longer in your diary.")


class DiaryService:
    def __init__(self, vault: Vault, now: Callable[[], datetime]) -> None:
        self._vault = vault
        self._now = now

    # -- writing -------------------------------------------------------------------------------------

    def new_entry(self, template_key: str | None = None, content: ContentPack | None = None) -> Entry:
        """A new entry, not yet saved. A template's entry starts with one heading per prompt.

        None or "" is free writing. Raises ValueError for a key no loaded pack defines: a caller offers
        only the templates it was given.
        """
        at = self._now()
        entry = Entry(id=new_id(), created_at=at, updated_at=at)
        if template_key:
            template = content.template(template_key) if content is not None else None
            if template is None:
                raise ValueError(f"no template {template_key!r} in the content pack")
            entry.template = template.key
            entry.body = template_body(template)
        return entry

    def save(self, entry: Entry) -> Entry:
        """Validate and write `entry`; returns it as stored, with updated_at set to now.

        Raises ValidationError (one sentence per broken rule) and writes nothing if a rule is broken.
        """
        saved = dataclasses.replace(
            entry, tags=list(entry.tags), emotions=list(entry.emotions), updated_at=self._now()
        )
        if saved.updated_at < saved.created_at:  # the clock went back: never earlier than written
            saved.updated_at = saved.created_at
        problems = saved.problems()
        if problems:
            raise ValidationError(problems)
        with self._vault.transaction():
            self._vault.entries.save(saved)
        return saved

    def delete(self, entry_id: str) -> Entry:
        """Remove an entry; returns it whole so it can be restored (undo)."""
        with self._vault.transaction():
            entry = self._vault.entries.get(entry_id)
            if entry is None:
                raise EntryNotFound()
            self._vault.entries.delete(entry_id)
        return entry

    def restore(self, entry: Entry) -> None:
        """Put a deleted entry back exactly as it was (same id, times and text)."""
        problems = entry.problems()
        if problems:
            raise ValidationError(problems)
        with self._vault.transaction():
            self._vault.entries.save(entry)

    # -- reading -------------------------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry | None:
        return self._vault.entries.get(entry_id)

    def list_page(
        self, filters: DiaryFilters = NO_FILTERS, limit: int = 200, offset: int = 0
    ) -> list[EntrySummary]:
        """Newest first, without bodies: for a list that loads a page at a time."""
        return queries.page(self._vault.connection, filters, limit, offset)

    def count(self, filters: DiaryFilters = NO_FILTERS, text: str = "") -> int:
        """How many entries the filters (and search words, if any) leave."""
        if text.strip():
            return count_matches(self._vault.connection, text, filters)
        return queries.count(self._vault.connection, filters)

    def search(
        self, text: str, filters: DiaryFilters = NO_FILTERS, limit: int = 50, offset: int = 0
    ) -> list[DiaryHit]:
        """The best matches for what the person typed, with highlighted snippets. EmptySearch if no words."""
        return matches(self._vault.connection, text, filters, limit, offset)

    def rows_before(self, day: date, filters: DiaryFilters = NO_FILTERS) -> int:
        """Where the entries of `day` start in the newest-first list: for jumping to a date."""
        return queries.rows_before(self._vault.connection, filters, day)

    def days_with_entries(self, start: date, end: date) -> list[date]:
        """Days from `start` to `end` with at least one entry, to mark them on a calendar."""
        return entry_marks(self._vault, start, end)

    def on_this_day(self, today: date) -> list[EntrySummary]:
        """Entries written on this month and day in earlier years, newest first (for Today)."""
        return queries.on_this_day(self._vault.connection, today)

    def tags(self) -> list[str]:
        """Every tag used so far, most used first: for completion and the tag filter."""
        return [tag for tag, _ in self._vault.vocabulary.tags()]

    def feeling_words(self, content: ContentPack | None = None) -> list[str]:
        """The person's own feeling words (most used first), then the content pack's, each once."""
        words = [word for word, _ in self._vault.vocabulary.feeling_words()]
        if content is not None:
            words += content.all_feeling_words()
        seen: set[str] = set()
        unique = []
        for word in words:
            if word.casefold() not in seen:
                seen.add(word.casefold())
                unique.append(word)
        return unique

    @staticmethod
    def summary_of(entry: Entry) -> EntrySummary:
        """What the list shows for an entry just saved, without reading it back."""
        return EntrySummary(
            id=entry.id,
            created_at=entry.created_at,
            title=entry.title,
            first_line=first_line(entry.body),
            tags=tuple(entry.tags),
            template=entry.template,
            for_supervision=entry.for_supervision,
        )
