"""Autosave: write a moment after typing stops, and at once when asked (switching entries or screens,
locking, closing). There is no Save button to forget."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PAUSE_MS = 1500


class Autosaver(QObject):
    """Calls `write` (which returns True once the edit is safely stored) after a pause in typing.

    A failed write leaves the edit pending: the next change, or the next flush, tries again.
    """

    def __init__(self, write: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write = write
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.flush)

    def changed(self) -> None:
        """Something was typed: (re)start the pause."""
        self.pending = True
        self.timer.start()

    def flush(self) -> bool:
        """Write any pending edit now. True when nothing is left unsaved."""
        self.timer.stop()
        if not self.pending:
            return True
        if self._write():
            self.pending = False
        return not self.pending

    def forget(self) -> None:
        """Drop the pending state without writing (the entry was deleted, or the vault is closed)."""
        self.timer.stop()
        self.pending = False
