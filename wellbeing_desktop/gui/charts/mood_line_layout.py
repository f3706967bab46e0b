"""Where the mood chart's title, plot and legend go: worked out from the font size and the figure width, so
nothing is clipped at a large text size, without measuring every label on every draw (pixel_margins)."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure

from wellbeing_desktop.gui.charts.pixel_margins import Margins
from wellbeing_desktop.gui.charts.theme import ChartTheme

CHAR_EM = 0.62  # an average character of DejaVu Sans is about 0.6 em wide; bold a little more
LINE_EM = 1.3
# Legend entry: handle, gap, text, then the gap to the next column (matplotlib's defaults, in em).
HANDLE_EM, HANDLE_GAP_EM, COLUMN_GAP_EM = 2.0, 0.8, 2.0


@dataclass(frozen=True)
class MoodLineLayout:
    margins: Margins
    title: str  # wrapped to fit
    legend_columns: int


def _legend_columns(labels: Sequence[str], width: float, em: float) -> tuple[int, int]:
    """The most columns whose rows fit in `width` pixels, and the rows that makes."""
    entry = [(HANDLE_EM + HANDLE_GAP_EM + CHAR_EM * len(t) + COLUMN_GAP_EM) * em for t in labels]
    for columns in range(len(labels), 1, -1):
        rows = math.ceil(len(labels) / columns)
        widest = [max(entry[c::columns]) for c in range(columns)]
        if sum(widest) <= width:
            return columns, rows
    return 1, len(labels)


def mood_line_layout(figure: Figure, theme: ChartTheme, title: str, labels: Sequence[str]) -> MoodLineLayout:
    px = figure.dpi / 72  # pixels per point
    font, small = theme.font_points * px, theme.small_points * px
    width = figure.get_figwidth() * figure.dpi
    pad = 0.5 * font
    tick = 7 * px  # tick length and the pad beside it
    title_px = font * 1.15
    per_line = max(12, int((width - 2 * pad) / (CHAR_EM * 1.05 * title_px)))
    wrapped = textwrap.fill(title, per_line)
    columns, rows = _legend_columns(labels, width - 2 * pad, small) if labels else (1, 0)
    legend = rows * LINE_EM * small + (0.6 * small if rows else 0)
    return MoodLineLayout(
        margins=Margins(
            left=pad + LINE_EM * font + 4 * px + 2 * CHAR_EM * small + tick,  # y label, pad, "10", tick
            right=pad + 1.5 * CHAR_EM * small,  # half of the last date under the axis
            top=pad + (wrapped.count("\n") + 1) * LINE_EM * title_px + 6 * px,
            bottom=pad + tick + 2 * LINE_EM * small + legend,  # dates, the year below them, the legend
        ),
        title=wrapped,
        legend_columns=columns,
    )
