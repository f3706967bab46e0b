"""File ▸ Restore from a backup…: choose a backup folder, check it is a vault, confirm with its passphrase
(RestoreDialog), then lock, restore (vault/restore.py: the current vault is moved aside, never deleted)
and open the restored vault, off the GUI thread.

Signals:
    finished(str)   one sentence: what was restored and where the previous vault is, or why not
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.folder_chooser import choose_folder
from wellbeing_desktop.gui.vault_session import VaultSession

if TYPE_CHECKING:
    from wellbeing_desktop.vault import Vault


class RestoreAction(QObject):
    finished = Signal(str)

    def __init__(self, session: VaultSession, clock: Clock, window: QMainWindow) -> None:
        super().__init__(window)
        self._session = session
        self._clock = clock
        self._window = window
        self.running = False

    def choose_backup(self) -> Path | None:
        return choose_folder(self._window, self.tr("Choose the backup to restore"))

    def start(self) -> None:
        if self.running or not self._session.is_unlocked:
            return
        backup = self.choose_backup()
        if backup is None:
            return
        try:
            self._check(backup)
        except WellbeingError as error:
            QMessageBox.warning(self._window, self.tr("This backup cannot be restored"), error.message)
            return
        from wellbeing_desktop.gui.dialogs.restore_dialog import RestoreDialog

        folder = self._session.folder
        stamp = self._clock.now().strftime("%Y-%m-%d %H.%M.%S")
        kept_aside = folder.with_name(f"{folder.name} before restore {stamp}")
        dialog = RestoreDialog(backup, kept_aside, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not self._session.is_unlocked:
            return
        self._restore(backup, dialog.take_key(), stamp, kept_aside)

    def _check(self, backup: Path) -> None:
        from wellbeing_desktop.vault.unlock import locate

        folder = self._session.folder.resolve()
        chosen = backup.resolve()
        if chosen == folder or chosen.is_relative_to(folder) or folder.is_relative_to(chosen):
            raise WellbeingError(
                self.tr("That is the vault you are using now; please choose a backup folder instead.")
            )
        locate(backup)  # "… is not a Wellbeing Desktop vault (it has no vault.keys)." or the damage

    def _restore(self, backup: Path, data_key: bytearray, stamp: str, kept_aside: Path) -> None:
        from wellbeing_desktop.vault.restore import restore_backup
        from wellbeing_desktop.vault.unlock import locate
        from wellbeing_desktop.vault.vault import Vault

        folder = self._session.folder
        self.running = True
        self._window.statusBar().showMessage(self.tr("Restoring your backup…"))

        def work() -> Vault:
            restored = restore_backup(backup, data_key, folder, stamp)
            assert restored.kept_aside in (None, kept_aside)
            return Vault(folder, locate(folder), bytearray(data_key))

        def done(error: BaseException | None) -> None:
            data_key[:] = bytes(len(data_key))
            self.running = False
            if error is not None and not isinstance(error, WellbeingError):
                raise error
            if error is None:
                sentence = (
                    self.tr("Your vault is restored from %1. Your previous vault is kept in %2.")
                    .replace("%1", str(backup))
                    .replace("%2", str(kept_aside))
                )
            else:
                sentence = str(error)  # also shown on the unlock screen, where the vault is as it was
            self._window.statusBar().showMessage(sentence, 30_000)
            self.finished.emit(sentence)

        self._session.replace(work, done)
