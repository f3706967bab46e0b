"""Mood over time: each check-in, the 7-day rolling mean, stress and energy if wanted, and the days with a
diary entry as small ticks along the bottom. Line style and marker tell the series apart, not colour alone."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

import numpy as np
import numpy.typing as npt
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.transforms import blended_transform_factory

from wellbeing_desktop.gui.charts import axes_style
from wellbeing_desktop.gui.charts.chart_data import MoodLineData
from wellbeing_desktop.gui.charts.mood_line_layout import mood_line_layout
from wellbeing_desktop.gui.charts.pixel_margins import PixelMargins
from wellbeing_desktop.gui.charts.theme import ChartTheme

LONG_SPAN_DAYS = 100  # beyond this, smaller and fainter check-in markers
ENTRY_STRIP = 0.06  # the share of the chart's height, at the bottom, where diary days are marked


def _days(moments: Iterable[datetime]) -> npt.NDArray[np.float64]:
    """matplotlib's day numbers for times as the person lived them (never moved to this machine's zone)."""
    return np.asarray(date2num(list(moments)), dtype=np.float64)


def _noons(days: Iterable[date]) -> npt.NDArray[np.float64]:
    return _days(datetime.combine(day, time(12)) for day in days)


def draw(figure: Figure, data: MoodLineData, theme: ChartTheme) -> None:
    axes = axes_style.new_axes(figure, theme)
    words = data.words
    long_span = (data.end - data.start).days + 1 > LONG_SPAN_DAYS
    mood = theme.colour("mood")
    marker_size = theme.font_points * (0.3 if long_span else 0.55)
    if data.checkins:
        axes.plot(
            _days(at for at, _ in data.checkins),
            [mood_value for _, mood_value in data.checkins],
            linestyle="none",
            marker="o",
            markersize=marker_size,
            color=mood,
            alpha=0.5 if long_span else 0.8,
            label=words.get("checkins", ""),
            gid="mood",
            zorder=3,
        )
        axes.plot(
            _noons(d for d, _ in data.rolling),
            [math.nan if v is None else v for _, v in data.rolling],
            color=mood,
            linewidth=2.6,
            label=words.get("rolling", ""),
            gid="mood-rolling",
            zorder=4,
        )
    for key, style, marker in (("stress", "--", "s"), ("energy", "-.", "^")):
        series = getattr(data, key)
        if series:
            axes.plot(
                _noons(d for d, _ in series),
                [v for _, v in series],
                linestyle=style,
                marker=marker,
                markersize=marker_size * 0.8,
                linewidth=1.0,
                alpha=0.8,
                color=theme.colour(key),
                label=words.get(key, ""),
                gid=key,
                zorder=2,
            )
    if data.entry_days:
        along_bottom = blended_transform_factory(axes.transData, axes.transAxes)
        axes.plot(
            _noons(data.entry_days),
            [ENTRY_STRIP / 2] * len(data.entry_days),
            linestyle="none",
            marker="|",
            markersize=theme.font_points * 0.9,
            markeredgewidth=1.6,
            color=theme.muted,
            transform=along_bottom,
            label=words.get("entries", ""),
            gid="entries",
            zorder=2,
        )
    axes.xaxis_date()
    left, right = _days(
        [datetime.combine(data.start, time()), datetime.combine(data.end + timedelta(days=1), time())]
    )
    axes.set_xlim(float(left), float(right))
    # The scales use 1–10; the strip below 1 holds the diary ticks, clear of any point.
    axes.set_ylim(1 - (10.5 - 1) * ENTRY_STRIP / (1 - ENTRY_STRIP) - 0.25, 10.5)
    axes.set_yticks(range(1, 11))
    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    offset = axes.xaxis.get_offset_text()
    offset.set_color(theme.text)
    offset.set_fontsize(theme.small_points)
    axes.set_ylabel(words.get("y", ""))
    handles, labels = axes.get_legend_handles_labels()
    layout = mood_line_layout(figure, theme, words.get("title", ""), labels)
    figure.set_layout_engine(PixelMargins(layout.margins))
    axes_style.title(axes, layout.title, theme, wrap=False)
    if not data.checkins:
        axes_style.message(axes, words.get("none", ""), theme)
    else:
        figure.legend(
            handles,
            labels,
            loc="lower center",
            bbox_to_anchor=(0.5, 0.0),
            ncols=layout.legend_columns,
            fontsize=theme.small_points,
            labelcolor=theme.text,
            frameon=False,
            borderaxespad=0.3,
        )
