"""The "Learning log" tab: notes by date on the left, the chosen note on the right: when, training or
experience, what it was, what I learned, how my practice changed, and diary entries it grew out of,
named by title and date only (double-click one to open it in the diary). Autosaved like the diary.

Signals: entry_requested(str) with an entry id, for the main window to open it in the diary.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTreeWidgetItem, QWidget

from wellbeing_desktop.domain.development import LEARNING_KINDS, LearningKind, LearningRecord
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.gui.forms.ui_learning_log import Ui_LearningLog
from wellbeing_desktop.gui.supervision.words import long_day
from wellbeing_desktop.gui.views.diary_autosave import Autosaver
from wellbeing_desktop.gui.views.growth_delete import DeleteCommand, ask_to_delete
from wellbeing_desktop.services.diary_text import problem_sentence
from wellbeing_desktop.services.learning_log import LearningLogService, LinkedEntry

RECORD_ID = Qt.ItemDataRole.UserRole
ENTRY_ID = Qt.ItemDataRole.UserRole


class LearningPanel(QWidget):
    entry_requested = Signal(str)

    def __init__(
        self, undo_stack: QUndoStack, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learningPanel")
        self.ui = Ui_LearningLog()
        self.ui.setupUi(self)
        ui = self.ui
        self._kinds = {"training": self.tr("Training"), "experience": self.tr("Experience")}
        for kind in LEARNING_KINDS:
            ui.kindCombo.addItem(self._kinds[kind], kind)
        header = ui.recordList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.learningSplitter.setSizes([360, 560])
        ui.learningSplitter.setStretchFactor(1, 1)
        self._undo_stack = undo_stack
        self._today = today
        self.autosave = Autosaver(self._write, self)
        self._service: LearningLogService | None = None
        self._record_id: str | None = None
        self._reopen_id: str | None = None
        self._linked: list[LinkedEntry] = []
        ui.addRecordButton.clicked.connect(self.new_record)
        ui.recordEmptyAddButton.clicked.connect(self.new_record)
        ui.deleteRecordButton.clicked.connect(self.delete_current)
        ui.recordList.currentItemChanged.connect(self._chosen)
        ui.happenedEdit.dateChanged.connect(self._edited)
        ui.kindCombo.currentIndexChanged.connect(self._edited)
        ui.recordTitleEdit.textEdited.connect(self._edited)
        ui.learnedEdit.textChanged.connect(self._edited)
        ui.practiceEdit.textChanged.connect(self._edited)
        ui.linkButton.clicked.connect(self.link_chosen_entry)
        ui.unlinkButton.clicked.connect(self.unlink_current)
        ui.linkedList.itemActivated.connect(self._open_entry)
        ui.linkedList.itemDoubleClicked.connect(self._open_entry)
        ui.recordEditorStack.setCurrentWidget(ui.recordEmptyPage)

    # -- the view's calls ----------------------------------------------------------------------------

    def open(self, service: LearningLogService) -> None:
        self._service = service
        reopen, self._reopen_id = self._reopen_id, None
        self._refresh(select=reopen)

    def save_pending(self) -> None:
        self.autosave.flush()

    def clear(self) -> None:
        self._reopen_id = self._record_id
        self.autosave.forget()
        self._service = None
        with QSignalBlocker(self.ui.recordList):
            self.ui.recordList.clear()
        self._close_editor()

    def entries_changed(self) -> None:
        """The diary changed: titles, choices and links (a deleted entry's link is gone) follow."""
        if self._service is None:
            return
        self.autosave.flush()
        if self._record_id is not None:
            self._linked = self._service.linked_entries(self._service.get(self._record_id))
            self._show_links()
        else:
            self._show_links()

    def current_record_id(self) -> str | None:
        return self._record_id

    def new_record(self) -> None:
        """An empty note dated today; kept once "what it was" has words."""
        if self._service is None or not self.autosave.flush():
            return
        self._show_editor(None)
        with QSignalBlocker(self.ui.recordList):
            self.ui.recordList.setCurrentIndex(QModelIndex())
        self.ui.recordTitleEdit.setFocus()

    # -- the list ------------------------------------------------------------------------------------

    def _refresh(self, select: str | None = None) -> None:
        if self._service is None:
            return
        records = self._service.records()
        tree = self.ui.recordList
        with QSignalBlocker(tree):
            tree.clear()
            for record in records:
                row = QTreeWidgetItem(self._columns(record))
                row.setData(0, RECORD_ID, record.id)
                tree.addTopLevelItem(row)
        ids = [r.id for r in records]
        chosen = select if select in ids else (ids[0] if ids else None)
        if chosen is None:
            self._close_editor()
            return
        item = tree.topLevelItem(ids.index(chosen))
        if item is not None:
            with QSignalBlocker(tree):
                tree.setCurrentItem(item)
        if self._record_id != chosen or not self.autosave.pending:
            self._show_editor(records[ids.index(chosen)])

    def _columns(self, record: LearningRecord) -> list[str]:
        return [long_day(record.happened_on), self._kinds.get(record.kind, record.kind), record.title]

    def _chosen(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._service is None or current is None:
            return
        chosen = str(current.data(0, RECORD_ID))
        if chosen == self._record_id or not self.autosave.flush():
            return
        self._show_editor(self._service.get(chosen))

    # -- the editor ----------------------------------------------------------------------------------

    def _show_editor(self, record: LearningRecord | None) -> None:
        assert self._service is not None
        self.autosave.forget()
        self._record_id = None if record is None else record.id
        ui = self.ui
        day = self._today() if record is None else record.happened_on
        blocked = (ui.happenedEdit, ui.kindCombo, ui.learnedEdit, ui.practiceEdit)
        blockers = [QSignalBlocker(widget) for widget in blocked]
        ui.happenedEdit.setDate(QDate(day.year, day.month, day.day))
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("experience" if record is None else record.kind))
        ui.recordTitleEdit.setText("" if record is None else record.title)
        ui.learnedEdit.setPlainText("" if record is None else record.learned)
        ui.practiceEdit.setPlainText("" if record is None else record.practice_change)
        for edit in (ui.learnedEdit, ui.practiceEdit):
            edit.document().clearUndoRedoStacks()
        del blockers
        ui.recordTitleEdit.setCursorPosition(0)
        self._linked = [] if record is None else self._service.linked_entries(record)
        self._show_links()
        ui.recordSaveStatusLabel.setText("")
        ui.recordEditorStack.setCurrentWidget(ui.recordEditorPage)

    def _show_links(self) -> None:
        ui = self.ui
        ui.linkedList.clear()
        for entry in self._linked:
            item = QListWidgetItem(self._entry_name(entry))
            item.setData(ENTRY_ID, entry.id)
            ui.linkedList.addItem(item)
        ui.unlinkButton.setEnabled(bool(self._linked))
        ui.entryCombo.clear()
        if self._service is None:
            return
        linked = {e.id for e in self._linked}
        for entry in self._service.entry_choices():
            if entry.id not in linked:
                ui.entryCombo.addItem(self._entry_name(entry), entry.id)
        ui.linkButton.setEnabled(ui.entryCombo.count() > 0)
        if ui.entryCombo.count() == 0:
            ui.entryCombo.addItem(self.tr("No diary entries to link yet"))
            ui.entryCombo.setEnabled(False)
        else:
            ui.entryCombo.setEnabled(True)

    def _entry_name(self, entry: LinkedEntry) -> str:
        day = long_day(entry.written_at.date())
        if entry.title.strip():
            return self.tr("%1 · %2").replace("%1", entry.title).replace("%2", day)
        return self.tr("Untitled entry · %1").replace("%1", day)

    def _close_editor(self) -> None:
        self.autosave.forget()
        self._record_id = None
        ui = self.ui
        with QSignalBlocker(ui.learnedEdit), QSignalBlocker(ui.practiceEdit):
            ui.recordTitleEdit.clear()
            ui.learnedEdit.clear()
            ui.practiceEdit.clear()
            for edit in (ui.learnedEdit, ui.practiceEdit):
                edit.document().clearUndoRedoStacks()
        ui.linkedList.clear()
        ui.entryCombo.clear()
        self._linked = []
        ui.recordSaveStatusLabel.setText("")
        ui.recordEditorStack.setCurrentWidget(ui.recordEmptyPage)

    def link_chosen_entry(self) -> None:
        entry_id = self.ui.entryCombo.currentData()
        if self._service is None or not isinstance(entry_id, str):
            return
        chosen = next((e for e in self._service.entry_choices() if e.id == entry_id), None)
        if chosen is not None:
            self._linked.append(chosen)
            self._show_links()
            self._edited()

    def unlink_current(self) -> None:
        item = self.ui.linkedList.currentItem() or self.ui.linkedList.item(0)
        if item is None:
            return
        gone = item.data(ENTRY_ID)
        self._linked = [e for e in self._linked if e.id != gone]
        self._show_links()
        self._edited()

    def _open_entry(self, item: QListWidgetItem) -> None:
        entry_id = item.data(ENTRY_ID)
        if isinstance(entry_id, str):
            self.autosave.flush()
            self.entry_requested.emit(entry_id)

    def _edited(self) -> None:
        if self.ui.recordEditorStack.currentWidget() is not self.ui.recordEditorPage:
            return
        self.autosave.changed()
        self.ui.recordSaveStatusLabel.setText(self.tr("Saving…"))

    def _write(self) -> bool:
        if self._service is None:
            return True
        ui = self.ui
        happened = ui.happenedEdit.date().toPython()
        assert isinstance(happened, date)
        kind = cast(LearningKind, ui.kindCombo.currentData())
        title = ui.recordTitleEdit.text()
        learned, practice = ui.learnedEdit.toPlainText(), ui.practiceEdit.toPlainText()
        linked = [e.id for e in self._linked]
        try:
            if self._record_id is None:
                if not title.strip():
                    ui.recordSaveStatusLabel.setText(self.tr("Your note is kept once it says what it was."))
                    return True
                saved = self._service.add(
                    happened, kind, title, learned=learned, practice_change=practice, entry_ids=linked
                )
            else:
                saved = self._service.update(
                    self._record_id,
                    happened_on=happened,
                    kind=kind,
                    title=title,
                    learned=learned,
                    practice_change=practice,
                    entry_ids=linked,
                )
        except WellbeingError as error:
            problems = error.problems if isinstance(error, ValidationError) else []
            sentence = problem_sentence(problems[0]) if problems else error.message.rstrip(".")
            ui.recordSaveStatusLabel.setText(
                self.tr("Couldn't save: %1. Your words are still here.").replace("%1", sentence)
            )
            return False
        self._record_id = saved.id
        ui.recordSaveStatusLabel.setText(self.tr("Saved"))
        self._refresh(select=saved.id)
        return True

    # -- delete and undo -----------------------------------------------------------------------------

    def delete_current(self) -> None:
        if self._service is None:
            return
        self.autosave.flush()
        if self._record_id is None:
            self._close_editor()
            self._refresh()
            return
        question = self.tr("Delete this note from your learning log? Your diary entries stay as they are.")
        if not ask_to_delete(self, question) or self._service is None:
            return
        self._undo_stack.push(
            DeleteCommand(
                self.tr("Delete learning note"), self._record_id, self._delete_now, self._restore_now
            )
        )

    def _delete_now(self, record_id: str) -> LearningRecord:
        assert self._service is not None
        self.autosave.forget()
        removed = self._service.delete(record_id)
        self._close_editor()
        self._refresh()
        return removed

    def _restore_now(self, record: LearningRecord) -> None:
        assert self._service is not None
        self.autosave.flush()
        self._service.restore(record)
        self._refresh(select=record.id)
