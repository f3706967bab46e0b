"""Entering and leaving supervision mode, and locking from it.

Entering saves pending edits, then clears every screen of the main window as locking does (so no diary
text stays in any widget) and hides it; the vault stays open for the supervision window alone.
Leaving needs the passphrase; then the screens load again and the main window shows where it was.
A lock (idle, Ctrl+L, minimising, closing the window, the screen locking) closes the supervision window
and shows the unlock screen; unlocking returns to the main window.

Signals: entered(); left() (by passphrase or by a lock).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from wellbeing_desktop.gui.supervision.leave_dialog import LeaveDialog
from wellbeing_desktop.gui.supervision.window import SupervisionWindow
from wellbeing_desktop.gui.views.base import AppView

if TYPE_CHECKING:
    from wellbeing_desktop.gui.main_window import MainWindow


class SupervisionMode(QObject):
    entered = Signal()
    left = Signal()

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.setObjectName("supervisionMode")
        self._main = main
        self.window: SupervisionWindow | None = None
        self.leave_dialog: LeaveDialog | None = None
        self._was_maximised = False
        main.session.locked.connect(self._locked)

    @classmethod
    def of(cls, main: MainWindow) -> SupervisionMode:
        """The window's one SupervisionMode, made when first needed."""
        found = main.findChild(SupervisionMode, "supervisionMode")
        return found if isinstance(found, SupervisionMode) else cls(main)

    @property
    def active(self) -> bool:
        return self.window is not None

    def enter(self, full_screen: bool = True) -> None:
        main = self._main
        if self.active or not main.session.is_unlocked:
            return
        views = main.findChildren(AppView)
        for view in views:
            view.save_pending()
        for dialog in main.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        for view in views:
            view.clear()
        main.clipboard_guard.clear_ours()
        self._was_maximised = main.isMaximized()
        main.hide()
        window = SupervisionWindow(
            main.session, main.content, main.clock, lambda: main.autolock.lock_on_minimise
        )
        window.leave_requested.connect(self.ask_to_leave)
        window.lock_requested.connect(main.session.lock)
        self.window = window
        window.load()
        if full_screen:
            # The whole screen the main window was on, even where no window manager honours full screen.
            window.setGeometry(main.screen().geometry())
            window.showFullScreen()
        else:
            window.show()
        window.activateWindow()
        self.entered.emit()

    def ask_to_leave(self) -> None:
        if self.window is None:
            return
        if self.leave_dialog is None or not self.leave_dialog.isVisible():
            self.leave_dialog = LeaveDialog(self._main.session.folder, self.window)
            self.leave_dialog.accepted.connect(self._leave)
            self.leave_dialog.open()

    def _leave(self) -> None:
        """The passphrase was right: back to the main window where the person was."""
        main = self._main
        if self.window is None or not main.session.is_unlocked:
            return
        if self._was_maximised:
            main.showMaximized()
        else:
            main.show()
        for view in main.findChildren(AppView):
            view.vault_opened()
        self._close_window()
        main.activateWindow()
        main.current_view().setFocus()

    def _locked(self) -> None:
        if self.window is None:
            return
        main = self._main
        if self._was_maximised:
            main.showMaximized()
        else:
            main.show()  # on its unlock page: the main window already heard `locked`
        self._close_window()

    def _close_window(self) -> None:
        window, self.window = self.window, None
        self.leave_dialog = None
        if window is not None:
            window.allow_close()
            window.clear()
            window.close()
            window.deleteLater()
        self.left.emit()
