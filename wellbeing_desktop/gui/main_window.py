"""The main window: the lock screen while locked, and Today / Diary / Plan / Mood once unlocked.

The title never shows content. Closing or locking saves pending edits first (AppView.save_pending).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QToolButton,
    QWidget,
)

from wellbeing_desktop import __version__
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui import theme
from wellbeing_desktop.gui.autolock import AutoLock
from wellbeing_desktop.gui.clipboard_guard import ClipboardGuard
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.create_vault_view import CreateVaultView
from wellbeing_desktop.gui.dialogs.checkin_dialog import open_check_in
from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from wellbeing_desktop.gui.dialogs.support_dialog import SupportDialog
from wellbeing_desktop.gui.forms.ui_main_window import Ui_MainWindow
from wellbeing_desktop.gui.screen_lock import ScreenLockWatcher
from wellbeing_desktop.gui.unlock_view import UnlockView
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.base import AppView
from wellbeing_desktop.services import preferences

# Roomy, calm navigation; colours come from the palette, so it follows light and dark themes.
NAV_STYLE = """
QListWidget#navList { padding-top: 16px; font-size: 11pt; background: palette(alternate-base); }
QListWidget#navList::item { padding: 9px 20px; border-radius: 6px; margin: 1px 8px; color: palette(text); }
QListWidget#navList::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: VaultSession,
        content: ContentPack,
        clock: Clock | None = None,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self.content = content
        self.clock = clock or Clock()
        self.setWindowTitle(self.tr("Wellbeing Desktop — Demo") if demo else self.tr("Wellbeing Desktop"))

        self.unlock_view = UnlockView(session)
        self.create_view = CreateVaultView(session)
        self.ui.lockLayout.addWidget(self.create_view if not session.exists() else self.unlock_view)
        self.views: list[AppView] = []
        self._add_views()
        self.autolock = AutoLock(session, self, self.clock)
        self.screen_lock = ScreenLockWatcher(session, self)
        self.clipboard_guard = ClipboardGuard(session, self)
        self._add_support_button()
        self._connect_actions()
        session.unlocked.connect(self._show_app)
        session.locked.connect(self._show_lock)
        self._show_lock()
        self._restore_geometry()

    # -- screens -------------------------------------------------------------------------------------

    def _add_views(self) -> None:
        from wellbeing_desktop.gui.views.diary_view import DiaryView
        from wellbeing_desktop.gui.views.mood_view import MoodView
        from wellbeing_desktop.gui.views.plan_view import PlanView
        from wellbeing_desktop.gui.views.today_view import TodayView

        self.today = TodayView(self.session, self.content, self.clock)
        self.diary = DiaryView(self.session, self.content, self.clock)
        self.plan = PlanView(self.session, self.content, self.clock)
        self.mood = MoodView(self.session, self.content, self.clock)
        for view in (self.today, self.diary, self.plan, self.mood):
            self.add_view(view)
        self.today.offer(writing=True, checking_in=True)
        self.today.check_in_requested.connect(self.check_in)
        self.today.write_requested.connect(self.write)
        self.today.entry_requested.connect(self.open_entry)
        self.diary.save_state_changed.connect(self._show_save_state)
        self.ui.navList.currentRowChanged.connect(self._switch_view)
        self.ui.navList.setStyleSheet(NAV_STYLE)
        self.ui.appLayout.setStretch(1, 1)  # a wide window widens the screen, never the navigation
        self._add_undo()

    def _add_undo(self) -> None:
        """Edit ▸ Undo/Redo follow the screen in view. The shortcuts live on each screen (so a text
        field's own Ctrl+Z still wins while typing); the menu items carry none, to avoid ambiguity."""
        self.undo_group = QUndoGroup(self)
        self._no_undo = QUndoStack(self)
        self.undo_group.addStack(self._no_undo)
        for view in self.views:
            stack = getattr(view, "undo_stack", None)
            if isinstance(stack, QUndoStack):
                self.undo_group.addStack(stack)
        for action, key in (
            (self.diary.undo_stack.createUndoAction(self.diary), QKeySequence.StandardKey.Undo),
            (self.diary.undo_stack.createRedoAction(self.diary), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.diary.addAction(action)
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        undo.setObjectName("actionUndo")
        redo.setObjectName("actionRedo")
        first = self.ui.menuEdit.actions()[0]  # Find: the Edit menu is never empty
        self.ui.menuEdit.insertActions(first, [undo, redo])
        self.ui.menuEdit.insertSeparator(first)

    def write(self, template_key: str = "") -> None:
        self.show_view(self.views.index(self.diary))
        self.diary.new_entry(template_key or None)

    def open_entry(self, entry_id: str) -> None:
        self.show_view(self.views.index(self.diary))
        self.diary.open_entry(entry_id)

    def _show_save_state(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def add_view(self, view: AppView) -> None:
        self.views.append(view)
        self.ui.viewStack.addWidget(view)
        item = QListWidgetItem(view.title)
        self.ui.navList.addItem(item)

    def show_view(self, index: int) -> None:
        self.ui.navList.setCurrentRow(index)

    def current_view(self) -> AppView:
        return self.views[self.ui.viewStack.currentIndex()]

    def _switch_view(self, index: int) -> None:
        if 0 <= index < len(self.views):
            if self.ui.viewStack.currentIndex() != index:
                self.current_view().save_pending()
            self.ui.viewStack.setCurrentIndex(index)
            stack = getattr(self.views[index], "undo_stack", None)
            # A screen without undo gets an empty stack: passing None trips a PySide6 reference bug.
            self.undo_group.setActiveStack(stack if isinstance(stack, QUndoStack) else self._no_undo)

    def _show_app(self) -> None:
        # A vault just created now exists: later locks show the unlock screen.
        if self.create_view.parent() is not None and self.ui.lockLayout.indexOf(self.create_view) >= 0:
            self.ui.lockLayout.removeWidget(self.create_view)
            self.create_view.hide()
            self.ui.lockLayout.addWidget(self.unlock_view)
        self.ui.pages.setCurrentWidget(self.ui.appPage)
        self.menuBar().setEnabled(True)
        self._set_vault_actions(True)
        if self.ui.navList.currentRow() < 0:
            self.show_view(0)
        self.current_view().setFocus()

    def _show_lock(self) -> None:
        self.ui.pages.setCurrentWidget(self.ui.lockPage)
        self._set_vault_actions(False)
        if self.session.exists():
            self.unlock_view.reset()

    def _set_vault_actions(self, unlocked: bool) -> None:
        for action in (
            self.ui.actionNewEntry,
            self.ui.actionCheckIn,
            self.ui.actionLock,
            self.ui.actionFind,
            self.ui.actionPreferences,
            self.ui.actionShowToday,
            self.ui.actionShowDiary,
            self.ui.actionShowPlan,
            self.ui.actionShowMood,
        ):
            action.setEnabled(unlocked)

    # -- actions -------------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionNewEntry.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        ui.actionFind.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        # Some platforms define no standard key for these; fall back to the common ones.
        for action, standard, fallback in (
            (ui.actionPreferences, QKeySequence.StandardKey.Preferences, "Ctrl+,"),
            (ui.actionQuit, QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        ):
            bindings = QKeySequence.keyBindings(standard)
            action.setShortcuts(bindings or [QKeySequence(fallback)])
        ui.actionLock.triggered.connect(self.session.lock)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionSupport.triggered.connect(self.show_support)
        ui.actionPreferences.triggered.connect(self.show_preferences)
        ui.actionAbout.triggered.connect(self.show_about)
        keys = [view.key for view in self.views]
        screens = {"today": ui.actionShowToday, "diary": ui.actionShowDiary, "plan": ui.actionShowPlan}
        screens["mood"] = ui.actionShowMood
        for key, action in screens.items():
            if key in keys:
                index = keys.index(key)
                action.triggered.connect(lambda _=False, i=index: self.show_view(i))
            else:
                action.setVisible(False)  # that screen is not part of this build: no dead menu items
        ui.actionNewEntry.triggered.connect(lambda: self.write(""))
        ui.actionFind.triggered.connect(self.find_in_diary)
        ui.actionCheckIn.triggered.connect(self.check_in)
        self.session.unlocked.connect(self.apply_preferences)
        self.session.changed.connect(lambda what: self.apply_preferences() if what == "preferences" else None)

    def _add_support_button(self) -> None:
        """Support is one click away on every screen, locked or not (and F1), never a pop-up."""
        button = QToolButton(self)
        button.setObjectName("supportButton")
        button.setDefaultAction(self.ui.actionSupport)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        button.setAccessibleName(self.tr("Support now: who you can contact"))
        self.statusBar().addPermanentWidget(button)

    def check_in(self) -> None:
        if self.session.is_unlocked:
            open_check_in(self, self.session, self.content, self.clock)

    def find_in_diary(self) -> None:
        self.show_view(self.views.index(self.diary))
        self.diary.focus_search()

    def show_support(self) -> None:
        SupportDialog(self.session, self.content.signposts, self).exec()

    def show_preferences(self) -> None:
        PreferencesDialog(self.session, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Wellbeing Desktop"),
            self.tr(
                "<h3>Wellbeing Desktop %1</h3><p>A private place for peer supporters to reflect, plan "
                "their self-care and notice how they are doing.</p><p>Everything stays on this computer, "
                "encrypted. Nothing is ever sent anywhere.</p><p>Licensed under the GNU GPL, version 3 "
                "or later.</p>"
            ).replace("%1", __version__),
        )

    def apply_preferences(self) -> None:
        values = preferences.load(self.session.vault)
        self.autolock.timeout_minutes = values["lock_minutes"]
        self.autolock.lock_on_minimise = values["lock_on_minimise"]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, values["theme"], values["text_size"])

    # -- window state --------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())  # window state only, never content
        self.session.lock()
        event.accept()
