"""`export --format pdf --scope development` end to end: goals and the learning log, read back with
pdftotext, with linked diary entries named by title only and never a word of their text."""

from __future__ import annotations

import shutil
import stat
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.e2e.cli_runner import PASSPHRASE, init_vault, with_passphrase
from wellbeing_desktop.services.development import DevelopmentService
from wellbeing_desktop.services.diary import DiaryService
from wellbeing_desktop.services.learning_log import LearningLogService
from wellbeing_desktop.vault import Vault

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed to read the PDF back"
)


def _now() -> datetime:
    return datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def test_the_development_pdf_holds_goals_and_the_learning_log_but_no_diary_text(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "vault")
    with Vault.open(folder, PASSPHRASE) as vault:
        diary = DiaryService(vault, _now)
        entry = diary.new_entry()
        entry.title, entry.body = "GROUPTITLE after the session", "DIARYBODY-MARKER stays private"
        diary.save(entry)
        DevelopmentService(vault, _now).add_goal(
            "GOALWHAT feel ready for hard conversations",
            why="GOALWHY they come up in groups",
            steps=[("STEPONE ask about the course", date(2026, 12, 1))],
        )
        LearningLogService(vault, _now).add(
            date(2026, 11, 3),
            "training",
            "LOGTITLE listening course",
            learned="LEARNED slow down",
            practice_change="PRACTICE more silence",
            entry_ids=[entry.id],
        )
    out = tmp_path / "development.pdf"
    result = with_passphrase("export", folder, "--format", "pdf", "--scope", "development", "--output", out)
    assert result.code == 0, result.err
    assert "not encrypted" in result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    done = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True)
    text = " ".join(done.stdout.split())
    for marker in ("My development record", "GOALWHAT", "GOALWHY", "STEPONE", "1 December 2026"):
        assert marker in text
    for marker in ("LOGTITLE", "LEARNED", "PRACTICE", "GROUPTITLE", "Training"):
        assert marker in text
    assert "DIARYBODY" not in text
