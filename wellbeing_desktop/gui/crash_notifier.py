"""Brings crash reports to the GUI thread and shows them in the crash dialog (one at a time; a further
report is added to the open dialog). Installed at start-up, so it stays light: the dialog's module is
imported when the first report arrives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from wellbeing_desktop import crash_handler

if TYPE_CHECKING:
    from wellbeing_desktop.gui.crash_dialog import CrashDialog


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
        from wellbeing_desktop.gui.crash_dialog import CrashDialog

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
