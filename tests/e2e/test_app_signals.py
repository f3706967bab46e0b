"""Ending the desktop session (SIGTERM) or Ctrl+C closes the app as Quit does: the demo's temporary
vault is removed and the process exits cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest


@pytest.mark.parametrize("which", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_demo_and_removes_its_vault(which: signal.Signals) -> None:
    temp = Path(tempfile.mkdtemp(prefix="wellbeing-signal-test-"))
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "wellbeing_desktop", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(temp.glob("wellbeing-demo-*/vault/vault.keys")):
            time.sleep(0.1)
        assert list(temp.glob("wellbeing-demo-*")), "the demo vault was made"
        time.sleep(1.0)  # the window is up and the event loop running
        child.send_signal(which)
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    assert "Traceback" not in err
    assert list(temp.glob("wellbeing-demo-*")) == [], "the demo's vault is removed on the way out"
    temp.rmdir()
