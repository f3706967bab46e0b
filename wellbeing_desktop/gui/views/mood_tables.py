"""The plain-figures text beside each chart: the same information in words and numbers, for anyone who
cannot or would rather not read a chart (and for screen readers)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QTextBrowser

from wellbeing_desktop.gui.views.mood_figures import MoodFigures
from wellbeing_desktop.services.mood_summary import shown_words

FigureRow = tuple[str, ...]


def fill(table: QTableWidget, rows: list[FigureRow]) -> None:
    table.clearContents()
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


class MoodTables(QObject):
    def __init__(
        self,
        over_time: QTableWidget,
        year: QTableWidget,
        feelings: QTableWidget,
        helps: QTextBrowser,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.over_time, self.year, self.feelings, self.helps = over_time, year, feelings, helps
        for table in (over_time, year, feelings):
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, table.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The trend words can be long in another language: both columns share the width and wrap,
        # rather than the value squeezing the figure's name to nothing.
        over_time.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._locale = QLocale()

    def number(self, value: float | None) -> str:
        return "—" if value is None else self._locale.toString(value, "f", 1)

    def fill_all(self, figures: MoodFigures, year: int) -> None:
        self.fill_over_time(figures)
        self.fill_year(figures, year)
        fill(self.feelings, [(word, self._locale.toString(n)) for word, n in figures.feelings])
        self.fill_helps(figures)

    def fill_over_time(self, figures: MoodFigures) -> None:
        s = figures.summary
        rows: list[FigureRow] = [
            (self.tr("Days with check-ins"), self._locale.toString(s.count_days)),
            (self.tr("Check-ins"), self._locale.toString(len(figures.points))),
            (self.tr("Average mood"), self.number(s.mean)),
            (self.tr("Lowest and highest day"), f"{self.number(s.lowest)} – {self.number(s.highest)}"),
            (self.tr("Over this period"), shown_words(s.trend_words)),
        ]
        for scale, label in (
            ("stress", self.tr("Average stress")),
            ("energy", self.tr("Average energy")),
            ("sleep_hours", self.tr("Average sleep (hours)")),
        ):
            if (value := figures.mean_of(scale)) is not None:
                rows.append((label, self.number(value)))
        rows.append((self.tr("Days with a diary entry"), self._locale.toString(len(figures.entry_days))))
        fill(self.over_time, rows)

    def fill_year(self, figures: MoodFigures, year: int) -> None:
        by_month: dict[int, list[float]] = {}
        for day, mood in figures.year_cells(year):
            if mood is not None:
                by_month.setdefault(day.month, []).append(mood)
        rows: list[FigureRow] = [
            (
                self._locale.monthName(month),
                self.number(sum(moods) / len(moods)),
                self._locale.toString(len(moods)),
            )
            for month, moods in sorted(by_month.items())
        ]
        if not rows:
            rows = [(self.tr("No check-ins in %1").replace("%1", str(year)), "", "")]
        fill(self.year, rows)

    def fill_helps(self, figures: MoodFigures) -> None:
        paragraphs = [c.sentence for c in figures.helps] or [
            self.tr(
                "Tick the coping strategies you used, and whether you talked with someone, when you check "
                "in. After a few days, you'll see your mood on those days beside your other days here."
            )
        ]
        paragraphs.append(
            self.tr(
                "These figures sit side by side; they can't show what caused what. Many things shape a day."
            )
        )
        self.helps.setPlainText("\n\n".join(paragraphs))

    def clear(self) -> None:
        for table in (self.over_time, self.year, self.feelings):
            table.clearContents()
            table.setRowCount(0)
        self.helps.clear()
