"""The reminder's row in Preferences: off by default; on, a quiet tray message at a chosen time on days
without a check-in (gui/reminder_tray.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSystemTrayIcon, QTimeEdit, QVBoxLayout, QWidget


class ReminderRow(QWidget):
    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderRow")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.reminderCheck = QCheckBox(self.tr("Remind me to check in at"), self)
        self.reminderCheck.setObjectName("reminderCheck")
        self.reminderCheck.setChecked(values["reminder_on"])
        self.reminderCheck.setAccessibleDescription(
            self.tr("When ticked, the app reminds you quietly at the time you choose")
        )
        self.reminderTimeEdit = QTimeEdit(self)
        self.reminderTimeEdit.setObjectName("reminderTimeEdit")
        self.reminderTimeEdit.setAccessibleName(self.tr("Reminder time"))
        self.reminderTimeEdit.setAccessibleDescription(
            self.tr("A quiet reminder at this time, only on days you have not checked in")
        )
        self.reminderTimeEdit.setDisplayFormat("HH:mm")
        minute = values["reminder_minute"]
        self.reminderTimeEdit.setTime(QTime(minute // 60, minute % 60))
        self.reminderTimeEdit.setEnabled(self.reminderCheck.isChecked())
        self.reminderCheck.toggled.connect(self.reminderTimeEdit.setEnabled)
        line.addWidget(self.reminderCheck)
        line.addWidget(self.reminderTimeEdit)
        line.addStretch(1)
        column.addLayout(line)
        self.reminderNoteLabel = QLabel(self)
        self.reminderNoteLabel.setObjectName("reminderNoteLabel")
        self.reminderNoteLabel.setWordWrap(True)
        self.reminderNoteLabel.setText(
            self.tr("Only on days you haven't checked in, while the app is open. Nothing is sent anywhere.")
            if QSystemTrayIcon.isSystemTrayAvailable()
            else self.tr("Your desktop has no notification area, so reminders can't be shown here.")
        )
        column.addWidget(self.reminderNoteLabel)
        self.setTabOrder(self.reminderCheck, self.reminderTimeEdit)

    def chosen(self) -> dict[str, Any]:
        time = self.reminderTimeEdit.time()
        return {
            "reminder_on": self.reminderCheck.isChecked(),
            "reminder_minute": time.hour() * 60 + time.minute(),
        }
