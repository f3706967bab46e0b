"""File ▸ Back up now: a verified backup into a folder the person chooses, written off the GUI thread.

Signals:
    finished(str)   one sentence: where the backup is, or why it could not be written
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.background import run_in_background
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.folder_chooser import choose_folder
from wellbeing_desktop.gui.vault_session import VaultSession


class BackupAction(QObject):
    finished = Signal(str)

    def __init__(self, session: VaultSession, clock: Clock, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._window = parent
        self.running = False

    def choose_folder(self) -> Path | None:
        return choose_folder(self._window, self.tr("Choose where to keep the backup"))

    def start(self) -> None:
        if self.running or not self._session.is_unlocked:
            return
        parent = self.choose_folder()
        if parent is None:
            return
        from wellbeing_desktop.vault.backup import copy_vault

        destination = parent / self.tr("Wellbeing backup %1").replace(
            "%1", self._clock.now().strftime("%Y-%m-%d %H.%M")
        )
        folder = self._session.folder
        data_key = self._session.vault.data_key_copy()
        self.running = True
        self._window.statusBar().showMessage(self.tr("Backing up…"))  # type: ignore[attr-defined]

        def done(summary: object) -> None:
            data_key[:] = bytes(len(data_key))
            self._report(
                self.tr("Your backup is in %1. It is encrypted and opens with your passphrase.").replace(
                    "%1", str(destination)
                ),
                ok=True,
            )

        def failed(error: BaseException) -> None:
            data_key[:] = bytes(len(data_key))
            if not isinstance(error, WellbeingError):
                self.running = False
                raise error
            self._report(error.message, ok=False)

        run_in_background(lambda: copy_vault(folder, data_key, destination), done, failed)

    def _report(self, sentence: str, *, ok: bool) -> None:
        self.running = False
        self._window.statusBar().showMessage(sentence, 15_000)  # type: ignore[attr-defined]
        self.finished.emit(sentence)
        if not ok:
            QMessageBox.warning(self._window, self.tr("The backup was not written"), sentence)
