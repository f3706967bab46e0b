"""The demo vault's sample data: valid, varied, realistic in shape, and the same for the same day."""

from __future__ import annotations

from datetime import date, timedelta

from wellbeing_desktop.services import demo
from wellbeing_desktop.services.interchange_read import read_document
from wellbeing_desktop.vault import Vault


def test_three_months_of_valid_sample_data() -> None:
    document = demo.demo_document(date(2026, 11, 26), timedelta(hours=1))
    parsed = read_document(document)
    days = sorted({e.created_at.date() for e in parsed.entries})
    assert days[0] >= date(2026, 8, 28) and days[-1] <= date(2026, 11, 26)
    assert len(parsed.entries) >= 20
    assert len({e.title for e in parsed.entries}) == len(parsed.entries), "no repeated entries"
    assert {e.template for e in parsed.entries} >= {None, "gibbs", "driscoll", "debrief"}
    assert any(e.for_supervision for e in parsed.entries)
    assert len(parsed.checkins) >= 60
    assert all(1 <= c.mood <= 10 for c in parsed.checkins)
    assert any(c.coping for c in parsed.checkins)
    assert parsed.plan is not None and len(parsed.plan.sections) == 8
    assert all(c.at.utcoffset() == timedelta(hours=1) for c in parsed.checkins)


def test_the_same_day_gives_the_same_story() -> None:
    first = demo.demo_document(date(2026, 11, 26))
    second = demo.demo_document(date(2026, 11, 26))
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_fill_writes_it_into_a_vault(vault: Vault) -> None:
    demo.fill(vault, date(2026, 11, 26))
    assert vault.entries.count() == len(demo.demo_document(date(2026, 11, 26))["entries"])
    assert [hit.title for hit in vault.search("boundary")]
