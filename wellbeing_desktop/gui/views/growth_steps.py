"""A goal's small next steps in the editor: one row each (done, what, an optional date), added and
removed in place. The rows know nothing of saving; they say when something changed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.development import NextStep
from wellbeing_desktop.gui.forms.ui_next_step_row import Ui_NextStepRow

DEFAULT_DAYS = 14


class StepRow(QWidget):
    """Signals: edited(); remove_requested()."""

    edited = Signal()
    remove_requested = Signal()

    def __init__(self, step: NextStep, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NextStepRow()
        self.ui.setupUi(self)
        self.setObjectName("nextStepRow")
        self.step_id = step.id
        ui = self.ui
        due = step.due_on or today + timedelta(days=DEFAULT_DAYS)
        with QSignalBlocker(ui.doneCheck), QSignalBlocker(ui.dueCheck), QSignalBlocker(ui.dueEdit):
            ui.textEdit.setText(step.text)
            ui.doneCheck.setChecked(step.done)
            ui.dueCheck.setChecked(step.due_on is not None)
            ui.dueEdit.setDate(QDate(due.year, due.month, due.day))
            ui.dueEdit.setEnabled(step.due_on is not None)
        ui.textEdit.setCursorPosition(0)
        ui.textEdit.textEdited.connect(self.edited)
        ui.doneCheck.toggled.connect(self.edited)
        ui.dueCheck.toggled.connect(self._due_toggled)
        ui.dueEdit.dateChanged.connect(self.edited)
        ui.removeButton.clicked.connect(self.remove_requested)

    def _due_toggled(self, due: bool) -> None:
        self.ui.dueEdit.setEnabled(due)
        self.edited.emit()

    def step(self) -> NextStep:
        ui = self.ui
        due = ui.dueEdit.date().toPython() if ui.dueCheck.isChecked() else None
        assert due is None or isinstance(due, date)
        return NextStep(self.step_id, ui.textEdit.text(), due, ui.doneCheck.isChecked())


class StepList(QObject):
    """The rows in `layout` (inside `container`). Signals: edited() when a row changed, was added or
    removed; count_changed(int)."""

    edited = Signal()
    count_changed = Signal(int)

    def __init__(self, layout: QBoxLayout, container: QWidget) -> None:
        super().__init__(container)
        self._layout = layout
        self._container = container
        self.rows: list[StepRow] = []

    def show(self, steps: list[NextStep], today: date) -> None:
        self.forget()
        for step in steps:
            self._add_row(step, today)
        self.count_changed.emit(len(self.rows))

    def add(self, today: date) -> StepRow:
        """A new, empty step, kept once it has words."""
        row = self._add_row(NextStep(rules.new_id(), ""), today)
        self.count_changed.emit(len(self.rows))
        row.ui.textEdit.setFocus()
        return row

    def steps(self) -> list[NextStep]:
        return [row.step() for row in self.rows]

    def forget(self) -> None:
        """Drop every row and its words."""
        for row in self.rows:
            row.ui.textEdit.clear()
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []

    def _add_row(self, step: NextStep, today: date) -> StepRow:
        row = StepRow(step, today, self._container)
        row.edited.connect(self.edited)
        row.remove_requested.connect(lambda r=row: self._remove(r))
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].ui.removeButton, row.ui.textEdit)
        self._layout.addWidget(row)
        self.rows.append(row)
        return row

    def _remove(self, row: StepRow) -> None:
        self.rows.remove(row)
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.count_changed.emit(len(self.rows))
        self.edited.emit()
