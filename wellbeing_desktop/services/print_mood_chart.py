"""Mood over a period as a PNG for paper: each day's mean as a dot, the 7-day rolling mean as a line.

Drawn with matplotlib's Agg canvas directly (no pyplot, no Qt), in print colours on white. Line style
and marker tell the two series apart, not colour alone. matplotlib is imported here, when a pack is
made, and never on the command line's other paths.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime, time

from wellbeing_desktop.services.mood_days import DayValue, rolling_mean

DAY_COLOUR = "#4477aa"  # Paul Tol's colour-blind-safe blue
MEAN_COLOUR = "#222222"
INK = "#33505f"
WIDTH_INCHES, HEIGHT_INCHES, DPI = 6.6, 2.6, 200


def mood_chart_png(days: Sequence[DayValue], start: date, end: date) -> bytes:
    """PNG bytes of mood from `start` to `end`; `days` may begin earlier (they fill the first windows)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure

    shown = [d for d in days if start <= d.day <= end]
    rolling = [(r.day, r.mood) for r in rolling_mean(days, start=start, end=end) if r.mood is not None]
    figure = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI, facecolor="white")
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.07, 0.16, 0.9, 0.78))

    def noon(day: date) -> float:
        return float(date2num(datetime.combine(day, time(12))))  # type: ignore[no-untyped-call]

    axes.plot(
        [noon(d.day) for d in shown],
        [d.mood for d in shown],
        linestyle="none",
        marker="o",
        markersize=3.2,
        color=DAY_COLOUR,
        label="each day",
    )
    axes.plot(
        [noon(day) for day, _ in rolling],
        [mood for _, mood in rolling],
        linestyle="-",
        linewidth=1.6,
        color=MEAN_COLOUR,
        label="7-day average",
    )
    axes.set_xlim(noon(start) - 0.5, noon(end) + 0.5)
    axes.set_ylim(0.5, 10.5)
    axes.set_yticks([1, 4, 7, 10])
    locator = AutoDateLocator(maxticks=8)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color("#999999")
    axes.tick_params(colors=INK, labelsize=8)
    axes.set_ylabel("mood (1–10)", color=INK, fontsize=8)
    axes.legend(loc="lower left", fontsize=7.5, frameon=False, ncols=2)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, facecolor="white")
    return out.getvalue()
