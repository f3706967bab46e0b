"""The Markdown diary, the CSV of check-ins, the JSON file, and writing any of them safely."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from tests.unit.services.documents import checkin, checkin_id, document, entry, schema_errors
from wellbeing_desktop.errors import UsageError, WellbeingError
from wellbeing_desktop.services.csv_export import COLUMNS
from wellbeing_desktop.services.export import render, write_export
from wellbeing_desktop.services.interchange import import_document
from wellbeing_desktop.vault import Vault

TRICKY_NOTE = 'Said "no, not today", then\nwent home early; felt better,\r\nmostly. 🌱 «ok»'


# -- Markdown --------------------------------------------------------------------------------------------


@pytest.fixture
def diary(vault: Vault) -> Vault:
    import_document(
        vault,
        document(
            entries=[
                entry(
                    2,
                    created_at="2026-11-25T21:10:00+05:45",
                    updated_at="2026-11-25T21:10:00+05:45",
                    title="A good group session",
                    body="Two people spoke for the first time.\n\n- and I noticed I was *proud*",
                    template="gibbs",
                    tags=["group session", "Thursday"],
                    emotions=["proud", "hopeful"],
                    mood=8,
                ),
                entry(
                    1,
                    created_at="2026-11-24T18:40:00-03:30",
                    updated_at="2026-11-24T19:05:00-03:30",
                    title="After the phone call",
                    body="كان يومًا طويلًا — שיחה קשה — 😮‍💨",
                    template="debrief",
                    tags=["phone call"],
                    emotions=[],
                    for_supervision=True,
                ),
                entry(
                    3,
                    created_at="2026-11-26T07:00:00+00:00",
                    updated_at="2026-11-26T07:00:00+00:00",
                    title="  ",
                    body="",
                    template="my-own-model",
                    tags=[],
                    emotions=[],
                ),
            ]
        ),
    )
    return vault


def test_the_markdown_diary_holds_every_title_body_and_tag(diary: Vault) -> None:
    text = render(diary, "markdown")
    assert text.startswith("# My reflective diary\n\nExported from Wellbeing Desktop on ")
    assert "## A good group session\n" in text
    assert "Two people spoke for the first time.\n\n- and I noticed I was *proud*\n" in text
    assert "- Tags: group session, Thursday\n" in text
    assert "- Feelings: proud, hopeful\n" in text
    assert "## After the phone call\n" in text
    assert "كان يومًا طويلًا — שיחה קשה — 😮‍💨\n" in text
    assert "- Tags: phone call\n" in text


def test_the_markdown_diary_shows_the_details_filled_in(diary: Vault) -> None:
    text = render(diary, "markdown")
    call, good, untitled = text.split("\n---\n\n")[1:]
    assert "- Reflection: Gibbs' reflective cycle\n" in good
    assert "- Mood: 8/10\n" in good
    assert "Bring to supervision" not in good
    assert "- Reflection: After a difficult conversation\n" in call  # as the built-in pack names it
    assert "- Bring to supervision\n" in call
    assert "Feelings" not in call
    assert "Mood" not in call
    assert untitled.startswith("## Untitled entry\n")
    assert "- Reflection: my-own-model\n" in untitled


def test_the_markdown_diary_is_oldest_first_at_the_time_it_was_written(diary: Vault) -> None:
    text = render(diary, "markdown")
    assert (
        text.index("## After the phone call")
        < text.index("## A good group session")
        < text.index("## Untitled")
    )
    assert "*Tuesday 24 November 2026, 18:40*" in text  # 18:40 at -03:30, not 22:10 UTC
    assert "*Wednesday 25 November 2026, 21:10*" in text
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_an_empty_diary_is_just_the_heading(vault: Vault) -> None:
    text = render(vault, "markdown")
    assert text.startswith("# My reflective diary\n")
    assert "##" not in text


# -- CSV -------------------------------------------------------------------------------------------------


@pytest.fixture
def moods(vault: Vault) -> Vault:
    import_document(
        vault,
        document(
            checkins=[
                checkin(
                    1,
                    at="2026-11-24T22:30:00-03:30",
                    mood=4,
                    stress=7,
                    energy=3,
                    sleep_hours=6.5,
                    emotions=["tired", "on edge"],
                    note=TRICKY_NOTE,
                ),
                checkin(
                    2,
                    at="2026-11-25T08:15:00.250000+05:45",
                    mood=7,
                    stress=None,
                    energy=None,
                    sleep_hours=None,
                    emotions=[],
                    note="",
                ),
                checkin(3, at="2026-11-26T12:00:00Z", mood=10, sleep_hours=8),
            ]
        ),
    )
    return vault


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_the_csv_has_a_header_and_one_row_per_check_in(moods: Vault) -> None:
    rows = rows_of(render(moods, "csv"))
    assert rows[0] == COLUMNS == ["id", "at", "mood", "stress", "energy", "sleep_hours", "emotions", "note"]
    assert [r[0] for r in rows[1:]] == [checkin_id(1), checkin_id(2), checkin_id(3)]
    assert all(len(r) == len(COLUMNS) for r in rows)


def test_the_csv_keeps_times_with_their_offset(moods: Vault) -> None:
    times = [r[1] for r in rows_of(render(moods, "csv"))[1:]]
    assert times == [
        "2026-11-24T22:30:00-03:30",
        "2026-11-25T08:15:00.250000+05:45",
        "2026-11-26T12:00:00+00:00",
    ]
    assert all(datetime.fromisoformat(t).utcoffset() is not None for t in times)


def test_the_csv_cells(moods: Vault) -> None:
    first, second, third = (dict(zip(COLUMNS, r, strict=True)) for r in rows_of(render(moods, "csv"))[1:])
    assert (first["mood"], first["stress"], first["energy"], first["sleep_hours"]) == ("4", "7", "3", "6.5")
    assert first["emotions"] == "tired;on edge"
    assert (
        second["stress"],
        second["energy"],
        second["sleep_hours"],
        second["emotions"],
        second["note"],
    ) == (
        "",
        "",
        "",
        "",
        "",
    )
    assert float(third["sleep_hours"]) == 8


def test_a_note_with_commas_quotes_and_newlines_survives_csv(moods: Vault, tmp_path: Path) -> None:
    path = tmp_path / "check-ins.csv"
    write_export(path, render(moods, "csv"))
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][7] == TRICKY_NOTE
    assert len(rows) == 4


def test_an_empty_csv_is_just_the_header(vault: Vault) -> None:
    assert render(vault, "csv") == ",".join(COLUMNS) + "\r\n"


# -- JSON ------------------------------------------------------------------------------------------------


def test_the_json_export_is_readable_utf8_that_the_schema_accepts(moods: Vault) -> None:
    text = render(moods, "json")
    assert text.endswith("}\n")
    assert "🌱 «ok»" in text  # written as characters, not \u escapes
    assert schema_errors(json.loads(text)) == []


def test_an_unknown_format_is_a_usage_error(vault: Vault) -> None:
    with pytest.raises(UsageError) as caught:
        render(vault, "pdf")
    assert str(caught.value) == "Unknown export format 'pdf'; choose one of json, markdown, csv."


# -- writing the file ------------------------------------------------------------------------------------


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_export_makes_a_file_only_its_owner_can_read(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    old_umask = os.umask(0o022)
    try:
        write_export(path, "{}\n")
    finally:
        os.umask(old_umask)
    assert path.read_text(encoding="utf-8") == "{}\n"
    assert mode_of(path) == 0o600


def test_write_export_refuses_to_replace_a_file_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(WellbeingError) as caught:
        write_export(path, "new")
    assert str(caught.value) == f"{path} already exists; choose a new name or add --force to replace it."
    assert path.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_write_export_replaces_a_file_when_asked_and_makes_it_private(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o644)
    write_export(path, "new", overwrite=True)
    assert path.read_text(encoding="utf-8") == "new"
    assert mode_of(path) == 0o600


def test_write_export_refuses_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "export.json"
    with pytest.raises(WellbeingError) as caught:
        write_export(path, "{}")
    assert str(caught.value) == f"The folder {tmp_path / 'missing'} does not exist."
    assert not (tmp_path / "missing").exists()


def test_write_export_refuses_a_folder_as_the_file(tmp_path: Path) -> None:
    with pytest.raises(WellbeingError) as caught:
        write_export(tmp_path, "{}", overwrite=True)
    assert str(caught.value) == f"{tmp_path} is a folder; give a file name for the export."


def test_write_export_leaves_no_temporary_files_behind(moods: Vault, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    for name, fmt in (("all.json", "json"), ("diary.md", "markdown"), ("check-ins.csv", "csv")):
        write_export(out / name, render(moods, fmt))
        write_export(out / name, render(moods, fmt), overwrite=True)
        with pytest.raises(WellbeingError):
            write_export(out / name, "again")
    assert sorted(p.name for p in out.iterdir()) == ["all.json", "check-ins.csv", "diary.md"]
