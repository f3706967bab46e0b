"""Catch what nothing else caught (sys.excepthook, threading.excepthook): log a report without content,
print it on stderr and, in the desktop app, hand it to the crash dialog. The app keeps running: Qt
carries on after an exception in a slot, and a background thread's failure ends only that thread.

Plain Python: the GUI registers a presenter (gui/crash_dialog.py) that may be called from any thread.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from types import TracebackType

Presenter = Callable[[str], None]

_presenter: Presenter | None = None


def set_presenter(presenter: Presenter | None) -> None:
    """Who shows a report to the person; None prints it on stderr only (--no-crash-dialog)."""
    global _presenter
    _presenter = presenter


def handle(
    error_type: type[BaseException],
    error: BaseException | None,
    tb: TracebackType | None,
    *,
    thread: str | None = None,
) -> str:
    """Report one uncaught exception; returns the report. Never raises: a crash handler that crashes
    would hide the first problem."""
    from wellbeing_desktop.crash_report import CALM_MESSAGE, build_report  # loaded when first needed

    try:
        report = build_report(error_type, error, tb, thread=thread)
    except Exception:  # pragma: no cover - the report itself failed; say only that
        report = f"Wellbeing Desktop: an error of type {error_type.__name__} (no report could be made)\n"
    from wellbeing_desktop import app_log

    with contextlib.suppress(Exception):  # a full disk must not turn one error into two
        app_log.logger().error("An unexpected error\n%s", report)
    print(f"{CALM_MESSAGE}\n{report}", file=sys.stderr, end="", flush=True)
    presenter = _presenter
    if presenter is not None:
        with contextlib.suppress(Exception):  # the report is already logged and printed
            presenter(report)
    return report


def _excepthook(error_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(error_type, KeyboardInterrupt):
        sys.__excepthook__(error_type, error, tb)
        return
    handle(error_type, error, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = "main" if args.thread is threading.main_thread() else "background"
    handle(args.exc_type, args.exc_value, args.exc_traceback, thread=name)


def install(presenter: Presenter | None = None, *, fault_log: bool = True) -> None:
    """The hooks, at start-up. The desktop app turns the fault log on (`enable_fault_log`) once its
    window is up: finding the log folder loads platformdirs, which the unlock window need not wait for."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    set_presenter(presenter)
    if fault_log:
        enable_fault_log()


def enable_fault_log() -> None:
    """faulthandler into the log folder, for a crash inside a library (the log file itself is opened
    when first written)."""
    from wellbeing_desktop import app_log

    with contextlib.suppress(OSError):  # a read-only home: the app runs, only without the fault log
        app_log.enable_faulthandler()
