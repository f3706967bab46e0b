"""The self-care plan: its sections one under another, each with guidance, items and a way to add more;
the review date and the plan's history alongside.

Every change goes through PlanChanges (the service, then the undo stack); the screen then redraws from
what the vault holds and tells the rest of the app with session.changed.emit("plan").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import SelfCarePlan
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.forms.ui_plan_view import Ui_PlanView
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.base import AppView
from wellbeing_desktop.gui.views.plan_cards import SectionCards
from wellbeing_desktop.gui.views.plan_changes import PlanChanges
from wellbeing_desktop.gui.views.plan_history_panel import show_history
from wellbeing_desktop.gui.views.plan_item_list import PlanItemList
from wellbeing_desktop.gui.views.plan_looks import STYLE, make_quiet, on_window, quiet_colour
from wellbeing_desktop.gui.views.plan_menu import item_menu
from wellbeing_desktop.gui.views.plan_moves import end_of, step_place
from wellbeing_desktop.gui.views.plan_review import ReviewDateControl
from wellbeing_desktop.gui.views.plan_section import PlanSectionWidget
from wellbeing_desktop.services import coping_ideas
from wellbeing_desktop.services.plan import PlanService

HISTORY_SHOWN = 200


class PlanView(AppView):
    """The Plan screen. `undo_stack` holds this screen's changes (cleared on lock); `undo_action` and
    `redo_action` carry the standard shortcuts within the screen. No signals of its own: saved
    changes go out as session.changed("plan")."""

    key = "plan"

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, content, clock, parent)
        self.title = self.tr("Self-care plan")
        self.setObjectName("planView")
        self.ui = Ui_PlanView()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self.ui.dueNote.setProperty("planNote", True)
        self.ui.headingLabel.setFont(heading_font(self.ui.headingLabel.font()))
        for label in (self.ui.reviewHeading, self.ui.historyHeading):
            label.setFont(heading_font(label.font(), 1.1))
        self.undo_stack = QUndoStack(self)
        self.changes = PlanChanges(self.undo_stack, self)
        self.changes.applied.connect(self._applied)
        self.changes.failed.connect(self._refused)
        self.review = ReviewDateControl(self.ui.reviewCheck, self.ui.reviewDateEdit, clock, self)
        self.review.chosen.connect(self.changes.set_review_on)
        self.sections = SectionCards(self.ui.sectionsLayout, self.ui.sectionsContainer, self._wire)
        self._plan: SelfCarePlan | None = None
        self._saving = False
        self._connect_controls()
        session.changed.connect(self._changed_elsewhere)
        session.about_to_lock.connect(self._keep_typed_items)
        self._apply_looks()

    def _connect_controls(self) -> None:
        ui, stack = self.ui, self.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        for action, key in (
            (self.undo_action, QKeySequence.StandardKey.Undo),
            (self.redo_action, QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # The buttons show the actions: enabled with them, and "Undo remove an item" as a tooltip.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        ui.undoButton.setDefaultAction(self.undo_action)
        ui.redoButton.setDefaultAction(self.redo_action)
        stack.undoTextChanged.connect(lambda _text: self._describe_undo())
        stack.redoTextChanged.connect(lambda _text: self._describe_undo())
        self._describe_undo()
        ui.ownSectionEdit.textChanged.connect(lambda text: ui.addSectionButton.setEnabled(bool(text.strip())))
        ui.ownSectionEdit.returnPressed.connect(self._add_own_section)
        ui.addSectionButton.clicked.connect(self._add_own_section)

    def _describe_undo(self) -> None:
        """What Undo and Redo would do, for a screen reader (the tooltip says it on screen)."""
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.ui.undoButton.setAccessibleDescription(
            self.tr("Takes back: %1").replace("%1", undo) if undo else self.tr("Nothing to take back yet")
        )
        self.ui.redoButton.setAccessibleDescription(
            self.tr("Puts back: %1").replace("%1", redo) if redo else self.tr("Nothing to put back")
        )

    # -- AppView -------------------------------------------------------------------------------------

    def vault_opened(self) -> None:
        self.changes.service = PlanService(self.session.vault, self.clock.now, self.content)
        self.refresh()

    def save_pending(self) -> None:
        """Commit an item being edited and a review date still waiting for a pause."""
        for section in self.sections.values():
            section.commit_edit()
        self.review.flush()

    def clear(self) -> None:
        """Forget everything: sections (own titles are content too), history, undo, typed words."""
        self.undo_stack.clear()
        self.changes.service = None
        self._plan = None
        self.sections.forget()
        self.ui.ownSectionEdit.clear()
        self.ui.historyText.clear()
        self.ui.dueNote.hide()
        self._show_problem("")
        self.review.clear()

    # -- public --------------------------------------------------------------------------------------

    def focus_add(self, section_key: str) -> None:
        """Put the cursor in a section's "add" line (from Today, or a check-in's "add a coping idea")."""
        section = self.sections.get(section_key)
        if section is not None:
            self.ui.sectionsScroll.ensureWidgetVisible(section.ui.addEdit, 0, 60)
            section.ui.addEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def section(self, key: str) -> PlanSectionWidget:
        return self.sections[key]

    def refresh(self) -> None:
        """Redraw from the vault: sections, review date, the due note and the history."""
        service = self.changes.service
        if service is None:
            return
        self._plan = plan = service.load()
        self.sections.show(plan, {g.key: g for g in self.content.plan_sections}, self.palette())
        if (coping := self.sections.get(coping_ideas.SECTION)) is not None:
            coping.offer_ideas(
                [idea.text for idea in coping_ideas.not_in_plan(self.content.coping_ideas, plan)]
            )
        self.sections.set_tab_order(self.ui.redoButton, self.ui.ownSectionEdit)
        self.review.show_date(plan.review_on)
        self._show_due()
        show_history(
            self.ui.historyText,
            service.history(HISTORY_SHOWN),
            self.clock.now().date(),
            quiet_colour(self.palette()),
        )

    # -- sections ------------------------------------------------------------------------------------

    def _wire(self, section: PlanSectionWidget) -> None:
        section.add_requested.connect(self._add_item)
        section.remove_section_requested.connect(self.changes.remove_section)
        section.item_dropped.connect(self.changes.move_item)
        section.model.edit_requested.connect(self.changes.edit_item)
        section.model.move_requested.connect(self.changes.move_item)
        items = section.item_list
        items.remove_requested.connect(self.changes.remove_item)
        items.move_by_requested.connect(self.move_by)
        items.menu_requested.connect(self._show_menu)
        key = section.key

        def only_here(now: QModelIndex, _before: QModelIndex) -> None:
            if now.isValid():
                self.sections.select_only_in(key)

        items.selectionModel().currentChanged.connect(only_here)

    def _add_item(self, key: str, text: str) -> None:
        if self.changes.add_item(key, text) and self.sections[key].typed_text() == text.strip():
            self.sections[key].added()

    def _add_own_section(self) -> None:
        section = self.changes.add_section(self.ui.ownSectionEdit.text())
        if section is not None:
            self.ui.ownSectionEdit.clear()
            self.focus_add(section.key)

    def _keep_typed_items(self) -> None:
        """Locking: words typed into an "add" line become items, so nothing typed is lost."""
        for key, section in list(self.sections.items()):
            if section.typed_text():
                self._add_item(key, section.typed_text())

    # -- moving --------------------------------------------------------------------------------------

    def move_by(self, item_id: str, step: int) -> None:
        """Alt+Up / Alt+Down: one place up or down; past the first or last item, into the next section."""
        if self._plan is not None and (place := step_place(self._plan, item_id, step)) is not None:
            self.changes.move_item(item_id, *place)

    def move_to_section(self, item_id: str, section_key: str) -> None:
        """From the item's menu: to the end of another section."""
        if self._plan is not None and (place := end_of(self._plan, section_key)) is not None:
            self.changes.move_item(item_id, *place)

    def _show_menu(self, item_id: str, where: QPoint) -> None:
        if self._plan is not None:
            item_menu(self, self._plan, item_id).popup(where)

    # -- after a change ------------------------------------------------------------------------------

    def _applied(self, item_id: str, section_key: str, row: int) -> None:
        following = isinstance(QApplication.focusWidget(), PlanItemList)
        self._show_problem("")
        self.refresh()
        if item_id:
            self._select(item_id, following)
        elif section_key in self.sections and self.sections[section_key].model.rowCount() > 0:
            model = self.sections[section_key].model
            self._select(model.items()[min(row, model.rowCount() - 1)].id, following)
        self._saving = True
        try:
            self.session.changed.emit("plan")
        finally:
            self._saving = False

    def _select(self, item_id: str, focus: bool) -> None:
        for section in self.sections.values():
            where = section.select(item_id, focus)
            if where is not None:
                point = section.mapTo(self.ui.sectionsContainer, where)
                self.ui.sectionsScroll.ensureVisible(point.x(), point.y(), 0, 60)
                return

    def _changed_elsewhere(self, what: str) -> None:
        if what == "plan" and not self._saving:
            self.refresh()

    def _refused(self, message: str) -> None:
        """Show what is saved again (a refused edit or move left the screen out of step), and why."""
        self.refresh()
        self._show_problem(message)

    def _show_problem(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _show_due(self) -> None:
        review_on: date | None = self._plan.review_on if self._plan else None
        self.ui.dueNote.setVisible(review_on is not None and review_on <= self.clock.now().date())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_due()  # the day may have turned while the screen was hidden

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_looks()

    def _apply_looks(self) -> None:
        make_quiet(self.ui.introLabel, self.palette())
        make_quiet(self.ui.reviewHint, self.palette())
        on_window(self.ui.historyText, self.palette())
        for section in self.sections.values():
            section.apply_looks(self.palette())
        self.refresh()  # the history's dates are drawn in the quiet colour
