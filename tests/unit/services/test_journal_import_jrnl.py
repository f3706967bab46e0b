"""jrnl's JSON export: read, previewed, imported once; a bad file changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.services.journal_samples import JRNL, LONDON, contents
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.services.journal_import import import_journal, preview, read_journal
from wellbeing_desktop.services.journal_import.preview import summary_sentence
from wellbeing_desktop.vault import Vault


def test_each_entry_keeps_its_title_body_and_tags_without_jrnls_tag_symbol() -> None:
    journal = read_journal("jrnl", JRNL, LONDON)
    assert [e.title for e in journal.entries] == [
        "Tuesday's group session ran long.",
        "A tense phone call.",
        "Café with Zoë after supervision.",
    ]
    assert journal.entries[0].tags == ["group", "self-care"]
    assert journal.entries[1].tags == ["calls", "starred"]  # jrnl's star becomes a tag
    assert "Mañana" in journal.entries[2].body and "🌱" in journal.entries[2].body
    assert journal.skipped == 1  # the entry with nothing written


def test_local_times_are_read_in_the_zone_given_with_summer_time() -> None:
    journal = read_journal("jrnl", JRNL, LONDON)
    assert journal.entries[0].created_at.isoformat() == "2026-03-03T18:40:00+00:00"
    assert journal.entries[2].created_at.isoformat() == "2026-03-29T16:05:00+01:00"  # clocks went forward
    assert any("Europe/London" in note for note in journal.notes)


def test_without_a_zone_this_computers_zone_is_used_and_the_times_keep_an_offset() -> None:
    journal = read_journal("jrnl", JRNL)
    assert all(e.created_at.utcoffset() is not None for e in journal.entries)
    assert journal.entries[0].created_at.strftime("%Y-%m-%d %H:%M") == "2026-03-03 18:40"


def test_the_preview_counts_what_would_be_added_and_writes_nothing(vault: Vault) -> None:
    before = contents(vault)
    seen = preview(vault, read_journal("jrnl", JRNL, LONDON))
    assert (seen.entries_new, seen.entries_already, seen.checkins_new, seen.skipped) == (3, 0, 0, 1)
    assert seen.lines()[:3] == [
        "This jrnl file holds 3 diary entries from 3 March 2026 to 29 March 2026.",
        "Importing adds 3 new diary entries.",
        "1 empty entry is left out.",
    ]
    assert contents(vault) == before


def test_importing_twice_adds_nothing_the_second_time(vault: Vault) -> None:
    first = import_journal(vault, read_journal("jrnl", JRNL, LONDON))
    assert first.entries_added == 3
    after_first = contents(vault)
    again = read_journal("jrnl", JRNL, LONDON)
    assert preview(vault, again).entries_already == 3
    assert not preview(vault, again).changes_anything
    second = import_journal(vault, again)
    assert (second.entries_added, second.entries_unchanged) == (0, 3)
    assert summary_sentence("jrnl", second) == "Nothing new from jrnl; 3 were already in your vault."
    assert contents(vault) == after_first


def test_two_entries_alike_in_date_time_and_title_both_arrive(tmp_path: Path, vault: Vault) -> None:
    twin = {"date": "2026-03-03", "time": "09:00", "title": "Team meeting.", "body": "", "tags": []}
    path = tmp_path / "twins.json"
    path.write_text(json.dumps({"entries": [twin, {**twin, "body": "Second note"}]}), encoding="utf-8")
    assert import_journal(vault, read_journal("jrnl", path, LONDON)).entries_added == 2
    assert import_journal(vault, read_journal("jrnl", path, LONDON)).entries_added == 0


def test_a_bad_entry_is_named_and_nothing_is_written(tmp_path: Path, vault: Vault) -> None:
    data = json.loads(JRNL.read_text(encoding="utf-8"))
    data["entries"][2]["date"] = "2026-02-30"
    data["entries"][1]["tags"] = ["@calls", 7]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = contents(vault)
    with pytest.raises(ValidationError) as caught:
        read_journal("jrnl", path, LONDON)
    assert caught.value.problems == [
        "entries[1].tags[1]: should be text, not a number",
        "entries[2]: '2026-02-30' at '16:05' is not a date like 2024-03-01 and a time like 09:15",
    ]
    assert contents(vault) == before


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "[1, 2]",
            '(the file): should be an object with "entries", not a list, so it is not a jrnl JSON export',
        ),
        ('{"tags": {}}', "entries: is missing, so this is not a jrnl JSON export"),
        ('{"entries": [{"title": "No date"}]}', "entries[0].date: is missing"),
        (
            '{"entries": [{"date": "2026-03-03", "starred": "yes"}]}',
            "entries[0].starred: should be true or false, not text",
        ),
    ],
)
def test_a_file_that_is_not_a_jrnl_export_says_where(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_journal("jrnl", path, LONDON)
    assert caught.value.problems == [problem]


def test_broken_json_and_a_missing_file_are_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"entries": [', encoding="utf-8")
    with pytest.raises(WellbeingError, match=r"is not valid JSON \(line 1, column 14"):
        read_journal("jrnl", path)
    with pytest.raises(WellbeingError, match="There is no file at"):
        read_journal("jrnl", tmp_path / "nowhere.json")
