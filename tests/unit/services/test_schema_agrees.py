"""The published JSON Schema and docs/data-format.md say what the importer does, and keep saying it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.unit.services.documents import (
    INVALID,
    Invalid,
    base_document,
    checkin,
    document,
    entry,
    exported,
    schema,
    schema_errors,
)
from wellbeing_desktop.domain import BUILT_IN_SECTIONS, BUILT_IN_TEMPLATES, rules
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services.csv_export import COLUMNS
from wellbeing_desktop.services.interchange import import_document
from wellbeing_desktop.services.interchange_read import read_document
from wellbeing_desktop.vault import Vault

ROOT = Path(__file__).resolve().parents[3]
DOC = ROOT / "docs" / "data-format.md"


def json_blocks() -> list[str]:
    return re.findall(
        r"^```json\n(.*?)^```$", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE | re.DOTALL
    )


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema())


def _properties(node: Any, path: str = "#") -> list[tuple[str, dict[str, Any]]]:
    """Every property definition anywhere in the schema, with where it is."""
    found = []
    if isinstance(node, dict):
        for name, child in node.get("properties", {}).items():
            found.append((f"{path}/properties/{name}", child))
        for key, child in node.items():
            found += _properties(child, f"{path}/{key}")
    elif isinstance(node, list):
        for i, child in enumerate(node):
            found += _properties(child, f"{path}/{i}")
    return found


def test_every_property_has_a_title_and_a_description() -> None:
    properties = _properties(schema())
    assert len(properties) > 25
    missing = [path for path, p in properties if not p.get("title") or not p.get("description")]
    assert missing == []


def test_every_object_refuses_fields_it_does_not_know() -> None:
    def objects(node: Any) -> list[dict[str, Any]]:
        found = []
        if isinstance(node, dict):
            if node.get("type") == "object" or "properties" in node:
                found.append(node)
            for key, child in node.items():
                if key != "if":  # a condition looks at one field; it describes no object
                    found += objects(child)
        elif isinstance(node, list):
            for child in node:
                found += objects(child)
        return found

    # A map (a reflection's answers) names what its keys look like instead of listing them.
    assert all(o.get("additionalProperties") is False or "propertyNames" in o for o in objects(schema()))


def test_the_schema_uses_the_limits_in_the_domain_rules() -> None:
    defs = schema()["$defs"]
    assert defs["entry"]["properties"]["title"]["maxLength"] == rules.MAX_TITLE_CHARS
    assert defs["entry"]["properties"]["body"]["maxLength"] == rules.MAX_ENTRY_BODY_BYTES
    assert defs["checkin"]["properties"]["note"]["maxLength"] == rules.MAX_NOTE_CHARS
    assert defs["word"]["maxLength"] == rules.MAX_WORD_CHARS
    assert defs["words"]["maxItems"] == rules.MAX_WORDS
    assert defs["item"]["properties"]["text"]["maxLength"] == rules.MAX_PLAN_ITEM_CHARS
    assert defs["section"]["properties"]["title"]["maxLength"] == rules.MAX_SECTION_TITLE_CHARS
    assert defs["slug"]["pattern"].strip("^$") == rules._SLUG.pattern.strip("^$")
    assert defs["uuid"]["pattern"].strip("^$") == rules._UUID.pattern.strip("^$")


def test_the_schema_accepts_the_valid_base_document() -> None:
    assert schema_errors(base_document()) == []


@pytest.mark.parametrize(
    "example", [e for e in INVALID if e.schema_can_say], ids=lambda example: example.name
)
def test_the_schema_rejects_what_the_reader_rejects(example: Invalid) -> None:
    doc = example.document()
    with pytest.raises(ValidationError):  # test_interchange_validation checks the exact message
        read_document(doc)
    assert schema_errors(doc) != [], (
        f"the schema accepts a document the reader refuses with {example.problem!r}"
    )


@pytest.mark.parametrize(
    "example", [e for e in INVALID if not e.schema_can_say], ids=lambda example: example.name
)
def test_rules_the_schema_cannot_say_pass_the_schema(example: Invalid) -> None:
    """Only the app catches these; if the schema learns to, mark the example schema_can_say."""
    assert schema_errors(example.document()) == []


def test_the_doc_lists_the_rules_the_schema_cannot_say() -> None:
    text = DOC.read_text(encoding="utf-8")
    section = " ".join(text[text.index("## The JSON Schema") :].split())
    for phrase in (
        "an id appears only once",
        "a section key appears once in the plan",
        '`"Calm"` and `"calm"` count as the same word',
        "`updated_at` is not before `created_at`",
        "a date is a real day of the calendar",
        "at most 1 MiB once written as UTF-8",
        "a lone surrogate escape",
    ):
        assert phrase in section, phrase


@pytest.mark.parametrize(
    "value",
    [
        "2026-11-26T12:00:00+00:00",
        "2026-11-26T12:00:00Z",
        "2026-11-26 12:00:00+05:45",
        "2026-11-26T12:00+05:45",
        "2026-11-26T12:00:00.5-03:30",
        "2026-11-26T12:00:00.123456+14:00",
        "2026-11-26T12:00:00+05:45:30",
    ],
)
def test_times_the_schema_accepts_are_times_the_reader_accepts(value: str) -> None:
    doc = document(
        entries=[entry(1, created_at=value, updated_at="2100-01-01T00:00:00Z")],
        checkins=[checkin(1, at=value)],
    )
    read_document(doc)
    assert schema_errors(doc) == []


@pytest.mark.parametrize(
    "value",
    [
        "2026-11-26T12:00:00",
        "2026-11-26",
        "26/11/2026 12:00+00:00",
        "2026-11-26T25:00:00Z",
        "2026-13-01T12:00:00Z",
        "",
    ],
)
def test_times_without_an_offset_or_out_of_range_are_refused_by_both(value: str) -> None:
    doc = document(checkins=[checkin(1, at=value)])
    with pytest.raises(ValidationError):
        read_document(doc)
    assert schema_errors(doc) != []


# -- the documentation -----------------------------------------------------------------------------------


def test_the_doc_has_one_complete_example() -> None:
    assert len(json_blocks()) == 1


@pytest.mark.parametrize("block", json_blocks())
def test_the_example_in_the_doc_is_valid_for_the_schema_and_the_reader(block: str) -> None:
    doc = json.loads(block)
    assert schema_errors(doc) == []
    read = read_document(doc)
    assert read.entries and read.checkins and read.plan is not None


@pytest.mark.parametrize("block", json_blocks())
def test_the_example_in_the_doc_imports_and_exports_as_written(block: str, vault: Vault) -> None:
    doc = json.loads(block)
    import_document(vault, doc)
    out = exported(vault)
    assert schema_errors(out) == []
    assert [e["title"] for e in out["entries"]] == [e["title"] for e in doc["entries"]]
    assert out["plan"] == doc["plan"]


def test_the_doc_names_the_schema_file_that_exists() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "wellbeing_desktop/schemas/interchange-v3.schema.json" in text
    assert (ROOT / "wellbeing_desktop" / "schemas" / "interchange-v3.schema.json").is_file()


def test_the_doc_lists_every_field_every_built_in_key_and_every_csv_column() -> None:
    text = DOC.read_text(encoding="utf-8")
    defs = schema()["$defs"]
    fields = set(schema()["properties"])
    for name in (
        *("entry", "checkin", "plan", "section", "item", "session", "action", "change"),
        *("person", "goal", "step", "learning", "reflection"),
    ):
        fields |= set(defs[name]["properties"])
    for name in sorted(fields):
        assert f"| `{name}` |" in text, name
    for key in (*BUILT_IN_TEMPLATES, *BUILT_IN_SECTIONS):
        assert f"| `{key}` |" in text, key
    assert ",".join(COLUMNS) in text
    for column in COLUMNS:
        assert f"| `{column}` |" in text, column
