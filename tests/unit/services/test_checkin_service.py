"""CheckInService on a real temporary vault: validation writes nothing, one transaction, undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from wellbeing_desktop.domain import CopingUsed, PlanItem
from wellbeing_desktop.domain.rules import new_id
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services.checkin import CheckInService, tidy_words
from wellbeing_desktop.vault import Vault

EVENING = datetime(2026, 3, 4, 21, 15, 30, 123456, tzinfo=timezone(timedelta(hours=1)))


def service(vault: Vault, at: datetime = EVENING) -> CheckInService:
    return CheckInService(vault, now=lambda: at)


def test_a_check_in_is_saved_with_an_id_and_the_clocks_time(vault: Vault) -> None:
    walk = CopingUsed(new_id(), "A walk at lunchtime")
    made = service(vault).check_in(
        6,
        stress=7,
        energy=3,
        sleep_hours=6.5,
        emotions=[" tired ", "hopeful", "Tired", ""],
        note="Long group session, then a good chat with Sam.  \n",
        coping=[walk],
    )
    assert made.at == EVENING.replace(microsecond=0)
    assert made.at.utcoffset() == timedelta(hours=1)
    assert made.emotions == ["tired", "hopeful"]
    assert made.note == "Long group session, then a good chat with Sam."
    stored = vault.checkins.get(made.id)
    assert stored == made
    assert stored is not None and stored.coping == [walk]


def test_several_check_ins_a_day_are_fine(vault: Vault) -> None:
    checkins = service(vault)
    first = checkins.check_in(4)
    second = service(vault, EVENING + timedelta(hours=1)).check_in(7)
    assert first.id != second.id
    assert vault.checkins.count() == 2
    assert [c.id for c in checkins.recent()] == [second.id, first.id]


@pytest.mark.parametrize(
    ("fields", "place"),
    [
        ({"mood": 11}, "mood: 11 is outside 1–10"),
        ({"mood": 0}, "mood: 0 is outside 1–10"),
        ({"mood": 5, "stress": 12}, "stress: 12 is outside 1–10"),
        ({"mood": 5, "energy": 0}, "energy: 0 is outside 1–10"),
        ({"mood": 5, "sleep_hours": 25.0}, "sleep_hours: 25 is outside 0–24 hours"),
        ({"mood": 5, "note": "x" * 20_001}, "note: is 20,001 characters long"),
        ({"mood": 5, "coping": [CopingUsed("not-a-uuid", "Walk")]}, "coping[0].item_id"),
    ],
)
def test_a_bad_field_is_refused_and_nothing_is_written(
    vault: Vault, fields: dict[str, object], place: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        service(vault).check_in(**fields)  # type: ignore[arg-type]
    assert raised.value.problems[0].startswith(place)
    assert vault.checkins.count() == 0


def test_the_time_needs_its_utc_offset(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="has no UTC offset"):
        service(vault, datetime(2026, 3, 4, 9, 0)).check_in(5)
    assert vault.checkins.count() == 0


def test_delete_then_restore_puts_back_the_same_check_in(vault: Vault) -> None:
    checkins = service(vault)
    made = checkins.check_in(3, emotions=["low"], coping=[CopingUsed(new_id(), "Call a friend")])
    removed = checkins.delete(made.id)
    assert removed == made
    assert vault.checkins.count() == 0
    assert checkins.delete(made.id) is None
    checkins.restore(made)
    assert vault.checkins.get(made.id) == made


def test_recent_is_newest_first_and_limited(vault: Vault) -> None:
    start = datetime(2026, 3, 1, 8, tzinfo=UTC)
    made = [service(vault, start + timedelta(hours=i)).check_in(1 + i % 10) for i in range(5)]
    assert [c.id for c in service(vault).recent(3)] == [c.id for c in reversed(made)][:3]
    assert service(vault).recent(0) == []


def test_coping_strategies_come_from_the_plans_coping_section(vault: Vault) -> None:
    checkins = service(vault)
    assert checkins.coping_strategies() == []
    with vault.transaction():
        vault.plan.save_section("coping", "Coping strategies that help")
        vault.plan.save_section("daily", "What keeps me well day to day")
        walk = vault.plan.add_item("coping", "A walk at lunchtime")
        music = vault.plan.add_item("coping", "Music on the way home")
        vault.plan.add_item("daily", "Eight hours in bed")
    assert checkins.coping_strategies() == [walk, music]
    assert all(isinstance(item, PlanItem) for item in checkins.coping_strategies())


def test_tidy_words() -> None:
    assert tidy_words(["  on   edge ", "On edge", "calm", " "]) == ["on edge", "calm"]
