"""A layout engine that keeps fixed margins in pixels as the figure resizes.

Constrained layout measures every tick label on every draw, which is most of the cost of drawing the mood
chart; its surroundings (ticks 1–10, one title, a legend of known rows) are known before drawing, so the
margins can be worked out once from the font size instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine

MIN_PLOT_SHARE = 0.2  # never squeeze the plotting area below this share of the figure


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    top: float
    bottom: float


class PixelMargins(LayoutEngine):
    _adjust_compatible = True
    _colorbar_gridspec = False  # as constrained layout: a figure can switch between the two

    def __init__(self, margins: Margins) -> None:
        super().__init__()
        self._params = {"margins": margins}

    def set(self, *, margins: Margins) -> None:  # type: ignore[override]
        self._params["margins"] = margins

    def execute(self, fig: Figure) -> None:
        m: Margins = self._params["margins"]
        width, height = max(fig.bbox.width, 1.0), max(fig.bbox.height, 1.0)
        left = min(m.left / width, (1 - MIN_PLOT_SHARE) / 2)
        right = max(1 - m.right / width, left + MIN_PLOT_SHARE)
        bottom = min(m.bottom / height, 1 - MIN_PLOT_SHARE)
        top = max(1 - m.top / height, bottom + MIN_PLOT_SHARE)
        fig.subplots_adjust(left=left, right=min(right, 1.0), bottom=bottom, top=min(top, 1.0))
