"""A year at a glance, one cell a day: months down, days of the month across (a "year in pixels"), each
day coloured by its mean mood on cividis, a colour scale made to be read with colour-blindness. Days
without a check-in are empty outlined cells (told apart by shape, not colour: cividis's middle is grey);
the exact figures are in the table beside the chart."""

from __future__ import annotations

import numpy as np
from matplotlib import colormaps
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from wellbeing_desktop.gui.charts import axes_style
from wellbeing_desktop.gui.charts.chart_data import YearData
from wellbeing_desktop.gui.charts.theme import ChartTheme


def mood_colours() -> ListedColormap:
    """Cividis without its darkest end, which would vanish into a dark background."""
    return ListedColormap(colormaps["cividis"](np.linspace(0.12, 1.0, 256)), name="mood-cividis")


def draw(figure: Figure, data: YearData, theme: ChartTheme) -> None:
    axes = axes_style.new_axes(figure, theme, grid_axis=None)
    in_year = np.full((12, 31), np.nan)
    moods = np.full((12, 31), np.nan)
    for day, mood in data.cells:
        in_year[day.month - 1, day.day - 1] = 1.0
        if mood is not None:
            moods[day.month - 1, day.day - 1] = mood
    x, y = np.arange(32), np.arange(13)
    axes.pcolormesh(
        x,
        y,
        np.ma.masked_invalid(in_year),
        cmap=ListedColormap([theme.surface]),
        edgecolors=theme.grid,
        linewidth=0.8,
    )
    mesh = axes.pcolormesh(
        x,
        y,
        np.ma.masked_invalid(moods),
        cmap=mood_colours(),
        vmin=1,
        vmax=10,
        edgecolors=theme.surface,
        linewidth=1.2,
        gid="year",
    )
    axes.set_xlim(0, 31)
    axes.set_ylim(12, 0)  # January at the top
    axes.set_yticks(np.arange(12) + 0.5, data.month_names)
    axes.set_xticks([d - 0.5 for d in (1, 5, 10, 15, 20, 25, 31)], ["1", "5", "10", "15", "20", "25", "31"])
    axes.xaxis.set_ticks_position("top")
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes_style.title(axes, data.words.get("title", str(data.year)), theme)
    bar = figure.colorbar(mesh, ax=axes, location="bottom", shrink=0.5, aspect=30, ticks=[1, 10])
    bar.ax.set_xticklabels([data.words.get("low", "1"), data.words.get("high", "10")])
    bar.ax.tick_params(colors=theme.text, labelcolor=theme.text, labelsize=theme.small_points, length=0)
    bar.outline.set_edgecolor(theme.grid)
    empty = Patch(facecolor=theme.surface, edgecolor=theme.muted, label=data.words.get("empty", ""))
    figure.legend(
        handles=[empty],
        loc="outside lower right",
        frameon=False,
        fontsize=theme.small_points,
        labelcolor=theme.text,
    )
