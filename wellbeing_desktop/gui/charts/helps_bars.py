"""What helps: for each coping strategy (and talking with someone), mean mood on the days it was ticked
beside the other days with check-ins. Side by side only; the words around it never say a strategy changes
mood. The two bars differ in hatching as well as colour, and carry their values."""

from __future__ import annotations

import textwrap

from matplotlib.figure import Figure

from wellbeing_desktop.gui.charts import axes_style
from wellbeing_desktop.gui.charts.chart_data import HelpsData
from wellbeing_desktop.gui.charts.theme import ChartTheme

BAR = 0.38
LABEL_CHARS = 26


def draw(figure: Figure, data: HelpsData, theme: ChartTheme) -> None:
    axes = axes_style.new_axes(figure, theme, grid_axis="x")
    axes_style.title(axes, data.words.get("title", ""), theme)
    if not data.pairs:
        axes.set_xticks([])
        axes.set_yticks([])
        axes_style.message(axes, data.words.get("none", ""), theme)
        return
    rows = range(len(data.pairs))
    used = axes.barh(
        [r - BAR / 2 for r in rows],
        [p[1] for p in data.pairs],
        BAR,
        color=theme.colour("mood"),
        label=data.words.get("used", ""),
        gid="helps-used",
    )
    other = axes.barh(
        [r + BAR / 2 for r in rows],
        [p[2] for p in data.pairs],
        BAR,
        color=theme.colour("other"),
        hatch="//",
        edgecolor=theme.surface,
        linewidth=0,
        label=data.words.get("other", ""),
        gid="helps-other",
    )
    for bars in (used, other):
        axes.bar_label(bars, fmt="%.1f", padding=4, color=theme.text, fontsize=theme.small_points)
    axes.set_yticks(rows, [textwrap.fill(p[0], LABEL_CHARS) for p in data.pairs])
    axes.invert_yaxis()
    axes.set_xlim(0, 11)
    axes.set_xticks(range(0, 11, 2))
    axes.set_xlabel(data.words.get("x", ""))
    axes_style.figure_legend(figure, theme)
