"""The plan's review date: "Review my plan on [date]", or no date at all.

Stepping through days with the arrow keys would otherwise save (and record in the history) every
day passed on the way, so a date is chosen once the person pauses, leaves the field, or the screen
saves its pending edits. Ticking the box suggests a date three months ahead.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit

from wellbeing_desktop.gui.clock import Clock

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "No review date"
SUGGESTED_AHEAD = timedelta(weeks=13)
PAUSE_MS = 800


class ReviewDateControl(QObject):
    """Signals: chosen(date | None) when the person settles on a review date or takes it away."""

    chosen = Signal(object)

    def __init__(
        self, check: QCheckBox, edit: QDateEdit, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.check, self.edit, self.clock = check, edit, clock
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("No review date"))
        edit.setDisplayFormat("d MMMM yyyy")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        self._quiet = False
        check.toggled.connect(self._toggled)
        edit.dateChanged.connect(self._date_changed)
        edit.editingFinished.connect(self.flush)
        self.show_date(None)

    def show_date(self, day: date | None) -> None:
        """Show the saved date without choosing it again."""
        self.timer.stop()
        self._quiet = True
        try:
            self.check.setChecked(day is not None)
            self.edit.setEnabled(day is not None)
            self.edit.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))
        finally:
            self._quiet = False

    def current(self) -> date | None:
        value = self.edit.date()
        if not self.check.isChecked() or value == NO_DATE:
            return None
        return date(value.year(), value.month(), value.day())

    def flush(self) -> None:
        """Choose the date shown now, if it is waiting for a pause."""
        if self.timer.isActive():
            self.timer.stop()
            self.chosen.emit(self.current())

    def clear(self) -> None:
        self.show_date(None)

    def _toggled(self, on: bool) -> None:
        if self._quiet:
            return
        self.show_date(self.clock.now().date() + SUGGESTED_AHEAD if on else None)
        self.chosen.emit(self.current())

    def _date_changed(self, value: QDate) -> None:
        if self._quiet:
            return
        if value == NO_DATE:  # stepped all the way back: the "No review date" choice
            self.show_date(None)
            self.chosen.emit(None)
            return
        self.timer.start()
