"""Daylio's CSV export: five moods mapped to our 1–10 scale and said so, notes and activities kept,
lines named when something is wrong, and the same file twice adding nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.services.journal_samples import DAYLIO, LONDON, contents
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services.journal_import import import_journal, preview, read_journal
from wellbeing_desktop.services.journal_import.daylio import MOOD_MAPPING, MOODS
from wellbeing_desktop.services.journal_import.preview import summary_sentence
from wellbeing_desktop.vault import Vault

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "daylio_export.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_five_moods_map_explicitly_and_the_preview_says_so(vault: Vault) -> None:
    assert MOODS == {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}
    journal = read_journal("daylio", DAYLIO, LONDON)
    assert [c.mood for c in journal.checkins] == [9, 5, 3, 7, 1, 7]
    lines = preview(vault, journal).lines()
    assert MOOD_MAPPING == "Daylio's moods become your 1–10 mood: rad 9, good 7, meh 5, bad 3, awful 1."
    assert MOOD_MAPPING in lines
    assert lines[:2] == [
        "This Daylio file holds 6 check-ins from 23 March 2026 to 29 March 2026.",
        "Importing adds 6 new check-ins.",
    ]


def test_note_title_note_and_activities_become_the_check_in_note() -> None:
    sunday, friday, thursday, *_, monday = read_journal("daylio", DAYLIO, LONDON).checkins
    assert sunday.note == (
        "Sunday with my sister\n\nLong walk, proper lunch, no work emails. Felt like myself.\n\n"
        "Activities: friends, walk, good sleep"
    )
    assert friday.note == "Activities: work, tired"
    assert "reception.\nI'm okay" in thursday.note  # Daylio's <br> is a line break
    assert "Zoë and Tomás" in monday.note and monday.note.endswith("Activities: team, café")
    assert sunday.emotions == []


def test_twelve_hour_times_are_read_in_the_zone_given() -> None:
    sunday, *_, wednesday, _, monday = read_journal("daylio", DAYLIO, LONDON).checkins
    assert sunday.at.isoformat() == "2026-03-29T20:45:00+01:00"
    assert wednesday.at.isoformat() == "2026-03-25T07:00:00+00:00"
    assert monday.at.isoformat() == "2026-03-23T13:05:00+00:00"


def test_importing_twice_adds_nothing_the_second_time(vault: Vault) -> None:
    first = import_journal(vault, read_journal("daylio", DAYLIO, LONDON))
    assert summary_sentence("daylio", first) == "Brought in 6 new check-ins from Daylio."
    after_first = contents(vault)
    second = import_journal(vault, read_journal("daylio", DAYLIO, LONDON))
    assert (second.checkins_added, second.checkins_unchanged) == (0, 6)
    assert contents(vault) == after_first


def test_a_renamed_mood_and_a_bad_time_are_named_by_line_and_nothing_is_written(
    tmp_path: Path, vault: Vault
) -> None:
    text = (
        HEADER
        + '2026-03-29,29 March,Sunday,8:45 pm,rad,"walk","A note","over\ntwo lines"\n'
        + '2026-03-28,28 March,Saturday,9:00 pm,great,"","",""\n'
        + '2026-03-27,27 March,Friday,25:00,good,"","",""\n'
    )
    before = contents(vault)
    with pytest.raises(ValidationError) as caught:
        read_journal("daylio", write(tmp_path, text), LONDON)
    assert caught.value.problems == [
        "line 4: mood 'great' is not one of Daylio's five moods (rad, good, meh, bad, awful); "
        "a mood renamed in Daylio cannot be matched",
        "line 5: '25:00' is not a time like 9:15 pm or 21:15",
    ]
    assert contents(vault) == before


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("date,mood\n", "line 1: has no 'full_date' column, so this is not a Daylio CSV export"),
        ("", "line 1: has no 'full_date' column, so this is not a Daylio CSV export"),
        (HEADER + "2026-03-29,29 March,Sunday,8:45 pm,rad\n", "line 2: has 5 fields; the first line names 8"),
        (
            HEADER + '2026-02-30,30 February,Monday,8:45 pm,rad,"","",""\n',
            "line 2: '2026-02-30' is not a date like 2024-03-01",
        ),
    ],
)
def test_a_file_that_is_not_a_daylio_export_says_where(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(ValidationError) as caught:
        read_journal("daylio", write(tmp_path, text), LONDON)
    assert caught.value.problems == [problem]


def test_the_older_export_and_twenty_four_hour_times_are_read(tmp_path: Path) -> None:
    header = "year,date,weekday,time,mood,activities,note\n"
    text = header + '2018,18 May,Friday,21:54,Meh ,"work | cook","Quiet shift"\n'
    (checkin,) = read_journal("daylio", write(tmp_path, text), LONDON).checkins
    assert checkin.at.isoformat() == "2018-05-18T21:54:00+01:00"
    assert checkin.mood == 5
    assert checkin.note == "Quiet shift\n\nActivities: work, cook"


def test_two_check_ins_at_the_same_minute_both_arrive_once(tmp_path: Path, vault: Vault) -> None:
    row = '2026-03-29,29 March,Sunday,8:45 pm,good,"","",""\n'
    path = write(tmp_path, HEADER + row + row)
    assert import_journal(vault, read_journal("daylio", path, LONDON)).checkins_added == 2
    assert import_journal(vault, read_journal("daylio", path, LONDON)).checkins_added == 0
