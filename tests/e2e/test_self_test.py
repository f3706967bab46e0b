"""`wellbeing-desktop --self-test`: the whole chain on a throwaway vault, one line a step, and the
person's own folder untouched."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wellbeing_desktop import self_test


def test_the_self_test_passes_and_touches_nothing_of_the_persons(tmp_path: Path) -> None:
    home = tmp_path / "home"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "WELLBEING_HOME": str(home), "TMPDIR": str(scratch)}
    done = subprocess.run(
        [sys.executable, "-m", "wellbeing_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    steps = [line for line in lines if line.startswith(("ok ", "FAIL"))]
    assert [line.split("(")[0].strip() for line in steps] == [
        "ok    " + name for name, _ in self_test.STEPS
    ] + ["ok    clean up"]
    assert lines[-1].startswith("Self-test passed")
    assert not home.exists(), "the self-test must not create or touch the person's own folder"
    assert list(scratch.iterdir()) == [], "the temporary vault is removed"


def test_the_first_failure_stops_the_run_and_the_clean_up_still_happens(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    ran: list[str] = []

    def fine(run: object) -> str:
        ran.append("fine")
        return "fine"

    def broken(run: object) -> str:
        raise self_test.SelfTestFailed("the chart is not a PNG")

    monkeypatch.setattr(self_test, "STEPS", (("first", fine), ("second", broken), ("third", fine)))
    out = io.StringIO()
    assert self_test.run(out) == 1
    text = out.getvalue()
    assert "ok    first" in text and "FAIL  second: SelfTestFailed: the chart is not a PNG" in text
    assert "third" not in text and ran == ["fine"]
    assert "ok    clean up" in text and "Your own vault was not touched" in text
    assert list(tmp_path.iterdir()) == []


_WATCHED = """
import sys
events = []
sys.addaudithook(lambda event, args: events.append(event) if event.startswith("socket.") else None)
from wellbeing_desktop.app import main
code = main(["--self-test"])
print("SOCKETS", events, file=sys.stderr)
sys.exit(code)
"""


def test_the_self_test_opens_no_socket(tmp_path: Path) -> None:
    env = {**os.environ, "WELLBEING_HOME": str(tmp_path / "home"), "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", _WATCHED], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SOCKETS []" in done.stderr
