"""The work reflection over time: one small panel per theme with each question's own answers (1–5)
month by month, and beneath them the month's average mood (1–10). Nothing is added up across
questions; every line differs in marker as well as colour, so colour is never the only cue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure

from wellbeing_desktop.content.reflection_questions import ReflectionTheme
from wellbeing_desktop.gui.charts.axes_style import style, title
from wellbeing_desktop.gui.charts.theme import OKABE_ITO, ChartTheme
from wellbeing_desktop.services.reflection import ReflectionMonth

MARKERS = ("o", "s", "^", "D")
SERIES = ("blue", "vermillion", "bluish green", "reddish purple")
SERIES_DARK = ("sky blue", "orange", "yellow", "reddish purple")
LABEL_CHARS = 34


@dataclass(frozen=True)
class ReflectionChartData:
    months: Sequence[ReflectionMonth]
    month_labels: Sequence[str]
    themes: Sequence[ReflectionTheme]
    mood_title: str


def draw(figure: Figure, data: ReflectionChartData, theme: ChartTheme) -> None:
    figure.set_layout_engine("constrained")
    rows = len(data.themes) + 1
    axes_list = figure.subplots(rows, 1, sharex=True, squeeze=False)[:, 0]
    xs = list(range(len(data.months)))
    palette = SERIES_DARK if theme.dark else SERIES
    for axes, reflection_theme in zip(axes_list, data.themes, strict=False):
        style(axes, theme)
        title(axes, reflection_theme.name, theme, wrap=False)
        for n, question in enumerate(reflection_theme.questions):
            points = [
                (x, m.answers[question.key])
                for x, m in zip(xs, data.months, strict=True)
                if question.key in m.answers
            ]
            if not points:
                continue
            axes.plot(
                [p[0] for p in points],
                [p[1] for p in points],
                marker=MARKERS[n % len(MARKERS)],
                color=OKABE_ITO[palette[n % len(palette)]],
                linewidth=1.6,
                markersize=6,
                label=_short(question.text),
            )
        axes.set_ylim(0.6, 5.4)
        axes.set_yticks([1, 3, 5])
        if axes.get_legend_handles_labels()[0]:
            axes.legend(
                loc="center left",
                bbox_to_anchor=(1.01, 0.5),
                fontsize=theme.small_points * 0.9,
                frameon=False,
                labelcolor=theme.text,
            )
    mood_axes = axes_list[-1]
    style(mood_axes, theme)
    title(mood_axes, data.mood_title, theme, wrap=False)
    moods = [(x, m.mood) for x, m in zip(xs, data.months, strict=True) if m.mood is not None]
    if moods:
        mood_axes.plot(
            [p[0] for p in moods],
            [p[1] for p in moods],
            marker="o",
            color=theme.colour("mood"),
            linewidth=1.6,
        )
    mood_axes.set_ylim(0.5, 10.5)
    mood_axes.set_yticks([1, 5, 10])
    mood_axes.set_xticks(xs, list(data.month_labels))
    mood_axes.set_xlim(-0.5, max(len(xs) - 0.5, 0.5))


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"
