"""matplotlib is imported when a chart is first shown, never at start-up or on unlocking.

Run in a fresh interpreter: in this test process other tests have long since imported matplotlib.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

steps = {}
app = QApplication(sys.argv[:1])
from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.mood_view import MoodView
from wellbeing_desktop.services.checkin import CheckInService

session = VaultSession(Path(sys.argv[1]))
window = MainWindow(session, load_builtin(), FakeClock())
mood = MoodView(session, window.content, window.clock)
window.add_view(mood)  # as the main window registers it
window.show()
app.processEvents()
steps["window shown"] = "matplotlib" in sys.modules
waiting = QEventLoop()
session.unlocked.connect(waiting.quit)
session.create("a calm walk by the sea")
waiting.exec()
app.processEvents()
steps["unlocked"] = "matplotlib" in sys.modules
CheckInService(session.vault).check_in(6)
session.changed.emit("checkins")
app.processEvents()
steps["checked in, Mood not on show"] = "matplotlib" in sys.modules
window.show_view(window.views.index(mood))
app.processEvents()
steps["Mood on show"] = "matplotlib" in sys.modules
steps["chart drawn"] = mood.chart.figure is not None and bool(mood.chart.figure.axes)
session.lock()
print(json.dumps(steps))
"""


def test_matplotlib_waits_for_the_first_chart(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WELLBEING_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "vault")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    steps = json.loads(result.stdout.strip().splitlines()[-1])
    assert steps == {
        "window shown": False,
        "unlocked": False,
        "checked in, Mood not on show": False,
        "Mood on show": True,
        "chart drawn": True,
    }
