"""What every GUI benchmark child shares: when a widget is first painted, its memory, and its report.

PySide6 and the standard library only, so the bare baselines import nothing of the app. Times are
time.perf_counter() values: CLOCK_MONOTONIC on Linux, one clock for every process, so the parent can
subtract the moment it started the child.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

REPORT_PREFIX = "BENCH "


def status_kib(field: str) -> int:
    """VmRSS (resident now) or VmHWM (the peak) of this process, from /proc/self/status."""
    status = Path("/proc/self/status").read_text()
    match = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    assert match is not None, field
    return int(match.group(1))


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        self._seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # The widget paints once this event returns; the next turn of the loop comes after the flush.
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` on the event loop's next turn after `widget` is first painted."""
    _FirstPaint(widget, then)


def report(**figures: object) -> None:
    """One line on stdout for the parent: the figures as JSON, with the moment of reporting."""
    figures.setdefault("at", time.perf_counter())
    figures["modules"] = sorted(m for m in ("matplotlib", "numpy", "sqlcipher3") if m in sys.modules)
    print(REPORT_PREFIX + json.dumps(figures), flush=True)
