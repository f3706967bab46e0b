"""Preferences ▸ Change passphrase…: the current passphrase, the new one twice. Only the key file is
rewritten (the data key is re-wrapped), so the diary and the recovery key are untouched. The two key
derivations run off the GUI thread (VaultSession.run_with_vault).

Signals:
    changed()   the new passphrase is in place
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wellbeing_desktop.errors import WellbeingError, WrongPassphrase
from wellbeing_desktop.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from wellbeing_desktop.gui.passphrase_fields import CapsLockHint, clear, connect_show_toggle
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.vault.vault import MIN_PASSPHRASE_CHARS


class ChangePassphraseDialog(QDialog):
    changed = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        self._session = session
        self._busy = False
        self.ui.headingLabel.setFont(heading_font(self.ui.headingLabel.font(), 1.3))
        self._fields = [self.ui.currentEdit, self.ui.newEdit, self.ui.confirmEdit]
        connect_show_toggle(self.ui.showPassphraseCheck, self._fields)
        CapsLockHint(self._fields, self.ui.capsLockLabel)
        self.changeButton = self.ui.buttonBox.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.changeButton.setObjectName("changeButton")
        self.changeButton.setAccessibleDescription(
            self.tr("From now on, your new passphrase opens your vault")
        )
        self.changeButton.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.change)
        self.ui.buttonBox.rejected.connect(self.reject)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleDescription(self.tr("Closes and keeps your passphrase as it is"))
        self.ui.currentEdit.returnPressed.connect(self.ui.newEdit.setFocus)
        self.ui.newEdit.returnPressed.connect(self.ui.confirmEdit.setFocus)
        self.ui.currentEdit.setFocus()
        self.adjustSize()  # tall enough for the wrapped text at the dialog's width

    def change(self) -> None:
        current, new = self.ui.currentEdit.text(), self.ui.newEdit.text()
        if not current:
            self._show_error(self.tr("Please type your current passphrase."), self.ui.currentEdit)
            return
        if len(new.strip()) < MIN_PASSPHRASE_CHARS:
            self._show_error(
                self.tr("Please choose a new passphrase of at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE_CHARS)
                ),
                self.ui.newEdit,
            )
            return
        if new != self.ui.confirmEdit.text():
            self.ui.confirmEdit.clear()
            self._show_error(
                self.tr("The two new passphrases are different. Please type them again."), self.ui.confirmEdit
            )
            return
        if new == current:
            self._show_error(
                self.tr("That is the passphrase you have now. Please choose a new one."), self.ui.newEdit
            )
            return
        self.ui.errorLabel.hide()
        self._set_busy(True)
        self._session.run_with_vault(
            lambda vault: vault.change_passphrase(current, new), self._changed, self._failed
        )

    def _changed(self, _: object) -> None:
        self._set_busy(False)
        clear(self._fields)
        self.ui.doneLabel.setText(
            self.tr(
                "Your passphrase has been changed. Use the new one from now on. "
                "Your recovery key, if you made one, keeps working."
            )
        )
        self.ui.doneLabel.show()
        for widget in (
            self.ui.currentLabel,
            self.ui.currentEdit,
            self.ui.guidanceLabel,
            self.ui.newLabel,
            self.ui.newEdit,
            self.ui.confirmLabel,
            self.ui.confirmEdit,
            self.ui.showPassphraseCheck,
        ):
            widget.hide()
        self.ui.buttonBox.clear()
        close = self.ui.buttonBox.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleDescription(self.tr("Closes this window"))
        close.clicked.connect(self.accept)
        close.setFocus()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self.ui.currentEdit.clear()
            self._show_error(
                self.tr("That is not your current passphrase. Please type it again."), self.ui.currentEdit
            )
        elif isinstance(error, WellbeingError):
            self._show_error(error.message, self.ui.currentEdit)
        else:
            raise error

    def _show_error(self, message: str, focus: QWidget) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.buttonBox.setEnabled(not busy)
        for field in self._fields:
            field.setEnabled(not busy)

    def reject(self) -> None:
        """Not while the new passphrase is being put in place: it finishes in a moment."""
        if not self._busy:
            clear(self._fields)
            super().reject()

    def done(self, result: int) -> None:
        clear(self._fields)  # also when locking closes the dialog
        super().done(result)
