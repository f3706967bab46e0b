"""Mood statistics for the Mood screen and the supervision pack: plain data (dataclasses, dates, floats).

The figures live in small modules, one idea each; this module is the one place to import them from.
A typical Mood screen refresh (the six days before `start` fill the rolling mean's first windows):

    today = date.today()
    start = Range.THREE_MONTHS.start(today)
    days = daily_means(points_between(vault, start and start - timedelta(days=6)))
    line = rolling_mean(days, start=start, end=today)
    shown = [d for d in days if start is None or d.day >= start]
    figures = summary(shown, start, today)
    helps = what_helps(shown, vault.checkins.coping_days())
    words = count_feelings(feeling_words(vault, start))
    marks = entry_marks(vault, start, today)

Every check-in belongs to the local date it was written on; nothing here uses the machine's time zone.
"""

from wellbeing_desktop.services.mood_days import (
    DayValue,
    MoodReading,
    RollingValue,
    daily_means,
    day_of,
    rolling_mean,
    year_heatmap,
)
from wellbeing_desktop.services.mood_feelings import HasFeelings, count_feelings, feeling_frequencies
from wellbeing_desktop.services.mood_helps import MIN_DAYS, HelpsComparison, what_helps
from wellbeing_desktop.services.mood_queries import entry_marks, feeling_words, points_between
from wellbeing_desktop.services.mood_ranges import Range, points_in_range
from wellbeing_desktop.services.mood_summary import MoodSummary, summary, trend_words

__all__ = [
    "MIN_DAYS",
    "DayValue",
    "HasFeelings",
    "HelpsComparison",
    "MoodReading",
    "MoodSummary",
    "Range",
    "RollingValue",
    "count_feelings",
    "daily_means",
    "day_of",
    "entry_marks",
    "feeling_frequencies",
    "feeling_words",
    "points_between",
    "points_in_range",
    "rolling_mean",
    "summary",
    "trend_words",
    "what_helps",
    "year_heatmap",
]
