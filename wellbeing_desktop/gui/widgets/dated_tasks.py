"""Small things to do with an optional date and a done box, edited in place as rows: a development
goal's next steps and a supervision session's agreed actions. The rows know nothing of saving; they
say when something changed, and the owner reads them back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QDate, QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QDateEdit, QLineEdit, QPushButton, QWidget

DEFAULT_DUE_DAYS = 14  # a date, once asked for, starts two weeks on


class DatedTask(Protocol):
    id: str
    text: str
    due_on: date | None
    done: bool


class TaskForm(Protocol):
    """A generated form (ui/*_row.ui) with these widgets."""

    textEdit: QLineEdit
    doneCheck: QCheckBox
    dueCheck: QCheckBox
    dueEdit: QDateEdit
    removeButton: QPushButton

    def setupUi(self, widget: QWidget) -> None: ...


class TaskRow(QWidget):
    """One task. Signals: edited(); remove_requested()."""

    edited = Signal()
    remove_requested = Signal()

    def __init__(self, form: Any, task: DatedTask, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: TaskForm = form
        form.setupUi(self)
        self.task_id = task.id
        ui = self.ui
        due = task.due_on or today + timedelta(days=DEFAULT_DUE_DAYS)
        with QSignalBlocker(ui.doneCheck), QSignalBlocker(ui.dueCheck), QSignalBlocker(ui.dueEdit):
            ui.textEdit.setText(task.text)
            ui.doneCheck.setChecked(task.done)
            ui.dueCheck.setChecked(task.due_on is not None)
            ui.dueEdit.setDate(QDate(due.year, due.month, due.day))
            ui.dueEdit.setEnabled(task.due_on is not None)
        ui.textEdit.setCursorPosition(0)
        ui.textEdit.textEdited.connect(self.edited)
        ui.doneCheck.toggled.connect(self.edited)
        ui.dueCheck.toggled.connect(self._due_toggled)
        ui.dueEdit.dateChanged.connect(self.edited)
        ui.removeButton.clicked.connect(self.remove_requested)

    def _due_toggled(self, due: bool) -> None:
        self.ui.dueEdit.setEnabled(due)
        self.edited.emit()

    def values(self) -> tuple[str, str, date | None, bool]:
        """(id, text, due date or None, done) as the row shows them now."""
        ui = self.ui
        due = ui.dueEdit.date().toPython() if ui.dueCheck.isChecked() else None
        assert due is None or isinstance(due, date)
        return self.task_id, ui.textEdit.text(), due, ui.doneCheck.isChecked()


class TaskList(QObject):
    """The rows in `layout` (inside `container`). Signals: edited() when a row changed, was added or
    removed; count_changed(int)."""

    edited = Signal()
    count_changed = Signal(int)

    def __init__(
        self,
        layout: QBoxLayout,
        container: QWidget,
        make_row: Callable[[Any, date, QWidget], TaskRow],
        blank: Callable[[], DatedTask],
    ) -> None:
        super().__init__(container)
        self._layout = layout
        self._container = container
        self._make_row = make_row
        self._blank = blank
        self.rows: list[TaskRow] = []

    def show(self, tasks: Sequence[DatedTask], today: date) -> None:
        self.forget()
        for task in tasks:
            self._add_row(task, today)
        self.count_changed.emit(len(self.rows))

    def add(self, today: date) -> TaskRow:
        """A new, empty task, kept once it has words."""
        row = self._add_row(self._blank(), today)
        self.count_changed.emit(len(self.rows))
        row.ui.textEdit.setFocus()
        return row

    def forget(self) -> None:
        """Drop every row and its words."""
        for row in self.rows:
            row.ui.textEdit.clear()
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []

    def _add_row(self, task: DatedTask, today: date) -> TaskRow:
        row = self._make_row(task, today, self._container)
        row.edited.connect(self.edited)
        row.remove_requested.connect(lambda r=row: self._remove(r))
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].ui.removeButton, row.ui.textEdit)
        self._layout.addWidget(row)
        self.rows.append(row)
        return row

    def _remove(self, row: TaskRow) -> None:
        self.rows.remove(row)
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.count_changed.emit(len(self.rows))
        self.edited.emit()
