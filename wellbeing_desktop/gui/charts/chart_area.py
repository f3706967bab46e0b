"""The widget that holds the Mood screen's one matplotlib figure, made the first time a chart is drawn.

The figure is never replaced: each draw clears it and draws again, so fifty redraws use the memory of
one. Clearing drops the rendered pixels too, so no picture of a chart stays in memory after locking.
"""

from __future__ import annotations

import gc
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from wellbeing_desktop.gui.charts.theme import ChartTheme

if TYPE_CHECKING:  # for the type checker only: importing these at run time would load matplotlib
    from matplotlib.figure import Figure

    from wellbeing_desktop.gui.charts.agg_canvas import AggCanvas

CHART_KINDS = ("mood_line", "year_grid", "feeling_bars", "helps_bars")
RELAYOUT_SHARE = 0.1  # redraw (not just rescale) after the width changes by more than this


def _new_canvas(theme: ChartTheme, dpi: float) -> AggCanvas:
    """The only place matplotlib is first imported.

    The import makes some hundred thousand objects that live as long as the app. Left to itself, the
    cyclic garbage collector would walk them, and every object the app already holds, several times over
    during the import and at each later full pass (about 40 ms of the first chart, a tenth). So garbage is
    collected first, the collector waits out the import, and then everything alive is moved out of its
    passes (gc.freeze): it is still freed as usual when nothing refers to it any more.
    """
    gc.collect()  # so that no garbage is frozen
    collecting = gc.isenabled()
    gc.disable()
    try:
        from matplotlib.figure import Figure

        from wellbeing_desktop.gui.charts.agg_canvas import AggCanvas

        gc.freeze()
    finally:
        if collecting:
            gc.enable()
    return AggCanvas(Figure(dpi=dpi, facecolor=theme.background))


class ChartArea(QWidget):
    """A place for a chart. `figure` is None until the first draw.

    Signals: resized() when the width changed enough since the last draw that the chart's layout (how
    many legend columns fit, where a long title wraps) should be worked out again.
    """

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartArea")
        self.setMinimumSize(300, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._canvas: AggCanvas | None = None
        self._drawn_width = 0
        self.kind = ""

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    @property
    def canvas(self) -> AggCanvas | None:
        return self._canvas

    @property
    def figure(self) -> Figure | None:
        return None if self._canvas is None else self._canvas.figure

    def draw(self, kind: str, data: Any, theme: ChartTheme) -> None:
        """Clear the figure and draw chart `kind` (one of CHART_KINDS) from `data` in `theme`; it is
        rendered on the next turn of the event loop, once, however many draws were asked for."""
        if kind not in CHART_KINDS:
            raise ValueError(f"no chart called {kind!r}")
        if self._canvas is None:
            self._canvas = _new_canvas(theme, self.logicalDpiY())
            self._canvas.setObjectName("chartCanvas")
            self._layout.addWidget(self._canvas)
            self._canvas.setVisible(self.isVisible())  # shown now, so the layout below sizes it
        self._layout.activate()
        figure = self._canvas.figure
        figure.clear()
        figure.set_facecolor(theme.background)
        self._canvas.fit_figure()  # painted at the size it will show at: layouts work from the right width
        self._drawn_width = self.width()
        painter = importlib.import_module(f"{__package__}.{kind}")
        painter.draw(figure, data, theme)
        self.kind = kind
        self._canvas.draw_idle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.kind and abs(self.width() - self._drawn_width) > RELAYOUT_SHARE * max(self._drawn_width, 1):
            self.resized.emit()

    def clear(self) -> None:
        """Drop every artist and the rendered pixels."""
        self.kind = ""
        if self._canvas is not None:
            self._canvas.figure.clear()
            self._canvas.forget()

    def save_png(self, path: Path) -> None:
        """The chart alone, as on screen, with no metadata beyond what PNG needs."""
        figure = self.figure
        if figure is None or not figure.axes:
            raise RuntimeError("there is no chart to save")
        figure.savefig(path, format="png", facecolor=figure.get_facecolor(), metadata={"Software": None})
