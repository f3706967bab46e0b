"""The main window: the lock screen while locked, and Today / Diary / Plan / Mood once unlocked.

The title never shows content. Closing or locking saves pending edits first (AppView.save_pending).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

# Qt (the namespace of enums) is reached as QtCore.Qt where used: building it takes ~12 ms, and nothing
# before the unlock window is first painted needs it.
from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QToolButton,
    QWidget,
)

from wellbeing_desktop.gui.forms.ui_main_window import Ui_MainWindow
from wellbeing_desktop.gui.screen_layout import scroll_screens, size_to, style_navigation
from wellbeing_desktop.gui.unlock_view import UnlockView
from wellbeing_desktop.gui.vault_session import VaultSession

if TYPE_CHECKING:
    from wellbeing_desktop.content.pack import ContentPack
    from wellbeing_desktop.gui.auto_backup_on_close import AutoBackupOnClose
    from wellbeing_desktop.gui.autolock import AutoLock
    from wellbeing_desktop.gui.backup_action import BackupAction
    from wellbeing_desktop.gui.clipboard_guard import ClipboardGuard
    from wellbeing_desktop.gui.clock import Clock
    from wellbeing_desktop.gui.create_vault_view import CreateVaultView
    from wellbeing_desktop.gui.restore_action import RestoreAction
    from wellbeing_desktop.gui.screen_lock import ScreenLockWatcher
    from wellbeing_desktop.gui.views.base import AppView
    from wellbeing_desktop.gui.views.diary_view import DiaryView
    from wellbeing_desktop.gui.views.mood_view import MoodView
    from wellbeing_desktop.gui.views.plan_view import PlanView
    from wellbeing_desktop.gui.views.supervision_view import SupervisionView
    from wellbeing_desktop.gui.views.today_view import TodayView

# The screens in navigation order: (key, the class that titles it, its title, the module that holds
# it). Screens from Plan on are built when first shown; their navigation items carry the title their
# view gives itself. Adding a screen: a line here, an actionShow… in ui/main_window.ui and in NAV_ACTIONS.
SCREENS = (
    ("today", "TodayView", "Today", "wellbeing_desktop.gui.views.today_view"),
    ("diary", "DiaryView", "Diary", "wellbeing_desktop.gui.views.diary_view"),
    ("plan", "PlanView", "Self-care plan", "wellbeing_desktop.gui.views.plan_view"),
    ("mood", "MoodView", "Mood", "wellbeing_desktop.gui.views.mood_view"),
    ("supervision", "SupervisionView", "Supervision", "wellbeing_desktop.gui.views.supervision_view"),
    ("people", "PeopleView", "People", "wellbeing_desktop.gui.views.people_view"),
    ("growth", "GrowthView", "Growing", "wellbeing_desktop.gui.views.growth_view"),
)
DIARY, PLAN, MOOD, SUPERVISION, PEOPLE, GROWTH = 1, 2, 3, 4, 5, 6
# The menu shortcuts. Set here rather than in ui/main_window.ui: the form would call setShortcut(),
# whose overloads make PySide build its whole Qt namespace (~12 ms) before the unlock window shows;
# setShortcuts() does not. The platform's standard keys (new, find, preferences, quit) are added below.
SHORTCUTS = {
    "actionCheckIn": "Ctrl+K",
    "actionLock": "Ctrl+L",
    "actionShowToday": "Ctrl+1",
    "actionShowDiary": "Ctrl+2",
    "actionShowPlan": "Ctrl+3",
    "actionShowMood": "Ctrl+4",
    "actionShowSupervision": "Ctrl+5",
    "actionShowPeople": "Ctrl+6",
    "actionShowGrowth": "Ctrl+7",
    "actionSupervisionMode": "Ctrl+Shift+M",
    "actionExport": "Ctrl+E",
    "actionPrintPlan": "Ctrl+P",
    "actionSupport": "F1",
}
NAV_ACTIONS = (
    "actionShowToday",
    "actionShowDiary",
    "actionShowPlan",
    "actionShowMood",
    "actionShowSupervision",
    "actionShowPeople",
    "actionShowGrowth",
)


class MainWindow(QMainWindow):
    """The lock page shows first; the screens are built just after it is painted (or when the vault
    opens, if that comes first), so the unlock window appears quickly. Plan and Mood are built the first
    time they are shown or asked for. Tests and library callers get everything at once
    (build_screens_now=True). `content` may be a pack or a function that loads one when first needed.

    Signals: first_painted() — once, on the turn of the event loop after the window was first painted
    (for start-up work that can wait until the person sees the window)."""

    first_painted = Signal()

    def __init__(
        self,
        session: VaultSession,
        content: ContentPack | Callable[[], ContentPack],
        clock: Clock | None = None,
        *,
        demo: bool = False,
        build_screens_now: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self._content: ContentPack | None = None if callable(content) else content
        self._load_content = content if callable(content) else None
        self._clock = clock
        # Ends with the app's name: Qt adds the display name to a title that does not (on Linux).
        self.setWindowTitle(self.tr("Demo — Wellbeing Desktop") if demo else self.tr("Wellbeing Desktop"))

        self.unlock_view = UnlockView(session)
        self._create_view: CreateVaultView | None = None  # built only for a vault not yet created
        self.ui.lockLayout.addWidget(self.create_view if not session.exists() else self.unlock_view)
        self._views: list[AppView | None] = []
        self._placeholders: dict[int, QWidget] = {}
        self._screens_built = False
        self._build_after_paint = False
        self._painted = False
        self.backup: BackupAction | None = None  # File ▸ Back up now, made when first used
        self.auto_backup: AutoBackupOnClose | None = (
            None  # made with the screens: only an open vault backs up
        )
        self._add_support_button()
        self._connect_actions()
        session.opening.connect(self._build_screens)  # at the latest, just before `unlocked` is emitted
        self._show_lock()
        self._restore_geometry()
        if build_screens_now or session.is_unlocked:
            self._build_screens()
        else:
            self._build_after_paint = True
        if session.is_unlocked:  # a window opened on a vault that is already open shows it
            self._show_app()

    @property
    def content(self) -> ContentPack:
        if self._content is None:
            assert self._load_content is not None
            self._content = self._load_content()
        return self._content

    @property
    def clock(self) -> Clock:
        if self._clock is None:
            from wellbeing_desktop.gui.clock import Clock  # its date helpers load with the screens

            self._clock = Clock()
        return self._clock

    @property
    def create_view(self) -> CreateVaultView:
        if self._create_view is None:
            from wellbeing_desktop.gui.create_vault_view import CreateVaultView

            self._create_view = CreateVaultView(self.session)
        return self._create_view

    # -- screens -------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        if self._build_after_paint:
            self._build_after_paint = False
            QTimer.singleShot(0, self._build_screens_or_quit)

    def _build_screens_or_quit(self) -> None:
        """Built from the event loop, a broken content pack cannot reach the caller: say which file and
        line, then leave, as the app did when it loaded the pack before showing the window."""
        from wellbeing_desktop.content import ContentError  # the pack is read next in any case

        try:
            self._build_screens()
        except ContentError as error:
            QMessageBox.critical(self, self.tr("Wellbeing Desktop cannot start"), error.message)
            QApplication.exit(1)

    def _build_screens(self) -> None:
        if self._screens_built:
            return
        content = self.content  # first: a broken pack stops here, before anything is half built
        self._screens_built = True
        self._build_after_paint = False
        from wellbeing_desktop.gui.autolock import AutoLock
        from wellbeing_desktop.gui.clipboard_guard import ClipboardGuard
        from wellbeing_desktop.gui.screen_lock import ScreenLockWatcher
        from wellbeing_desktop.gui.views.diary_view import DiaryView
        from wellbeing_desktop.gui.views.today_view import TodayView

        self._today = TodayView(self.session, content, self.clock)
        self._diary = DiaryView(self.session, content, self.clock)
        self.add_view(self._today)
        self.add_view(self._diary)
        for key, context, title, _module in SCREENS[PLAN:]:
            placeholder = QWidget()
            placeholder.setObjectName(f"{key}Placeholder")
            self._placeholders[len(self._views)] = placeholder
            self._views.append(None)
            self.ui.viewStack.addWidget(placeholder)
            self.ui.navList.addItem(QListWidgetItem(QCoreApplication.translate(context, title)))
        self._today.offer(writing=True, checking_in=True)
        self._today.check_in_requested.connect(self.check_in)
        self._today.write_requested.connect(self.write)
        self._today.entry_requested.connect(self.open_entry)
        self._diary.save_state_changed.connect(self._show_save_state)
        self.ui.navList.currentRowChanged.connect(self._switch_view)
        style_navigation(self.ui.navList)
        scroll_screens(self.ui.appLayout, self.ui.viewStack, self.ui.appPage)
        self.ui.appLayout.setStretch(1, 1)  # a wide window widens the screen, never the navigation
        self._add_undo()
        self.autolock: AutoLock = AutoLock(self.session, self, self.clock)
        self.screen_lock: ScreenLockWatcher = ScreenLockWatcher(self.session, self)
        self.clipboard_guard: ClipboardGuard = ClipboardGuard(self.session, self)
        from wellbeing_desktop.gui.auto_backup_on_close import AutoBackupOnClose

        self.auto_backup = AutoBackupOnClose(self.session, lambda: self.clock, self)
        # Connected after the screens', as before: they load first, then the window shows them.
        self.session.unlocked.connect(self.apply_preferences)
        self.session.changed.connect(lambda what: self.apply_preferences() if what == "preferences" else None)
        self.session.unlocked.connect(self._show_app)
        self.session.locked.connect(self._show_lock)
        from wellbeing_desktop.gui.content_notice import tell_about_left_out_packs
        from wellbeing_desktop.gui.reminder_tray import ReminderTray

        tell_about_left_out_packs(self, self.session, content)
        self.reminder = ReminderTray(self.session, self.clock, self.check_in, self)  # quiet, opt-in

    def _screen(self, index: int) -> AppView:
        """The screen at `index`, built now if it was waiting to be first shown."""
        self._build_screens()
        view = self._views[index]
        if view is None:
            _key, name, _title, module = SCREENS[index]
            view = getattr(importlib.import_module(module), name)(self.session, self.content, self.clock)
            if index == SUPERVISION:
                view.mode_requested.connect(self.start_supervision_mode)
            elif index == GROWTH:
                view.entry_requested.connect(self.open_entry)  # a diary entry linked in the learning log
            placeholder = self._placeholders.pop(index)
            self.ui.viewStack.insertWidget(index, view)
            self.ui.viewStack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._views[index] = view
            self._add_undo_stack(view)
            if self.session.is_unlocked:
                view.vault_opened()  # it missed `unlocked`
        return view

    @property
    def today(self) -> TodayView:
        self._build_screens()
        return self._today

    @property
    def diary(self) -> DiaryView:
        self._build_screens()
        return self._diary

    @property
    def plan(self) -> PlanView:
        return self._screen(PLAN)  # type: ignore[return-value]

    @property
    def mood(self) -> MoodView:
        return self._screen(MOOD)  # type: ignore[return-value]

    @property
    def supervision(self) -> SupervisionView:
        return self._screen(SUPERVISION)  # type: ignore[return-value]

    @property
    def views(self) -> list[AppView]:
        """Every screen, built if need be (for code that looks them all over, such as tests)."""
        self._build_screens()
        return [self._screen(index) for index in range(len(self._views))]

    def _add_undo(self) -> None:
        """Edit ▸ Undo/Redo follow the screen in view. The shortcuts live on each screen (so a text
        field's own Ctrl+Z still wins while typing); the menu items carry none, to avoid ambiguity."""
        self.undo_group = QUndoGroup(self)
        self._no_undo = QUndoStack(self)
        self.undo_group.addStack(self._no_undo)
        for view in self._views:
            if view is not None:
                self._add_undo_stack(view)
        diary = self._diary
        for action, key in (
            (diary.undo_stack.createUndoAction(diary), QKeySequence.StandardKey.Undo),
            (diary.undo_stack.createRedoAction(diary), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            diary.addAction(action)
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        undo.setObjectName("actionUndo")
        redo.setObjectName("actionRedo")
        first = self.ui.menuEdit.actions()[0]  # Find: the Edit menu is never empty
        self.ui.menuEdit.insertActions(first, [undo, redo])
        self.ui.menuEdit.insertSeparator(first)

    def _add_undo_stack(self, view: AppView) -> None:
        stack = getattr(view, "undo_stack", None)
        if isinstance(stack, QUndoStack):
            self.undo_group.addStack(stack)

    def write(self, template_key: str = "") -> None:
        self.show_view(DIARY)
        self.diary.new_entry(template_key or None)

    def open_entry(self, entry_id: str) -> None:
        self.show_view(DIARY)
        self.diary.open_entry(entry_id)

    def _show_save_state(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def add_view(self, view: AppView) -> None:
        self._build_screens()
        self._views.append(view)
        self.ui.viewStack.addWidget(view)
        item = QListWidgetItem(view.title)
        self.ui.navList.addItem(item)

    def show_view(self, index: int) -> None:
        self._build_screens()
        self.ui.navList.setCurrentRow(index)

    def current_view(self) -> AppView:
        return self._screen(self.ui.viewStack.currentIndex())

    def _switch_view(self, index: int) -> None:
        if 0 <= index < len(self._views):
            if self.ui.viewStack.currentIndex() != index:
                self.current_view().save_pending()
            view = self._screen(index)
            self.ui.viewStack.setCurrentIndex(index)
            size_to(self.ui.viewStack, view)
            stack = getattr(view, "undo_stack", None)
            # A screen without undo gets an empty stack: passing None trips a PySide6 reference bug.
            self.undo_group.setActiveStack(stack if isinstance(stack, QUndoStack) else self._no_undo)

    def _show_app(self) -> None:
        # A vault just created now exists: later locks show the unlock screen.
        create = self._create_view
        if create is not None and create.parent() is not None and self.ui.lockLayout.indexOf(create) >= 0:
            self.ui.lockLayout.removeWidget(create)
            create.hide()
            self.ui.lockLayout.addWidget(self.unlock_view)
        self.ui.pages.setCurrentWidget(self.ui.appPage)
        self.menuBar().setEnabled(True)
        self._set_vault_actions(True)
        if self.ui.navList.currentRow() < 0:
            self.show_view(0)
        self.current_view().setFocus()

    def _show_lock(self) -> None:
        self._close_dialogs()
        self.ui.pages.setCurrentWidget(self.ui.lockPage)
        self._set_vault_actions(False)
        if self.session.exists():
            self.unlock_view.reset()

    def _close_dialogs(self) -> None:
        """Nothing stays on screen over the lock page: preferences, support contacts, a recovery key
        being shown, a question. done() closes even the dialogs that Escape may not."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)

    def _set_vault_actions(self, unlocked: bool) -> None:
        for action in (
            self.ui.actionNewEntry,
            self.ui.actionCheckIn,
            self.ui.actionBackUp,
            self.ui.actionRestore,
            self.ui.actionExport,
            self.ui.actionPrintPlan,
            self.ui.actionImportJournal,
            self.ui.actionLock,
            self.ui.actionFind,
            self.ui.actionPreferences,
            *(getattr(self.ui, name) for name in NAV_ACTIONS),
            self.ui.actionRecordSession,
            self.ui.actionSupervisionMode,
            self.ui.actionReflect,
        ):
            action.setEnabled(unlocked)

    # -- actions -------------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        for name, keys in SHORTCUTS.items():
            getattr(ui, name).setShortcuts([QKeySequence.fromString(keys)])
        ui.actionNewEntry.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.New))
        ui.actionFind.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
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
        for index, name in enumerate(NAV_ACTIONS):
            getattr(ui, name).triggered.connect(lambda _=False, i=index: self.show_view(i))
        ui.actionNewEntry.triggered.connect(lambda: self.write(""))
        ui.actionFind.triggered.connect(self.find_in_diary)
        ui.actionCheckIn.triggered.connect(self.check_in)
        ui.actionBackUp.triggered.connect(self.back_up)
        ui.actionRestore.triggered.connect(self.restore_from_backup)
        self.restore: RestoreAction | None = None  # File ▸ Restore from a backup, made when first used
        ui.actionRecordSession.triggered.connect(self.record_session)
        ui.actionSupervisionMode.triggered.connect(self.start_supervision_mode)
        ui.actionExport.triggered.connect(lambda: self.export())
        ui.actionPrintPlan.triggered.connect(self.print_plan)
        ui.actionReflect.triggered.connect(self.reflect)
        ui.actionImportJournal.triggered.connect(self.import_journal)

    def _add_support_button(self) -> None:
        """Support is one click away on every screen, locked or not (and F1), never a pop-up."""
        button = QToolButton(self)
        button.setObjectName("supportButton")
        button.setDefaultAction(self.ui.actionSupport)
        # A tool button whose action has no icon shows its words: no style to set (and no Qt enum).
        button.setAutoRaise(True)
        button.setAccessibleName(self.tr("Support now: who you can contact"))
        self.statusBar().addPermanentWidget(button)

    def export(self, choice: str = "everything") -> QDialog | None:
        """File ▸ Export…: the entry open in the diary comes ticked, should they want it on paper."""
        if not self.session.is_unlocked:
            return None
        from wellbeing_desktop.gui.dialogs.export_dialog import ExportDialog

        self.current_view().save_pending()  # what was just typed is in the file too
        entry_id = self.diary.current_entry_id()
        dialog = ExportDialog(self.session, self.clock, self, choice=choice, checked_ids=[entry_id or ""])
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda path: self.statusBar().showMessage(self.tr("Saved to %1.").replace("%1", path), 15_000)
        )
        dialog.open()
        return dialog

    def print_plan(self) -> QDialog | None:
        """File ▸ Print or save my plan as PDF…: the same dialog, the plan chosen (Print… or Save as PDF…)."""
        return self.export("plan-pdf")

    def import_journal(self) -> QDialog | None:
        """File ▸ Import from another journal…: jrnl, Day One or Daylio, previewed before it is written."""
        if not self.session.is_unlocked:
            return None
        from wellbeing_desktop.gui.dialogs.journal_import_dialog import JournalImportDialog

        dialog = JournalImportDialog(self.session, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda sentence: self.statusBar().showMessage(sentence, 15_000))
        dialog.open()
        return dialog

    def record_session(self) -> None:
        """Supervision ▸ Record a session…: a new session dated today, open on the Supervision screen."""
        if self.session.is_unlocked:
            self.show_view(SUPERVISION)
            self.supervision.record_new()

    def reflect(self) -> None:
        """How is the work sitting with you?…: the monthly reflection (optional; once a month)."""
        if self.session.is_unlocked:
            from wellbeing_desktop.gui.dialogs.reflection_dialog import open_reflection

            open_reflection(self, self.session, self.content, self.clock)

    def start_supervision_mode(self) -> None:
        """Only what the person brings to supervision; leaving asks for the passphrase (gui/supervision)."""
        from wellbeing_desktop.gui.supervision.mode import SupervisionMode

        SupervisionMode.of(self).enter()

    def back_up(self) -> None:
        if self.backup is None:
            from wellbeing_desktop.gui.backup_action import BackupAction

            self.backup = BackupAction(self.session, self.clock, self)
        self.backup.start()

    def check_in(self) -> None:
        if self.session.is_unlocked:
            from wellbeing_desktop.gui.dialogs.checkin_dialog import open_check_in

            open_check_in(self, self.session, self.content, self.clock)

    def find_in_diary(self) -> None:
        self.show_view(DIARY)
        self.diary.focus_search()

    def show_support(self) -> None:
        from wellbeing_desktop.gui.dialogs.support_dialog import SupportDialog

        SupportDialog(self.session, self.content.signposts, self).exec()

    def show_preferences(self) -> None:
        from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.session, self).exec()

    def show_about(self) -> None:
        from wellbeing_desktop.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def apply_preferences(self) -> None:
        from wellbeing_desktop.gui import theme
        from wellbeing_desktop.services import preferences

        values = preferences.load(self.session.vault)
        self.autolock.timeout_minutes = values["lock_minutes"]
        self.autolock.lock_on_minimise = values["lock_on_minimise"]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, values["theme"], values["text_size"])
            style_navigation(self.ui.navList)

    # -- window state --------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._back_up_before_closing()
        QSettings().setValue("window/geometry", self.saveGeometry())  # window state only, never content
        self.session.lock()
        event.accept()

    def _back_up_before_closing(self) -> None:
        """The automatic backup (Preferences), when one is due: what was just typed is saved first. A
        failure is one sentence (kept for the next unlock); closing goes on in any case."""
        backup = self.auto_backup
        if backup is not None and self.session.is_unlocked and not backup.running:
            for view in self._views:
                if view is not None:
                    view.save_pending()
            backup.run_before_closing()

    def restore_from_backup(self) -> None:
        if self.restore is None:
            from wellbeing_desktop.gui.restore_action import RestoreAction

            self.restore = RestoreAction(self.session, self.clock, self)
        self.restore.start()
