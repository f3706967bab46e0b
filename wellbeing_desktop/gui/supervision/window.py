"""The supervision window: large text, and only what the person chose to bring — the plan section by
section, the entries flagged for supervision, a mood summary, open agreed actions and what changed in
the plan since the last session. No menus, no diary, no search; the title holds no content.

B or . (as in presentation software) or the "Blank screen" button hide everything at once behind a
plain, calm page; any key brings it back. Escape or "Leave supervision mode" ask for the passphrase.

Signals: leave_requested(); lock_requested() for Ctrl+L, minimising, or closing the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.forms.ui_supervision_window import Ui_SupervisionWindow
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.supervision import documents
from wellbeing_desktop.gui.supervision.mood_panel import MoodPanel
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.flagged_entries import flagged_entries
from wellbeing_desktop.services.supervision import SupervisionService

TEXT_SCALE = 1.5
BLANK_STYLE = """
QWidget#blankPage { background: #2f3a40; }
QLabel#blankHintLabel { color: #9fb0b8; }
"""
BLANK_KEYS = ("B", ".")
MOOD_TAB = 2


class SupervisionWindow(QWidget):
    leave_requested = Signal()
    lock_requested = Signal()

    def __init__(
        self,
        session: VaultSession,
        content: ContentPack,
        clock: Clock,
        lock_on_minimise: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(None)
        self.session = session
        self.content = content
        self.clock = clock
        self._lock_on_minimise = lock_on_minimise
        self._may_close = False
        self.ui = Ui_SupervisionWindow()
        self.ui.setupUi(self)
        ui = self.ui
        self.setObjectName("supervisionWindow")
        # Ends with the app's name, which Linux desktops would otherwise add a second time.
        self.setWindowTitle(self.tr("Supervision — Wellbeing Desktop"))
        large = QFont(self.font())
        large.setPointSizeF(large.pointSizeF() * TEXT_SCALE)
        self.setFont(large)
        ui.titleLabel.setFont(heading_font(large, 1.25))
        small = QFont(large)
        small.setPointSizeF(large.pointSizeF() / TEXT_SCALE)
        ui.blankHintLabel.setFont(small)
        ui.blankPage.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        ui.blankPage.setStyleSheet(BLANK_STYLE)
        ui.blankPage.installEventFilter(self)
        for browser in self.browsers():
            browser.document().setDocumentMargin(12)
        self.mood = MoodPanel(ui, content.mood_scale.mood, self)
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self._load_mood())
        ui.pagesTabs.currentChanged.connect(self._tab_changed)
        ui.blankButton.clicked.connect(self.blank)
        ui.leaveButton.clicked.connect(self.leave_requested)
        for key in BLANK_KEYS:
            self._shortcut(key, self.toggle_blank)
        self._shortcut("Escape", self._escape)
        self._shortcut("Ctrl+L", self.lock_requested.emit)
        ui.screenStack.setCurrentWidget(ui.presentPage)
        ui.pagesTabs.setCurrentIndex(0)

    def _shortcut(self, keys: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    def browsers(self) -> list[QTextBrowser]:
        ui = self.ui
        return [ui.planText, ui.entriesText, ui.actionsText, ui.changesText]

    # -- what it shows -------------------------------------------------------------------------------

    def load(self) -> None:
        """Read what was brought: the plan, flagged entries, open actions, changes, a mood summary."""
        vault = self.session.vault
        today = self.clock.now().date()
        service = SupervisionService(vault, self.clock.now, self.content)
        ui = self.ui
        ui.planText.setHtml(documents.plan_html(vault.plan.load()))
        points = self.font().pointSizeF()
        documents.fill_entries(ui.entriesText.document(), flagged_entries(vault), points)
        ui.entriesText.moveCursor(QTextCursor.MoveOperation.Start)  # the first entry, not the last
        ui.actionsText.setHtml(documents.actions_html(service.open_actions(), today))
        ui.changesText.setHtml(documents.changes_html(service.changes_since_last_session()))
        self._load_mood()

    def _load_mood(self) -> None:
        if self.session.is_unlocked:
            self.mood.load(self.session.vault, self.clock.now().date())

    def _tab_changed(self, index: int) -> None:
        if index == MOOD_TAB:
            self.mood.redraw()

    def clear(self) -> None:
        """Forget everything shown (before the window closes)."""
        for browser in self.browsers():
            browser.clear()
        self.mood.clear()

    # -- blank screen --------------------------------------------------------------------------------

    @property
    def is_blank(self) -> bool:
        return self.ui.screenStack.currentWidget() is self.ui.blankPage

    def blank(self) -> None:
        self.ui.screenStack.setCurrentWidget(self.ui.blankPage)
        self.ui.blankPage.setFocus()

    def unblank(self) -> None:
        self.ui.screenStack.setCurrentWidget(self.ui.presentPage)
        self.ui.pagesTabs.currentWidget().setFocus()
        if self.ui.pagesTabs.currentIndex() == MOOD_TAB:
            self.mood.redraw()

    def toggle_blank(self) -> None:
        if self.is_blank:
            self.unblank()
        else:
            self.blank()

    def _escape(self) -> None:
        if self.is_blank:
            self.unblank()
        else:
            self.leave_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.blankPage and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
        ):
            self.unblank()
            return True
        return False

    # -- leaving -------------------------------------------------------------------------------------

    def allow_close(self) -> None:
        """The app is leaving supervision mode (passphrase given) or locking: closing is expected."""
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window any other way locks the app: the diary needs the passphrase again."""
        event.accept()
        if not self._may_close:
            self.lock_requested.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized() and self._lock_on_minimise():
            self.lock_requested.emit()
