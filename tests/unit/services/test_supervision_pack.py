"""The supervision pack's contents from a real vault, including what it says when there is nothing yet."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tests.unit.vault.builders import make_checkin, make_entry
from wellbeing_desktop.services.mood_ranges import Range
from wellbeing_desktop.services.supervision import SupervisionService
from wellbeing_desktop.services.supervision_pack import FIRST_SESSION, render_supervision_pack
from wellbeing_desktop.vault import Vault

TODAY = date(2026, 11, 26)


def now() -> datetime:
    return datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_an_empty_vault_gives_a_kind_pack_without_a_chart(vault: Vault) -> None:
    doc = render_supervision_pack(vault, TODAY)
    assert doc.images == {}
    for sentence in (
        "No open actions.",
        FIRST_SESSION,
        "No check-ins in this period.",
        "Nothing written in the plan yet.",
        "No diary entries are marked “bring to supervision”.",
    ):
        assert sentence in doc.html


def test_only_flagged_entries_and_mood_figures_reach_the_pack(vault: Vault) -> None:
    at = datetime(2026, 11, 14, 9, 0, tzinfo=UTC)
    with vault.transaction():
        vault.entries.save(
            make_entry(title="Flagged", body="FLAGGED body", for_supervision=True, created_at=at)
        )
        vault.entries.save(make_entry(title="Private", body="UNFLAGGED body", created_at=at))
        for n in range(10):
            vault.checkins.save(make_checkin(at=at + timedelta(days=n), mood=5, note="NOTE text"))
    SupervisionService(vault, now).record(date(2026, 11, 20), supervisor="Sam <b>", actions=[("Rest", None)])
    doc = render_supervision_pack(vault, TODAY, Range.TWO_WEEKS)
    assert "FLAGGED body" in doc.html and "UNFLAGGED" not in doc.html and "NOTE" not in doc.html
    assert "with Sam &lt;b&gt;" in doc.html  # every piece of user text is escaped
    assert "the last two weeks" in doc.html and "Average mood: 5.0 out of 10." in doc.html
    assert "No changes since then." in doc.html
    assert set(doc.images) == {"mood.png"} and doc.images["mood.png"].startswith(b"\x89PNG")
