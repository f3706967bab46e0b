"""Turns the Mood screen's figures into what each chart draws, with every word in it translated."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, QObject

from wellbeing_desktop.content.model import ScaleWords
from wellbeing_desktop.gui.charts.chart_data import FeelingsData, HelpsData, MoodLineData, YearData
from wellbeing_desktop.gui.views.mood_figures import MoodFigures
from wellbeing_desktop.services.mood_stats import Range

ChartData = MoodLineData | YearData | FeelingsData | HelpsData


def local_time(at: str) -> datetime:
    """The time as the person lived it (its own offset), without moving it to this machine's zone."""
    return datetime.fromisoformat(at).replace(tzinfo=None)


class MoodCharts(QObject):
    def __init__(self, mood_words: ScaleWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mood_words = mood_words

    def period_words(self, range_: Range) -> str:
        return {
            Range.TWO_WEEKS: self.tr("the last two weeks"),
            Range.THREE_MONTHS: self.tr("the last three months"),
            Range.ONE_YEAR: self.tr("the last year"),
            Range.ALL: self.tr("all your check-ins"),
        }[range_]

    def build(
        self, kind: str, figures: MoodFigures, year: int, stress: bool = False, energy: bool = False
    ) -> ChartData:
        if kind == "mood_line":
            return self.mood_line(figures, stress, energy)
        if kind == "year_grid":
            return self.year_grid(figures, year)
        if kind == "feeling_bars":
            return self.feeling_bars(figures)
        return self.helps_bars(figures)

    def mood_line(self, figures: MoodFigures, stress: bool, energy: bool) -> MoodLineData:
        def daily(scale: str) -> list[tuple[date, float]]:
            return [(d.day, v) for d in figures.days if (v := getattr(d, scale)) is not None]

        return MoodLineData(
            start=figures.start,
            end=figures.end,
            checkins=[(local_time(p.at), p.mood) for p in figures.points],
            rolling=[(r.day, r.mood) for r in figures.rolling],
            entry_days=figures.entry_days,
            stress=daily("stress") if stress else None,
            energy=daily("energy") if energy else None,
            words={
                "title": self.tr("Mood over %1").replace("%1", self.period_words(figures.range_)),
                "checkins": self.tr("Check-in"),
                "rolling": self.tr("7-day average"),
                "stress": self.tr("Stress (daily average)"),
                "energy": self.tr("Energy (daily average)"),
                "entries": self.tr("Diary entry"),
                "y": self.tr("1–10"),
                "none": self.tr("No check-ins in this period."),
            },
        )

    def year_grid(self, figures: MoodFigures, year: int) -> YearData:
        locale = QLocale()
        return YearData(
            year=year,
            cells=figures.year_cells(year),
            month_names=[locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)],
            weekday_names=[locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)],
            words={
                "title": self.tr("Your mood each day of %1").replace("%1", str(year)),
                "low": self.tr("1 · %1").replace("%1", self._mood_words.low),
                "high": self.tr("10 · %1").replace("%1", self._mood_words.high),
                "empty": self.tr("No check-in"),
            },
        )

    def feeling_bars(self, figures: MoodFigures) -> FeelingsData:
        return FeelingsData(
            counts=figures.feelings,
            words={
                "title": self.tr("Feeling words over %1").replace("%1", self.period_words(figures.range_)),
                "x": self.tr("Times chosen, in check-ins and diary entries"),
                "none": self.tr("No feeling words in this period yet."),
            },
        )

    def helps_bars(self, figures: MoodFigures) -> HelpsData:
        pairs = [
            (c.text, c.mean_on_days_used, c.mean_on_other_days)
            for c in figures.helps
            if c.mean_on_days_used is not None and c.mean_on_other_days is not None
        ]
        return HelpsData(
            pairs=pairs,
            words={
                "title": self.tr(
                    "Average mood: days you used a strategy or talked with someone, and other days"
                ),
                "used": self.tr("Days you ticked it"),
                "other": self.tr("Other days you checked in"),
                "x": self.tr("Average mood, 1–10"),
                "none": self.tr(
                    "When you've ticked a coping strategy, or talking with someone, on a few days,\n"
                    "you'll see your mood on those days beside the others here."
                ),
            },
        )
