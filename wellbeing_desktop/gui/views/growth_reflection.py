"""The "Work reflection" tab: the person's own monthly answers over time, beside their mood, as a chart
(drawn only when the tab is shown, so matplotlib loads only then) and as a plain table with the same
figures. A kind sentence points to supervision and Support now when a theme has stayed at the hard end
for three months running. Never a total, never a comparison with anyone else."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from wellbeing_desktop.gui.dates import shown
from wellbeing_desktop.gui.forms.ui_work_reflection import Ui_WorkReflection
from wellbeing_desktop.gui.views.reflection_chart import ReflectionChart
from wellbeing_desktop.services.reflection import ReflectionMonth, ReflectionService

SIGNPOST_STYLE = "QLabel#signpostLabel { border: 1px solid palette(mid); border-radius: 6px; padding: 10px; }"


class ReflectionPanel(QWidget):
    """Signals: reflect_requested() for "Reflect on this month…"."""

    reflect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionPanel")
        self.ui = Ui_WorkReflection()
        self.ui.setupUi(self)
        ui = self.ui
        ui.signpostLabel.setStyleSheet(SIGNPOST_STYLE)
        ui.signpostLabel.hide()
        self.chart = ReflectionChart(ui.reflectionChartHolder)
        ui.reflectionChartLayout.addWidget(self.chart)
        ui.reflectionSplitter.setStretchFactor(0, 3)
        ui.reflectionSplitter.setStretchFactor(1, 2)
        ui.reflectionSplitter.setSizes([330, 160])
        ui.reflectButton.clicked.connect(self.reflect_requested)
        self._service: ReflectionService | None = None
        self._history: list[ReflectionMonth] = []
        self._chart_stale = False
        ui.reflectionStack.setCurrentWidget(ui.reflectionEmptyPage)

    def open(self, service: ReflectionService) -> None:
        self._service = service
        self.refresh()

    def refresh(self) -> None:
        if self._service is None:
            return
        ui = self.ui
        this_month = self._service.for_month()
        ui.reflectButton.setText(
            self.tr("Look again at this month…")
            if this_month is not None
            else self.tr("Reflect on this month…")
        )
        self._history = self._service.history()
        signposts = self._service.signposts()
        ui.signpostLabel.setText("\n\n".join(theme.signpost for theme in signposts))
        ui.signpostLabel.setVisible(bool(signposts))
        if not self._history:
            ui.reflectionTable.clear()
            ui.reflectionTable.setRowCount(0)
            ui.reflectionTable.setColumnCount(0)
            self.chart.clear()
            ui.reflectionStack.setCurrentWidget(ui.reflectionEmptyPage)
            return
        ui.reflectionStack.setCurrentWidget(ui.reflectionHistoryPage)
        self._fill_table()
        self._chart_stale = True
        if self.isVisible():
            self._draw_chart()

    def clear(self) -> None:
        self._service = None
        self._history = []
        self._chart_stale = False
        ui = self.ui
        ui.signpostLabel.clear()
        ui.signpostLabel.hide()
        ui.reflectionTable.clear()
        ui.reflectionTable.setRowCount(0)
        ui.reflectionTable.setColumnCount(0)
        self.chart.clear()
        ui.reflectionStack.setCurrentWidget(ui.reflectionEmptyPage)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._chart_stale:
            self._draw_chart()

    # -- the figures ---------------------------------------------------------------------------------

    def month_labels(self) -> list[str]:
        return [shown(date(int(m.month[:4]), int(m.month[5:]), 1), "MMM yyyy") for m in self._history]

    def _fill_table(self) -> None:
        """One row a question (its words at both ends in the tooltip), one column a month, and the
        month's average mood last: the chart's figures, for anyone who would rather read them."""
        assert self._service is not None
        table = self.ui.reflectionTable
        questions = [(t, q) for t in self._service.questions.themes for q in t.questions]
        table.clear()
        table.setColumnCount(len(self._history) + 1)
        table.setRowCount(len(questions) + 1)
        table.setHorizontalHeaderLabels([self.tr("Question"), *self.month_labels()])
        table.verticalHeader().hide()
        for row, (theme, question) in enumerate(questions):
            item = QTableWidgetItem(question.text)
            item.setToolTip(
                self.tr("%1. 1 is %2, 5 is %3.")
                .replace("%1", theme.name)
                .replace("%2", question.low)
                .replace("%3", question.high)
            )
            table.setItem(row, 0, item)
        table.setItem(len(questions), 0, QTableWidgetItem(self.tr("Your average mood that month (1 to 10)")))
        for column, month in enumerate(self._history, start=1):
            for row, (_theme, question) in enumerate(questions):
                answer = month.answers.get(question.key)
                table.setItem(row, column, QTableWidgetItem("—" if answer is None else str(answer)))
            mood = "—" if month.mood is None else f"{month.mood:.1f}"
            table.setItem(len(questions), column, QTableWidgetItem(mood))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _draw_chart(self) -> None:
        if self._service is None or not self._history:
            return
        from wellbeing_desktop.gui.charts.reflection_lines import ReflectionChartData

        self._chart_stale = False
        self.chart.draw(
            ReflectionChartData(
                months=self._history,
                month_labels=self.month_labels(),
                themes=self._service.questions.themes,
                mood_title=self.tr("Your average mood that month"),
            )
        )
