"""The "what helps" list: mood on days a coping strategy was ticked, beside mood on the other days.

It only describes what the check-ins show side by side. The sentences never say a strategy changes mood
(CONTENT-GUIDE: describe, never explain causes), and no comparison is made on fewer than
`MIN_DAYS` days on either side.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, Context, decimal, fill, translate
from wellbeing_desktop.services.mood_days import DayValue

MIN_DAYS = 3
# "Talking with someone" (a check-in's "I talked with someone today") is compared like a strategy.
TALKING_ID = "talking-with-someone"
TALKING_TEXT = QT_TRANSLATE_NOOP("MoodHelps", "Talking with someone")  # translated when compared
MoodHelps = Context("MoodHelps")


@dataclass(frozen=True)
class HelpsComparison:
    """One strategy. The means and difference are None when there are too few days to compare yet."""

    item_id: str
    text: str
    days_used: int
    mean_on_days_used: float | None
    days_not_used: int
    mean_on_other_days: float | None
    difference: float | None
    sentence: str

    @property
    def compared(self) -> bool:
        return self.difference is not None


def _as_date(day: str | date) -> date:
    return day if isinstance(day, date) else date.fromisoformat(day[:10])


def _compared_sentence(
    item_id: str, text: str, used: int, used_mean: float, other: int, other_mean: float
) -> str:
    if item_id == TALKING_ID:
        first = MoodHelps.tr(
            "On the %Ln days you said you talked with someone, your mood averaged %1;",
            "On the %Ln day you said you talked with someone, your mood averaged %1;",
            used,
        )
    else:
        first = MoodHelps.tr(
            'On the %Ln days you ticked "%2", your mood averaged %1;',
            'On the %Ln day you ticked "%2", your mood averaged %1;',
            used,
        )
    second = MoodHelps.tr(
        "on the %Ln other days you checked in, it averaged %1.",
        "on the %Ln other day you checked in, it averaged %1.",
        other,
    )
    first = fill(first, decimal(used_mean), text)
    return f"{first} {second.replace('%1', decimal(other_mean))}"


def _waiting_sentence(item_id: str, text: str, used: int, other: int, min_days: int) -> str:
    if item_id == TALKING_ID:
        return _waiting_talking_sentence(used, other, min_days)
    if used < min_days:
        so_far = MoodHelps.tr(
            'You\'ve ticked "%1" on %Ln days so far.', 'You\'ve ticked "%1" on %Ln day so far.', used
        )
        return f"{so_far.replace('%1', text)} {_once(min_days)}"
    if other == 0:
        every = MoodHelps.tr(
            'You\'ve ticked "%1" on every day you checked in, '
            "so there aren't enough other days to set beside them yet."
        )
    else:
        every = MoodHelps.tr(
            'You\'ve ticked "%1" on nearly every day you checked in, '
            "so there aren't enough other days to set beside them yet."
        )
    return every.replace("%1", text)


def _once(min_days: int) -> str:
    return MoodHelps.tr(
        "Once there are %1 or more, you'll see your mood on those days beside the others."
    ).replace("%1", str(min_days))


def _waiting_talking_sentence(used: int, other: int, min_days: int) -> str:
    if used < min_days:
        so_far = MoodHelps.tr(
            "You've said you talked with someone on %Ln days so far.",
            "You've said you talked with someone on %Ln day so far.",
            used,
        )
        return f"{so_far} {_once(min_days)}"
    if other == 0:
        return MoodHelps.tr(
            "You've talked with someone on every day you checked in, "
            "so there aren't enough other days to set beside them yet."
        )
    return MoodHelps.tr(
        "You've talked with someone on nearly every day you checked in, "
        "so there aren't enough other days to set beside them yet."
    )


def what_helps(
    days_with_mood: Iterable[DayValue],
    coping_days: Iterable[tuple[str | date, str, str]],
    *,
    talking_days: Iterable[str | date] = (),
    min_days: int = MIN_DAYS,
) -> list[HelpsComparison]:
    """Compare mean daily mood on days each strategy was ticked with the other days that have check-ins.

    `coping_days` is (local date, item id, text) in time order, as `CheckInRepository.coping_days()` gives;
    a strategy shows under its latest text. Only days in `days_with_mood` count, so pass the chosen range's
    days to compare within it; strategies not ticked on any of those days are left out. Comparisons come
    first, largest difference first; then the strategies still waiting for enough days, most used first.
    `talking_days` (the days a check-in said "I talked with someone today") joins them as one more row,
    "Talking with someone".
    """
    mood_by_day = {d.day: d.mood for d in days_with_mood}
    used: dict[str, set[date]] = {}
    latest: dict[str, tuple[date, str]] = {}
    for raw_day, item_id, text in coping_days:
        day = _as_date(raw_day)
        if item_id not in latest or day >= latest[item_id][0]:
            latest[item_id] = (day, text)
        if day in mood_by_day:
            used.setdefault(item_id, set()).add(day)
    for raw_day in talking_days:
        day = _as_date(raw_day)
        latest[TALKING_ID] = (day, translate("MoodHelps", TALKING_TEXT))
        if day in mood_by_day:
            used.setdefault(TALKING_ID, set()).add(day)
    compared: list[HelpsComparison] = []
    waiting: list[HelpsComparison] = []
    for item_id, days in used.items():
        text = latest[item_id][1]
        n_used, n_other = len(days), len(mood_by_day) - len(days)
        if n_used < min_days or n_other < min_days:
            sentence = _waiting_sentence(item_id, text, n_used, n_other, min_days)
            waiting.append(HelpsComparison(item_id, text, n_used, None, n_other, None, None, sentence))
            continue
        used_mean = sum(mood_by_day[d] for d in days) / n_used
        other_mean = sum(m for d, m in mood_by_day.items() if d not in days) / n_other
        sentence = _compared_sentence(item_id, text, n_used, used_mean, n_other, other_mean)
        compared.append(
            HelpsComparison(
                item_id, text, n_used, used_mean, n_other, other_mean, used_mean - other_mean, sentence
            )
        )
    compared.sort(key=lambda c: (-(c.difference or 0.0), c.text.casefold(), c.item_id))
    waiting.sort(key=lambda c: (-c.days_used, c.text.casefold(), c.item_id))
    return compared + waiting
