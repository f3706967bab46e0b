"""'What helps' includes talking with someone: compared like a coping strategy, worded as carefully."""

from __future__ import annotations

from tests.unit.services.test_mood_stats_helps import CAUSAL, DAYS, on, rows
from wellbeing_desktop.services.mood_helps import TALKING_ID, TALKING_TEXT, what_helps


def test_talking_with_someone_is_a_row_like_the_strategies() -> None:
    found = what_helps(DAYS, rows("walk", "Walk", on(2, 4, 6)), talking_days=on(2, 4, 4, 6, 8, 10))
    talking = next(c for c in found if c.item_id == TALKING_ID)
    assert talking.text == TALKING_TEXT
    assert talking.days_used == 5  # two check-ins on the 4th: the day counts once
    assert talking.mean_on_days_used == (7 + 8 + 7 + 6 + 9) / 5
    assert talking.mean_on_other_days == (5 + 6 + 4 + 5 + 3) / 5
    assert talking.sentence == (
        "On the 5 days you said you talked with someone, your mood averaged 7.4; "
        "on the 5 other days you checked in, it averaged 4.6."
    )
    assert not any(word in talking.sentence.casefold() for word in CAUSAL)
    assert "Walk" in [c.text for c in found]


def test_too_few_days_to_compare_talking_yet() -> None:
    [talking] = what_helps(DAYS, [], talking_days=on(3))
    assert not talking.compared
    assert talking.sentence.startswith("You've said you talked with someone on 1 day so far.")
    [every] = what_helps(DAYS, [], talking_days=on(*range(1, 11)))
    assert "every day you checked in" in every.sentence


def test_no_talking_days_no_row() -> None:
    assert what_helps(DAYS, [], talking_days=[]) == []
