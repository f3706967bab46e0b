"""A small Qt widget that shows a matplotlib Figure rendered by Agg.

matplotlib's own Qt canvas (backend_qtagg) would do, but importing its module costs about 20 ms — a
twentieth of the first chart — for mouse, keyboard and toolbar support these charts never use. This one
renders at most once per turn of the event loop, at the widget's size and the screen's pixel ratio, and
drops its pixels on clear() so no picture of a chart outlives a lock.
"""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class AggCanvas(QWidget):
    """Signals: none. `figure.canvas` is the Agg canvas (mpl_connect, savefig and draw_event work)."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.agg = FigureCanvasAgg(figure)
        self._points_dpi = figure.dpi  # the dpi at a pixel ratio of 1
        self._image: QImage | None = None
        self._pending = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def draw_idle(self) -> None:
        """Render on the next turn of the event loop; requests made before then are one render."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.draw)

    def fit_figure(self) -> tuple[int, int]:
        """Size the figure to the widget in device pixels (its dpi follows the screen's pixel ratio, so
        text keeps its size in points); returns the size in device pixels."""
        ratio = self.devicePixelRatioF()
        width, height = max(round(self.width() * ratio), 1), max(round(self.height() * ratio), 1)
        self.figure.set_dpi(self._points_dpi * ratio)
        self.figure.set_size_inches(width / self.figure.dpi, height / self.figure.dpi, forward=False)
        return width, height

    def draw(self) -> None:
        """Render now, at the widget's size."""
        self._pending = False
        ratio = self.devicePixelRatioF()
        width, height = self.fit_figure()
        self.agg.draw()
        pixels = bytes(self.agg.buffer_rgba())
        image = QImage(pixels, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()
        image.setDevicePixelRatio(ratio)
        self._image = image
        self.update()

    def forget(self) -> None:
        """Drop the rendered pixels, here and in Agg's own buffer (clear the figure first)."""
        self._pending = False
        self._image = None
        self.agg.draw()  # renders the now empty figure over the last chart's pixels
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.figure.axes:
            self.draw_idle()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._image is not None:
            painter.drawImage(0, 0, self._image)
        painter.end()
