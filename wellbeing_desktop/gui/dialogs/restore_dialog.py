"""File ▸ Restore from a backup…: says what will happen, asks for the backup's passphrase (which may not
be today's) and checks it off the GUI thread. Accepting is the confirmation; the restore itself is
gui/restore_action.py."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wellbeing_desktop.gui.background import run_in_background
from wellbeing_desktop.gui.dates import shown
from wellbeing_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from wellbeing_desktop.gui.passphrase_fields import clear, problem_sentence, show_problem
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.vault.files import DB_NAME


class RestoreDialog(QDialog):
    def __init__(self, backup: Path, kept_aside: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self._backup = backup
        self._busy = False
        self._data_key: bytearray | None = None
        self.ui.headingLabel.setFont(heading_font(self.ui.headingLabel.font(), 1.3))
        changed = datetime.fromtimestamp((backup / DB_NAME).stat().st_mtime)
        self.ui.backupLabel.setText(
            self.tr("The backup in %1, last changed on %2.")
            .replace("%1", str(backup))
            .replace("%2", shown(changed, self.tr("d MMMM yyyy 'at' HH:mm")))
        )
        kept = self.tr("Your current vault is kept aside in %1 and never deleted.")
        self.ui.keptLabel.setText(kept.replace("%1", str(kept_aside)))
        self.restoreButton = self.ui.buttonBox.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restoreButton.setObjectName("restoreButton")
        self.restoreButton.setAccessibleDescription(
            self.tr("Opens this backup as your vault; your current vault is kept aside")
        )
        self.restoreButton.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.check_passphrase)
        self.ui.buttonBox.rejected.connect(self.reject)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleDescription(self.tr("Closes and leaves your vault as it is"))
        self.ui.passphraseEdit.setFocus()
        self.adjustSize()  # tall enough for the wrapped text at the dialog's width

    def check_passphrase(self) -> None:
        from wellbeing_desktop.vault.unlock import unwrap_key

        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._show_error(self.tr("Please type the backup's passphrase."))
            return
        self.ui.errorLabel.hide()
        self._set_busy(True)
        backup = self._backup
        run_in_background(lambda: unwrap_key(backup, passphrase)[1], self._opened, self._failed)

    def take_key(self) -> bytearray:
        """The backup's data key, once accepted; the caller zeroes it."""
        assert self._data_key is not None
        key, self._data_key = self._data_key, None
        return key

    def _opened(self, data_key: bytearray) -> None:
        self._set_busy(False)
        clear([self.ui.passphraseEdit])
        if not self.isVisible():  # closed meanwhile (the vault locked): forget the key
            data_key[:] = bytes(len(data_key))
            return
        self._data_key = data_key
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(
            problem_sentence(
                error,
                self.tr(
                    "That passphrase does not open this backup. "
                    "It is the one you used when the backup was made."
                ),
            )
        )

    def _show_error(self, message: str) -> None:
        show_problem(self.ui.errorLabel, self.ui.passphraseEdit, message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.buttonBox.setEnabled(not busy)
        self.ui.passphraseEdit.setEnabled(not busy)

    def done(self, result: int) -> None:
        clear([self.ui.passphraseEdit])
        if result != QDialog.DialogCode.Accepted and self._data_key is not None:
            self._data_key[:] = bytes(len(self._data_key))
            self._data_key = None
        super().done(result)
