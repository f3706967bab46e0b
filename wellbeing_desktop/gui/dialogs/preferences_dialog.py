"""Preferences: when to lock, how the app looks, automatic backups. Stored in the vault (they say
something about the person); applied as soon as they are saved. The passphrase, the encryption key and
the recovery key change at once, from their own dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
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
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.dialogs.reminder_row import ReminderRow
from wellbeing_desktop.gui.folder_chooser import choose_folder
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import preferences


class PreferencesDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)
        self._session = session
        values = preferences.load(session.vault)

        self.lockMinutesSpin = QSpinBox(self)
        self.lockMinutesSpin.setObjectName("lockMinutesSpin")
        self.lockMinutesSpin.setRange(preferences.LOCK_MINUTES.low or 1, preferences.LOCK_MINUTES.high or 60)
        self.lockMinutesSpin.setSuffix(self.tr(" minutes"))
        self.lockMinutesSpin.setValue(values["lock_minutes"])
        self.lockMinutesSpin.setAccessibleName(self.tr("Lock after this long without use"))
        self.lockMinutesSpin.setAccessibleDescription(
            self.tr("Minutes without use before the app locks itself")
        )
        self.lockOnMinimiseCheck = QCheckBox(self.tr("Lock when the window is minimised"), self)
        self.lockOnMinimiseCheck.setObjectName("lockOnMinimiseCheck")
        self.lockOnMinimiseCheck.setChecked(values["lock_on_minimise"])
        self.lockOnMinimiseCheck.setAccessibleDescription(
            self.tr("When ticked, the app locks as soon as you minimise its window")
        )
        self.themeCombo = QComboBox(self)
        self.themeCombo.setObjectName("themeCombo")
        self.themeCombo.setAccessibleName(self.tr("Appearance"))
        self.themeCombo.setAccessibleDescription(
            self.tr("Light, dark, high contrast, or the same as your system")
        )
        for label, key in (
            (self.tr("Same as my system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
            (self.tr("High contrast"), "high-contrast"),
        ):
            self.themeCombo.addItem(label, key)
        self.themeCombo.setCurrentIndex(self.themeCombo.findData(values["theme"]))
        self.textSizeCombo = QComboBox(self)
        self.textSizeCombo.setObjectName("textSizeCombo")
        self.textSizeCombo.setAccessibleName(self.tr("Text size"))
        self.textSizeCombo.setAccessibleDescription(
            self.tr("Makes all the words larger, up to twice the usual size")
        )
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
        form.addRow(self.tr("Automatic backups"), self._auto_backup_row(values["auto_backup_folder"]))
        self.reminderRow = ReminderRow(values, self)
        form.addRow(self.tr("Reminder"), self.reminderRow)
        form.addRow(
            self.tr("Content packs"),
            self._button_row(
                "contentPacksButton",
                self.tr("Content packs…"),
                self.tr("Add or remove extra prompts and templates, or make your own"),
                self.show_content_packs,
            ),
        )
        form.addRow(
            self.tr("Passphrase"),
            self._button_row(
                "changePassphraseButton",
                self.tr("Change passphrase…"),
                self.tr("Choose a new passphrase to open your vault"),
                self.change_passphrase,
            ),
        )
        form.addRow(self.tr("Recovery key"), self._recovery_row())
        form.addRow(
            self.tr("Encryption key"),
            self._button_row(
                "rotateKeyButton",
                self.tr("Rotate encryption key…"),
                self.tr("Locks your vault again with a fresh key, for when you worry the old one is known"),
                self.rotate_key,
            ),
        )
        form.addRow(self.errorLabel)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(
            self.tr("Keeps these settings and closes")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes without changing any settings")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _button_row(self, name: str, text: str, description: str, slot: Callable[[], None]) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(text, row)
        button.setObjectName(name)
        button.setAccessibleDescription(description)
        button.clicked.connect(slot)
        setattr(self, name, button)
        box.addWidget(button)
        box.addStretch(1)
        return row

    def _auto_backup_row(self, folder: str) -> QWidget:
        """Off, or the folder automatic backups go into on closing (at most daily; the newest 7 kept)."""
        self._auto_backup_folder = folder
        row = QWidget(self)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.autoBackupStateLabel = QLabel(row)
        self.autoBackupStateLabel.setObjectName("autoBackupStateLabel")
        self.autoBackupStateLabel.setWordWrap(True)
        self.autoBackupChooseButton = QPushButton(row)
        self.autoBackupChooseButton.setObjectName("autoBackupChooseButton")
        self.autoBackupChooseButton.setAccessibleName(self.tr("Choose a folder for automatic backups"))
        self.autoBackupChooseButton.setAccessibleDescription(
            self.tr("The app saves a backup there when you close it, at most once a day")
        )
        self.autoBackupChooseButton.clicked.connect(self.choose_auto_backup_folder)
        self.autoBackupOffButton = QPushButton(self.tr("Turn off"), row)
        self.autoBackupOffButton.setObjectName("autoBackupOffButton")
        self.autoBackupOffButton.setAccessibleName(self.tr("Turn automatic backups off"))
        self.autoBackupOffButton.setAccessibleDescription(
            self.tr("Stops saving backups when you close the app; backups already saved stay")
        )
        self.autoBackupOffButton.clicked.connect(lambda: self._set_auto_backup_folder(""))
        self.autoBackupStateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.autoBackupStateLabel)
        buttons.addWidget(self.autoBackupChooseButton)
        buttons.addWidget(self.autoBackupOffButton)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self._set_auto_backup_folder(folder)
        return row

    def _set_auto_backup_folder(self, folder: str) -> None:
        self._auto_backup_folder = folder
        if folder:
            self.autoBackupStateLabel.setText(
                self.tr("On closing the app, once a day, into %1. The newest 7 are kept.").replace(
                    "%1", folder
                )
            )
        else:
            self.autoBackupStateLabel.setText(
                self.tr(
                    "Off. Choose a folder, perhaps on a USB stick, for a backup each day you close the app."
                )
            )
        self.autoBackupChooseButton.setText(
            self.tr("Change folder…") if folder else self.tr("Choose a folder…")
        )
        self.autoBackupOffButton.setVisible(bool(folder))

    def choose_auto_backup_folder(self) -> None:
        chosen = choose_folder(
            self, self.tr("Choose a folder for automatic backups"), self._auto_backup_folder
        )
        if chosen is None:
            return
        from wellbeing_desktop.services.auto_backup import check_folder

        try:
            check_folder(chosen, self._session.folder)
        except WellbeingError as error:
            self.errorLabel.setText(error.message)
            return
        self.errorLabel.clear()
        self._set_auto_backup_folder(str(chosen))

    def show_content_packs(self) -> None:
        from wellbeing_desktop.gui.dialogs.content_packs_dialog import open_content_packs

        open_content_packs(self._session, self)

    def change_passphrase(self) -> None:
        from wellbeing_desktop.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog

        ChangePassphraseDialog(self._session, self).exec()

    def rotate_key(self) -> None:
        from wellbeing_desktop.gui.dialogs.rotate_key_dialog import RotateKeyDialog

        dialog = RotateKeyDialog(self._session, self)
        dialog.rotated.connect(lambda _removed: self._show_recovery_state())
        dialog.exec()

    def _recovery_row(self) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.recoveryStateLabel = QLabel(row)
        self.recoveryStateLabel.setObjectName("recoveryStateLabel")
        self.makeRecoveryButton = QPushButton(row)
        self.makeRecoveryButton.setObjectName("makeRecoveryButton")
        self.makeRecoveryButton.setAccessibleDescription(
            self.tr("A key to open your vault if you forget your passphrase; it replaces any earlier one")
        )
        self.makeRecoveryButton.clicked.connect(self.make_recovery_key)
        self.removeRecoveryButton = QPushButton(self.tr("Remove"), row)
        self.removeRecoveryButton.setObjectName("removeRecoveryButton")
        self.removeRecoveryButton.setAccessibleName(self.tr("Remove the recovery key"))
        self.removeRecoveryButton.setAccessibleDescription(
            self.tr("Afterwards only your passphrase opens your vault; you'll be asked first")
        )
        self.removeRecoveryButton.clicked.connect(self.remove_recovery_key)
        for widget in (self.recoveryStateLabel, self.makeRecoveryButton, self.removeRecoveryButton):
            box.addWidget(widget)
        self._show_recovery_state()
        return row

    def _show_recovery_state(self) -> None:
        if not self._session.is_unlocked:  # a rotation that ended after the vault locked
            return
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
        shown = RecoveryKeyDialog(format_key(secret), self, vault_folder=self._session.folder).exec()
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
            "auto_backup_folder": self._auto_backup_folder,
            **self.reminderRow.chosen(),
        }

    def save(self) -> None:
        try:
            preferences.save(self._session.vault, self.chosen())
        except WellbeingError as error:
            self.errorLabel.setText(error.message)
            return
        self._session.changed.emit("preferences")
        self.accept()
