"""The hand-written sample exports (tests/fixtures/journals) and what a vault holds after importing."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from wellbeing_desktop.services.interchange import export_document
from wellbeing_desktop.vault import Vault

JOURNALS = Path(__file__).resolve().parents[2] / "fixtures" / "journals"
JRNL = JOURNALS / "jrnl-export.json"
DAYONE = JOURNALS / "dayone-journal.json"
DAYLIO = JOURNALS / "daylio-export.csv"
LONDON = ZoneInfo("Europe/London")


def contents(vault: Vault) -> dict[str, object]:
    """Everything the vault holds, to compare before and after."""
    document = export_document(vault)
    del document["exported_at"]
    return document
