"""Domain rules: every broken rule is reported as 'place: what is wrong'; valid data has no problems."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from wellbeing_desktop.domain import (
    BUILT_IN_SECTIONS,
    BUILT_IN_TEMPLATES,
    CheckIn,
    Entry,
    PlanItem,
    PlanSection,
    SelfCarePlan,
    rules,
)

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
MIB = 1_048_576


def uid() -> str:
    return str(uuid.uuid4())


def entry(**fields: Any) -> Entry:
    fields.setdefault("id", uid())
    fields.setdefault("created_at", NOW)
    fields.setdefault("updated_at", fields["created_at"])
    return Entry(**fields)


def checkin(**fields: Any) -> CheckIn:
    fields.setdefault("id", uid())
    fields.setdefault("at", NOW)
    fields.setdefault("mood", 5)
    return CheckIn(**fields)


# -- valid data --------------------------------------------------------------------------------------------


def test_valid_objects_have_no_problems() -> None:
    assert entry().problems() == []
    assert (
        entry(
            title="t",
            body="b",
            template="gibbs",
            tags=["a", "b"],
            emotions=["calm"],
            for_supervision=True,
            mood=10,
        ).problems()
        == []
    )
    assert checkin().problems() == []
    assert checkin(mood=1, stress=10, energy=1, sleep_hours=0, emotions=["ok"], note="fine").problems() == []
    assert checkin(sleep_hours=24).problems() == []
    assert checkin(sleep_hours=7.25).problems() == []
    assert SelfCarePlan().problems() == []
    plan = SelfCarePlan(
        sections=[PlanSection(key, key.title(), [PlanItem(uid(), "x")]) for key in BUILT_IN_SECTIONS]
    )
    assert plan.problems() == []


def test_new_id_is_a_valid_uuid() -> None:
    assert rules.check_uuid(rules.new_id()) is None
    assert rules.new_id() != rules.new_id()


# -- scales ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mood", "message"),
    [
        (0, "mood: 0 is outside 1–10"),
        (11, "mood: 11 is outside 1–10"),
        (-3, "mood: -3 is outside 1–10"),
        (True, "mood: True is not a whole number from 1 to 10"),
        ("5", "mood: '5' is not a whole number from 1 to 10"),
        (5.0, "mood: 5.0 is not a whole number from 1 to 10"),
        (None, "mood: None is not a whole number from 1 to 10"),
    ],
)
def test_checkin_mood_out_of_scale(mood: object, message: str) -> None:
    assert checkin(mood=mood).problems() == [message]


@pytest.mark.parametrize("mood", [0, 11, True, "5"])
def test_entry_mood_out_of_scale(mood: object) -> None:
    (problem,) = entry(mood=mood).problems()
    assert problem.startswith("mood: ")


@pytest.mark.parametrize("name", ["stress", "energy"])
def test_stress_and_energy_use_the_same_scale(name: str) -> None:
    assert checkin(**{name: 11}).problems() == [f"{name}: 11 is outside 1–10"]
    assert checkin(**{name: False}).problems() == [f"{name}: False is not a whole number from 1 to 10"]
    assert checkin(**{name: None}).problems() == []


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        (25, "sleep_hours: 25 is outside 0–24 hours"),
        (24.5, "sleep_hours: 24.5 is outside 0–24 hours"),
        (-1, "sleep_hours: -1 is outside 0–24 hours"),
        (True, "sleep_hours: True is not a number of hours"),
        ("8", "sleep_hours: '8' is not a number of hours"),
    ],
)
def test_sleep_hours(hours: object, message: str) -> None:
    assert checkin(sleep_hours=hours).problems() == [message]


# -- times -------------------------------------------------------------------------------------------------


def test_naive_times_are_rejected() -> None:
    naive = datetime(2026, 11, 26, 12, 0)
    assert checkin(at=naive).problems() == ["at: 2026-11-26T12:00:00 has no UTC offset"]
    assert (
        "created_at: 2026-11-26T12:00:00 has no UTC offset"
        in entry(created_at=naive, updated_at=NOW).problems()
    )
    assert "updated_at: 2026-11-26T12:00:00 has no UTC offset" in entry(updated_at=naive).problems()


def test_updated_before_created_is_rejected() -> None:
    assert entry(updated_at=NOW - timedelta(seconds=1)).problems() == [
        "updated_at: is earlier than created_at"
    ]


def test_update_order_compares_instants_not_wall_clock() -> None:
    created = datetime(2026, 11, 26, 10, 0, tzinfo=timezone(timedelta(hours=2)))  # 08:00 UTC
    updated = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)  # later, though the clock reads earlier
    assert entry(created_at=created, updated_at=updated).problems() == []
    assert entry(created_at=updated, updated_at=created).problems() == [
        "updated_at: is earlier than created_at"
    ]


# -- ids and keys ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        "not-a-uuid",
        "",
        "12345678-1234-1234-1234-12345678901",  # one digit short
        "12345678-1234-1234-1234-1234567890123",  # one digit long
        "{12345678-1234-1234-1234-123456789012}",
        "12345678123412341234123456789012",
        "g2345678-1234-1234-1234-123456789012",
        " 12345678-1234-1234-1234-123456789012",
        "12345678-1234-1234-1234-123456789012\n",  # a trailing newline is not part of a UUID
    ],
)
def test_bad_uuid_is_rejected(bad: str) -> None:
    assert entry(id=bad).problems() == [f"id: {bad!r} is not a UUID"]
    assert checkin(id=bad).problems() == [f"id: {bad!r} is not a UUID"]
    assert PlanItem(bad, "text").problems() == [f"id: {bad!r} is not a UUID"]


def test_uppercase_uuid_is_accepted() -> None:
    assert entry(id=uid().upper()).problems() == []


@pytest.mark.parametrize(
    "bad",
    ["Gibbs Cycle!", "Gibbs", "gibbs cycle", "-gibbs", "gibbs-", "gibbs_cycle", "", "x" * 41, "gibbs\n", "é"],
)
def test_bad_template_slug_is_rejected(bad: str) -> None:
    problems = entry(template=bad).problems()
    assert len(problems) == 1 and problems[0].startswith(f"template: {bad!r} is not a short key"), problems
    problems = SelfCarePlan(sections=[PlanSection(bad, "Title")]).problems()
    assert len(problems) == 1 and problems[0].startswith(f"sections[0].key: {bad!r} is not a short key"), (
        problems
    )


@pytest.mark.parametrize("good", [*BUILT_IN_TEMPLATES, "acme-huddle", "a", "x" * 40, "step-2-review", None])
def test_well_formed_template_keys_are_accepted(good: str | None) -> None:
    """Content packs may add templates; an entry keeps its key even when the pack is gone."""
    assert entry(template=good).problems() == []


# -- text --------------------------------------------------------------------------------------------------


def test_body_up_to_one_mebibyte_of_utf8() -> None:
    assert entry(body="a" * MIB).problems() == []
    assert entry(body="a" * (MIB + 1)).problems() == ["body: is 1,048,577 bytes long; the most is 1,048,576"]
    # Counted in UTF-8 bytes, not characters: 524,289 two-byte characters are too many.
    assert entry(body="é" * (MIB // 2 + 1)).problems() == [
        "body: is 1,048,578 bytes long; the most is 1,048,576"
    ]


def test_title_and_note_length_limits() -> None:
    assert entry(title="t" * rules.MAX_TITLE_CHARS).problems() == []
    assert entry(title="t" * (rules.MAX_TITLE_CHARS + 1)).problems() == [
        "title: is 501 characters long; the most is 500"
    ]
    assert checkin(note="n" * (rules.MAX_NOTE_CHARS + 1)).problems() == [
        "note: is 20,001 characters long; the most is 20,000"
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("\ud800", "contains a character that is not valid Unicode text"),
        ("before \udfff after", "contains a character that is not valid Unicode text"),
        ("a\x00b", "contains a NUL character"),
    ],
)
def test_lone_surrogates_and_nul_are_rejected_everywhere(text: str, problem: str) -> None:
    assert entry(body=text).problems() == [f"body: {problem}"]
    assert entry(title=text).problems() == [f"title: {problem}"]
    assert entry(tags=[text]).problems() == [f"tags[0]: {problem}"]
    assert entry(emotions=["ok", text]).problems() == [f"emotions[1]: {problem}"]
    assert checkin(note=text).problems() == [f"note: {problem}"]
    assert checkin(emotions=[text]).problems() == [f"emotions[0]: {problem}"]
    assert PlanItem(uid(), text).problems() == [f"text: {problem}"]
    assert PlanSection("daily", text).problems() == [f"title: {problem}"]


def test_astral_characters_are_fine() -> None:
    assert entry(body="🌱 growing", title="𝒯itle", tags=["🌱"]).problems() == []


# -- tags and feeling words --------------------------------------------------------------------------------


def test_duplicate_tags_ignoring_case_are_rejected() -> None:
    assert entry(tags=["Work", "sleep", "work"]).problems() == ["tags[2]: 'work' appears twice"]
    assert entry(emotions=["Calm", "CALM"]).problems() == ["emotions[1]: 'CALM' appears twice"]
    assert checkin(emotions=["ok", "OK"]).problems() == ["emotions[1]: 'OK' appears twice"]
    assert entry(tags=["Straße", "STRASSE"]).problems() == ["tags[1]: 'STRASSE' appears twice"]  # casefold


def test_empty_padded_long_and_too_many_words() -> None:
    assert entry(tags=["", "  "]).problems() == ["tags[0]: is empty", "tags[1]: is empty"]
    assert entry(tags=[" work"]).problems() == ["tags[0]: ' work' has spaces at its start or end"]
    assert entry(tags=["w" * 81]).problems() == ["tags[0]: is 81 characters long; the most is 80"]
    assert entry(tags=["w" * 80]).problems() == []
    many = [f"tag{i}" for i in range(rules.MAX_WORDS + 1)]
    assert entry(tags=many).problems() == ["tags: has 51 words; the most is 50"]
    assert entry(tags=many[:-1]).problems() == []


def test_every_problem_is_listed() -> None:
    bad = entry(id="nope", mood=11, tags=["a", "A"], template="Bad Key", body="\x00")
    assert bad.problems() == [
        "id: 'nope' is not a UUID",
        "body: contains a NUL character",
        "template: 'Bad Key' is not a short key (lowercase letters, digits and hyphens, at most 40)",
        "tags[1]: 'A' appears twice",
        "mood: 11 is outside 1–10",
    ]


# -- the plan ----------------------------------------------------------------------------------------------


def test_plan_item_text_rules() -> None:
    assert PlanItem(uid(), "   ").problems() == ["text: is empty"]
    assert PlanItem(uid(), "x" * (rules.MAX_PLAN_ITEM_CHARS + 1)).problems() == [
        "text: is 2,001 characters long; the most is 2,000"
    ]


def test_plan_structure_rules() -> None:
    shared = uid()
    twice = uid()
    plan = SelfCarePlan(
        sections=[
            PlanSection(
                "daily", "Daily", [PlanItem(shared, "walk"), PlanItem(twice, "a"), PlanItem(twice, "b")]
            ),
            PlanSection("coping", "Coping", [PlanItem(shared, "walk again")]),
            PlanSection("daily", "Daily again"),
            PlanSection("my-own", "t" * (rules.MAX_SECTION_TITLE_CHARS + 1)),
        ]
    )
    assert plan.problems() == [
        f"sections[0].items[2].id: {twice} appears twice",
        f"sections[1].items[0].id: {shared} is used in another section",
        "sections[2].key: 'daily' appears twice",
        "sections[3].title: is 201 characters long; the most is 200",
    ]


def test_users_may_add_sections_of_their_own() -> None:
    assert SelfCarePlan(sections=[PlanSection("my-allotment", "My allotment")]).problems() == []
