"""Shared matplotlib styling: colours and font sizes from the ChartTheme, set on each artist.

Sizes and colours are set on the axes themselves (tick_params keeps them for ticks made later), never in
matplotlib's global rcParams, so a resize or a later redraw looks the same.
"""

from __future__ import annotations

from typing import Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from wellbeing_desktop.gui.charts.theme import ChartTheme

GridAxis = Literal["x", "y", "both"] | None


def new_axes(figure: Figure, theme: ChartTheme, grid_axis: GridAxis = "y") -> Axes:
    """The chart's axes, laid out by constrained layout (mood_line swaps in its own, cheaper one)."""
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot()
    style(axes, theme, grid_axis)
    return axes


def style(axes: Axes, theme: ChartTheme, grid_axis: GridAxis = "y") -> None:
    axes.set_facecolor(theme.surface)
    for side, spine in axes.spines.items():
        spine.set_color(theme.grid)
        spine.set_visible(side in ("left", "bottom"))
    axes.tick_params(colors=theme.text, labelcolor=theme.text, labelsize=theme.small_points)
    axes.xaxis.label.set_color(theme.text)
    axes.yaxis.label.set_color(theme.text)
    axes.xaxis.label.set_fontsize(theme.font_points)
    axes.yaxis.label.set_fontsize(theme.font_points)
    if grid_axis is not None:
        axes.grid(True, axis=grid_axis, color=theme.grid, linewidth=0.8)
        axes.set_axisbelow(True)


def title(axes: Axes, text: str, theme: ChartTheme, wrap: bool = True) -> None:
    axes.set_title(
        text, loc="left", color=theme.text, fontsize=theme.font_points * 1.15, fontweight="bold", wrap=wrap
    )


def message(axes: Axes, text: str, theme: ChartTheme) -> None:
    """A sentence in the middle of an empty chart."""
    axes.text(
        0.5,
        0.5,
        text,
        transform=axes.transAxes,
        ha="center",
        va="center",
        wrap=True,
        color=theme.muted,
        fontsize=theme.font_points,
    )


def figure_legend(figure: Figure, theme: ChartTheme) -> None:
    """A legend below the chart, outside the plotting area, so it never hides a point."""
    handles, labels = figure.axes[0].get_legend_handles_labels()
    figure.legend(
        handles,
        labels,
        loc="outside lower center",
        ncols=min(len(labels), 5),
        fontsize=theme.small_points,
        labelcolor=theme.text,
        frameon=False,
    )
