"""Entries, check-ins, the plan and the vocabulary: what goes in comes back out, and the index follows."""

from __future__ import annotations

from datetime import UTC, date, timedelta, timezone

import pytest

from tests.unit.vault.builders import LOCAL, PASSPHRASE, at, make_checkin, make_entry, new_id
from wellbeing_desktop.domain import PlanItem, PlanSection, SelfCarePlan
from wellbeing_desktop.vault import Vault

# -- transactions ------------------------------------------------------------------------------------------


def test_transaction_rolls_back_everything_on_error(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction():
        vault.entries.save(make_entry(title="never kept"))
        vault.checkins.save(make_checkin())
        raise RuntimeError("boom")
    assert vault.entries.count() == 0
    assert vault.checkins.count() == 0
    assert vault.search("kept") == []
    assert not vault.connection.in_transaction


def test_nested_transaction_joins_the_outer_one(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction():
        with vault.transaction():
            vault.entries.save(make_entry(title="inner"))
        assert vault.connection.in_transaction  # the inner block did not commit
        raise RuntimeError("outer fails")
    assert vault.entries.count() == 0

    with vault.transaction():
        with vault.transaction():
            vault.entries.save(make_entry(title="inner"))
        vault.entries.save(make_entry(title="outer"))
    assert vault.entries.count() == 2


def test_data_survives_lock_and_open(vault: Vault) -> None:
    entry = make_entry(title="Remember me", tags=["b", "a"])
    checkin = make_checkin(mood=3, note="low")
    with vault.transaction():
        vault.entries.save(entry)
        vault.checkins.save(checkin)
        vault.plan.save_section("daily", "What keeps me well")
        item = vault.plan.add_item("daily", "A walk")
    vault.lock()
    with Vault.open(vault.folder, PASSPHRASE) as reopened:
        assert reopened.entries.get(entry.id) == entry
        assert reopened.checkins.get(checkin.id) == checkin
        assert reopened.plan.load().sections == [PlanSection("daily", "What keeps me well", [item])]


# -- entries -----------------------------------------------------------------------------------------------


def test_entry_round_trip_keeps_every_field_and_the_utc_offset(vault: Vault) -> None:
    entry = make_entry(
        created_at=at(0, LOCAL),
        updated_at=at(90, timezone(timedelta(hours=-3))),
        title="After the ward round",
        body="# Gibbs\n\nWhat happened… “quotes”, emoji 🌱, and\nnew lines.",
        template="gibbs",
        tags=["zeta", "Alpha", "mid dle"],
        emotions=["anxious", "relieved"],
        for_supervision=True,
        mood=4,
    )
    assert entry.problems() == []
    with vault.transaction():
        vault.entries.save(entry)

    got = vault.entries.get(entry.id)
    assert got == entry
    assert got is not None
    assert got.tags == ["zeta", "Alpha", "mid dle"]  # order kept, not sorted
    assert got.emotions == ["anxious", "relieved"]
    assert got.created_at.utcoffset() == timedelta(hours=5, minutes=30)
    assert got.updated_at.utcoffset() == timedelta(hours=-3)


def test_entry_with_defaults_round_trips(vault: Vault) -> None:
    entry = make_entry()
    with vault.transaction():
        vault.entries.save(entry)
    assert vault.entries.get(entry.id) == entry


def test_unknown_entry_is_none(vault: Vault) -> None:
    assert vault.entries.get(new_id()) is None
    assert vault.entries.delete(new_id()) is False


def test_update_keeps_one_row_and_the_index_follows(vault: Vault) -> None:
    entry = make_entry(title="Walrus", body="The original aardvark text.", tags=["firsttag", "keep"])
    with vault.transaction():
        vault.entries.save(entry)
    assert len(vault.search("aardvark")) == 1
    assert len(vault.search("firsttag")) == 1

    entry.title = "Pelican"
    entry.body = "The rewritten zebra text."
    entry.tags = ["keep", "secondtag"]
    entry.emotions = ["calm"]
    entry.updated_at = entry.created_at + timedelta(hours=1)
    with vault.transaction():
        vault.entries.save(entry)

    assert vault.entries.count() == 1
    assert vault.entries.get(entry.id) == entry
    for old in ("aardvark", "walrus", "firsttag", "original"):
        assert vault.search(old) == [], old
    for new in ("zebra", "pelican", "secondtag", "keep", "rewritten"):
        assert [hit.id for hit in vault.search(new)] == [entry.id], new
    assert vault.problems() == []


def test_delete_removes_the_entry_its_words_and_its_search_hits(vault: Vault) -> None:
    gone = make_entry(title="Gone", body="ephemeral thought", tags=["t1"], emotions=["sad"])
    kept = make_entry(title="Kept", body="ephemeral but kept", tags=["t1"])
    with vault.transaction():
        vault.entries.save(gone)
        vault.entries.save(kept)
    with vault.transaction():
        assert vault.entries.delete(gone.id) is True
    assert vault.entries.get(gone.id) is None
    assert [hit.id for hit in vault.search("ephemeral")] == [kept.id]
    assert vault.search("thought") == []
    assert vault.vocabulary.tags() == [("t1", 1)]
    assert vault.vocabulary.feeling_words() == []
    assert vault.connection.execute("SELECT count(*) FROM entry_emotions").fetchone()[0] == 0
    assert vault.problems() == []


def test_all_is_oldest_first_and_recent_newest_first(vault: Vault) -> None:
    # Written in different time zones: order follows the instant, not the wall-clock text.
    early = make_entry(created_at=at(0, LOCAL), title="early", body="\n\n  ## First line  \nsecond")
    middle = make_entry(created_at=at(30, UTC), title="middle", tags=["x", "y"])
    late = make_entry(created_at=at(60, timezone(timedelta(hours=-8))), title="late", template="debrief")
    with vault.transaction():
        for entry in (late, early, middle):
            vault.entries.save(entry)

    assert [e.title for e in vault.entries.all()] == ["early", "middle", "late"]
    recent = vault.entries.recent()
    assert [s.title for s in recent] == ["late", "middle", "early"]
    assert recent[2].first_line == "second"  # a template heading is skipped for the first words written
    assert recent[1].tags == ("x", "y")
    assert recent[0].template == "debrief"
    assert [s.title for s in vault.entries.recent(limit=1, offset=1)] == ["middle"]
    assert set(vault.entries.updated_times()) == {early.id, middle.id, late.id}
    assert vault.entries.updated_times()[late.id] == late.updated_at.timestamp()


# -- check-ins ---------------------------------------------------------------------------------------------


def test_checkin_round_trip(vault: Vault) -> None:
    checkin = make_checkin(
        at=at(0, LOCAL), mood=7, stress=3, energy=9, sleep_hours=6.5, emotions=["hopeful", "tired"], note="ok"
    )
    bare = make_checkin(mood=1)
    with vault.transaction():
        vault.checkins.save(checkin)
        vault.checkins.save(bare)
    assert vault.checkins.get(checkin.id) == checkin
    got = vault.checkins.get(checkin.id)
    assert got is not None and got.at.utcoffset() == timedelta(hours=5, minutes=30)
    assert vault.checkins.get(bare.id) == bare
    assert vault.checkins.ids() == {checkin.id, bare.id}
    assert vault.checkins.get(new_id()) is None


def test_checkin_update_and_delete(vault: Vault) -> None:
    checkin = make_checkin(mood=2, emotions=["a", "b"])
    with vault.transaction():
        vault.checkins.save(checkin)
    checkin.mood, checkin.emotions, checkin.note = 8, ["c"], "better"
    with vault.transaction():
        vault.checkins.save(checkin)
    assert vault.checkins.count() == 1
    assert vault.checkins.get(checkin.id) == checkin
    with vault.transaction():
        assert vault.checkins.delete(checkin.id) is True
        assert vault.checkins.delete(checkin.id) is False
    assert vault.checkins.count() == 0
    assert vault.connection.execute("SELECT count(*) FROM checkin_emotions").fetchone()[0] == 0


def test_checkins_in_time_order_and_chart_points(vault: Vault) -> None:
    checkins = [make_checkin(at=at(minutes, tz), mood=mood) for minutes, tz, mood in
                [(120, LOCAL, 5), (0, UTC, 2), (60, timezone(timedelta(hours=-5)), 9)]]  # fmt: skip
    with vault.transaction():
        for checkin in checkins:
            vault.checkins.save(checkin)
    assert [c.mood for c in vault.checkins.all()] == [2, 9, 5]
    points = vault.checkins.chart_points()
    assert [p.mood for p in points] == [2, 9, 5]
    assert points[1].at == checkins[2].at.isoformat()
    start = at(30).timestamp()
    end = at(120).timestamp()
    assert [p.mood for p in vault.checkins.chart_points(start, end)] == [9]  # [start, end)
    assert [p.mood for p in vault.checkins.chart_points(start_ts=start)] == [9, 5]


# -- the plan ----------------------------------------------------------------------------------------------


def plan_shape(vault: Vault) -> list[tuple[str, str, list[str]]]:
    return [(s.key, s.title, [i.text for i in s.items]) for s in vault.plan.load().sections]


def test_empty_plan(vault: Vault) -> None:
    assert vault.plan.load() == SelfCarePlan(review_on=None, sections=[])


def test_plan_sections_and_items(vault: Vault) -> None:
    with vault.transaction():
        vault.plan.save_section("daily", "Day to day")
        vault.plan.save_section("coping", "Coping")
        walk = vault.plan.add_item("daily", "Walk")
        tea = vault.plan.add_item("daily", "Tea with a friend")
        breathe = vault.plan.add_item("coping", "Breathe out slowly")
        vault.plan.set_review_on(date(2027, 3, 1))
    assert plan_shape(vault) == [
        ("daily", "Day to day", ["Walk", "Tea with a friend"]),
        ("coping", "Coping", ["Breathe out slowly"]),
    ]
    assert vault.plan.load().review_on == date(2027, 3, 1)
    assert vault.plan.load().problems() == []

    with vault.transaction():
        vault.plan.save_section("daily", "What keeps me well")  # retitle in place
        assert vault.plan.update_item(walk.id, "Walk at lunchtime") is True
        assert vault.plan.update_item(new_id(), "nothing") is False
        vault.plan.order_items("daily", [tea.id, walk.id])
        vault.plan.order_sections(["coping", "daily"])
        vault.plan.set_review_on(None)
    assert plan_shape(vault) == [
        ("coping", "Coping", ["Breathe out slowly"]),
        ("daily", "What keeps me well", ["Tea with a friend", "Walk at lunchtime"]),
    ]
    assert vault.plan.load().review_on is None

    with vault.transaction():
        vault.plan.order_items("daily", [breathe.id, tea.id, walk.id])  # moves breathe from coping
        assert vault.plan.remove_item(tea.id) is True
        assert vault.plan.remove_item(tea.id) is False
    assert plan_shape(vault) == [
        ("coping", "Coping", []),
        ("daily", "What keeps me well", ["Breathe out slowly", "Walk at lunchtime"]),
    ]

    with vault.transaction():
        assert vault.plan.remove_section("daily") is True  # its items go with it
        assert vault.plan.remove_section("daily") is False
        extra = vault.plan.add_item("coping", "Music", item_id=new_id())
    assert plan_shape(vault) == [("coping", "Coping", ["Music"])]
    assert vault.plan.load().sections[0].items == [extra]
    assert vault.connection.execute("SELECT count(*) FROM plan_items").fetchone()[0] == 1


def test_merge_puts_the_files_sections_and_items_first_and_keeps_the_rest(vault: Vault) -> None:
    """merge(): sections and items from the file replace those with the same key or id and come first, in the
    file's order; anything only in the vault is kept after them."""
    with vault.transaction():
        vault.plan.save_section("daily", "Daily (vault)")
        vault.plan.save_section("coping", "Coping (vault)")
        vault.plan.save_section("people", "People (vault only)")
        a = vault.plan.add_item("daily", "a (vault only)")
        b = vault.plan.add_item("daily", "b (vault)")
        c = vault.plan.add_item("coping", "c (vault)")
        d = vault.plan.add_item("people", "d (vault only)")
        m = vault.plan.add_item("people", "m (moves to coping)")
        vault.plan.set_review_on(date(2026, 1, 1))

    e, f = new_id(), new_id()
    incoming = SelfCarePlan(
        review_on=date(2027, 6, 30),
        sections=[
            PlanSection("coping", "Coping (file)", [PlanItem(e, "e (new)"), PlanItem(c.id, "c (file)")]),
            PlanSection("daily", "Daily (file)", [PlanItem(b.id, "b (file)"), PlanItem(f, "f (new)")]),
            PlanSection("boundaries", "Boundaries (new)", [PlanItem(m.id, "m (file)")]),
        ],
    )
    assert incoming.problems() == []
    with vault.transaction():
        vault.plan.merge(incoming)

    assert plan_shape(vault) == [
        ("coping", "Coping (file)", ["e (new)", "c (file)"]),
        ("daily", "Daily (file)", ["b (file)", "f (new)", "a (vault only)"]),
        ("boundaries", "Boundaries (new)", ["m (file)"]),
        ("people", "People (vault only)", ["d (vault only)"]),
    ]
    plan = vault.plan.load()
    assert plan.review_on == date(2027, 6, 30)
    assert [i.id for s in plan.sections for i in s.items] == [e, c.id, b.id, f, a.id, m.id, d.id]
    assert plan.problems() == []

    # Idempotent: merging the same plan again changes nothing.
    with vault.transaction():
        vault.plan.merge(incoming)
    assert vault.plan.load() == plan


def test_merge_without_review_date_keeps_the_vaults(vault: Vault) -> None:
    with vault.transaction():
        vault.plan.set_review_on(date(2026, 5, 1))
        vault.plan.merge(SelfCarePlan(review_on=None, sections=[PlanSection("daily", "Daily")]))
    assert vault.plan.load() == SelfCarePlan(date(2026, 5, 1), [PlanSection("daily", "Daily", [])])


def test_merge_into_an_empty_plan_gives_the_file(vault: Vault) -> None:
    incoming = SelfCarePlan(
        review_on=date(2027, 1, 2),
        sections=[
            PlanSection("people", "People", [PlanItem(new_id(), "My peer group"), PlanItem(new_id(), "Sam")]),
            PlanSection("daily", "Daily", [PlanItem(new_id(), "Sleep")]),
        ],
    )
    with vault.transaction():
        vault.plan.merge(incoming)
    assert vault.plan.load() == incoming


# -- vocabulary --------------------------------------------------------------------------------------------


def test_vocabulary_counts_tags_and_feeling_words(vault: Vault) -> None:
    with vault.transaction():
        vault.entries.save(make_entry(tags=["Work", "sleep"], emotions=["calm", "tired"]))
        vault.entries.save(make_entry(tags=["work"], emotions=["Tired"]))
        vault.entries.save(make_entry(tags=["work", "family"]))
        vault.entries.save(make_entry(tags=["zoo"]))
        vault.checkins.save(make_checkin(emotions=["tired", "hopeful"]))
        vault.checkins.save(make_checkin(emotions=["hopeful"]))

    assert vault.vocabulary.tags() == [("Work", 3), ("family", 1), ("sleep", 1), ("zoo", 1)]
    assert vault.vocabulary.feeling_words() == [("Tired", 3), ("hopeful", 2), ("calm", 1)]


def test_vocabulary_of_an_empty_vault(vault: Vault) -> None:
    assert vault.vocabulary.tags() == []
    assert vault.vocabulary.feeling_words() == []
