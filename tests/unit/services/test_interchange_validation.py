"""Import checks the whole file before writing anything, and every problem names its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.services.documents import (
    INVALID,
    NOT_A_SLUG,
    Invalid,
    base_document,
    checkin,
    document,
    entry,
    entry_id,
    exported,
)
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.services.interchange import import_document, import_file
from wellbeing_desktop.services.interchange_read import MAX_PROBLEMS, load_json_file, read_document
from wellbeing_desktop.vault import Vault


def problems_of(data: object) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        read_document(data)
    return caught.value.problems


def test_the_base_document_is_valid() -> None:
    doc = read_document(base_document())
    assert len(doc.entries) == 2
    assert len(doc.checkins) == 4
    assert doc.plan is not None
    assert [s.key for s in doc.plan.sections] == ["daily", "people"]


@pytest.mark.parametrize("example", INVALID, ids=lambda example: example.name)
def test_an_invalid_document_names_the_place_and_the_problem(example: Invalid) -> None:
    assert problems_of(example.document()) == [example.problem]


def test_the_error_message_is_the_first_problem_and_a_count_of_the_rest() -> None:
    doc = base_document()
    doc["checkins"][3]["mood"] = 11
    doc["checkins"][2]["stress"] = 0
    doc["entries"][0]["for_supervision"] = "yes"
    with pytest.raises(ValidationError) as caught:
        read_document(doc)
    assert caught.value.problems == [
        "entries[0].for_supervision: should be true or false, not text",
        "checkins[2].stress: 0 is outside 1–10",
        "checkins[3].mood: 11 is outside 1–10",
    ]
    assert (
        str(caught.value)
        == "entries[0].for_supervision: should be true or false, not text (and 2 more problems)"
    )


def test_every_problem_in_an_object_is_listed_not_only_the_first() -> None:
    doc = base_document()
    doc["checkins"][0].update(mood=0, stress=11, sleep_hours=30)
    assert problems_of(doc) == [
        "checkins[0].mood: 0 is outside 1–10",
        "checkins[0].stress: 11 is outside 1–10",
        "checkins[0].sleep_hours: 30 is outside 0–24 hours",
    ]


def test_missing_and_unknown_fields_are_all_named() -> None:
    broken = entry(1, colour="blue", mood=3)
    del broken["title"], broken["body"]
    assert problems_of(document(entries=[broken])) == [
        "entries[0]: 'body' is missing",
        "entries[0]: 'title' is missing",
        "entries[0]: 'colour' is not a known field",
    ]


def test_a_long_list_of_problems_stops_at_the_limit() -> None:
    doc = document(checkins=[checkin(n, mood=11) for n in range(1, 200)])
    problems = problems_of(doc)
    assert len(problems) == MAX_PROBLEMS
    assert problems[0] == "checkins[0].mood: 11 is outside 1–10"


def test_optional_fields_may_be_left_out() -> None:
    bare_checkin = {"id": checkin(1)["id"], "at": "2026-11-26T08:00:00Z", "mood": 5}
    bare_entry = entry(1)
    del bare_entry["mood"]
    doc = read_document(
        {"format": "wellbeing-desktop", "version": 1, "entries": [bare_entry], "checkins": [bare_checkin]}
    )
    assert doc.checkins[0].emotions == []
    assert doc.checkins[0].note == ""
    assert doc.checkins[0].stress is None
    assert doc.entries[0].mood is None
    assert doc.plan is None


def test_a_null_note_reads_as_no_note() -> None:
    doc = read_document(document(checkins=[checkin(1, note=None)]))
    assert doc.checkins[0].note == ""


def test_times_keep_their_utc_offset() -> None:
    doc = read_document(
        document(
            entries=[
                entry(
                    1, created_at="2026-11-26T23:30:00-03:30", updated_at="2026-11-27T09:15:00.250000+05:45"
                )
            ],
            checkins=[checkin(1, at="2026-11-26T23:59:59Z")],
        )
    )
    assert doc.entries[0].created_at.isoformat() == "2026-11-26T23:30:00-03:30"
    assert doc.entries[0].updated_at.isoformat() == "2026-11-27T09:15:00.250000+05:45"
    assert doc.checkins[0].at.isoformat() == "2026-11-26T23:59:59+00:00"


def test_the_same_id_may_be_an_entry_and_a_check_in() -> None:
    shared = entry_id(9)
    doc = read_document(document(entries=[entry(9)], checkins=[checkin(1, id=shared)]))
    assert doc.entries[0].id == doc.checkins[0].id == shared


def test_a_template_key_with_a_trailing_newline_is_not_a_short_key() -> None:
    """A `$` anchor would let one trailing newline through."""
    doc = base_document()
    doc["entries"][0]["template"] = "gibbs\n"
    assert problems_of(doc) == [f"entries[0].template: 'gibbs\\n' {NOT_A_SLUG}"]


def test_an_id_with_a_trailing_newline_is_not_a_uuid() -> None:
    """A `$` anchor would let one trailing newline through."""
    doc = base_document()
    doc["checkins"][0]["id"] += "\n"
    assert problems_of(doc) == [f"checkins[0].id: {doc['checkins'][0]['id']!r} is not a UUID"]


# -- nothing is written when anything is wrong -----------------------------------------------------------


def test_an_invalid_document_leaves_the_vault_unchanged(vault: Vault) -> None:
    import_document(vault, base_document())
    before = exported(vault)
    doc = document(
        entries=[entry(100 + n, title=f"New entry {n}") for n in range(100)]
        + [entry(999, created_at="2026-11-26T12:00:00")],  # only the very last entry is wrong
        checkins=[checkin(100 + n) for n in range(20)],
        plan={"review_on": "2030-01-01", "sections": []},
    )
    with pytest.raises(ValidationError) as caught:
        import_document(vault, doc)
    assert caught.value.problems == [
        "entries[100].created_at: '2026-11-26T12:00:00' has no UTC offset (for example +00:00)"
    ]
    assert exported(vault) == before


def test_an_invalid_last_check_in_leaves_the_vault_unchanged(vault: Vault) -> None:
    before = exported(vault)
    doc = base_document()
    doc["checkins"][3]["mood"] = 11
    with pytest.raises(ValidationError, match=r"^checkins\[3\]\.mood: 11 is outside 1–10$"):
        import_document(vault, doc)
    assert exported(vault) == before


def test_an_invalid_plan_leaves_entries_out_too(vault: Vault) -> None:
    doc = base_document()
    doc["plan"]["sections"][1]["items"][0]["text"] = ""
    with pytest.raises(ValidationError):
        import_document(vault, doc)
    with vault.transaction():
        assert vault.entries.count() == 0
        assert vault.checkins.count() == 0
        assert vault.plan.load().sections == []


# -- reading the file ------------------------------------------------------------------------------------


def test_load_json_file_reads_utf8_with_or_without_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(base_document(), ensure_ascii=False).encode("utf-8"))
    assert load_json_file(path) == base_document()


def test_load_json_file_refuses_text_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("My plan for next week:\n- rest\n", encoding="utf-8")
    with pytest.raises(WellbeingError) as caught:
        load_json_file(path)
    assert str(caught.value) == f"{path} is not valid JSON (line 1, column 1: Expecting value)."


def test_load_json_file_names_the_line_of_a_json_mistake(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('{\n  "format": "wellbeing-desktop",\n  "version": 1,\n}\n', encoding="utf-8")
    with pytest.raises(WellbeingError) as caught:
        load_json_file(path)
    assert str(caught.value) == (
        f"{path} is not valid JSON (line 4, column 1: Expecting property name enclosed in double quotes)."
    )


def test_load_json_file_refuses_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    with pytest.raises(WellbeingError, match="is not valid JSON"):
        load_json_file(path)


def test_load_json_file_refuses_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"format": "wellbeing-desktop", "note": "café"}'.encode("latin-1"))
    with pytest.raises(WellbeingError) as caught:
        load_json_file(path)
    assert str(caught.value) == f"{path} is not UTF-8 text, so it is not a Wellbeing Desktop export."


def test_load_json_file_refuses_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    with pytest.raises(WellbeingError) as caught:
        load_json_file(path)
    assert str(caught.value) == f"There is no file at {path}."


def test_load_json_file_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(WellbeingError) as caught:
        load_json_file(tmp_path)
    assert str(caught.value) == f"{tmp_path} is a folder, not a file."


def test_load_json_file_refuses_deep_nesting_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(WellbeingError) as caught:
        load_json_file(path)
    assert str(caught.value) == f"{path} is nested too deeply to be a Wellbeing Desktop export."


@pytest.mark.parametrize("name", ["notes.json", "latin1.json", "nowhere.json"])
def test_every_file_error_is_one_sentence(tmp_path: Path, name: str) -> None:
    (tmp_path / "notes.json").write_text("nope", encoding="utf-8")
    (tmp_path / "latin1.json").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(WellbeingError) as caught:
        load_json_file(tmp_path / name)
    message = str(caught.value)
    assert "\n" not in message
    assert message.endswith(".")
    assert not isinstance(caught.value, ValidationError)


def test_import_file_reads_and_merges(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(base_document(), ensure_ascii=False), encoding="utf-8")
    summary = import_file(vault, path)
    assert (summary.entries_added, summary.checkins_added, summary.plan_items) == (2, 4, 3)


# -- bugs: these fail until the reader is fixed (see the report) -----------------------------------------


def test_a_number_too_long_for_python_is_a_clear_error(tmp_path: Path) -> None:
    """BUG: json.loads raises a plain ValueError (not JSONDecodeError) for integers longer than
    sys.get_int_max_str_digits() (4,300 digits); load_json_file lets it escape as a traceback."""
    path = tmp_path / "big.json"
    path.write_text(
        '{"format": "wellbeing-desktop", "version": 1, "checkins": [{"mood": ' + "9" * 5000 + "}]}"
    )
    with pytest.raises(WellbeingError):
        load_json_file(path)


def test_exported_at_that_is_not_text_is_a_problem() -> None:
    """BUG: read_document checks exported_at only when it is a string; a number or a list is silently
    ignored, though DESIGN.md says a version 1 reader ignores nothing silently."""
    doc = base_document()
    doc["exported_at"] = 5
    assert problems_of(doc) == ["exported_at: should be text, not a number"]


def test_a_review_date_must_be_written_year_month_day() -> None:
    """BUG: parse_day accepts any 10-character ISO date, so the week date '2027-W09-5' is read as
    2027-03-05 although the message promises 'a date like 2026-11-26'."""
    doc = base_document()
    doc["plan"]["review_on"] = "2027-W09-5"
    assert problems_of(doc) == ["plan.review_on: '2027-W09-5' is not a date like 2026-11-26"]
