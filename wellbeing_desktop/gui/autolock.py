"""Lock the vault after idle time, on minimise, and when the screen locks (DESIGN.md privacy rules).

Idle time is measured from the last key press, click or scroll anywhere in the app, with an
injectable clock so tests move time by hand instead of sleeping.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.vault_session import VaultSession

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
DEFAULT_MINUTES = 5


class AutoLock(QObject):
    def __init__(self, session: VaultSession, window: QWidget, clock: Clock) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self._clock = clock
        self.timeout_minutes = DEFAULT_MINUTES
        self.lock_on_minimise = True
        self._last_activity = clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(5_000)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.installEventFilter(self)
        session.unlocked.connect(self.note_activity)

    def note_activity(self) -> None:
        self._last_activity = self._clock.monotonic()

    def idle_seconds(self) -> float:
        return self._clock.monotonic() - self._last_activity

    def check(self) -> None:
        """Lock if idle for too long. Called by a timer, and by tests after moving the clock."""
        if self._session.is_unlocked and self.idle_seconds() >= self.timeout_minutes * 60:
            self._session.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._last_activity = self._clock.monotonic()
        elif (
            kind == QEvent.Type.WindowStateChange
            and watched is self._window
            and self._window.isMinimized()
            and self.lock_on_minimise
        ):
            self._session.lock()
        return False
