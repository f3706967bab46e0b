"""Crash reports hold where the app failed, never what the person wrote: no messages, no local values."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from wellbeing_desktop import __version__, app_log, crash_handler
from wellbeing_desktop.crash_report import build_report

MARKER = "MARKER-7f3a my supervisor shouted at me"


@pytest.fixture
def log_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("WELLBEING_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(crash_handler, "_presenter", None)
    yield tmp_path / "home" / "logs"
    app_log.close()


def _save(body: str) -> None:
    words = body.split()  # a local holding the text, as an editor's would
    raise ValueError(f"could not save {body!r} ({len(words)} words)")


def _failure() -> tuple[type[BaseException], BaseException, object]:
    try:
        try:
            _save(MARKER)
        except ValueError as error:
            raise KeyError(MARKER) from error
    except KeyError as error:
        return type(error), error, error.__traceback__
    raise AssertionError("unreachable")


def test_the_report_names_files_lines_and_functions_but_no_message_or_value() -> None:
    error_type, error, tb = _failure()
    report = build_report(error_type, error, tb)  # type: ignore[arg-type]
    assert MARKER not in report and "MARKER" not in report and "supervisor" not in report
    assert f"Wellbeing Desktop {__version__}" in report
    assert "Platform: " in report and "Python: " in report
    assert "test_crash_report.py:" in report and " in _save" in report and " in _failure" in report
    assert "ValueError (message left out" in report and "KeyError (message left out" in report
    assert report.index("ValueError") < report.index("KeyError")  # the cause first, as Python prints it
    assert str(Path.home()) not in report  # paths start at the package or keep their last two parts


def test_an_uncaught_error_is_logged_and_printed_without_content(
    log_home: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    error_type, error, tb = _failure()
    shown: list[str] = []
    crash_handler.set_presenter(shown.append)
    crash_handler._excepthook(error_type, error, tb)  # type: ignore[arg-type]
    out, err = capfd.readouterr()
    assert "Something went wrong. Your diary is safe" in err and "in _save" in err
    assert MARKER not in err and MARKER not in out
    assert len(shown) == 1 and MARKER not in shown[0]
    log = (log_home / app_log.LOG_NAME).read_text(encoding="utf-8")
    assert "An unexpected error" in log and "in _save" in log and MARKER not in log


def test_a_background_thread_failure_is_reported_and_the_process_carries_on(
    log_home: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(threading, "excepthook", crash_handler._thread_excepthook)
    worker = threading.Thread(target=_save, args=(MARKER,))
    worker.start()
    worker.join()
    _, err = capfd.readouterr()
    assert "Thread: background" in err and "in _save" in err and MARKER not in err
    assert MARKER not in (log_home / app_log.LOG_NAME).read_text(encoding="utf-8")


def test_logs_rotate_in_the_log_folder(log_home: Path) -> None:
    (handler,) = [h for h in app_log.logger().handlers if isinstance(h, RotatingFileHandler)]
    assert handler.maxBytes == app_log.MAX_BYTES and handler.backupCount == app_log.BACKUPS
    assert Path(handler.baseFilename).parent == log_home
    assert log_home.stat().st_mode & 0o777 == 0o700


_SEGFAULT = """
import faulthandler, sys
from wellbeing_desktop import app, crash_handler
app.disable_core_dumps()
crash_handler.install()
entry_body = sys.argv[1]  # in memory when it fails, as an open entry would be
faulthandler._sigsegv()
"""


def test_a_hard_crash_leaves_its_stack_in_faults_log_without_content(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "WELLBEING_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", _SEGFAULT, MARKER], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    faults = (tmp_path / "home" / "logs" / app_log.FAULTS_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in faults and "Segmentation fault" in faults
    assert MARKER not in faults and MARKER not in done.stderr
