"""Day One's JSON export: time zones, titles, photos left out, and an entry edited since replacing its
earlier import by the newer edit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.services.journal_samples import DAYONE, LONDON, contents
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services.journal_import import import_journal, preview, read_journal
from wellbeing_desktop.services.journal_import.journal import record_id
from wellbeing_desktop.vault import Vault


def sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DAYONE.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_each_entry_keeps_the_time_zone_day_one_recorded() -> None:
    journal = read_journal("dayone", DAYONE, LONDON)
    london, toronto, evening = journal.entries
    assert london.created_at.isoformat() == "2026-03-10T17:45:00+00:00"
    assert london.updated_at.isoformat() == "2026-03-10T18:02:11+00:00"
    assert toronto.created_at.isoformat() == "2026-03-14T04:30:00-04:00"  # summer time there already
    assert evening.updated_at == evening.created_at  # no modifiedDate: never edited


def test_a_heading_first_line_is_the_title_and_day_ones_backslashes_go() -> None:
    london, toronto, evening = read_journal("dayone", DAYONE, LONDON).entries
    assert london.title == "After a hard call"
    assert london.body.startswith("A caller talked about wanting to end their life. I stayed")
    assert "No names here - just how it sat with me." in london.body
    assert toronto.title == "" and toronto.body.startswith("Conference day in Toronto! The peer-support")
    assert "dayone-moment" not in toronto.body and "\n\n\n" not in toronto.body
    assert toronto.tags == ["training", "starred"]
    assert evening.body == "A tired evening. Didn't write much — just: today was enough."


def test_ids_come_from_day_ones_own_uuid() -> None:
    first = read_journal("dayone", DAYONE, LONDON).entries[0]
    assert first.id == record_id("dayone", "5D1C7F0E4B2A4C7E9A3B6D8F1E2C4A6B")
    assert first.id != record_id("jrnl", "5D1C7F0E4B2A4C7E9A3B6D8F1E2C4A6B")


def test_the_preview_counts_entries_photos_and_the_entry_with_only_a_photo(vault: Vault) -> None:
    seen = preview(vault, read_journal("dayone", DAYONE, LONDON))
    assert (seen.entries_new, seen.skipped, seen.first, seen.last) == (
        3,
        1,
        *_days("2026-03-10", "2026-03-20"),
    )
    lines = seen.lines()
    assert "Importing adds 3 new diary entries." in lines
    assert "2 photos or recordings are not brought: only the words are." in lines


def _days(first: str, last: str) -> tuple[object, object]:
    from datetime import date

    return date.fromisoformat(first), date.fromisoformat(last)


def test_re_import_adds_nothing_and_an_entry_edited_since_is_updated(tmp_path: Path, vault: Vault) -> None:
    import_journal(vault, read_journal("dayone", DAYONE, LONDON))
    unchanged = import_journal(vault, read_journal("dayone", DAYONE, LONDON))
    assert (unchanged.entries_added, unchanged.entries_updated, unchanged.entries_unchanged) == (0, 0, 3)
    data = sample()
    data["entries"][2]["text"] += "\n\nLater: slept well, felt better."
    data["entries"][2]["modifiedDate"] = "2026-03-21T07:00:00Z"
    edited = read_journal("dayone", write(tmp_path, data), LONDON)
    assert preview(vault, edited).entries_updated == 1
    assert import_journal(vault, edited).entries_updated == 1
    stored = vault.entries.get(edited.entries[2].id)
    assert stored is not None and stored.body.endswith("felt better.")
    assert vault.entries.count() == 3


def test_an_unknown_time_zone_and_a_repeated_uuid_are_named_and_nothing_is_written(
    tmp_path: Path, vault: Vault
) -> None:
    data = sample()
    data["entries"][1]["timeZone"] = "Europe/Atlantis"
    data["entries"][3]["uuid"] = data["entries"][0]["uuid"]
    before = contents(vault)
    with pytest.raises(ValidationError) as caught:
        read_journal("dayone", write(tmp_path, data), LONDON)
    assert caught.value.problems == [
        "entries[1].timeZone: 'Europe/Atlantis' is not a time zone this computer knows",
        "entries[3].uuid: 5D1C7F0E4B2A4C7E9A3B6D8F1E2C4A6B appears twice (first at entries[0])",
    ]
    assert contents(vault) == before


def test_a_bad_creation_date_is_named(tmp_path: Path) -> None:
    data = sample()
    data["entries"][2]["creationDate"] = "yesterday"
    with pytest.raises(ValidationError, match=r"entries\[2\]\.creationDate: 'yesterday' is not a time"):
        read_journal("dayone", write(tmp_path, data), LONDON)


def test_an_entry_without_a_zone_is_shown_in_the_zone_given(tmp_path: Path) -> None:
    data = sample()
    del data["entries"][2]["timeZone"]
    journal = read_journal("dayone", write(tmp_path, data), LONDON)
    assert journal.entries[2].created_at.isoformat() == "2026-03-20T21:10:00+00:00"
    assert (
        "1 entry has no time zone, so it is shown in this computer's time (Europe/London)." in journal.notes
    )
