"""A crash report that can be shared: what broke and where, never what the person wrote.

The report holds the app's version, the platform, the Python and Qt versions, and for each frame of the
traceback only its file (from the package folder on, so no user name from a home folder), line number and
function name. It leaves out, on purpose:
- local variables (they hold entry text while an entry is being edited);
- the exception's message: `KeyError(text)`, `ValueError(f"... {value!r}")` or a database error can
  quote whatever was being handled, so only the exception's type is kept;
- source lines (not content, but they add nothing a developer cannot look up from file and line).
Plain Python: the GUI shows it in gui/crash_dialog.py; --no-crash-dialog prints it to stderr.
"""

from __future__ import annotations

import sys
from pathlib import PurePath
from types import TracebackType

from wellbeing_desktop import __version__

CALM_MESSAGE = "Something went wrong. Your diary is safe — everything saved up to now is kept."
_MAX_CHAIN = 5  # causes and contexts followed, at most


def _short_path(filename: str) -> str:
    """`wellbeing_desktop/gui/...` for the app's files, the last two parts for anything else."""
    parts = PurePath(filename).parts
    for anchor in ("wellbeing_desktop", "PySide6", "matplotlib", "sqlcipher3"):
        if anchor in parts:
            return "/".join(parts[len(parts) - 1 - parts[::-1].index(anchor) :])
    return "/".join(parts[-2:])


def _type_name(error_type: type[BaseException]) -> str:
    module = error_type.__module__
    return error_type.__qualname__ if module == "builtins" else f"{module}.{error_type.__qualname__}"


def frames(tb: TracebackType | None) -> list[str]:
    """`file:line in function`, outermost first. Reads only code objects, never a frame's locals."""
    lines = []
    while tb is not None:
        code = tb.tb_frame.f_code
        lines.append(f"  {_short_path(code.co_filename)}:{tb.tb_lineno} in {code.co_name}")
        tb = tb.tb_next
    return lines


def traceback_lines(
    error_type: type[BaseException], error: BaseException | None, tb: TracebackType | None
) -> list[str]:
    """The exception's type and frames, then those of its causes, without any message text."""
    blocks: list[list[str]] = []
    seen: set[int] = set()
    current_type, current, current_tb = error_type, error, tb
    while True:
        blocks.append([f"{_type_name(current_type)} (message left out: it may quote your words)"])
        blocks[-1][0:0] = ["Traceback (most recent call last):", *frames(current_tb)]
        if current is None:
            break
        seen.add(id(current))
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if cause is None or id(cause) in seen or len(blocks) >= _MAX_CHAIN:
            break
        current_type, current, current_tb = type(cause), cause, cause.__traceback__
    lines: list[str] = []
    for block in reversed(blocks):  # as Python prints them: the first cause first
        if lines:
            lines.append("While handling that, another error happened:")
        lines.extend(block)
    return lines


def qt_versions() -> str:
    """Qt and PySide6 versions if Qt is already loaded (a crash report never loads it)."""
    pyside = sys.modules.get("PySide6")
    core = sys.modules.get("PySide6.QtCore")
    if pyside is None or core is None:
        return "Qt not loaded"
    return f"Qt {core.qVersion()}, PySide6 {getattr(pyside, '__version__', '?')}"


def build_report(
    error_type: type[BaseException],
    error: BaseException | None,
    tb: TracebackType | None,
    *,
    thread: str | None = None,
) -> str:
    import platform

    lines = [
        f"Wellbeing Desktop {__version__}",
        f"Platform: {platform.platform()}",
        f"Python: {platform.python_version()} ({'bundle' if getattr(sys, 'frozen', False) else 'source'})",
        qt_versions(),
    ]
    if thread:
        lines.append(f"Thread: {thread}")
    lines.append("")
    lines.extend(traceback_lines(error_type, error, tb))
    return "\n".join(lines) + "\n"
