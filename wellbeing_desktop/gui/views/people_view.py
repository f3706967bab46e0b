"""People I can talk to: a small address book kept in the vault. The list on the left (name, who they
are to me, when we last talked), the chosen person on the right. Autosaved like the diary; removing asks
once and can be undone. The app never dials or sends: how to reach someone is words for the person's own
eyes. Across a lock only the chosen person's id is kept, never their details."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain.person import Person
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.forms.ui_people_view import Ui_PeopleView
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.base import AppView
from wellbeing_desktop.gui.views.diary_autosave import Autosaver
from wellbeing_desktop.gui.views.people_delete import RemovePersonCommand, ask_to_remove_person
from wellbeing_desktop.gui.views.people_words import ago_words, relation_labels
from wellbeing_desktop.services.diary_text import problem_sentence
from wellbeing_desktop.services.people import CHANGED, PeopleService

PERSON_ID = Qt.ItemDataRole.UserRole
NOT_NOTED = QDate(2000, 1, 1)  # the date box's lowest value, shown as "Not noted yet"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _weeks(days: int) -> int:
    return max(1, min(52, round(days / 7)))


class PeopleView(AppView):
    key = "people"

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, content, clock, parent)
        self.title = self.tr("People")
        self.setObjectName("peopleView")
        self.ui = Ui_PeopleView()
        self.ui.setupUi(self)
        ui = self.ui
        ui.headingLabel.setFont(heading_font(ui.headingLabel.font()))
        ui.emptyLabel.setText(
            self.tr(
                "Add the people you can turn to — a peer, your supervisor, a friend. The app never "
                "contacts anyone; it just keeps their details in one safe place."
            )
        )
        for relation, label in relation_labels().items():
            ui.relationCombo.addItem(label, relation)
        ui.lastTalkedEdit.setMinimumDate(NOT_NOTED)
        header = ui.peopleList.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.peopleList.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        ui.peopleSplitter.setSizes([360, 660])
        ui.peopleSplitter.setStretchFactor(1, 1)
        self.autosave = Autosaver(self._write, self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("peopleUndoStack")
        self._service: PeopleService | None = None
        self._shown: Person | None = None  # the person in the editor, as last stored
        self._reopen_id: str | None = None
        for action, key in (
            (self.undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
            (self.undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        ui.addButton.clicked.connect(self.add_person)
        ui.emptyAddButton.clicked.connect(self.add_person)
        ui.peopleList.currentItemChanged.connect(self._chosen)
        ui.nameEdit.textEdited.connect(self._edited)
        ui.relationCombo.currentIndexChanged.connect(self._edited)
        ui.lastTalkedEdit.dateChanged.connect(self._edited)
        ui.todayButton.clicked.connect(lambda: ui.lastTalkedEdit.setDate(_qdate(self._today())))
        ui.clearTalkedButton.clicked.connect(lambda: ui.lastTalkedEdit.setDate(NOT_NOTED))
        ui.reachEdit.textChanged.connect(self._edited)
        ui.notesEdit.textChanged.connect(self._edited)
        ui.remindCheck.toggled.connect(self._remind_toggled)
        ui.remindSpin.valueChanged.connect(self._remind_weeks_changed)
        ui.deleteButton.clicked.connect(self.remove_current)
        session.changed.connect(self._changed_elsewhere)
        self._remind_weeks_changed(ui.remindSpin.value(), edited=False)
        ui.editorStack.setCurrentWidget(ui.emptyPage)

    # -- the main window's calls ---------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._service = PeopleService(self.session.vault, self.clock.now)
        reopen, self._reopen_id = self._reopen_id, None
        self._refresh(select=reopen)

    def save_pending(self) -> None:
        self.autosave.flush()

    def clear(self) -> None:
        self._reopen_id = self.current_person_id()
        self.autosave.forget()
        self.undo_stack.clear()
        self._service = None
        with QSignalBlocker(self.ui.peopleList):
            self.ui.peopleList.clear()
        self._close_editor()

    def current_person_id(self) -> str | None:
        return self._shown.id if self._shown is not None else None

    def add_person(self) -> None:
        """Someone new, chosen at once with their name ready to type over."""
        if self._service is None or not self.autosave.flush():
            return
        added = self._service.add(self.tr("Someone new"))
        self.announce(CHANGED)
        self._refresh(select=added.id)
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    def open_person(self, person_id: str) -> None:
        if self._service is not None and self.autosave.flush():
            self._refresh(select=person_id)

    # -- the list ------------------------------------------------------------------------------------

    def _refresh(self, select: str | None = None) -> None:
        """Fill the list; show `select` (or the first person, or the empty page)."""
        if self._service is None:
            return
        people = self._service.people()
        tree = self.ui.peopleList
        with QSignalBlocker(tree):
            tree.clear()
            for person in people:
                row = QTreeWidgetItem(self._columns(person))
                row.setData(0, PERSON_ID, person.id)
                row.setToolTip(0, person.name)  # a long name is cut short in its column
                tree.addTopLevelItem(row)
        ids = [p.id for p in people]
        chosen = select if select in ids else (ids[0] if ids else None)
        if chosen is None:
            self._close_editor()
            return
        item = tree.topLevelItem(ids.index(chosen))
        if item is not None:
            with QSignalBlocker(tree):
                tree.setCurrentItem(item)
        if self.current_person_id() != chosen or not self.autosave.pending:
            self._load(people[ids.index(chosen)])

    def _columns(self, person: Person) -> list[str]:
        relation = relation_labels().get(person.relation, person.relation)
        return [person.name, relation, ago_words(person.last_talked_on, self._today())]

    def _chosen(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._service is None or current is None:
            return
        chosen = str(current.data(0, PERSON_ID))
        if chosen == self.current_person_id():
            return
        if not self.autosave.flush():  # keep the unsaved words on screen
            return
        self._load(self._service.get(chosen))

    # -- the editor ----------------------------------------------------------------------------------

    def _load(self, person: Person) -> None:
        self.autosave.forget()
        self._shown = person
        ui = self.ui
        talked = person.last_talked_on
        blocked = (
            ui.relationCombo,
            ui.lastTalkedEdit,
            ui.reachEdit,
            ui.notesEdit,
            ui.remindCheck,
            ui.remindSpin,
        )
        blockers = [QSignalBlocker(w) for w in blocked]
        ui.nameEdit.setText(person.name)
        ui.nameEdit.setCursorPosition(0)
        index = ui.relationCombo.findData(person.relation)
        ui.relationCombo.setCurrentIndex(max(index, 0))
        ui.lastTalkedEdit.setDate(NOT_NOTED if talked is None else _qdate(talked))
        ui.reachEdit.setPlainText(person.reach)
        ui.reachEdit.document().clearUndoRedoStacks()
        ui.notesEdit.setPlainText(person.notes)
        ui.notesEdit.document().clearUndoRedoStacks()
        reminded = person.remind_after_days is not None
        ui.remindCheck.setChecked(reminded)
        ui.remindSpin.setValue(_weeks(person.remind_after_days or 28))
        ui.remindSpin.setEnabled(reminded)
        del blockers
        self._remind_weeks_changed(ui.remindSpin.value(), edited=False)
        self._set_status("")
        ui.editorStack.setCurrentWidget(ui.editorPage)

    def _close_editor(self) -> None:
        self.autosave.forget()
        self._shown = None
        ui = self.ui
        with QSignalBlocker(ui.reachEdit), QSignalBlocker(ui.notesEdit), QSignalBlocker(ui.lastTalkedEdit):
            ui.nameEdit.clear()
            ui.reachEdit.clear()
            ui.notesEdit.clear()
            ui.lastTalkedEdit.setDate(NOT_NOTED)
        self._set_status("")
        ui.editorStack.setCurrentWidget(ui.emptyPage)

    def _remind_toggled(self, on: bool) -> None:
        self.ui.remindSpin.setEnabled(on)
        self._edited()

    def _remind_weeks_changed(self, weeks: int, edited: bool = True) -> None:
        with QSignalBlocker(self.ui.remindSpin):
            self.ui.remindSpin.setSuffix(self.tr(" week") if weeks == 1 else self.tr(" weeks"))
        if edited:
            self._edited()

    def _edited(self) -> None:
        if self._shown is None:
            return
        self.autosave.changed()
        self._set_status(self.tr("Saving…"))

    def _remind_after_days(self) -> int | None:
        if not self.ui.remindCheck.isChecked():
            return None
        weeks = self.ui.remindSpin.value()
        stored = self._shown.remind_after_days if self._shown is not None else None
        if stored is not None and _weeks(stored) == weeks:
            return stored  # a period set elsewhere in days stays as it was
        return weeks * 7

    def _last_talked(self) -> date | None:
        chosen = self.ui.lastTalkedEdit.date()
        if chosen == NOT_NOTED:
            return None
        day = chosen.toPython()
        assert isinstance(day, date)
        return day

    def _write(self) -> bool:
        if self._service is None or self._shown is None:
            return True
        ui = self.ui
        try:
            saved = self._service.update(
                self._shown.id,
                name=ui.nameEdit.text(),
                relation=str(ui.relationCombo.currentData()),
                reach=ui.reachEdit.toPlainText(),
                notes=ui.notesEdit.toPlainText(),
                last_talked_on=self._last_talked(),
                remind_after_days=self._remind_after_days(),
            )
        except WellbeingError as error:
            problems = error.problems if isinstance(error, ValidationError) else []
            sentence = problem_sentence(problems[0]) if problems else error.message.rstrip(".")
            self._set_status(self.tr("Couldn't save: %1. Your words are still here.").replace("%1", sentence))
            return False
        renamed = saved.name != self._shown.name
        self._shown = saved
        self._set_status(self.tr("Saved"))
        self.announce(CHANGED)
        if renamed:  # the list is in name order
            self._refresh(select=saved.id)
        else:
            item = self.ui.peopleList.currentItem()
            if item is not None:
                for column, text in enumerate(self._columns(saved)):
                    item.setText(column, text)
                item.setToolTip(0, saved.name)
        return True

    def _set_status(self, text: str) -> None:
        self.ui.saveStatusLabel.setText(text)

    # -- remove and undo -----------------------------------------------------------------------------

    def remove_current(self) -> None:
        if self._service is None or self._shown is None or not ask_to_remove_person(self):
            return
        if self._service is None or self._shown is None:  # the vault locked while the question was open
            return
        self.autosave.flush()
        self.undo_stack.push(RemovePersonCommand(self._shown.id, self._remove_now, self._restore_now))

    def _remove_now(self, person_id: str) -> Person:
        assert self._service is not None
        self.autosave.forget()
        removed = self._service.remove(person_id)
        self._shown = None
        self.announce(CHANGED)
        self._refresh()
        return removed

    def _restore_now(self, person: Person) -> None:
        assert self._service is not None
        self.autosave.flush()
        self._service.restore(person)
        self.announce(CHANGED)
        self._refresh(select=person.id)

    # -- helpers -------------------------------------------------------------------------------------

    def _today(self) -> date:
        return self.clock.now().date()

    def _changed_elsewhere(self, what: str) -> None:
        """A check-in or Today's "We talked today" moved someone's last-talked date."""
        if self._service is None or self.announcing or what not in (CHANGED, "checkins"):
            return
        self.autosave.flush()
        self._refresh(select=self.current_person_id())
