"""The "Development goals" tab: the goals on the left in the person's own order (drag them, or
Alt+Up/Alt+Down), the chosen goal on the right: what, why, small next steps with optional dates, and
"I've reached this goal". Autosaved like the diary; a new goal is kept once it has a few words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QWidget

from wellbeing_desktop.domain.development import DevelopmentGoal
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.gui.forms.ui_development_goals import Ui_DevelopmentGoals
from wellbeing_desktop.gui.supervision.words import long_day
from wellbeing_desktop.gui.views.diary_autosave import Autosaver
from wellbeing_desktop.gui.views.growth_delete import DeleteCommand, ask_to_delete
from wellbeing_desktop.gui.views.growth_steps import StepList
from wellbeing_desktop.services.development import DevelopmentService
from wellbeing_desktop.services.diary_text import problem_sentence

GOAL_ID = Qt.ItemDataRole.UserRole


class GoalsPanel(QWidget):
    def __init__(
        self, undo_stack: QUndoStack, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalsPanel")
        self.ui = Ui_DevelopmentGoals()
        self.ui.setupUi(self)
        ui = self.ui
        ui.goalsSplitter.setSizes([300, 600])
        ui.goalsSplitter.setStretchFactor(1, 1)
        self._undo_stack = undo_stack
        self._today = today
        self.steps = StepList(ui.stepsLayout, ui.stepsBox)
        self.autosave = Autosaver(self._write, self)
        self._service: DevelopmentService | None = None
        self._goal_id: str | None = None  # the goal in the editor, once stored
        self._reopen_id: str | None = None
        ui.addGoalButton.clicked.connect(self.new_goal)
        ui.goalEmptyAddButton.clicked.connect(self.new_goal)
        ui.addStepButton.clicked.connect(lambda: self.steps.add(self._today()))
        ui.deleteGoalButton.clicked.connect(self.delete_current)
        ui.moveUpButton.clicked.connect(lambda: self.move_current(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_current(1))
        for keys, offset in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), ui.goalList)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda o=offset: self.move_current(o))
        ui.goalList.currentItemChanged.connect(self._chosen)
        ui.goalList.model().rowsMoved.connect(self._dropped)
        ui.whatEdit.textEdited.connect(self._edited)
        ui.whyEdit.textChanged.connect(self._edited)
        ui.goalDoneCheck.toggled.connect(self._done_toggled)
        self.steps.edited.connect(self._edited)
        self.steps.count_changed.connect(lambda n: ui.noStepsLabel.setVisible(n == 0))
        ui.goalEditorStack.setCurrentWidget(ui.goalEmptyPage)

    # -- the view's calls ----------------------------------------------------------------------------

    def open(self, service: DevelopmentService) -> None:
        self._service = service
        reopen, self._reopen_id = self._reopen_id, None
        self._refresh(select=reopen)

    def save_pending(self) -> None:
        self.autosave.flush()

    def clear(self) -> None:
        self._reopen_id = self._goal_id
        self.autosave.forget()
        self._service = None
        with QSignalBlocker(self.ui.goalList):
            self.ui.goalList.clear()
        self._close_editor()

    def current_goal_id(self) -> str | None:
        return self._goal_id

    def new_goal(self) -> None:
        """An empty editor; the goal is kept once "what" has words."""
        if self._service is None or not self.autosave.flush():
            return
        self._show_editor(None)
        with QSignalBlocker(self.ui.goalList):
            self.ui.goalList.setCurrentRow(-1)
        self.ui.whatEdit.setFocus()

    # -- the list ------------------------------------------------------------------------------------

    def _refresh(self, select: str | None = None) -> None:
        if self._service is None:
            return
        goals = self._service.goals()
        listing = self.ui.goalList
        with QSignalBlocker(listing):
            listing.clear()
            for goal in goals:
                item = QListWidgetItem(self._item_text(goal))
                item.setData(GOAL_ID, goal.id)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                listing.addItem(item)
        ids = [g.id for g in goals]
        chosen = select if select in ids else (ids[0] if ids else None)
        if chosen is None:
            if (
                self._goal_id is not None
                or self.ui.goalEditorStack.currentWidget() is not self.ui.goalEditorPage
            ):
                self._close_editor()
            return
        with QSignalBlocker(listing):
            listing.setCurrentRow(ids.index(chosen))
        if self._goal_id != chosen or not self.autosave.pending:
            self._load(goals[ids.index(chosen)])

    def _item_text(self, goal: DevelopmentGoal) -> str:
        if goal.done_on is not None:
            second = self.tr("Reached on %1").replace("%1", long_day(goal.done_on))
        else:
            step = next((s for s in goal.steps if not s.done), None)
            if step is None:
                second = self.tr("No next step yet")
            elif step.due_on is not None:
                second = (
                    self.tr("Next: %1 (by %2)").replace("%1", step.text).replace("%2", long_day(step.due_on))
                )
            else:
                second = self.tr("Next: %1").replace("%1", step.text)
        return f"{goal.what}\n{second}"

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._service is None or current is None:
            return
        chosen = str(current.data(GOAL_ID))
        if chosen == self._goal_id or not self.autosave.flush():
            return
        self._load(self._service.goal(chosen))

    def move_current(self, offset: int) -> None:
        if self._service is None or self._goal_id is None or not self.autosave.flush():
            return
        self._service.move_goal(self._goal_id, offset)
        self._refresh(select=self._goal_id)
        self.ui.goalList.setFocus()

    def _dropped(self) -> None:
        if self._service is None:
            return
        listing = self.ui.goalList
        ids = [str(listing.item(row).data(GOAL_ID)) for row in range(listing.count())]
        self.autosave.flush()
        self._service.reorder_goals(ids)

    # -- the editor ----------------------------------------------------------------------------------

    def _load(self, goal: DevelopmentGoal) -> None:
        self._show_editor(goal)

    def _show_editor(self, goal: DevelopmentGoal | None) -> None:
        self.autosave.forget()
        self._goal_id = None if goal is None else goal.id
        ui = self.ui
        with QSignalBlocker(ui.whyEdit), QSignalBlocker(ui.goalDoneCheck):
            ui.whatEdit.setText("" if goal is None else goal.what)
            ui.whyEdit.setPlainText("" if goal is None else goal.why)
            ui.whyEdit.document().clearUndoRedoStacks()
            ui.goalDoneCheck.setChecked(goal is not None and goal.done_on is not None)
        ui.whatEdit.setCursorPosition(0)
        self.steps.show([] if goal is None else goal.steps, self._today())
        ui.goalSaveStatusLabel.setText("")
        ui.goalEditorStack.setCurrentWidget(ui.goalEditorPage)

    def _close_editor(self) -> None:
        self.autosave.forget()
        self._goal_id = None
        ui = self.ui
        with QSignalBlocker(ui.whyEdit), QSignalBlocker(ui.goalDoneCheck):
            ui.whatEdit.clear()
            ui.whyEdit.clear()
            ui.whyEdit.document().clearUndoRedoStacks()
            ui.goalDoneCheck.setChecked(False)
        self.steps.forget()
        ui.goalSaveStatusLabel.setText("")
        ui.goalEditorStack.setCurrentWidget(ui.goalEmptyPage)

    def _edited(self) -> None:
        if self.ui.goalEditorStack.currentWidget() is not self.ui.goalEditorPage:
            return
        self.autosave.changed()
        self.ui.goalSaveStatusLabel.setText(self.tr("Saving…"))

    def _write(self) -> bool:
        if self._service is None:
            return True
        ui = self.ui
        what, why, steps = ui.whatEdit.text(), ui.whyEdit.toPlainText(), self.steps.steps()
        try:
            if self._goal_id is None:
                if not what.strip():
                    ui.goalSaveStatusLabel.setText(self.tr("Your goal is kept once it has a few words."))
                    return True
                added = self._service.add_goal(what, why=why)
                self._goal_id = added.id
            saved = self._service.update_goal(self._goal_id, what=what, why=why, steps=steps)
        except WellbeingError as error:
            problems = error.problems if isinstance(error, ValidationError) else []
            sentence = problem_sentence(problems[0]) if problems else error.message.rstrip(".")
            ui.goalSaveStatusLabel.setText(
                self.tr("Couldn't save: %1. Your words are still here.").replace("%1", sentence)
            )
            return False
        ui.goalSaveStatusLabel.setText(self.tr("Saved"))
        self._refresh(select=saved.id)
        return True

    def _done_toggled(self, done: bool) -> None:
        if self._service is None or not self.autosave.flush() or self._goal_id is None:
            with QSignalBlocker(self.ui.goalDoneCheck):
                self.ui.goalDoneCheck.setChecked(False)
            return
        goal = self._service.set_goal_done(self._goal_id, done)
        item = self.ui.goalList.currentItem()
        if item is not None:
            item.setText(self._item_text(goal))

    # -- delete and undo -----------------------------------------------------------------------------

    def delete_current(self) -> None:
        if self._service is None:
            return
        self.autosave.flush()
        if self._goal_id is None:  # a new goal with no words yet: nothing to keep
            self._close_editor()
            self._refresh()
            return
        if not ask_to_delete(self, self.tr("Delete this goal and its steps?")) or self._service is None:
            return
        self._undo_stack.push(
            DeleteCommand(self.tr("Delete goal"), self._goal_id, self._delete_now, self._restore_now)
        )

    def _delete_now(self, goal_id: str) -> DevelopmentGoal:
        assert self._service is not None
        self.autosave.forget()
        removed = self._service.delete_goal(goal_id)
        self._close_editor()
        self._refresh()
        return removed

    def _restore_now(self, goal: DevelopmentGoal) -> None:
        assert self._service is not None
        self.autosave.flush()
        self._service.restore_goal(goal)
        self._refresh(select=goal.id)
