"""Run slow work (key derivation, big imports, PDFs) off the GUI thread and hear back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, which decides what to show
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


_pending: set[_Relay] = set()  # keeps each relay alive until its job reports


def run_in_background(
    work: Callable[[], Any], on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None]
) -> None:
    relay = _Relay()
    _pending.add(relay)

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        _pending.discard(relay)
        handler(value)

    relay.succeeded.connect(lambda result: finish(on_success, result))
    relay.failed.connect(lambda error: finish(on_failure, error))
    QThreadPool.globalInstance().start(_Job(work, relay))
