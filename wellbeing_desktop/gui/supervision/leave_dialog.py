"""Leaving supervision mode asks for the passphrase. It is checked off the GUI thread by unwrapping
the key file, as unlocking does; the unwrapped key is zeroed at once and nothing is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from wellbeing_desktop.gui.background import run_in_background
from wellbeing_desktop.gui.forms.ui_leave_supervision_dialog import Ui_LeaveSupervisionDialog
from wellbeing_desktop.gui.passphrase_fields import (
    CapsLockHint,
    clear,
    connect_show_toggle,
    problem_sentence,
    show_problem,
)


def passphrase_opens(folder: Path, passphrase: str) -> bool:
    """True when `passphrase` unwraps the vault's key file (raises WrongPassphrase otherwise)."""
    from wellbeing_desktop.vault.unlock import unwrap_key

    _key_file, key = unwrap_key(folder, passphrase)
    key[:] = bytes(len(key))
    return True


class LeaveDialog(QDialog):
    """Accepted only once the passphrase has been checked. Opened window-modal (open(), not exec()),
    so a lock while it is showing can close it and its window at once."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeaveSupervisionDialog()
        self.ui.setupUi(self)
        self.setObjectName("leaveSupervisionDialog")
        self._folder = folder
        self.checking = False
        fields = [self.ui.passphraseEdit]
        connect_show_toggle(self.ui.showPassphraseCheck, fields)
        CapsLockHint(fields, self.ui.capsLockLabel)
        self.ui.leaveButton.clicked.connect(self.check)
        self.ui.stayButton.clicked.connect(self.reject)
        self.ui.passphraseEdit.setFocus()

    def check(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if self.checking:
            return
        if not passphrase:
            self._show_error(self.tr("Please type your passphrase."))
            return
        self._set_busy(True)
        folder = self._folder
        run_in_background(lambda: passphrase_opens(folder, passphrase), self._opened, self._failed)

    def _opened(self, _result: object) -> None:
        if not isValid(self):  # the app locked meanwhile, closing this dialog with its window
            return
        self._set_busy(False)
        clear([self.ui.passphraseEdit])
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self._show_error(
            problem_sentence(
                error, self.tr("That passphrase does not open this vault. You're still in supervision mode.")
            )
        )

    def _show_error(self, message: str) -> None:
        show_problem(self.ui.errorLabel, self.ui.passphraseEdit, message)

    def _set_busy(self, busy: bool) -> None:
        self.checking = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.leaveButton.setEnabled(not busy)
        self.ui.passphraseEdit.setEnabled(not busy)

    def done(self, result: int) -> None:
        clear([self.ui.passphraseEdit])
        super().done(result)
