"""`export --format pdf --scope supervision` end to end: the pack holds the plan, every flagged entry, the
open actions, the changes since the last session and mood figures — and no text of any unflagged entry,
nor any check-in's note. Read back with pdftotext."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli_runner import PASSPHRASE, init_vault, run_cli, with_passphrase

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed to read the PDFs back"
)

NOW = datetime.now(UTC).replace(microsecond=0)
FLAGGED = ["FLAGGEDMARKER-ONE", "FLAGGEDMARKER-TWO"]
UNFLAGGED = "SECRETMARKER-UNFLAGGED"
NOTE = "NOTEMARKER-PRIVATE"
WALK = "PLANWALK at lunchtime"
TEA = "PLANTEA away from my desk"
ACTION = "ACTIONBOOK the refresher"


def _id(prefix: str, n: int) -> str:
    return f"{prefix}-0000-4000-8000-{n:012d}"


def _entry(n: int, marker: str, flagged: bool) -> dict[str, Any]:
    at = (NOW - timedelta(days=n)).isoformat()
    return {
        "id": _id("eeeeeeee", n),
        "created_at": at,
        "updated_at": at,
        "title": f"Title {marker}",
        "body": f"## What happened\n\n{marker} in the body.",
        "template": "debrief",
        "tags": [],
        "emotions": [],
        "for_supervision": flagged,
    }


def _plan(*items: tuple[int, str]) -> dict[str, Any]:
    return {
        "review_on": None,
        "sections": [
            {
                "key": "daily",
                "title": "What keeps me well day to day",
                "items": [{"id": _id("aaaaaaaa", n), "text": text} for n, text in items],
            }
        ],
    }


def _document() -> dict[str, Any]:
    held = (NOW - timedelta(days=20)).isoformat()
    return {
        "format": "wellbeing-desktop",
        "version": 2,
        "entries": [_entry(1, FLAGGED[0], True), _entry(2, UNFLAGGED, False), _entry(3, FLAGGED[1], True)],
        "checkins": [
            {
                "id": _id("cccccccc", n),
                "at": (NOW - timedelta(days=n)).isoformat(),
                "mood": 3 + n % 5,
                "note": NOTE,
            }
            for n in range(1, 30)
        ],
        "plan": _plan((1, WALK), (2, TEA)),
        "supervision_sessions": [
            {
                "id": _id("ssssssss".replace("s", "5"), 1),
                "held_on": held[:10],
                "created_at": held,
                "updated_at": held,
                "supervisor": "Priya",
                "discussed": "DISCUSSEDMARKER stays in the session record",
                "actions": [{"id": _id("bbbbbbbb", 1), "text": ACTION, "due_on": None, "done": False}],
                "plan": _plan((1, WALK)),
            }
        ],
        "plan_history": [],
    }


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = init_vault(tmp_path_factory.mktemp("pack") / "vault")
    source = folder.parent / "in.json"
    source.write_text(json.dumps(_document()), encoding="utf-8")
    assert with_passphrase("import", folder, source).code == 0
    return folder


def test_the_supervision_pack_holds_what_was_chosen_and_nothing_else(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = run_cli(
        *("export", "--vault", filled, "--passphrase-stdin", "--format", "pdf", "--scope", "supervision"),
        *("--output", out),
        stdin=PASSPHRASE + "\n",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.code == 0, result.err
    assert "not encrypted" in result.err
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    for marker in (*FLAGGED, WALK, TEA, ACTION):
        assert marker in text, marker
    assert f"Added “{TEA}” to What keeps me well day to day" in text
    assert "Average mood:" in text and "with Priya" in text
    for private in (UNFLAGGED, NOTE, "DISCUSSEDMARKER"):
        assert private not in text, private
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True)
    assert len(images.stdout.strip().splitlines()) >= 3  # two header lines and the mood chart


def test_the_period_is_chosen_on_the_command_line(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    args = ("export", "--vault", filled, "--passphrase-stdin", "--format", "pdf", "--output", out)
    result = run_cli(*args, "--scope", "supervision", "--period", "two-weeks", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    done = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    text = " ".join(done.stdout.split())
    assert "the last two weeks" in text and "Check-ins on 13 days" in text  # one a day, from yesterday
    refused = run_cli(*args, "--force", "--scope", "plan", "--period", "one-year", stdin="")
    assert (refused.code, refused.err.strip()) == (
        2,
        "wellbeing-desktop: --period is only for --scope supervision.",
    )
