"""What a screen reader says about the mood chart on show: a name, and a sentence summarising it (the
full figures are in the table beside it). Describes, never explains."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from wellbeing_desktop.gui.views.mood_figures import MoodFigures
from wellbeing_desktop.services.mood_summary import shown_words


def _tr(text: str) -> str:
    return QCoreApplication.translate("MoodChartWords", text)


def chart_words(kind: str, figures: MoodFigures, year: int) -> tuple[str, str]:
    """(accessible name, accessible description) for the chart of `kind` (charts.chart_area.CHART_KINDS)."""
    locale = QLocale()

    def number(value: float | None) -> str:
        return "—" if value is None else locale.toString(value, "f", 1)

    if kind == "mood_line":
        s = figures.summary
        return _tr("Chart of mood over time"), (
            _tr("Average mood %1, from %2 to %3, %4. The figures are in the table beside it.")
            .replace("%1", number(s.mean))
            .replace("%2", number(s.lowest))
            .replace("%3", number(s.highest))
            .replace("%4", shown_words(s.trend_words))
        )
    if kind == "year_grid":
        days = sum(1 for _day, mood in figures.year_cells(year) if mood is not None)
        return _tr("Grid of the days of %1, coloured by mood").replace("%1", str(year)), (
            _tr("Check-ins on %1 days. The average for each month is in the table beside it.").replace(
                "%1", locale.toString(days)
            )
        )
    if kind == "feeling_bars":
        top = ", ".join(f"{word} ({locale.toString(n)})" for word, n in figures.feelings[:3])
        return _tr("Bar chart of the feeling words you used most"), (
            _tr("Most often: %1. Every word and its count is in the table beside it.").replace(
                "%1", top or "—"
            )
        )
    first = figures.helps[0].sentence if figures.helps else ""
    return _tr("Bar chart of your mood on days you used a strategy and on other days"), (
        (first + " " if first else "") + _tr("The words beside it say the same.")
    )
