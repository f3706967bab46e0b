"""Hear when the desktop's screen locks, so the vault locks with it (DESIGN.md privacy rules).

Listens on the session bus for the freedesktop and GNOME screensaver signals. This is local
inter-process messaging, not network access; without a session bus it quietly does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from wellbeing_desktop.gui.vault_session import VaultSession

_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        bus = QDBusConnection.sessionBus()
        self.listening = False
        if bus.isConnected():
            for service, path, interface in _SCREENSAVERS:
                # PySide6 wants SLOT()'s text here, though its stubs say bytes.
                slot = SLOT("active_changed(bool)")
                self.listening |= bus.connect(service, path, interface, "ActiveChanged", self, slot)  # type: ignore[call-overload]

    @Slot(bool)
    def active_changed(self, active: bool) -> None:
        if active:
            self._session.lock()
