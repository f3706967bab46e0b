"""The app's log: rotating files in the platform's log folder (WELLBEING_HOME/logs under tests).

Never entry text: records say what happened ("the vault was locked", a crash report from crash_report),
never what was written. The file handler is made on first use, so starting the app loads no more than
faulthandler; faulthandler writes a fatal error's stack (file, line, function) to faults.log.
"""

from __future__ import annotations

import faulthandler
import logging
from pathlib import Path
from typing import IO

from wellbeing_desktop import paths

LOG_NAME = "wellbeing-desktop.log"
FAULTS_NAME = "faults.log"
MAX_BYTES = 256 * 1024
BACKUPS = 3

_logger = logging.getLogger("wellbeing_desktop")
_file: logging.Handler | None = None
_faults: IO[str] | None = None


def folder() -> Path:
    return paths.private_folder(paths.log_folder())


def logger() -> logging.Logger:
    """The app's logger, with its rotating file attached on the first call."""
    global _file
    if _file is None:
        from logging.handlers import RotatingFileHandler

        _file = RotatingFileHandler(
            folder() / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        _file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        _logger.addHandler(_file)
        _logger.setLevel(logging.INFO)
        _logger.propagate = False  # the records go to the file only, not to whatever root handler
    return _logger


def enable_faulthandler() -> Path:
    """A hard crash (a segfault in a library) leaves its stack in faults.log, kept small by rotation."""
    global _faults
    path = folder() / FAULTS_NAME
    if path.exists() and path.stat().st_size > MAX_BYTES:
        path.replace(path.with_suffix(".log.1"))
    if _faults is None:
        _faults = path.open("a", encoding="utf-8")  # kept open: faulthandler writes to its descriptor
        path.chmod(0o600)
    faulthandler.enable(file=_faults, all_threads=True)
    return path


def close() -> None:
    """Detach the file handler and faulthandler (tests use a new log folder each time)."""
    global _faults, _file
    if _file is not None:
        _logger.removeHandler(_file)
        _file.close()
        _file = None
    if _faults is not None:
        faulthandler.disable()
        _faults.close()
        _faults = None
