"""The vault locks when the desktop's screen locks: a real session bus, a stand-in screensaver."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session (Debian: dbus)")
def test_screen_lock_signal_locks_the_vault() -> None:
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-m", "tests.gui.scripts.screen_lock_probe"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == "listening True locked 1", done.stderr
