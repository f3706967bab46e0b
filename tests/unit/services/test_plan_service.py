"""PlanService on a real vault: the shown plan, items added, edited, moved, removed and put back,
own sections, the review date, and the validation that keeps bad text out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.unit.services.documents import PASSPHRASE
from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.domain import BUILT_IN_SECTIONS, PlanItem
from wellbeing_desktop.domain.rules import MAX_PLAN_ITEM_CHARS
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.services.plan import PlanService
from wellbeing_desktop.services.plan_sections import slug_for
from wellbeing_desktop.vault import Vault

BST = timezone(timedelta(hours=1))


class Ticks:
    """A clock for the service: a fixed time moved on by hand."""

    def __init__(self) -> None:
        self.at = datetime(2026, 5, 11, 9, 30, tzinfo=BST)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, minutes: float) -> None:
        self.at += timedelta(minutes=minutes)


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def service(vault: Vault, ticks: Ticks) -> PlanService:
    return PlanService(vault, ticks, load_builtin())


def texts(service: PlanService, key: str) -> list[str]:
    return [i.text for s in service.load().sections if s.key == key for i in s.items]


def history_rows(vault: Vault) -> int:
    return int(vault.connection.execute("SELECT count(*) FROM plan_changes").fetchone()[0])


def test_an_empty_plan_shows_every_built_in_section_without_writing_any(
    service: PlanService, vault: Vault
) -> None:
    plan = service.load()
    guides = load_builtin().plan_sections
    assert [s.key for s in plan.sections] == [g.key for g in guides]
    assert sorted(s.key for s in plan.sections) == sorted(BUILT_IN_SECTIONS)
    assert [s.title for s in plan.sections] == [g.title for g in guides]
    assert all(not s.items for s in plan.sections)
    assert vault.plan.load().sections == []


def test_a_section_is_written_with_its_first_item_and_keeps_content_order(
    service: PlanService, vault: Vault
) -> None:
    service.add_item("coping", "  Text Priya after a hard shift ")
    service.add_item("daily", "A walk at lunchtime, even a short one")
    stored = vault.plan.load()
    assert [(s.key, s.title) for s in stored.sections] == [
        ("daily", "What keeps me well day to day"),
        ("coping", "Coping strategies that help"),
    ]
    assert texts(service, "coping") == ["Text Priya after a hard shift"]
    assert [s.key for s in service.load().sections][:3] == ["daily", "warning-signs", "coping"]


def test_edit_returns_the_old_words_and_an_unchanged_edit_writes_nothing(
    service: PlanService, vault: Vault
) -> None:
    item = service.add_item("boundaries", "No work messages after 7")
    assert service.edit_item(item.id, "I don't check work messages after 7pm") == "No work messages after 7"
    assert texts(service, "boundaries") == ["I don't check work messages after 7pm"]
    rows = history_rows(vault)
    service.edit_item(item.id, "I don't check work messages after 7pm ")
    assert history_rows(vault) == rows


def test_remove_then_restore_puts_the_same_item_back_in_its_place(service: PlanService) -> None:
    a, b, c = (service.add_item("coping", t) for t in ("Slow breaths", "A walk", "Music"))
    place = service.remove_item(b.id)
    assert place == ("coping", 1, b)
    assert texts(service, "coping") == ["Slow breaths", "Music"]
    assert service.restore_item(*place) == b
    assert [i.id for s in service.load().sections if s.key == "coping" for i in s.items] == [a.id, b.id, c.id]
    with pytest.raises(ValidationError):
        service.restore_item(*place)  # it is already back


def test_moves_within_and_across_sections(service: PlanService) -> None:
    a, b, c = (service.add_item("daily", t) for t in ("Lunch away from my desk", "Early night", "Music"))
    assert service.move_item(c.id, "daily", 0) == ("daily", 2)
    assert texts(service, "daily") == ["Music", "Lunch away from my desk", "Early night"]
    assert service.move_item(a.id, "daily", 99) == ("daily", 1)  # the end, however far down
    assert texts(service, "daily") == ["Music", "Early night", "Lunch away from my desk"]
    # Into a built-in section that is not in the vault yet: it is written on the way.
    assert service.move_item(b.id, "people", 0) == ("daily", 1)
    assert texts(service, "daily") == ["Music", "Lunch away from my desk"]
    assert texts(service, "people") == ["Early night"]
    service.move_item(b.id, "daily", 1)  # undo puts it back
    assert texts(service, "daily") == ["Music", "Early night", "Lunch away from my desk"]


def test_own_sections_get_unique_keys_and_only_empty_ones_go(service: PlanService) -> None:
    first = service.add_section("Things I'm proud of")
    second = service.add_section("Things I'm proud of")
    assert (first.key, second.key) == ("things-i-m-proud-of", "things-i-m-proud-of-2")
    assert service.add_section("Coping").key == "coping-2"  # never a built-in key
    assert [s.key for s in service.load().sections][-3:] == [first.key, second.key, "coping-2"]
    service.add_item(first.key, "Ran my first group on my own")
    with pytest.raises(WellbeingError, match="still has things in it"):
        service.remove_section(first.key)
    with pytest.raises(WellbeingError):
        service.remove_section("coping")
    assert service.remove_section(second.key).title == "Things I'm proud of"
    assert second.key not in [s.key for s in service.load().sections]
    assert service.add_section("Things I'm proud of", key=second.key).key == second.key


def test_slugs_are_short_plain_keys() -> None:
    assert slug_for("Café & friends!", []) == "cafe-friends"
    assert slug_for("!!!", []) == "section"
    long = slug_for("x" * 60, ["x" * 40])
    assert long == "x" * 38 + "-2"


def test_review_date_returns_the_one_before(service: PlanService) -> None:
    assert service.set_review_on(date(2026, 8, 1)) is None
    assert service.set_review_on(None) == date(2026, 8, 1)
    assert service.load().review_on is None


def test_coping_items_are_the_coping_section(service: PlanService) -> None:
    assert service.coping_items() == []
    service.add_item("daily", "Early night")
    walk = service.add_item("coping", "A walk round the block between sessions")
    assert service.coping_items() == [walk]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "with a \x00 in it", "x" * (MAX_PLAN_ITEM_CHARS + 1)],
    ids=["empty", "blank", "nul", "too-long"],
)
def test_bad_text_writes_neither_item_nor_history(service: PlanService, vault: Vault, text: str) -> None:
    with pytest.raises(ValidationError):
        service.add_item("coping", text)
    assert vault.plan.load().sections == []
    assert history_rows(vault) == 0


def test_bad_edit_and_unknown_places_change_nothing(service: PlanService, vault: Vault) -> None:
    item = service.add_item("coping", "Five slow breaths")
    rows = history_rows(vault)
    with pytest.raises(ValidationError):
        service.edit_item(item.id, " ")
    with pytest.raises(WellbeingError):
        service.add_item("no-such-section", "Anything")
    with pytest.raises(WellbeingError):
        service.move_item(item.id, "no-such-section", 0)
    with pytest.raises(WellbeingError):
        service.remove_item("00000000-0000-4000-8000-000000000000")
    with pytest.raises(ValidationError):
        service.add_section("  ")
    assert texts(service, "coping") == ["Five slow breaths"]
    assert history_rows(vault) == rows


def test_the_history_row_and_the_change_share_one_transaction(vault: Vault) -> None:
    """A clock without a UTC offset makes the history write fail after the item is written: the
    item must go with it."""
    naive = PlanService(vault, lambda: datetime(2026, 5, 11, 9, 30), load_builtin())
    with pytest.raises(ValueError, match="UTC offset"):
        naive.add_item("coping", "A walk at lunchtime")
    assert vault.plan.load().sections == []
    assert history_rows(vault) == 0


def test_the_plan_survives_locking(tmp_path: Path, ticks: Ticks) -> None:
    with Vault.create(tmp_path / "v", PASSPHRASE) as vault:
        service = PlanService(vault, ticks, load_builtin())
        kept = service.add_item("people", "Priya, after a hard shift")
        service.set_review_on(date(2026, 9, 1))
    with Vault.open(tmp_path / "v", PASSPHRASE) as vault:
        plan = PlanService(vault, ticks, load_builtin()).load()
        assert plan.review_on == date(2026, 9, 1)
        assert [s.items for s in plan.sections if s.key == "people"] == [[PlanItem(kept.id, kept.text)]]


def test_a_content_packs_section_shows_in_the_plan_and_takes_items(vault: Vault, tmp_path: Path) -> None:
    """A section an organisation's pack adds is an invitation like a built-in one, and a section of
    one's own never takes its key."""
    from wellbeing_desktop.content.installed import install, load_content

    example = Path(__file__).resolve().parents[3] / "docs" / "example-pack" / "riverside-peer-support"
    packs = tmp_path / "packs"
    install(example, packs)
    service = PlanService(vault, lambda: datetime(2026, 11, 26, 9, tzinfo=UTC), load_content(packs))
    assert "riverside-peer-network" in [s.key for s in service.load().sections]
    item = service.add_item("riverside-peer-network", "The Tuesday peer circle")
    assert service.locate(item.id)[0] == "riverside-peer-network"
    own = service.add_section("Riverside peer network")
    assert own.key != "riverside-peer-network"
