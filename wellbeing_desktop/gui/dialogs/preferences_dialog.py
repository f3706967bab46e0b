"""Preferences: when to lock, how the app looks. Stored in the vault (they say something about the
person); applied as soon as they are saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import preferences


class PreferencesDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._session = session
        values = preferences.load(session.vault)

        self.lockMinutesSpin = QSpinBox(self)
        self.lockMinutesSpin.setObjectName("lockMinutesSpin")
        self.lockMinutesSpin.setRange(preferences.LOCK_MINUTES.low or 1, preferences.LOCK_MINUTES.high or 60)
        self.lockMinutesSpin.setSuffix(self.tr(" minutes"))
        self.lockMinutesSpin.setValue(values["lock_minutes"])
        self.lockMinutesSpin.setAccessibleName(self.tr("Lock after this long without use"))
        self.lockOnMinimiseCheck = QCheckBox(self.tr("Lock when the window is minimised"), self)
        self.lockOnMinimiseCheck.setObjectName("lockOnMinimiseCheck")
        self.lockOnMinimiseCheck.setChecked(values["lock_on_minimise"])
        self.themeCombo = QComboBox(self)
        self.themeCombo.setObjectName("themeCombo")
        self.themeCombo.setAccessibleName(self.tr("Appearance"))
        for label, key in (
            (self.tr("Same as my system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.themeCombo.addItem(label, key)
        self.themeCombo.setCurrentIndex(self.themeCombo.findData(values["theme"]))
        self.textSizeCombo = QComboBox(self)
        self.textSizeCombo.setObjectName("textSizeCombo")
        self.textSizeCombo.setAccessibleName(self.tr("Text size"))
        for percent in preferences.TEXT_SIZE.choices:
            self.textSizeCombo.addItem(f"{percent}%", percent)
        self.textSizeCombo.setCurrentIndex(self.textSizeCombo.findData(values["text_size"]))
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("Lock after"), self.lockMinutesSpin)
        form.addRow("", self.lockOnMinimiseCheck)
        form.addRow(self.tr("Appearance"), self.themeCombo)
        form.addRow(self.tr("Text size"), self.textSizeCombo)
        form.addRow(self.tr("Recovery key"), self._recovery_row())
        form.addRow(self.errorLabel)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _recovery_row(self) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.recoveryStateLabel = QLabel(row)
        self.recoveryStateLabel.setObjectName("recoveryStateLabel")
        self.makeRecoveryButton = QPushButton(row)
        self.makeRecoveryButton.setObjectName("makeRecoveryButton")
        self.makeRecoveryButton.clicked.connect(self.make_recovery_key)
        self.removeRecoveryButton = QPushButton(self.tr("Remove"), row)
        self.removeRecoveryButton.setObjectName("removeRecoveryButton")
        self.removeRecoveryButton.setAccessibleName(self.tr("Remove the recovery key"))
        self.removeRecoveryButton.clicked.connect(self.remove_recovery_key)
        for widget in (self.recoveryStateLabel, self.makeRecoveryButton, self.removeRecoveryButton):
            box.addWidget(widget)
        self._show_recovery_state()
        return row

    def _show_recovery_state(self) -> None:
        has_key = self._session.vault.has_recovery_key
        self.recoveryStateLabel.setText(self.tr("Made") if has_key else self.tr("None yet"))
        self.makeRecoveryButton.setText(
            self.tr("Make a new one…") if has_key else self.tr("Make a recovery key…")
        )
        self.removeRecoveryButton.setVisible(has_key)

    def make_recovery_key(self) -> None:
        """A new key replaces any earlier one; it is shown once, until two groups are typed back."""
        from wellbeing_desktop.gui.dialogs.recovery_key_dialog import RecoveryKeyDialog
        from wellbeing_desktop.vault.recovery_key import format_key, new_key

        # Kept only once the person has typed two groups back, so a key nobody saw never locks anything.
        secret = new_key()
        shown = RecoveryKeyDialog(format_key(secret), self).exec()
        if shown == RecoveryKeyDialog.DialogCode.Accepted and self._session.is_unlocked:
            self._session.vault.create_recovery_key(secret)
            self._show_recovery_state()

    def remove_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove the recovery key?"),
            self.tr("Without it, only your passphrase opens your vault. Remove the recovery key?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._session.vault.remove_recovery_key()
            self._show_recovery_state()

    def chosen(self) -> dict[str, Any]:
        return {
            "lock_minutes": self.lockMinutesSpin.value(),
            "lock_on_minimise": self.lockOnMinimiseCheck.isChecked(),
            "theme": self.themeCombo.currentData(),
            "text_size": self.textSizeCombo.currentData(),
        }

    def save(self) -> None:
        try:
            preferences.save(self._session.vault, self.chosen())
        except WellbeingError as error:
            self.errorLabel.setText(error.message)
            return
        self._session.changed.emit("preferences")
        self.accept()
