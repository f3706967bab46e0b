"""Only entries flagged for supervision are read for supervision mode."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.domain.rules import new_id
from wellbeing_desktop.services.flagged_entries import flagged_entries
from wellbeing_desktop.vault import Vault

AT = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def _entry(title: str, flagged: bool, days: int) -> Entry:
    at = AT + timedelta(days=days)
    return Entry(new_id(), at, at, title=title, body=f"{title} body", for_supervision=flagged)


def test_only_flagged_entries_oldest_first(vault: Vault) -> None:
    with vault.transaction():
        vault.entries.save(_entry("later flagged", True, 3))
        vault.entries.save(_entry("private", False, 2))
        vault.entries.save(_entry("first flagged", True, 1))
    assert [e.title for e in flagged_entries(vault)] == ["first flagged", "later flagged"]


def test_no_flagged_entries(vault: Vault) -> None:
    with vault.transaction():
        vault.entries.save(_entry("private", False, 0))
    assert flagged_entries(vault) == []
