"""Preferences ▸ Rotate encryption key…: says plainly what a new data key protects against and what it
costs, asks for the passphrase, and re-encrypts the vault off the GUI thread (Vault.rotate_key).

Signals:
    rotated(bool)   done; True when a recovery key was removed with the old key
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wellbeing_desktop.gui.forms.ui_rotate_key_dialog import Ui_RotateKeyDialog
from wellbeing_desktop.gui.passphrase_fields import CapsLockHint, clear, problem_sentence, show_problem
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession


class RotateKeyDialog(QDialog):
    rotated = Signal(bool)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RotateKeyDialog()
        self.ui.setupUi(self)
        self._session = session
        self._busy = False
        self.ui.headingLabel.setFont(heading_font(self.ui.headingLabel.font(), 1.3))
        self.ui.recoveryLabel.setVisible(session.vault.has_recovery_key)
        CapsLockHint([self.ui.passphraseEdit], self.ui.capsLockLabel)
        self.rotateButton = self.ui.buttonBox.addButton(
            self.tr("Rotate the key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.rotateButton.setObjectName("rotateButton")
        self.rotateButton.setAccessibleDescription(
            self.tr("Locks your vault again with a fresh key; this can take a moment")
        )
        self.rotateButton.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.rotate)
        self.ui.buttonBox.rejected.connect(self.reject)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleDescription(self.tr("Closes and keeps the key you have"))
        self.ui.passphraseEdit.setFocus()
        self.adjustSize()  # tall enough for the wrapped text at the dialog's width

    def rotate(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._show_error(self.tr("Please type your passphrase."))
            return
        self.ui.errorLabel.hide()
        self._set_busy(True)
        self._session.run_with_vault(lambda vault: vault.rotate_key(passphrase), self._rotated, self._failed)

    def _rotated(self, removed_recovery_key: object) -> None:
        self._set_busy(False)
        clear([self.ui.passphraseEdit])
        text = self.tr(
            "Done. Your vault has a new encryption key, and an old copy of its key file no longer opens it. "
            "Your passphrase is the same."
        )
        if removed_recovery_key:
            text += " " + self.tr("Your recovery key was removed: you can make a new one in Preferences now.")
        self.ui.doneLabel.setText(text)
        self.ui.doneLabel.show()
        for widget in (self.ui.passphraseLabel, self.ui.passphraseEdit, self.ui.capsLockLabel):
            widget.hide()
        self.ui.buttonBox.clear()
        close = self.ui.buttonBox.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleDescription(self.tr("Closes this window"))
        close.clicked.connect(self.accept)
        close.setFocus()
        self.rotated.emit(bool(removed_recovery_key))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(
            problem_sentence(
                error, self.tr("That passphrase does not open your vault. Please type it again.")
            )
        )

    def _show_error(self, message: str) -> None:
        show_problem(self.ui.errorLabel, self.ui.passphraseEdit, message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.buttonBox.setEnabled(not busy)
        self.ui.passphraseEdit.setEnabled(not busy)

    def reject(self) -> None:
        """Not in the middle of re-encrypting: it is safe to stop, but it finishes in any case."""
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        clear([self.ui.passphraseEdit])
        super().done(result)
