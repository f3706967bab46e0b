"""WELLBEING_STARTUP_PROBE=1: print the moment the main window is first painted, then leave.

packaging/measure_startup.py uses it to time a bundle and a source run the same way (a bundle cannot run
the benchmark's own scripts). The moment is time.perf_counter(), CLOCK_MONOTONIC on Linux: one clock for
every process, so the parent subtracts the moment it started the child.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

PREFIX = "FIRST_PAINT "


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, window: QMainWindow) -> None:
        super().__init__(window)
        self._app = app
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)  # the next turn of the loop comes after the flush
        return False

    def _report(self) -> None:
        print(f"{PREFIX}{time.perf_counter():.6f}", file=sys.stdout, flush=True)
        self._app.exit(0)


def leave_after_first_paint(app: QApplication) -> None:
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            _FirstPaint(app, widget)
            return
    raise RuntimeError("no main window is showing")
