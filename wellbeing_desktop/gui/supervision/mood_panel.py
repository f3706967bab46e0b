"""Supervision mode's mood summary for a chosen period: a chart of mood and the plain figures (average,
range, how it moved, in words). Only check-in scales are read: never a note, never a feeling word, and
no diary marks on the chart, so nothing of an entry that was not brought can show.

matplotlib is imported only when the chart is first drawn, as on the Mood screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QObject

from wellbeing_desktop.content.model import ScaleWords
from wellbeing_desktop.gui.charts.chart_area import ChartArea
from wellbeing_desktop.gui.charts.chart_data import MoodLineData
from wellbeing_desktop.gui.charts.theme import ChartTheme
from wellbeing_desktop.gui.forms.ui_supervision_window import Ui_SupervisionWindow
from wellbeing_desktop.gui.views.mood_charts import local_time
from wellbeing_desktop.i18n import Context
from wellbeing_desktop.services.mood_stats import (
    MoodSummary,
    Range,
    daily_means,
    points_between,
    rolling_mean,
    summary,
)
from wellbeing_desktop.services.mood_summary import shown_words
from wellbeing_desktop.vault import Vault

ROLLING_DAYS = 7


SupervisionMood = Context("SupervisionMood")  # lupdate reads the context from this name


def periods() -> list[tuple[str, Range, str]]:
    """(label, range, the words for a chart title); three months is the default."""
    return [
        (SupervisionMood.tr("Two weeks"), Range.TWO_WEEKS, SupervisionMood.tr("the last two weeks")),
        (SupervisionMood.tr("Three months"), Range.THREE_MONTHS, SupervisionMood.tr("the last three months")),
        (SupervisionMood.tr("A year"), Range.ONE_YEAR, SupervisionMood.tr("the last year")),
    ]


DEFAULT_PERIOD = 1


@dataclass(frozen=True)
class MoodSummaryFigures:
    line: MoodLineData
    summary: MoodSummary


def read_figures(vault: Vault, range_: Range, today: date, title_words: str) -> MoodSummaryFigures:
    start = range_.start(today)
    assert start is not None  # supervision offers only bounded periods
    # The days before `start` fill the first windows of the rolling mean.
    points = points_between(vault, start - timedelta(days=ROLLING_DAYS - 1))
    days = daily_means(points)
    end = max(today, days[-1].day) if days else today
    shown = [d for d in days if d.day >= start]
    line = MoodLineData(
        start=start,
        end=end,
        checkins=[(local_time(p.at), p.mood) for p in points if p.at[:10] >= start.isoformat()],
        rolling=[(r.day, r.mood) for r in rolling_mean(days, ROLLING_DAYS, start=start, end=end)],
        entry_days=[],
        words={
            "title": SupervisionMood.tr("Mood over %1").replace("%1", title_words),
            "checkins": SupervisionMood.tr("Check-in"),
            "rolling": SupervisionMood.tr("7-day average"),
            "entries": SupervisionMood.tr("Diary entry"),
            "y": SupervisionMood.tr("1–10"),
            "none": SupervisionMood.tr("No check-ins in this period."),
        },
    )
    return MoodSummaryFigures(line, summary(shown, start, end))


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def figures_text(found: MoodSummary, scale: ScaleWords) -> str:
    """The figures in plain words, one to a line."""
    assert found.mean is not None and found.lowest is not None and found.highest is not None
    lines = [
        SupervisionMood.tr("Days with a check-in: %1").replace("%1", str(found.count_days)),
        SupervisionMood.tr("Average mood: %1 out of 10").replace("%1", _number(found.mean)),
        SupervisionMood.tr("Range: %1 to %2")
        .replace("%1", _number(found.lowest))
        .replace("%2", _number(found.highest)),
        SupervisionMood.tr("How it moved: %1").replace("%1", shown_words(found.trend_words)),
        "",
        SupervisionMood.tr(
            "1 is “%1”, 10 is “%2”. Each day counts once: the average of that day's check-ins."
        )
        .replace("%1", scale.low)
        .replace("%2", scale.high),
    ]
    return "\n".join(lines)


class MoodPanel(QObject):
    def __init__(self, ui: Ui_SupervisionWindow, scale: ScaleWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._scale = scale
        self.chart = ChartArea(ui.chartHost)
        self.chart.setAccessibleName(SupervisionMood.tr("Chart of mood; its figures are beside it"))
        self.chart.setAccessibleDescription(
            SupervisionMood.tr("The average, the range and how mood moved are written beside the chart")
        )
        ui.chartLayout.addWidget(self.chart)
        self.figures: MoodSummaryFigures | None = None
        for label, range_, _words in periods():
            ui.periodCombo.addItem(label, range_.value)
        ui.periodCombo.setCurrentIndex(DEFAULT_PERIOD)
        self.chart.resized.connect(self.redraw)

    def current_range(self) -> Range:
        return Range(self.ui.periodCombo.currentData())

    def load(self, vault: Vault, today: date) -> None:
        words = periods()[max(self.ui.periodCombo.currentIndex(), 0)][2]
        self.figures = found = read_figures(vault, self.current_range(), today, words)
        ui = self.ui
        if found.summary.count_days == 0:
            ui.moodEmptyLabel.setText(
                SupervisionMood.tr(
                    "No check-ins in this period. Choose a longer period, or check in after the session."
                )
            )
            ui.moodStack.setCurrentWidget(ui.moodEmptyPage)
            ui.figuresLabel.clear()
            self.chart.clear()
            return
        ui.figuresLabel.setText(figures_text(found.summary, self._scale))
        ui.moodStack.setCurrentWidget(ui.moodPage)
        self.redraw()

    def redraw(self) -> None:
        """Draw the chart if it can be seen (its first draw imports matplotlib); else on the next show."""
        if self.figures is None or self.figures.summary.count_days == 0 or not self.chart.isVisible():
            return
        self.chart.draw("mood_line", self.figures.line, ChartTheme.from_widget(self.chart))

    def clear(self) -> None:
        self.figures = None
        self.chart.clear()
        self.ui.figuresLabel.clear()
