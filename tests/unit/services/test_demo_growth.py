"""The demo holds a couple of goals, a learning log linked to its diary, and three monthly reflections
before this month (so Today's quiet line shows), none of them hard three months running."""

from __future__ import annotations

from datetime import UTC, date, datetime

from wellbeing_desktop.services import demo
from wellbeing_desktop.services.reflection import ReflectionService
from wellbeing_desktop.vault import Vault

TODAY = date(2026, 11, 26)


def test_the_demo_has_goals_a_learning_log_and_three_reflections(vault: Vault) -> None:
    demo.fill(vault, TODAY)
    goals = vault.development_goals.all()
    assert len(goals) == 2 and all(g.steps for g in goals)
    log = vault.learning_log.all()
    assert {r.kind for r in log} == {"training", "experience"}
    assert all(len(r.entry_ids) == 1 for r in log)
    service = ReflectionService(vault, lambda: datetime(2026, 11, 26, 12, 0, tzinfo=UTC))
    assert [r.month for r in service.reflections()] == ["2026-08", "2026-09", "2026-10"]
    assert service.shows_nudge() and service.signposts() == []
    assert all(m.mood is not None for m in service.history())
