"""Forgot your passphrase? Open the vault with the recovery key and choose a new passphrase.

The unwrapping and the new passphrase's key derivation run off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.background import run_in_background
from wellbeing_desktop.gui.vault_session import VaultSession


class RecoverDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverDialog")
        self.setWindowTitle(self.tr("Use your recovery key"))
        self._session = session
        intro = QLabel(
            self.tr(
                "Type your recovery key (the eleven groups you printed or wrote down), then choose a new passphrase."  # noqa: E501 (one string for translators)
            ),
            self,
        )
        intro.setWordWrap(True)
        self.keyEdit = QLineEdit(self)
        self.keyEdit.setObjectName("recoveryKeyEdit")
        self.keyEdit.setAccessibleName(self.tr("Recovery key"))
        self.keyEdit.setAccessibleDescription(
            self.tr("The eleven groups of letters and digits you wrote down")
        )
        self.newEdit = QLineEdit(self)
        self.newEdit.setObjectName("newPassphraseEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.newEdit.setAccessibleName(self.tr("New passphrase"))
        self.newEdit.setAccessibleDescription(self.tr("A few words only you know; longer is stronger"))
        self.againEdit = QLineEdit(self)
        self.againEdit.setObjectName("newPassphraseAgainEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.againEdit.setAccessibleName(self.tr("New passphrase again"))
        self.againEdit.setAccessibleDescription(
            self.tr("The new passphrase once more, to be sure it is right")
        )
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        self.busyBar = QProgressBar(self)
        self.busyBar.setRange(0, 0)
        self.busyBar.setTextVisible(False)
        self.busyBar.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Opens your vault with the recovery key, and sets your new passphrase")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes and goes back to unlocking with your passphrase")
        )
        self.buttons.accepted.connect(self.recover)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Recovery key"), self.keyEdit)
        form.addRow(self.tr("New passphrase"), self.newEdit)
        form.addRow(self.tr("Type it again"), self.againEdit)
        form.addRow(self.errorLabel)
        form.addRow(self.busyBar)
        form.addRow(self.buttons)

    def recover(self) -> None:
        from wellbeing_desktop.vault import Vault
        from wellbeing_desktop.vault.vault import check_new_passphrase

        typed, new = self.keyEdit.text(), self.newEdit.text()
        try:
            check_new_passphrase(new)
        except WellbeingError as error:
            self.errorLabel.setText(error.message)
            return
        if new != self.againEdit.text():
            self.errorLabel.setText(self.tr("The two passphrases are different. Please type them again."))
            return
        folder = self._session.folder

        def work() -> Vault:
            vault = Vault.open_with_recovery_key(folder, typed)
            try:
                vault.set_passphrase(new)
            except BaseException:
                vault.lock()
                raise
            return vault

        self._set_busy(True)
        run_in_background(work, self._opened, self._failed)

    def _opened(self, vault: object) -> None:
        from wellbeing_desktop.vault import Vault

        assert isinstance(vault, Vault)
        self._set_busy(False)
        for field in (self.keyEdit, self.newEdit, self.againEdit):
            field.clear()
        self.accept()
        self._session.adopt(vault)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, WellbeingError):
            raise error
        self.errorLabel.setText(error.message)

    def _set_busy(self, busy: bool) -> None:
        self.busyBar.setVisible(busy)
        self.buttons.setEnabled(not busy)
