"""Feeling words by how often they were chosen: horizontal bars, the most common at the top, each with
its count written beside it (so the length is never the only way to read it)."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from wellbeing_desktop.gui.charts import axes_style
from wellbeing_desktop.gui.charts.chart_data import FeelingsData
from wellbeing_desktop.gui.charts.theme import ChartTheme


def draw(figure: Figure, data: FeelingsData, theme: ChartTheme) -> None:
    axes = axes_style.new_axes(figure, theme, grid_axis="x")
    axes_style.title(axes, data.words.get("title", ""), theme)
    if not data.counts:
        axes.set_xticks([])
        axes.set_yticks([])
        axes_style.message(axes, data.words.get("none", ""), theme)
        return
    positions = range(len(data.counts))
    bars = axes.barh(
        positions, [n for _, n in data.counts], height=0.65, color=theme.colour("mood"), gid="feelings"
    )
    axes.set_yticks(positions, [word for word, _ in data.counts])
    axes.invert_yaxis()
    axes.bar_label(bars, padding=4, color=theme.text, fontsize=theme.small_points)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.margins(x=0.1)
    axes.set_xlabel(data.words.get("x", ""))
