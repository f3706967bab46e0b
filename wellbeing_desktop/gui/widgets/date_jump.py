"""A calendar that drops down from a button to jump to a date; days with entries are shown in bold."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QMenu, QPushButton, QWidgetAction

DaysWithEntries = Callable[[date, date], list[date]]


class DateJump(QObject):
    """Signals: chosen(object) with the datetime.date picked."""

    chosen = Signal(object)

    def __init__(self, button: QPushButton) -> None:
        super().__init__(button)
        self.menu = QMenu(button)
        self.menu.setObjectName("dateJumpMenu")
        self.calendar = QCalendarWidget(self.menu)
        self.calendar.setObjectName("jumpCalendar")
        self.calendar.setAccessibleName(self.tr("Choose a date to go to"))
        self.calendar.setGridVisible(False)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        button.setMenu(self.menu)
        self.days_with_entries: DaysWithEntries | None = None
        self.menu.aboutToShow.connect(self._opening)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_month())
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def set_today(self, today: date) -> None:
        self.calendar.setMaximumDate(QDate(today.year, today.month, today.day))

    def _opening(self) -> None:
        self._mark_month()
        self.calendar.setFocus()

    def _mark_month(self) -> None:
        self.clear_marks()
        if self.days_with_entries is None:
            return
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = QDate(year, month, 1)
        # The grid shows a few days either side of the month.
        start, end = to_date(first.addDays(-7)), to_date(first.addMonths(1).addDays(14))
        bold = QTextCharFormat()
        bold.setFontWeight(700)
        for day in self.days_with_entries(start, end):
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), bold)

    def clear_marks(self) -> None:
        """Forget which days have entries (on lock): a null date clears every format."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())

    def _pick(self, day: QDate) -> None:
        self.menu.close()
        self.chosen.emit(to_date(day))


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
