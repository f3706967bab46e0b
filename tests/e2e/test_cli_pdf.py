"""`export --format pdf` end to end: the plan and chosen diary entries as PDFs, read back with pdftotext."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli_runner import PASSPHRASE, init_vault, run_cli, with_passphrase

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed to read the PDFs back"
)

ENTRIES = [
    ("11111111-1111-4111-8111-111111111111", "2026-11-20T17:30:00+00:00", "MARKER-DIARY-ONE"),
    ("22222222-2222-4222-8222-222222222222", "2026-11-21T09:00:00+00:00", "MARKER-DIARY-TWO"),
    ("33333333-3333-4333-8333-333333333333", "2026-11-22T20:15:00+00:00", "MARKER-DIARY-THREE"),
]
PLAN_ITEMS = ["PLANWALK at lunchtime", "PLANTEA away from my desk", "PLANPRIYA on my team"]


def _document() -> dict[str, object]:
    entry = {"template": None, "tags": [], "emotions": [], "for_supervision": False}
    return {
        "format": "wellbeing-desktop",
        "version": 1,
        "exported_at": "2026-11-26T12:00:00+00:00",
        "entries": [
            {**entry, "id": i, "created_at": at, "updated_at": at, "title": f"Title {m}", "body": f"{m} body"}
            for i, at, m in ENTRIES
        ],
        "checkins": [],
        "plan": {
            "review_on": "2027-01-15",
            "sections": [
                {
                    "key": "daily",
                    "title": "What keeps me well day to day",
                    "items": [
                        {"id": "aaaaaaaa-0000-4000-a000-000000000001", "text": PLAN_ITEMS[0]},
                        {"id": "aaaaaaaa-0000-4000-a000-000000000002", "text": PLAN_ITEMS[1]},
                    ],
                },
                {
                    "key": "people",
                    "title": "People I can talk to",
                    "items": [{"id": "aaaaaaaa-0000-4000-a000-000000000003", "text": PLAN_ITEMS[2]}],
                },
            ],
        },
    }


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = init_vault(tmp_path_factory.mktemp("pdf") / "vault")
    source = folder.parent / "in.json"
    source.write_text(json.dumps(_document()), encoding="utf-8")
    assert with_passphrase("import", folder, source).code == 0
    return folder


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_the_plan_pdf_holds_the_plan_and_contacts_and_no_diary_text(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    # As a person would type it: QT_QPA_PLATFORM=offscreen wellbeing-desktop export --format pdf ...
    result = run_cli(
        *("export", "--vault", filled, "--passphrase-stdin", "--format", "pdf", "--scope", "plan"),
        *("--output", out),
        stdin=PASSPHRASE + "\n",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.code == 0, result.err
    assert "not encrypted" in result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    for item in PLAN_ITEMS:
        assert item in text
    for contact in ("999", "NHS 111", "Samaritans", "116 123", "85258", "Your supervisor"):
        assert contact in text
    assert "15 January 2027" in text and "Page 1 of" in text
    assert "MARKER" not in text


def test_the_diary_pdf_holds_only_the_chosen_entries(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "diary.pdf"
    chosen = [ENTRIES[0][0], ENTRIES[2][0]]
    result = with_passphrase(
        "export", filled, "--format", "pdf", "--scope", "diary", "--entry", chosen[0], "--entry", chosen[1],
        "--output", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    text = pdf_text(out)
    assert "MARKER-DIARY-ONE" in text and "MARKER-DIARY-THREE" in text
    assert "MARKER-DIARY-TWO" not in text
    assert not any(item in text for item in PLAN_ITEMS)


def test_pdf_refusals_are_one_line_before_any_passphrase(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    cases = [
        (["--format", "pdf", "--scope", "diary"], 2, "at least one --entry"),
        (["--format", "pdf"], 2, "needs --scope"),
        (["--format", "csv", "--scope", "plan"], 2, "only for --format pdf"),
        (["--format", "pdf", "--scope", "supervision", "--entry", "x"], 2, "only for --scope diary"),
        (["--format", "pdf", "--scope", "everything"], 2, "invalid choice"),
    ]
    for args, code, message in cases:
        # No passphrase on stdin: a refusal that asked for one would fail differently.
        result = run_cli("export", "--vault", filled, "--passphrase-stdin", *args, "--output", out, stdin="")
        assert (result.code, len(result.err.strip().splitlines())) == (code, 1), result.err
        assert message in result.err
    unknown = with_passphrase(
        "export", filled, "--format", "pdf", "--scope", "diary", "--entry", "nope", "--output", out
    )
    assert unknown.code == 1 and "no diary entry with the id nope" in unknown.err
    assert not out.exists()


def test_the_cli_chooses_the_offscreen_platform_itself(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}}
    done = subprocess.run(
        [
            *(sys.executable, "-m", "wellbeing_desktop", "export", "--vault", str(filled)),
            *("--passphrase-stdin", "--format", "pdf", "--scope", "plan", "--output", str(out)),
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "PLANWALK" in pdf_text(out)
