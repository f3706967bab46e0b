"""The quiet check-in reminder: a system tray message at the chosen time, only on a day without a check-in.

Only while the app runs (no background service, no network), and only once the vault has been
unlocked in this run: the choice to be reminded lives in the vault. While locked, it goes by what it
saw when the vault was last open (services/reminders.py ReminderMemory, memory only). Clicking the
message brings the window forward and opens the check-in (after unlocking, if the vault is locked).
The rules are plain Python; this is the Qt part. `notify` is replaceable, so offscreen tests see
what would be shown; `check()` is called by a timer and by tests after moving a fake clock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import reminders
from wellbeing_desktop.services.reminders import ReminderMemory, ReminderSettings

CHECK_EVERY_MS = 30_000


class ReminderTray(QObject):
    def __init__(
        self,
        session: VaultSession,
        clock: Clock,
        check_in: Callable[[], None],
        window: QWidget,
        notify: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._session = session
        self._clock = clock
        self._check_in = check_in
        self._window = window
        self.notify = notify or self._show_in_tray
        self.memory = ReminderMemory()
        self.settings = ReminderSettings()  # learned when the vault opens; kept in memory while locked
        self._check_in_after_unlock = False
        self.tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        session.unlocked.connect(self._vault_opened)
        session.changed.connect(lambda what: self._vault_opened() if what == "preferences" else None)
        if session.is_unlocked:
            self._vault_opened()

    def _vault_opened(self) -> None:
        if not self._session.is_unlocked:
            return
        self.settings = reminders.settings(self._session.vault)
        self._show_tray(self.settings.on)
        self._timer.start() if self.settings.on else self._timer.stop()
        if self._check_in_after_unlock:
            self._check_in_after_unlock = False
            self._open_check_in()

    def check(self) -> None:
        """Show the reminder if it is due now (at most once a day, and never after a check-in)."""
        now = self._clock.now()
        if not self.memory.due(now, self.settings):
            return
        if self._session.is_unlocked:
            self.memory.note_vault(self._session.vault, now.date())
            if not self.memory.due(now, self.settings):
                return
        self.memory.shown_on = now.date()
        self.notify(
            self.tr("Wellbeing Desktop"), self.tr("Would you like to check in? It only takes a moment.")
        )

    def reminder_clicked(self) -> None:
        """The person chose the reminder: the window comes forward, then the check-in."""
        self._bring_forward()
        if self._session.is_unlocked:
            self._open_check_in()
        else:
            self._check_in_after_unlock = True

    def _open_check_in(self) -> None:
        today = self._clock.now().date()
        self.memory.note_vault(self._session.vault, today)
        if self.memory.checked_in_on != today:
            self._check_in()

    # -- the tray ------------------------------------------------------------------------------------

    def _show_tray(self, on: bool) -> None:
        """The icon is there only while a reminder is on, and only where the desktop has a tray."""
        if not on or not QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is not None:
                self.tray.hide()
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self._icon(), self)
            self.tray.setObjectName("reminderTray")
            self.tray.setToolTip(self.tr("Wellbeing Desktop"))
            self.tray.messageClicked.connect(self.reminder_clicked)
            self.tray.activated.connect(lambda _reason: self._bring_forward())
        self.tray.show()

    def _bring_forward(self) -> None:
        self._window.showNormal()
        if QGuiApplication.platformName() != "offscreen":  # which has no stacking to change
            self._window.raise_()
        self._window.activateWindow()

    def _icon(self) -> QIcon:
        icon = self._window.windowIcon()
        app = QApplication.instance()
        if icon.isNull() and isinstance(app, QApplication):
            icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        return icon

    def _show_in_tray(self, title: str, message: str) -> None:
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.NoIcon, 20_000)
