"""The command line end to end: init, import, export, search, check, passwd."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import PASSPHRASE, init_vault, run_cli, with_passphrase

ENTRY_ID = "7d0c5a0e-3b8a-4a0f-9a6e-2c7b1f0e9d11"
DOCUMENT = {
    "format": "wellbeing-desktop",
    "version": 1,
    "exported_at": "2026-11-26T12:00:00+00:00",
    "entries": [
        {
            "id": ENTRY_ID,
            "created_at": "2026-11-20T17:30:00+05:45",
            "updated_at": "2026-11-20T17:45:00+05:45",
            "title": "After the group session",
            "body": "The group was lively. I noticed my self-care slipping and made a cup of tea.",
            "template": "driscoll",
            "tags": ["group", "self-care"],
            "emotions": ["tired", "proud"],
            "for_supervision": True,
        },
        {
            "id": "8e1d6b1f-4c9b-4b1a-8b7f-3d8c2a1f0e22",
            "created_at": "2026-11-21T09:00:00+00:00",
            "updated_at": "2026-11-21T09:00:00+00:00",
            "title": "A tense phone call",
            "body": "Someone shouted at me on the phone. Afterwards I talked it through with Priya.",
            "template": "debrief",
            "tags": ["calls"],
            "emotions": [],
            "for_supervision": False,
        },
    ],
    "checkins": [
        {
            "id": "5e4f0a9b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
            "at": "2026-11-20T21:00:00-03:30",
            "mood": 6,
            "stress": None,
            "energy": 4,
            "sleep_hours": 7.5,
            "emotions": ["calm", "tired"],
            "note": 'Walk helped, "really"',
        }
    ],
    "plan": {
        "review_on": "2027-01-15",
        "sections": [
            {
                "key": "daily",
                "title": "What keeps me well day to day",
                "items": [{"id": "0f1e2d3c-4b5a-4968-8776-655443322110", "text": "A walk at lunch"}],
            }
        ],
    },
}


@pytest.fixture
def filled_vault(tmp_path: Path) -> Path:
    folder = init_vault(tmp_path / "vault")
    source = tmp_path / "in.json"
    source.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    result = with_passphrase("import", folder, source)
    assert result.code == 0, result.err
    assert "2 new entries" in result.out
    return folder


def test_init_creates_a_private_vault_folder(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "vault")
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith("vault.db-")) == [
        "vault.db",
        "vault.keys",
    ]
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "vault.keys").stat().st_mode & 0o777 == 0o600


def test_init_refuses_an_existing_vault_and_a_folder_with_files(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "vault")
    keys_before = (folder / "vault.keys").read_bytes()
    again = with_passphrase("init", folder)
    assert again.code == 1
    assert "already holds files" in again.err
    assert (folder / "vault.keys").read_bytes() == keys_before
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"\xff\xd8")
    assert with_passphrase("init", other).code == 1
    assert sorted(p.name for p in other.iterdir()) == ["holiday.jpg"]


def test_init_uses_an_existing_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    init_vault(tmp_path / "empty")
    assert with_passphrase("check", tmp_path / "empty").code == 0


def test_init_refuses_a_short_passphrase(tmp_path: Path) -> None:
    result = run_cli("init", "--vault", tmp_path / "v", "--passphrase-stdin", stdin="short\n")
    assert result.code == 1
    assert "at least 8 characters" in result.err
    assert not (tmp_path / "v").exists()


def test_search_finds_words_phrases_prefixes_and_hyphenated_words(filled_vault: Path) -> None:
    result = with_passphrase("search", filled_vault, "--json", "self-care")
    assert result.code == 0, result.err
    hits = json.loads(result.out)
    assert [h["id"] for h in hits] == [ENTRY_ID]
    assert set(hits[0]) == {"id", "title", "created_at", "snippet"}
    assert "**self-care**" in hits[0]["snippet"]
    assert hits[0]["created_at"] == "2026-11-20T17:30:00+05:45"
    assert len(json.loads(with_passphrase("search", filled_vault, "--json", "phon*").out)) == 1
    assert (
        json.loads(with_passphrase("search", filled_vault, "--json", '"cup of tea"').out)[0]["id"] == ENTRY_ID
    )
    assert json.loads(with_passphrase("search", filled_vault, "--json", '"tea of cup"').out) == []
    plain = with_passphrase("search", filled_vault, "group", "tea")
    assert "After the group session" in plain.out
    assert "A tense phone call" not in plain.out


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR", "NOT", "a:b", "(x", "NEAR(", "tea)"])
def test_search_never_fails_on_syntax(filled_vault: Path, query: str) -> None:
    result = with_passphrase("search", filled_vault, "--json", query)
    assert result.code == 0, result.err
    assert isinstance(json.loads(result.out), list)


@pytest.mark.parametrize("query", ["*", "!!!", '""', "^"])
def test_search_with_no_words_says_so(filled_vault: Path, query: str) -> None:
    result = with_passphrase("search", filled_vault, query)
    assert result.code == 1
    assert result.err.strip() == "wellbeing-desktop: Type one or more words to search for."


def test_search_limit(filled_vault: Path) -> None:
    assert len(json.loads(with_passphrase("search", filled_vault, "--json", "--limit", "1", "the").out)) == 1
    assert with_passphrase("search", filled_vault, "--limit", "0", "the").code == 2


def test_export_formats_and_the_not_encrypted_note(filled_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "me.json"
    result = with_passphrase("export", filled_vault, "--format", "json", "--output", out)
    assert result.code == 0, result.err
    assert "not encrypted" in result.err
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [e["id"] for e in exported["entries"]] == [e["id"] for e in DOCUMENT["entries"]]
    assert exported["checkins"][0]["at"] == "2026-11-20T21:00:00-03:30"
    assert exported["plan"] == DOCUMENT["plan"]
    assert out.stat().st_mode & 0o777 == 0o600

    md = tmp_path / "diary.md"
    assert with_passphrase("export", filled_vault, "--format", "markdown", "--output", md).code == 0
    text = md.read_text(encoding="utf-8")
    assert "## After the group session" in text and "Someone shouted at me" in text

    table = tmp_path / "moods.csv"
    assert with_passphrase("export", filled_vault, "--format", "csv", "--output", table).code == 0
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert rows == [
        {
            "id": "5e4f0a9b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
            "at": "2026-11-20T21:00:00-03:30",
            "mood": "6",
            "stress": "",
            "energy": "4",
            "sleep_hours": "7.5",
            "emotions": "calm;tired",
            "note": 'Walk helped, "really"',
        }
    ]


def test_export_keeps_an_existing_file_unless_forced(filled_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "precious.txt"
    out.write_text("keep me", encoding="utf-8")
    result = with_passphrase("export", filled_vault, "--format", "csv", "--output", out)
    assert result.code == 1
    assert out.read_text(encoding="utf-8") == "keep me"
    assert with_passphrase("export", filled_vault, "--format", "csv", "--output", out, "--force").code == 0
    assert out.read_text(encoding="utf-8").startswith("id,at,mood")


def test_import_is_idempotent(filled_vault: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    again = with_passphrase("import", filled_vault, source)
    assert again.code == 0
    assert "0 new entries" in again.out and "already in your vault" in again.out


def test_an_invalid_import_names_the_place_and_changes_nothing(filled_vault: Path, tmp_path: Path) -> None:
    before = tmp_path / "before.json"
    with_passphrase("export", filled_vault, "--format", "json", "--output", before)
    bad = json.loads(json.dumps(DOCUMENT))
    bad["entries"][0]["id"] = "9a9a9a9a-1111-4222-8333-444455556666"
    bad["entries"][0]["body"] = "new words that must not arrive"
    bad["checkins"][0]["mood"] = 11
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(bad), encoding="utf-8")
    result = with_passphrase("import", filled_vault, source)
    assert result.code == 1
    assert result.err.strip() == "wellbeing-desktop: checkins[0].mood: 11 is outside 1–10"
    after = tmp_path / "after.json"
    with_passphrase("export", filled_vault, "--format", "json", "--output", after)
    strip = lambda p: {k: v for k, v in json.loads(p.read_text()).items() if k != "exported_at"}  # noqa: E731
    assert strip(before) == strip(after)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{not json", "is not valid JSON (line 1"), (b"\xff\xfe\x00", "is not UTF-8 text"), (b"[]", "format:")],
)
def test_import_of_a_broken_file(filled_vault: Path, tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "broken.json"
    source.write_bytes(content)
    result = with_passphrase("import", filled_vault, source)
    assert result.code == 1
    assert message in result.err
    assert result.err.count("\n") == 1


def test_check_reports_a_healthy_vault(filled_vault: Path) -> None:
    result = with_passphrase("check", filled_vault)
    assert result.code == 0
    assert "2 entries, 1 check-in" in result.out


def test_passwd_changes_the_passphrase_without_touching_the_database(filled_vault: Path) -> None:
    db_before = (filled_vault / "vault.db").read_bytes()
    result = run_cli(
        "passwd",
        "--vault",
        filled_vault,
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\nthe new long passphrase\n",
    )
    assert result.code == 0, result.err
    assert (filled_vault / "vault.db").read_bytes() == db_before
    assert with_passphrase("check", filled_vault).code == 3
    assert with_passphrase("check", filled_vault, passphrase="the new long passphrase").code == 0


def test_passwd_with_a_wrong_old_passphrase(filled_vault: Path) -> None:
    keys = (filled_vault / "vault.keys").read_bytes()
    result = run_cli(
        "passwd", "--vault", filled_vault, "--passphrase-stdin", stdin="not it at all\nnew one here\n"
    )
    assert result.code == 3
    assert (filled_vault / "vault.keys").read_bytes() == keys


def test_version_and_help() -> None:
    assert run_cli("--version").out.startswith("wellbeing-desktop ")
    assert "search" in run_cli("--help").out
