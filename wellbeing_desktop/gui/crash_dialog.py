"""The calm crash dialog: the diary is safe, and here is a report to share (which holds none of it).

Not modal: the app carries on behind it where it can. gui/crash_notifier.py opens it, on the GUI thread,
and imports this module only then (its widget classes cost start-up time).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.crash_report import CALM_MESSAGE


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 420)
        message = QLabel(self.tr(CALM_MESSAGE), self)
        message.setObjectName("crashMessage")
        message.setWordWrap(True)
        font = message.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        message.setFont(font)
        note = QLabel(
            self.tr(
                "You can carry on, or close the app and open it again. If you would like to tell the "
                "people who make the app, copy this report and send it to them. It holds none of your "
                "writing: only which part of the app had the problem."
            ),
            self,
        )
        note.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("crashReport")
        self.report.setAccessibleName(self.tr("Crash report"))
        self.report.setAccessibleDescription(
            self.tr("What went wrong, for the developers; it holds none of your entries")
        )
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setPlainText(report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copyButton = QPushButton(self.tr("Copy report"), self)
        self.copyButton.setObjectName("copyReportButton")
        self.copyButton.setAccessibleDescription(
            self.tr("Copies the report, to paste into an email if you choose")
        )
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Closes this window")
        )
        buttons.addButton(self.copyButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copyButton.clicked.connect(self.copy_report)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(note)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def add_report(self, report: str) -> None:
        self.report.appendPlainText("\n" + report)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copyButton.setText(self.tr("Copied"))
