"""The diary's filters: a tag, a kind of entry (free writing or a template), a date range, and only the
entries to bring to supervision. Hidden behind the Filters button until wanted."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, QSignalBlocker, Signal

from wellbeing_desktop.content.model import ContentPack, Template
from wellbeing_desktop.gui.forms.ui_diary_view import Ui_DiaryView
from wellbeing_desktop.gui.widgets.date_jump import to_date
from wellbeing_desktop.services.diary_queries import FREE_WRITING, DiaryFilters

_DEFAULT_DAYS = 30  # a date range starts as the last month


class FilterBar(QObject):
    """Signals: changed() whenever the filters change."""

    changed = Signal()

    def __init__(self, ui: Ui_DiaryView, content: ContentPack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.content = content
        ui.filtersPanel.setVisible(False)
        ui.filtersButton.toggled.connect(ui.filtersPanel.setVisible)
        ui.tagCombo.currentIndexChanged.connect(self.changed)
        ui.templateCombo.currentIndexChanged.connect(self.changed)
        ui.flaggedCheck.toggled.connect(self.changed)
        ui.dateRangeCheck.toggled.connect(self._dates_toggled)
        ui.fromDateEdit.dateChanged.connect(self._dates_changed)
        ui.toDateEdit.dateChanged.connect(self._dates_changed)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.setDisplayFormat("d MMM yyyy")
        self.set_templates(content.templates)

    def set_templates(self, templates: Sequence[Template]) -> None:
        """Offer `templates` as kinds of entry, keeping the chosen one if it is still there."""
        combo = self.ui.templateCombo
        chosen = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("Any kind"), None)
            combo.addItem(self.tr("Free writing"), FREE_WRITING)
            for template in templates:
                combo.addItem(template.name, template.key)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
        if chosen is not None and found < 0:
            self.changed.emit()

    def set_tags(self, tags: list[str]) -> None:
        """Offer `tags`, keeping the chosen one if it is still there."""
        combo = self.ui.tagCombo
        chosen = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("Any tag"), None)
            for tag in tags:
                combo.addItem(tag, tag)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
        if chosen is not None and found < 0:
            self.changed.emit()

    def set_today(self, today: date) -> None:
        """Where a new date range starts: the last month up to today."""
        if self.ui.dateRangeCheck.isChecked():
            return
        with QSignalBlocker(self.ui.fromDateEdit), QSignalBlocker(self.ui.toDateEdit):
            self.ui.fromDateEdit.setDate(_qdate(today - timedelta(days=_DEFAULT_DAYS)))
            self.ui.toDateEdit.setDate(_qdate(today))

    def filters(self) -> DiaryFilters:
        ui = self.ui
        dated = ui.dateRangeCheck.isChecked()
        start, end = to_date(ui.fromDateEdit.date()), to_date(ui.toDateEdit.date())
        if dated and start > end:
            start, end = end, start
        return DiaryFilters(
            tag=ui.tagCombo.currentData(),
            template=ui.templateCombo.currentData(),
            start=start if dated else None,
            end=end if dated else None,
            flagged_only=ui.flaggedCheck.isChecked(),
        )

    def show_flagged(self) -> None:
        """Show only the entries flagged for supervision (for a 'prepare for supervision' action)."""
        self.ui.filtersButton.setChecked(True)
        self.ui.flaggedCheck.setChecked(True)

    def clear_filters(self) -> None:
        ui = self.ui
        was = self.filters()
        with QSignalBlocker(ui.tagCombo), QSignalBlocker(ui.templateCombo), QSignalBlocker(ui.flaggedCheck):
            ui.tagCombo.setCurrentIndex(0)
            ui.templateCombo.setCurrentIndex(0)
            ui.flaggedCheck.setChecked(False)
            with QSignalBlocker(ui.dateRangeCheck):
                ui.dateRangeCheck.setChecked(False)
            self._enable_dates(False)
        if was != self.filters():
            self.changed.emit()

    def reset(self) -> None:
        """On lock: no filters, and no tag (the person's words) left in the combo."""
        self.clear_filters()
        with QSignalBlocker(self.ui.tagCombo):
            self.ui.tagCombo.clear()
        self.ui.filtersButton.setChecked(False)

    def _dates_toggled(self, on: bool) -> None:
        self._enable_dates(on)
        self.changed.emit()

    def _enable_dates(self, on: bool) -> None:
        self.ui.fromDateEdit.setEnabled(on)
        self.ui.toDateEdit.setEnabled(on)

    def _dates_changed(self) -> None:
        if self.ui.dateRangeCheck.isChecked():
            self.changed.emit()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
