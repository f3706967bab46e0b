"""The unlock screen: passphrase, show/hide, Caps Lock hint, a clear message on a wrong passphrase.

There is no lock-out: a person may try as often as they need. Key derivation runs in the background
(VaultSession), so the window never freezes; a busy bar shows meanwhile.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from wellbeing_desktop.gui.forms.ui_unlock import Ui_UnlockView
from wellbeing_desktop.gui.passphrase_fields import CapsLockHint, clear, connect_show_toggle
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession


class UnlockView(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockView()
        self.ui.setupUi(self)
        self._session = session
        self.ui.headingLabel.setFont(heading_font(self.ui.headingLabel.font()))
        self.ui.vaultLabel.setText(self.tr("Vault: %1").replace("%1", str(session.folder)))
        self.ui.vaultLabel.setEnabled(False)
        self.ui.errorLabel.hide()
        self.ui.busyBar.hide()
        fields = [self.ui.passphraseEdit]
        connect_show_toggle(self.ui.showPassphraseCheck, fields)
        CapsLockHint(fields, self.ui.capsLockLabel)
        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.passphraseEdit.returnPressed.connect(self._unlock)
        self.forgotButton = QPushButton(self.tr("Forgot your passphrase?"), self)
        self.forgotButton.setObjectName("forgotButton")
        self.forgotButton.setFlat(True)
        self.forgotButton.setAccessibleName(self.tr("Forgot your passphrase? Use your recovery key"))
        self.forgotButton.setAccessibleDescription(
            self.tr("Opens your vault with your recovery key, and lets you choose a new passphrase")
        )
        self.forgotButton.clicked.connect(self.use_recovery_key)
        self.ui.buttonRow.insertWidget(0, self.forgotButton)
        session.failed.connect(self._show_error)
        session.busy_changed.connect(self._set_busy)
        session.locked.connect(self.reset)

    def set_hint(self, text: str) -> None:
        """Extra words under the greeting, e.g. the demo's passphrase."""
        self.ui.introLabel.setText(self.ui.introLabel.text() + " " + text)

    def use_recovery_key(self) -> None:
        from wellbeing_desktop.gui.dialogs.recover_dialog import RecoverDialog

        RecoverDialog(self._session, self).exec()

    def reset(self) -> None:
        clear([self.ui.passphraseEdit])
        self.ui.errorLabel.hide()
        self.ui.passphraseEdit.setFocus()

    def _unlock(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._show_error(self.tr("Please type your passphrase."))
            return
        self.ui.errorLabel.hide()
        self._session.unlock(passphrase)

    def _show_error(self, message: str) -> None:
        if not self.isVisible():
            return
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.unlockButton.setEnabled(not busy)
        self.ui.passphraseEdit.setEnabled(not busy)
        if not busy and self._session.is_unlocked:
            clear([self.ui.passphraseEdit])
