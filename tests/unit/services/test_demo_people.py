"""The demo shows people I can talk to: an address book, check-ins that say who, and one gentle nudge."""

from __future__ import annotations

from datetime import UTC, date, datetime

from wellbeing_desktop.services import demo
from wellbeing_desktop.services.mood_helps import TALKING_ID, what_helps
from wellbeing_desktop.services.mood_stats import daily_means
from wellbeing_desktop.services.people import PeopleService
from wellbeing_desktop.vault import Vault

TODAY = date(2026, 11, 26)


def test_the_demo_has_people_and_talking(vault: Vault) -> None:
    demo.fill(vault, TODAY)
    service = PeopleService(vault, lambda: datetime(2026, 11, 26, 18, tzinfo=UTC))
    people = service.people()
    assert {p.relation for p in people} == {
        "peer-supporter",
        "supervisor",
        "friend",
        "family",
        "organisation",
    }
    talked = [c for c in vault.checkins.all() if c.talked_with_someone]
    assert len(talked) >= 15
    assert any(c.talked_with == [] for c in talked), "sometimes nobody is named"
    assert [n.name for n in service.nudges(TODAY)] == ["Sam"]
    days = daily_means(vault.checkins.chart_points())
    helps = what_helps(days, vault.checkins.coping_days(), talking_days=vault.checkins.talking_days())
    assert any(c.item_id == TALKING_ID and c.compared for c in helps)


def test_everyone_has_a_last_talked_day(vault: Vault) -> None:
    demo.fill(vault, TODAY)
    days = {p.name: p.last_talked_on for p in vault.people.all()}
    assert len(days) == 5 and None not in days.values()
    assert days["Peer supporters' network"] == date(2026, 11, 5)  # the first Thursday
