"""A few plain figures and words about mood over a period, for the Mood screen and the supervision pack.

The trend words compare two halves of the time from the first to the last day with check-ins in the period
(by calendar days: 14 days are split 7 and 7; an odd middle day goes with the second half), so a person who
began checking in a month ago is not told "too few" about a year. `change` is the mean of the daily means
in the second half minus that in the first, on the 1–10 scale:

    change >= 1.5          "higher than before"
    0.5 <= change < 1.5    "a little higher than before"
    -0.5 < change < 0.5    "fairly steady", or "up and down from day to day" when the daily means spread
                           widely (population standard deviation of 2.0 or more over the period)
    -1.5 < change <= -0.5  "a little lower than before"
    change <= -1.5         "lower than before"

"Before" means the first of the two halves. Each half needs check-ins on at least 3 days; otherwise
the words say there are too few to describe a change. The words describe; they never suggest a reason.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, translate
from wellbeing_desktop.services.mood_days import DayValue

MIN_DAYS_PER_HALF = 3
SMALL_CHANGE = 0.5
CLEAR_CHANGE = 1.5
WIDE_SPREAD = 2.0

# Compared as they are; shown through shown_words() (in the person's language in the desktop app).
NO_CHECKINS = QT_TRANSLATE_NOOP("MoodSummary", "no check-ins in this period")
TOO_FEW = QT_TRANSLATE_NOOP("MoodSummary", "too few check-ins to describe a change")
STEADY = QT_TRANSLATE_NOOP("MoodSummary", "fairly steady")
UP_AND_DOWN = QT_TRANSLATE_NOOP("MoodSummary", "up and down from day to day")
A_LITTLE_HIGHER = QT_TRANSLATE_NOOP("MoodSummary", "a little higher than before")
HIGHER = QT_TRANSLATE_NOOP("MoodSummary", "higher than before")
A_LITTLE_LOWER = QT_TRANSLATE_NOOP("MoodSummary", "a little lower than before")
LOWER = QT_TRANSLATE_NOOP("MoodSummary", "lower than before")


def shown_words(trend_words: str) -> str:
    """The trend words to show a person: translated in the desktop app, as they are elsewhere."""
    return translate("MoodSummary", trend_words)


@dataclass(frozen=True)
class MoodSummary:
    """Mood over a period, from daily means: `mean`, `lowest` and `highest` are None without check-ins."""

    count_days: int
    mean: float | None
    lowest: float | None
    highest: float | None
    trend_words: str
    change: float | None = None


def trend_words(first_half: list[float], second_half: list[float]) -> tuple[str, float | None]:
    """The words for two halves' daily means, and the change between them (None when too few days)."""
    if not first_half and not second_half:
        return NO_CHECKINS, None
    if len(first_half) < MIN_DAYS_PER_HALF or len(second_half) < MIN_DAYS_PER_HALF:
        return TOO_FEW, None
    change = statistics.fmean(second_half) - statistics.fmean(first_half)
    # Rounded so that, say, 6.7 - 6.2 counts as the 0.5 it is written as, not 0.4999999999999991.
    step = round(change, 9)
    if step >= CLEAR_CHANGE:
        return HIGHER, change
    if step >= SMALL_CHANGE:
        return A_LITTLE_HIGHER, change
    if step <= -CLEAR_CHANGE:
        return LOWER, change
    if step <= -SMALL_CHANGE:
        return A_LITTLE_LOWER, change
    if round(statistics.pstdev(first_half + second_half), 9) >= WIDE_SPREAD:
        return UP_AND_DOWN, change
    return STEADY, change


def summary(days: Iterable[DayValue], start: date | None = None, end: date | None = None) -> MoodSummary:
    """Mood on the days with check-ins from `start` to `end` inclusive (None: no limit on that side)."""
    chosen = sorted(
        (d for d in days if (start is None or d.day >= start) and (end is None or d.day <= end)),
        key=lambda d: d.day,
    )
    if not chosen:
        return MoodSummary(0, None, None, None, NO_CHECKINS)
    first_day, last_day = chosen[0].day, chosen[-1].day
    middle = first_day + timedelta(days=((last_day - first_day).days + 1) // 2)
    moods = [d.mood for d in chosen]
    words, change = trend_words(
        [d.mood for d in chosen if d.day < middle], [d.mood for d in chosen if d.day >= middle]
    )
    return MoodSummary(
        count_days=len(chosen),
        mean=statistics.fmean(moods),
        lowest=min(moods),
        highest=max(moods),
        trend_words=words,
        change=change,
    )
