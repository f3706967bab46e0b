"""The Supervision sessions screen: the sessions on the left (with what changed in the plan since the
last one), the chosen session on the right: its date, supervisor, what was talked about and the agreed
actions. Autosaved like the diary, with no Save button to forget; deleting asks once and can be undone.
Across a lock only the chosen session's id is kept, never its words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain.supervision import SupervisionSession
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.forms.ui_supervision_view import Ui_SupervisionView
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.supervision.documents import changes_html
from wellbeing_desktop.gui.supervision.words import long_day
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.base import AppView
from wellbeing_desktop.gui.views.diary_autosave import Autosaver
from wellbeing_desktop.gui.views.supervision_actions import ActionList
from wellbeing_desktop.gui.views.supervision_delete import DeleteSessionCommand, ask_to_delete_session
from wellbeing_desktop.services.diary_text import problem_sentence
from wellbeing_desktop.services.supervision import SupervisionService

SESSION_ID = Qt.ItemDataRole.UserRole
CHANGED = "supervision"  # the word VaultSession.changed carries for sessions and their actions


class SupervisionView(AppView):
    """Signals: mode_requested() for "Start supervision mode"."""

    key = "supervision"
    mode_requested = Signal()

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, content, clock, parent)
        self.title = self.tr("Supervision")
        self.setObjectName("supervisionView")
        self.ui = Ui_SupervisionView()
        self.ui.setupUi(self)
        ui = self.ui
        ui.headingLabel.setFont(heading_font(ui.headingLabel.font()))
        ui.emptyLabel.setText(
            self.tr(
                "After your next supervision, record what you talked about and what you agreed. "
                "Agreed actions wait for you on Today until they're done."
            )
        )
        header = ui.sessionList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.sessionsSplitter.setSizes([380, 640])
        ui.sessionsSplitter.setStretchFactor(1, 1)
        self.agreed = ActionList(ui.actionsLayout, ui.actionsBox)
        self.autosave = Autosaver(self._write, self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("supervisionUndoStack")
        self._service: SupervisionService | None = None
        self._shown: SupervisionSession | None = None  # the session in the editor, as last stored
        self._reopen_id: str | None = None
        for action, key in (
            (self.undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
            (self.undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        ui.recordButton.clicked.connect(self.record_new)
        ui.emptyRecordButton.clicked.connect(self.record_new)
        ui.modeButton.clicked.connect(self.mode_requested)
        ui.sessionList.currentItemChanged.connect(self._chosen)
        ui.dateEdit.dateChanged.connect(self._edited)
        ui.supervisorEdit.textEdited.connect(self._edited)
        ui.discussedEdit.textChanged.connect(self._edited)
        ui.addActionButton.clicked.connect(lambda: self.agreed.add(self._today()))
        ui.deleteButton.clicked.connect(self.delete_current)
        self.agreed.edited.connect(self._edited)
        self.agreed.count_changed.connect(lambda n: ui.noActionsLabel.setVisible(n == 0))
        session.changed.connect(self._changed_elsewhere)
        ui.editorStack.setCurrentWidget(ui.emptyPage)

    # -- the main window's calls ---------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._service = SupervisionService(self.session.vault, self.clock.now, self.content)
        reopen, self._reopen_id = self._reopen_id, None
        self._refresh(select=reopen)

    def save_pending(self) -> None:
        self.autosave.flush()

    def clear(self) -> None:
        self._reopen_id = self.current_session_id()
        self.autosave.forget()
        self.undo_stack.clear()
        self._service = None
        with QSignalBlocker(self.ui.sessionList):
            self.ui.sessionList.clear()
        self._close_editor()
        self.ui.changesText.clear()

    def current_session_id(self) -> str | None:
        return self._shown.id if self._shown is not None else None

    def record_new(self) -> None:
        """A new session dated today, with a snapshot of the plan as it is now; chosen at once."""
        if self._service is None or not self.autosave.flush():
            return
        recorded = self._service.record(self._today())
        self.announce(CHANGED)
        self._refresh(select=recorded.id)
        self.ui.supervisorEdit.setFocus()

    # -- the list ------------------------------------------------------------------------------------

    def _refresh(self, select: str | None = None) -> None:
        """Fill the list and the changes panel; show `select` (or the newest session)."""
        if self._service is None:
            return
        sessions = self._service.sessions()
        tree = self.ui.sessionList
        with QSignalBlocker(tree):
            tree.clear()
            for recorded in sessions:
                row = QTreeWidgetItem(self._columns(recorded))
                row.setData(0, SESSION_ID, recorded.id)
                tree.addTopLevelItem(row)
        self.ui.changesText.setHtml(changes_html(self._service.changes_since_last_session()))
        ids = [s.id for s in sessions]
        chosen = select if select in ids else (ids[0] if ids else None)
        if chosen is None:
            self._close_editor()
            return
        item = tree.topLevelItem(ids.index(chosen))
        if item is not None:
            with QSignalBlocker(tree):
                tree.setCurrentItem(item)
        if self.current_session_id() != chosen or not self.autosave.pending:
            self._load(self._service.get(chosen))

    def _columns(self, recorded: SupervisionSession) -> list[str]:
        still_open = sum(1 for a in recorded.actions if not a.done)
        return [long_day(recorded.held_on), recorded.supervisor, str(still_open) if still_open else "—"]

    def _chosen(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._service is None or current is None:
            return
        chosen = str(current.data(0, SESSION_ID))
        if chosen == self.current_session_id():
            return
        if not self.autosave.flush():  # keep the unsaved words on screen
            return
        self._load(self._service.get(chosen))

    # -- the editor ----------------------------------------------------------------------------------

    def _load(self, recorded: SupervisionSession) -> None:
        self.autosave.forget()
        self._shown = recorded
        ui = self.ui
        held = recorded.held_on
        with QSignalBlocker(ui.dateEdit), QSignalBlocker(ui.discussedEdit):
            ui.dateEdit.setDate(QDate(held.year, held.month, held.day))
            ui.supervisorEdit.setText(recorded.supervisor)
            ui.discussedEdit.setPlainText(recorded.discussed)
            ui.discussedEdit.document().clearUndoRedoStacks()
        ui.supervisorEdit.setCursorPosition(0)
        self.agreed.show(recorded.actions, self._today())
        self._set_status("")
        ui.editorStack.setCurrentWidget(ui.editorPage)

    def _close_editor(self) -> None:
        self.autosave.forget()
        self._shown = None
        ui = self.ui
        with QSignalBlocker(ui.dateEdit), QSignalBlocker(ui.discussedEdit):
            ui.supervisorEdit.clear()
            ui.discussedEdit.clear()
            ui.discussedEdit.document().clearUndoRedoStacks()
        self.agreed.forget()
        self._set_status("")
        ui.editorStack.setCurrentWidget(ui.emptyPage)

    def _edited(self) -> None:
        if self._shown is None:
            return
        self.autosave.changed()
        self._set_status(self.tr("Saving…"))

    def _write(self) -> bool:
        if self._service is None or self._shown is None:
            return True
        held = self.ui.dateEdit.date().toPython()
        assert isinstance(held, date)
        try:
            saved = self._service.update(
                self._shown.id,
                held_on=held,
                supervisor=self.ui.supervisorEdit.text(),
                discussed=self.ui.discussedEdit.toPlainText(),
                actions=self.agreed.actions(),
            )
        except WellbeingError as error:
            problems = error.problems if isinstance(error, ValidationError) else []
            sentence = problem_sentence(problems[0]) if problems else error.message.rstrip(".")
            self._set_status(self.tr("Couldn't save: %1. Your words are still here.").replace("%1", sentence))
            return False
        moved = saved.held_on != self._shown.held_on
        self._shown = saved
        self._set_status(self.tr("Saved"))
        self.announce(CHANGED)
        if moved:  # the list is in date order
            self._refresh(select=saved.id)
        else:
            item = self.ui.sessionList.currentItem()
            if item is not None:
                for column, text in enumerate(self._columns(saved)):
                    item.setText(column, text)
            self.ui.changesText.setHtml(changes_html(self._service.changes_since_last_session()))
        return True

    def _set_status(self, text: str) -> None:
        self.ui.saveStatusLabel.setText(text)

    # -- delete and undo -----------------------------------------------------------------------------

    def delete_current(self) -> None:
        if self._service is None or self._shown is None or not ask_to_delete_session(self):
            return
        if self._service is None or self._shown is None:  # the vault locked while the question was open
            return
        self.autosave.flush()
        self.undo_stack.push(DeleteSessionCommand(self._shown.id, self._delete_now, self._restore_now))

    def _delete_now(self, session_id: str) -> SupervisionSession:
        assert self._service is not None
        self.autosave.forget()
        removed = self._service.delete(session_id)
        self._shown = None
        self.announce(CHANGED)
        self._refresh()
        return removed

    def _restore_now(self, recorded: SupervisionSession) -> None:
        assert self._service is not None
        self.autosave.flush()
        self._service.restore(recorded)
        self.announce(CHANGED)
        self._refresh(select=recorded.id)

    # -- helpers -------------------------------------------------------------------------------------

    def _today(self) -> date:
        return self.clock.now().date()

    def _changed_elsewhere(self, what: str) -> None:
        if self._service is None or self.announcing:
            return
        if what == CHANGED:  # an action ticked off on Today
            self.autosave.flush()
            self._refresh(select=self.current_session_id())
        elif what == "plan":
            self.ui.changesText.setHtml(changes_html(self._service.changes_since_last_session()))
