"""Clear the clipboard of diary text copied from the app: after a delay, and when the vault locks.

Only text the app put there is cleared (something copied from another program is left alone). The
guard keeps a hash of that text, never the text itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from wellbeing_desktop.gui.vault_session import VaultSession

CLEAR_AFTER_MS = 90_000


class ClipboardGuard(QObject):
    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours: str | None = None  # sha256 of the text the app copied
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CLEAR_AFTER_MS)
        self._timer.timeout.connect(self.clear_ours)
        self._clipboard.dataChanged.connect(self._changed)
        session.locked.connect(self.clear_ours)

    @staticmethod
    def _digest(text: str) -> str:
        import hashlib  # OpenSSL loads after the key derivation, not at start-up (see vault/keyfile.py)

        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def _changed(self) -> None:
        text = self._clipboard.text()
        if not text:
            return
        # Our own copy happens while the app is active; another program's copy does not.
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if self._clipboard.ownsClipboard() or active:
            self._ours = self._digest(text)
            self._timer.start()

    def clear_ours(self) -> None:
        """Clear the clipboard if it still holds what the app copied."""
        self._timer.stop()
        if self._ours is not None and self._digest(self._clipboard.text()) == self._ours:
            self._clipboard.clear()
        self._ours = None
