"""First run: a short welcome and "create your vault" with the passphrase typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wellbeing_desktop.gui.forms.ui_create_vault import Ui_CreateVaultView
from wellbeing_desktop.gui.passphrase_fields import CapsLockHint, clear, connect_show_toggle
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.vault.vault import MIN_PASSPHRASE_CHARS


class CreateVaultView(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateVaultView()
        self.ui.setupUi(self)
        self._session = session
        self.ui.headingLabel.setFont(heading_font(self.ui.headingLabel.font()))
        self.ui.vaultLabel.setText(
            self.tr("Your vault will be kept in %1").replace("%1", str(session.folder))
        )
        self.ui.vaultLabel.setEnabled(False)
        self.ui.errorLabel.hide()
        self.ui.busyBar.hide()
        self._fields = [self.ui.passphraseEdit, self.ui.confirmEdit]
        connect_show_toggle(self.ui.showPassphraseCheck, self._fields)
        CapsLockHint(self._fields, self.ui.capsLockLabel)
        self.ui.createButton.clicked.connect(self._create)
        self.ui.confirmEdit.returnPressed.connect(self._create)
        self.ui.passphraseEdit.returnPressed.connect(self.ui.confirmEdit.setFocus)
        session.failed.connect(self._show_error)
        session.busy_changed.connect(self._set_busy)

    def _create(self) -> None:
        first, second = self.ui.passphraseEdit.text(), self.ui.confirmEdit.text()
        if len(first.strip()) < MIN_PASSPHRASE_CHARS:
            self._show_error(
                self.tr("Please choose a passphrase of at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE_CHARS)
                )
            )
            return
        if first != second:
            self._show_error(self.tr("The two passphrases are different. Please type them again."))
            self.ui.confirmEdit.clear()
            return
        self.ui.errorLabel.hide()
        self._session.create(first)

    def _show_error(self, message: str) -> None:
        if not self.isVisible():
            return
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.createButton.setEnabled(not busy)
        for field in self._fields:
            field.setEnabled(not busy)
        if not busy and self._session.is_unlocked:
            clear(self._fields)
