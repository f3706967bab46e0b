"""The Mood screen: check in, choose a period, and see mood over time, a year at a glance, feeling words
and "what helps" — each chart with its figures in words beside it.

Charts redraw only when the screen is visible (or on its next show), and matplotlib is first imported
when a chart is first drawn, never at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.charts.chart_area import CHART_KINDS, ChartArea
from wellbeing_desktop.gui.charts.theme import ChartTheme
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.dialogs.checkin_dialog import CheckInDialog, open_check_in
from wellbeing_desktop.gui.forms.ui_mood_view import Ui_MoodView
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views import mood_export
from wellbeing_desktop.gui.views.base import AppView
from wellbeing_desktop.gui.views.mood_chart_words import chart_words
from wellbeing_desktop.gui.views.mood_charts import MoodCharts
from wellbeing_desktop.gui.views.mood_figures import MoodFigures, load_figures
from wellbeing_desktop.gui.views.mood_tables import MoodTables
from wellbeing_desktop.services.mood_stats import Range

REDRAW_ON = ("checkins", "entries", "plan")
RESTYLE_EVENTS = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.FontChange,
    QEvent.Type.ApplicationFontChange,
    QEvent.Type.StyleChange,
)


class MoodView(AppView):
    """Signals: none of its own; saving a check-in emits session.changed("checkins")."""

    key = "mood"

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, content, clock, parent)
        self.title = self.tr("Mood")
        self.setObjectName("moodView")
        self.ui = Ui_MoodView()
        self.ui.setupUi(self)
        ui = self.ui
        ui.headingLabel.setFont(heading_font(ui.headingLabel.font()))
        self.chart = ChartArea(self)
        self.chart.setAccessibleName(self.tr("Chart; its figures are in the table beside it"))
        self.charts = MoodCharts(content.mood_scale.mood, self)
        self.tables = MoodTables(ui.overTimeTable, ui.yearTable, ui.feelingsTable, ui.helpsText, self)
        self.hosts = (ui.overTimeChartLayout, ui.yearChartLayout, ui.feelingsChartLayout, ui.helpsChartLayout)
        self.figures: MoodFigures | None = None
        self.year: int | None = None
        self._stale = True
        for label, range_ in (
            (self.tr("Two weeks"), Range.TWO_WEEKS),
            (self.tr("Three months"), Range.THREE_MONTHS),
            (self.tr("A year"), Range.ONE_YEAR),
            (self.tr("All check-ins"), Range.ALL),
        ):
            ui.rangeCombo.addItem(label, range_.value)
        ui.rangeCombo.setCurrentIndex(1)
        self._restyle = QTimer(self, singleShot=True, interval=0)
        self._restyle.timeout.connect(self.redraw)
        self.chart.resized.connect(self._restyle.start)
        ui.checkInButton.clicked.connect(self.check_in)
        ui.emptyCheckInButton.clicked.connect(self.check_in)
        ui.rangeCombo.currentIndexChanged.connect(lambda _: self.refresh())
        ui.stressCheck.toggled.connect(lambda _: self.redraw())
        ui.energyCheck.toggled.connect(lambda _: self.redraw())
        ui.chartTabs.currentChanged.connect(lambda _: self.redraw())
        ui.yearCombo.activated.connect(self._year_chosen)
        ui.saveChartButton.clicked.connect(self.save_chart)
        session.changed.connect(self._on_changed)
        ui.moodPages.setCurrentWidget(ui.emptyPage)

    # -- loading ----------------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.session.is_unlocked:
            self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in REDRAW_ON:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible() and self.session.is_unlocked:
            self.refresh()

    def current_range(self) -> Range:
        return Range(self.ui.rangeCombo.currentData())

    def refresh(self) -> None:
        """Read the figures for the chosen period and redraw the chart on show."""
        if not self.session.is_unlocked:
            return
        self._stale = False
        vault = self.session.vault
        self.figures = figures = load_figures(vault, self.current_range(), self.clock.now().date())
        if figures.checkin_count == 0:
            self.ui.moodPages.setCurrentWidget(self.ui.emptyPage)
            self.chart.clear()
            self.tables.clear()
            return
        self.ui.moodPages.setCurrentWidget(self.ui.chartsPage)
        years = figures.years
        if self.year not in years:
            self.year = figures.end.year
        self.ui.yearCombo.clear()
        self.ui.yearCombo.addItems([str(y) for y in years])
        self.ui.yearCombo.setCurrentIndex(years.index(self.year))
        self.tables.fill_all(figures, self.year)
        self.redraw()

    def _year_chosen(self, index: int) -> None:
        if self.figures is not None and index >= 0:
            self.year = int(self.ui.yearCombo.itemText(index))
            self.tables.fill_year(self.figures, self.year)
            self.redraw()

    # -- drawing ----------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Draw the chart of the tab on show into the one figure (while hidden: on the next show)."""
        if self.figures is None or self.figures.checkin_count == 0:
            return
        if not self.isVisible():
            self._stale = True
            return
        index = self.ui.chartTabs.currentIndex()
        kind = CHART_KINDS[index]
        host = self.hosts[index]
        if self.chart.parent() is not host.parentWidget():
            host.addWidget(self.chart)
            self.chart.show()  # a hidden widget gets no geometry from its layout
            host.activate()  # so the chart's size is known before it is painted
        self.ui.rangeCombo.setEnabled(kind != "year_grid")
        data = self.charts.build(
            kind,
            self.figures,
            self.year or self.figures.end.year,
            stress=self.ui.stressCheck.isChecked(),
            energy=self.ui.energyCheck.isChecked(),
        )
        self.chart.draw(kind, data, ChartTheme.from_widget(self.chart))
        name, description = chart_words(kind, self.figures, self.year or self.figures.end.year)
        self.chart.setAccessibleName(name)
        self.chart.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in RESTYLE_EVENTS and self.figures is not None:
            self._restyle.start()  # once, after the whole palette or font change has arrived

    # -- actions ----------------------------------------------------------------------------------

    def check_in(self) -> CheckInDialog | None:
        if not self.session.is_unlocked:
            return None
        return open_check_in(self, self.session, self.content, self.clock)

    def save_chart(self) -> None:
        mood_export.save_chart(self, self.chart, self.clock.now().date())

    def clear(self) -> None:
        self.figures = None
        self.year = None
        self._stale = True
        self.chart.clear()
        self.tables.clear()
        self.ui.yearCombo.clear()
        self.ui.moodPages.setCurrentWidget(self.ui.emptyPage)
