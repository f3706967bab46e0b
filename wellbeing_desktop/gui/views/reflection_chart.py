"""The holder of the work reflection chart: matplotlib is imported the first time a chart is drawn
(never when the Growing screen is built), and clearing drops the figure's pixels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from wellbeing_desktop.gui.charts.theme import ChartTheme

if TYPE_CHECKING:  # importing these at run time would load matplotlib
    from wellbeing_desktop.gui.charts.agg_canvas import AggCanvas
    from wellbeing_desktop.gui.charts.reflection_lines import ReflectionChartData


class ReflectionChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionChart")
        self.setAccessibleName(self.tr("Chart of your monthly answers beside your average mood"))
        self.setAccessibleDescription(self.tr("The same figures, month by month, are in the table beside it"))
        self.setMinimumSize(300, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas: AggCanvas | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def draw(self, data: ReflectionChartData) -> None:
        from wellbeing_desktop.gui.charts import reflection_lines

        theme = ChartTheme.from_widget(self)
        if self.canvas is None:
            from matplotlib.figure import Figure

            from wellbeing_desktop.gui.charts.agg_canvas import AggCanvas

            self.canvas = AggCanvas(Figure(dpi=self.logicalDpiY(), facecolor=theme.background))
            self.canvas.setObjectName("reflectionCanvas")
            self._layout.addWidget(self.canvas)
        self._layout.activate()
        figure = self.canvas.figure
        figure.clear()
        figure.set_facecolor(theme.background)
        self.canvas.fit_figure()
        reflection_lines.draw(figure, data, theme)
        self.canvas.draw_idle()

    def clear(self) -> None:
        if self.canvas is not None:
            self.canvas.figure.clear()
            self.canvas.forget()
