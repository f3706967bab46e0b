"""Growing in the role: development goals, a learning log, and the monthly work reflection over time,
one tab each, with "Save my development record as PDF…" for an appraisal or supervision.

Each tab is its own panel (growth_goals, growth_learning, growth_reflection); this screen opens and
clears them with the vault, holds the one undo stack for deleting, and saves the PDF after saying
plainly that it will not be encrypted. Across a lock only the chosen goal's and note's ids are kept.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.forms.ui_growth_view import Ui_GrowthView
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.base import AppView
from wellbeing_desktop.gui.views.growth_goals import GoalsPanel
from wellbeing_desktop.gui.views.growth_learning import LearningPanel
from wellbeing_desktop.gui.views.growth_reflection import ReflectionPanel
from wellbeing_desktop.services.development import DevelopmentService
from wellbeing_desktop.services.learning_log import LearningLogService
from wellbeing_desktop.services.reflection import ReflectionService

GOALS, LEARNING, REFLECTION = 0, 1, 2


class GrowthView(AppView):
    """Signals: entry_requested(str) with a diary entry id (a linked entry double-clicked in the
    learning log), for the main window to open it in the diary."""

    key = "growth"
    title = "Growing"
    entry_requested = Signal(str)

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, content, clock, parent)
        self.title = self.tr("Growing")
        self.setObjectName("growthView")
        self.ui = Ui_GrowthView()
        self.ui.setupUi(self)
        ui = self.ui
        ui.headingLabel.setFont(heading_font(ui.headingLabel.font()))
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("growthUndoStack")
        for action, key in (
            (self.undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
            (self.undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.goals = GoalsPanel(self.undo_stack, self._today, ui.goalsTab)
        self.learning = LearningPanel(self.undo_stack, self._today, ui.learningTab)
        self.reflection = ReflectionPanel(ui.reflectionTab)
        ui.goalsTabLayout.addWidget(self.goals)
        ui.learningTabLayout.addWidget(self.learning)
        ui.reflectionTabLayout.addWidget(self.reflection)
        self.learning.entry_requested.connect(self.entry_requested)
        self.reflection.reflect_requested.connect(self.reflect)
        ui.saveRecordButton.clicked.connect(self.save_record_pdf)
        ui.growthTabs.currentChanged.connect(lambda _index: self.save_pending())
        session.changed.connect(self._changed_elsewhere)
        self._open = False

    # -- the main window's calls ---------------------------------------------------------------------

    def vault_opened(self) -> None:
        vault = self.session.vault
        self._open = True
        self.goals.open(DevelopmentService(vault, self.clock.now))
        self.learning.open(LearningLogService(vault, self.clock.now))
        self.reflection.open(ReflectionService(vault, self.clock.now, self.content))

    def save_pending(self) -> None:
        self.goals.save_pending()
        self.learning.save_pending()

    def clear(self) -> None:
        self._open = False
        self.undo_stack.clear()
        self.goals.clear()
        self.learning.clear()
        self.reflection.clear()

    def show_tab(self, index: int) -> None:
        self.ui.growthTabs.setCurrentIndex(index)

    def reflect(self) -> None:
        from wellbeing_desktop.gui.dialogs.reflection_dialog import open_reflection

        if self._open:
            open_reflection(self, self.session, self.content, self.clock)

    # -- the development record ----------------------------------------------------------------------

    def save_record_pdf(self) -> Path | None:
        """The not-encrypted sentence first, then where; the record is small, so it is written at once."""
        from wellbeing_desktop.gui.printing.render import write_pdf
        from wellbeing_desktop.gui.printing.save_flow import (
            choose_save_path,
            confirm_not_encrypted,
            not_encrypted_sentence,
        )
        from wellbeing_desktop.services.print_scopes import PrintRequest, render_scope

        if not self._open:
            return None
        self.save_pending()
        if not confirm_not_encrypted(self, not_encrypted_sentence()) or not self._open:
            return None
        path = choose_save_path(
            self,
            self.tr("Save my development record as PDF"),
            "development-record.pdf",
            self.tr("PDF files (*.pdf)"),
            "pdf",
        )
        if path is None or not self._open:
            return None
        document = render_scope(self.session.vault, "development", PrintRequest(self._today()))
        try:
            write_pdf(path, document.html, document.images, title=document.title, overwrite=True)
        except WellbeingError as error:
            self._say(error.message)
            return None
        self._say(self.tr("Saved to %1.").replace("%1", str(path)))
        return path

    # -- helpers -------------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 15_000)

    def _today(self) -> date:
        return self.clock.now().date()

    def _changed_elsewhere(self, what: str) -> None:
        if not self._open:
            return
        if what == "entries":
            self.learning.entries_changed()
        elif what in ("reflection", "checkins"):
            self.reflection.refresh()
