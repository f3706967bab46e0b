"""The calm crash dialog: the diary is safe, and here is a report to share (which holds none of it).

The dialog is not modal and the app carries on behind it where it can. Reports can arrive from any
thread: CrashNotifier's signal brings them to the GUI thread. Only one dialog is open at a time; a
further report is added to it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
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

from wellbeing_desktop import crash_handler
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
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setPlainText(report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copyButton = QPushButton(self.tr("Copy report"), self)
        self.copyButton.setObjectName("copyReportButton")
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


class CrashNotifier(QObject):
    """Signals: reported(str) — a report, from whichever thread failed; shown on the GUI thread."""

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.reported.connect(self.show_report, Qt.ConnectionType.QueuedConnection)

    @Slot(str)
    def show_report(self, report: str) -> None:
        if self.dialog is not None:
            self.dialog.add_report(report)
            return
        self.dialog = CrashDialog(report)  # no parent: that might be the window that is failing
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()
        self.dialog.raise_()

    def _forget(self) -> None:
        self.dialog = None


def install(parent: QObject) -> CrashNotifier:
    """Show reports in the crash dialog from now on."""
    notifier = CrashNotifier(parent)
    crash_handler.set_presenter(notifier.reported.emit)
    return notifier
