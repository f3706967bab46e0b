"""Process start to the unlock window, against a bare PySide6 process showing an empty QMainWindow.

Each side is a fresh interpreter, timed from just before the parent starts it to the moment its window is
first painted (the next turn of the event loop after the window's first paint event), read on one
monotonic clock. Ours is `wellbeing_desktop.app.main(["--vault", V])` with only the event loop replaced
(gui_children/start_app.py); the baseline is gui_children/bare_window.py at the same window size.
Interleaved rounds (timing.cold), medians.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import report, timing
from .gui_children import fixtures
from .gui_children.fixtures import GuiVault

LIMIT = 1.2
ROUNDS = 11


@pytest.fixture(scope="session")
def gui_vault(request: pytest.FixtureRequest) -> GuiVault:
    return fixtures.gui_vault(request)


@pytest.mark.bench
def test_start_to_unlock_window(gui_vault: GuiVault, tmp_path: Path) -> None:
    env = fixtures.child_env(tmp_path, gui_vault.pycache)
    first = fixtures.run_child("start_app.py", str(gui_vault.folder), env=env)
    assert first.figures["unlock_screen"], "the first window painted should be the unlock screen"
    assert first.figures["modules"] == [], "nothing heavy (matplotlib, numpy, sqlcipher3) before unlocking"
    size = (str(first.figures["width"]), str(first.figures["height"]))

    def ours() -> float:
        run = fixtures.run_child("start_app.py", str(gui_vault.folder), env=env)
        assert run.figures["unlock_screen"]
        return run.seconds

    def bare() -> float:
        run = fixtures.run_child("bare_window.py", *size, env=env)
        assert [run.figures["width"], run.figures["height"]] == [int(v) for v in size]
        return run.seconds

    ours_s, bare_s = timing.cold(ours, bare, repeats=ROUNDS)
    row = report.compare(
        gui_vault.size,
        f"start to the unlock window painted ({size[0]}×{size[1]})",
        ours_s,
        bare_s,
        LIMIT,
        note=(
            "fresh interpreters, offscreen, compiled modules cached (as installed); from Popen to the turn "
            "of the event loop after the window's first paint. Ours: wellbeing_desktop.app.main --vault V "
            "(gui_children/start_app.py); baseline: QApplication + empty QMainWindow "
            f"(gui_children/bare_window.py). Median of {ROUNDS} interleaved rounds"
        ),
    )
    assert row.passed, row.message()
