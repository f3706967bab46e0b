"""Import merges by id: nothing is ever lost, and the same file twice changes nothing more."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.services.documents import (
    PASSPHRASE,
    base_document,
    checkin,
    checkin_id,
    document,
    entry,
    entry_id,
    exported,
    item_id,
    plan,
    section,
)
from wellbeing_desktop.domain import CopingUsed
from wellbeing_desktop.services.interchange import ImportSummary, export_document, import_document
from wellbeing_desktop.vault import Vault


def plan_shape(vault: Vault) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The plan as (key, title, [(item id, text), ...]) in the order the person sees it."""
    with vault.transaction():
        loaded = vault.plan.load()
    return [(s.key, s.title, [(i.id, i.text) for i in s.items]) for s in loaded.sections]


def entry_titles(vault: Vault) -> dict[str, str]:
    with vault.transaction():
        return {e.id: e.title for e in vault.entries.all()}


# -- idempotency -----------------------------------------------------------------------------------------


def test_the_first_import_adds_everything(vault: Vault) -> None:
    summary = import_document(vault, base_document())
    assert summary == ImportSummary(entries_added=2, checkins_added=4, plan_items=3)
    assert summary.sentence() == "Imported 2 new entries, 0 updated, 4 new check-ins, 3 plan items."


def test_importing_the_same_file_twice_changes_nothing_more(vault: Vault) -> None:
    doc = base_document()
    import_document(vault, doc)
    after_first = exported(vault)
    second = import_document(vault, doc)
    assert (second.entries_added, second.entries_updated, second.checkins_added) == (0, 0, 0)
    assert (second.entries_unchanged, second.checkins_unchanged) == (2, 4)
    assert exported(vault) == after_first


def test_a_vault_export_imported_back_changes_nothing(vault: Vault) -> None:
    import_document(vault, base_document())
    before = exported(vault)
    summary = import_document(vault, export_document(vault))
    assert (summary.entries_added, summary.entries_updated, summary.checkins_added) == (0, 0, 0)
    assert exported(vault) == before


def test_moving_to_a_new_vault_keeps_everything(vault: Vault, tmp_path: Path) -> None:
    import_document(vault, base_document())
    with Vault.create(tmp_path / "new laptop", PASSPHRASE) as other:
        import_document(other, export_document(vault))
        assert exported(other) == exported(vault)


def test_the_exported_document_matches_what_was_imported(vault: Vault) -> None:
    doc = base_document()
    import_document(vault, doc)
    expected = {k: v for k, v in doc.items() if k != "exported_at"}
    expected.update(version=3, supervision_sessions=[], plan_history=[])  # exports are version 3
    expected.update(people=[], development_goals=[], learning_log=[], reflections=[])
    for made in expected["entries"]:
        made.setdefault("mood", None)
    for made in expected["checkins"]:
        made.setdefault("coping", [])
        made.setdefault("talked_with_someone", False)
        made.setdefault("talked_with", [])
    assert exported(vault) == expected


def test_importing_merges_and_never_deletes(vault: Vault) -> None:
    import_document(vault, document(entries=[entry(1)], checkins=[checkin(1)]))
    import_document(vault, document(entries=[entry(2)], checkins=[checkin(2)]))
    doc = exported(vault)
    assert [e["id"] for e in doc["entries"]] == [entry_id(1), entry_id(2)]
    assert sorted(c["id"] for c in doc["checkins"]) == [checkin_id(1), checkin_id(2)]


# -- entries: replaced only by a newer updated_at --------------------------------------------------------


def _import_entry(vault: Vault, **fields: Any) -> ImportSummary:
    return import_document(vault, document(entries=[entry(1, **fields)]))


def test_a_newer_entry_replaces_the_one_in_the_vault(vault: Vault) -> None:
    _import_entry(vault, title="Before", updated_at="2026-11-24T19:05:00+00:00")
    summary = _import_entry(
        vault, title="After", body="Rewritten.", tags=["phone call"], updated_at="2026-11-25T08:00:00+00:00"
    )
    assert (summary.entries_added, summary.entries_updated, summary.entries_unchanged) == (0, 1, 0)
    assert entry_titles(vault) == {entry_id(1): "After"}
    assert exported(vault)["entries"][0]["tags"] == ["phone call"]
    assert exported(vault)["entries"][0]["updated_at"] == "2026-11-25T08:00:00+00:00"


def test_an_older_entry_does_not_replace_the_one_in_the_vault(vault: Vault) -> None:
    _import_entry(vault, title="Newer", updated_at="2026-11-25T08:00:00+00:00")
    summary = _import_entry(vault, title="Older", updated_at="2026-11-24T19:05:00+00:00")
    assert (summary.entries_updated, summary.entries_unchanged) == (0, 1)
    assert entry_titles(vault) == {entry_id(1): "Newer"}


def test_an_entry_changed_at_the_same_time_does_not_replace(vault: Vault) -> None:
    _import_entry(vault, title="Mine", updated_at="2026-11-24T19:05:00+00:00")
    summary = _import_entry(vault, title="Theirs", updated_at="2026-11-24T19:05:00+00:00")
    assert summary.entries_unchanged == 1
    assert entry_titles(vault) == {entry_id(1): "Mine"}


def test_the_same_moment_in_another_time_zone_is_not_newer(vault: Vault) -> None:
    _import_entry(vault, title="Mine", updated_at="2026-11-24T19:05:00+00:00")
    summary = _import_entry(vault, title="Theirs", updated_at="2026-11-25T00:50:00+05:45")
    assert summary.entries_unchanged == 1
    assert entry_titles(vault) == {entry_id(1): "Mine"}


def test_newer_is_decided_by_the_moment_not_the_clock_face(vault: Vault) -> None:
    # 16:00 at -03:30 is 19:30 UTC: later than 19:05 UTC, although 16:00 reads earlier.
    _import_entry(vault, title="Mine", updated_at="2026-11-24T19:05:00+00:00")
    summary = _import_entry(vault, title="Theirs", updated_at="2026-11-24T16:00:00-03:30")
    assert summary.entries_updated == 1
    assert entry_titles(vault) == {entry_id(1): "Theirs"}
    assert exported(vault)["entries"][0]["updated_at"] == "2026-11-24T16:00:00-03:30"


def test_a_newer_entry_in_a_file_can_clear_fields(vault: Vault) -> None:
    _import_entry(vault, template="gibbs", tags=["a", "b"], emotions=["calm"], mood=7, for_supervision=True)
    _import_entry(
        vault,
        template=None,
        tags=[],
        emotions=[],
        mood=None,
        for_supervision=False,
        updated_at="2026-11-30T10:00:00+00:00",
    )
    (only,) = exported(vault)["entries"]
    assert (only["template"], only["tags"], only["emotions"], only["mood"], only["for_supervision"]) == (
        None,
        [],
        [],
        None,
        False,
    )


# -- check-ins: one already in the vault is kept as it is ------------------------------------------------


def test_a_check_in_already_in_the_vault_is_kept_as_it_is(vault: Vault) -> None:
    import_document(vault, document(checkins=[checkin(1, mood=3, note="Hard day.")]))
    summary = import_document(
        vault, document(checkins=[checkin(1, mood=9, note="Changed elsewhere."), checkin(2)])
    )
    assert (summary.checkins_added, summary.checkins_unchanged) == (1, 1)
    kept = next(c for c in exported(vault)["checkins"] if c["id"] == checkin_id(1))
    assert (kept["mood"], kept["note"]) == (3, "Hard day.")


# -- the plan --------------------------------------------------------------------------------------------


def test_plan_sections_and_items_from_the_file_come_first_in_the_files_order(vault: Vault) -> None:
    import_document(
        vault,
        document(
            plan=plan(
                section("daily", "What keeps me well day to day", (1, "A walk at lunchtime")),
                section("coping", "Coping strategies that help", (2, "Breathing out slowly")),
                section(
                    "people", "People I can talk to", (3, "My supervisor"), (4, "Sam from the peer group")
                ),
            )
        ),
    )
    import_document(
        vault,
        document(
            plan=plan(
                section("people", "Who I can talk to", (5, "My sister"), (3, "My supervisor, on Thursdays")),
                section("boundaries", "Boundaries I keep", (6, "I leave work at work")),
            )
        ),
    )
    assert plan_shape(vault) == [
        (
            "people",
            "Who I can talk to",
            [
                (item_id(5), "My sister"),
                (item_id(3), "My supervisor, on Thursdays"),
                (item_id(4), "Sam from the peer group"),
            ],
        ),
        ("boundaries", "Boundaries I keep", [(item_id(6), "I leave work at work")]),
        ("daily", "What keeps me well day to day", [(item_id(1), "A walk at lunchtime")]),
        ("coping", "Coping strategies that help", [(item_id(2), "Breathing out slowly")]),
    ]


def test_an_item_the_file_puts_in_another_section_moves_there(vault: Vault) -> None:
    import_document(
        vault,
        document(
            plan=plan(
                section("daily", "Day to day", (1, "A walk"), (2, "Tea away from my desk")),
                section("coping", "Coping", (3, "Breathing out slowly")),
            )
        ),
    )
    import_document(
        vault, document(plan=plan(section("coping", "Coping", (3, "Breathing out slowly"), (2, "Tea"))))
    )
    assert plan_shape(vault) == [
        ("coping", "Coping", [(item_id(3), "Breathing out slowly"), (item_id(2), "Tea")]),
        ("daily", "Day to day", [(item_id(1), "A walk")]),
    ]


def test_the_review_date_is_kept_when_the_file_has_none(vault: Vault) -> None:
    import_document(
        vault, document(plan=plan(section("daily", "Day to day", (1, "A walk")), review_on="2027-02-26"))
    )
    import_document(vault, document(plan=plan(section("daily", "Day to day", (1, "A walk")), review_on=None)))
    assert exported(vault)["plan"]["review_on"] == "2027-02-26"


def test_the_review_date_in_the_file_replaces_the_one_in_the_vault(vault: Vault) -> None:
    import_document(vault, document(plan=plan(review_on="2027-02-26")))
    import_document(vault, document(plan=plan(review_on="2027-05-01")))
    assert exported(vault)["plan"]["review_on"] == "2027-05-01"


def test_a_file_without_a_plan_leaves_the_plan_alone(vault: Vault) -> None:
    import_document(vault, base_document())
    before = exported(vault)["plan"]
    summary = import_document(vault, {"format": "wellbeing-desktop", "version": 1, "entries": [entry(7)]})
    assert summary.plan_items == 0
    assert exported(vault)["plan"] == before


def test_reimporting_a_plan_keeps_it_the_same(vault: Vault) -> None:
    doc = base_document()
    import_document(vault, doc)
    import_document(vault, doc)
    assert exported(vault)["plan"] == doc["plan"]


# -- bug: fails until ImportSummary counts only what changed (see the report) -----------------------------


def test_reimporting_the_same_file_reports_nothing_imported(vault: Vault) -> None:
    """BUG: ImportSummary.plan_items counts every plan item in the file, so importing the same file again
    says "Imported 0 new entries, 0 updated, 0 new check-ins, 3 plan items; 6 already in your vault."."""
    doc = base_document()
    import_document(vault, doc)
    second = import_document(vault, doc)
    assert second.plan_items == 0
    assert (
        second.sentence()
        == "Imported 0 new entries, 0 updated, 0 new check-ins, 0 plan items; 6 already in your vault."
    )


def test_moving_to_a_new_vault_keeps_the_coping_strategies_used_in_check_ins(
    vault: Vault, tmp_path: Path
) -> None:
    """BUG: the vault keeps the plan's coping strategies ticked in a check-in (CheckIn.coping, schema v1),
    but checkin_to_json leaves them out, so an export taken to a new laptop silently loses them."""
    import_document(vault, base_document())
    with vault.transaction():
        kept = vault.checkins.get(checkin_id(1))
        assert kept is not None
        kept.coping = [CopingUsed(item_id(1), "A walk at lunchtime")]
        vault.checkins.save(kept)
    with Vault.create(tmp_path / "new laptop", PASSPHRASE) as other:
        import_document(other, export_document(vault))
        with other.transaction():
            moved = other.checkins.get(checkin_id(1))
    assert moved is not None
    assert moved.coping == [CopingUsed(item_id(1), "A walk at lunchtime")]
