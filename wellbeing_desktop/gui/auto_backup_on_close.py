"""Automatic backups on close (services/auto_backup.py holds the rules): when the window closes and a
backup is due, write it off the GUI thread while the window stays responsive, with a note and a busy bar
in the status bar. Closing goes on after it is written, after it failed, or after `limit_ms` at most.

A failure is one sentence. It is kept in the vault and shown in the status bar at the next unlock, since
the window is gone by the time anyone could read it now.

Signals:
    finished(str)   "" after a backup was written or none was due; else the sentence why not
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar

from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.background import run_in_background
from wellbeing_desktop.gui.vault_session import VaultSession

if TYPE_CHECKING:
    from wellbeing_desktop.gui.clock import Clock

log = logging.getLogger(__name__)
LIMIT_MS = 120_000  # closing never waits longer than this for a backup


class AutoBackupOnClose(QObject):
    finished = Signal(str)

    def __init__(self, session: VaultSession, clock: Callable[[], Clock], window: QMainWindow) -> None:
        super().__init__(window)
        self._session = session
        self._clock = clock
        self._window = window
        self.limit_ms = LIMIT_MS
        self.running = False
        session.unlocked.connect(self._show_last_problem)

    def run_before_closing(self) -> None:
        """Write a backup if one is due, and return once it is done (or has failed, or took too long)."""
        if self.running or not self._session.is_unlocked:
            return
        from wellbeing_desktop.services import auto_backup, preferences

        chosen = preferences.load(self._session.vault)["auto_backup_folder"]
        if not chosen:
            return
        folder, now = self._session.folder, self._clock().now()
        data_key = self._session.vault.data_key_copy()
        outcome: dict[str, Any] = {}
        loop = QEventLoop(self)

        def settle(key: str, value: object) -> None:
            outcome[key] = value
            loop.quit()

        self.running = True
        busy = self._show_busy()
        run_in_background(
            lambda: auto_backup.back_up_if_due(Path(chosen), folder, data_key, now),
            lambda made: settle("made", made),
            lambda error: settle("error", error),
        )
        QTimer.singleShot(self.limit_ms, loop.quit)
        if not outcome:
            loop.exec()
        data_key[:] = bytes(len(data_key))  # after a time-out too: the unfinished copy then fails its check
        self.running = False
        busy.deleteLater()
        self._report(self._sentence(outcome))

    def _show_busy(self) -> QProgressBar:
        bar = QProgressBar(self._window)
        bar.setObjectName("autoBackupBusyBar")
        bar.setAccessibleName(self.tr("Making your daily backup"))
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumWidth(120)
        status = self._window.statusBar()
        status.addWidget(bar)
        status.showMessage(self.tr("Making your daily backup before closing…"))
        return bar

    def _sentence(self, outcome: dict[str, Any]) -> str:
        error = outcome.get("error")
        if not outcome:
            return self.tr(
                "The automatic backup took too long, so the app closed without waiting for it; "
                "nothing was lost."
            )
        if error is None:
            return ""
        if isinstance(error, WellbeingError):
            return error.message
        log.error("automatic backup failed: %s", type(error).__name__)  # the type only, never content
        return self.tr("The automatic backup was not written because something went wrong; nothing was lost.")

    def _report(self, sentence: str) -> None:
        from wellbeing_desktop.services import preferences

        if self._session.is_unlocked:
            stored = preferences.load(self._session.vault)["auto_backup_problem"]
            if stored != sentence:
                preferences.save(self._session.vault, {"auto_backup_problem": sentence})
        status = self._window.statusBar()
        if sentence:
            status.showMessage(sentence)
        else:
            status.clearMessage()
        self.finished.emit(sentence)

    def _show_last_problem(self) -> None:
        from wellbeing_desktop.services import preferences

        problem = preferences.load(self._session.vault)["auto_backup_problem"]
        if problem:
            self._window.statusBar().showMessage(
                self.tr("Last time you closed the app: %1").replace("%1", problem), 60_000
            )
