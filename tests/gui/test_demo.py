"""`--demo` opens a labelled throwaway vault of sample data, and deletes it on exit."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wellbeing_desktop.gui import application
from wellbeing_desktop.gui.main_window import MainWindow


def test_demo_opens_unlocked_and_is_deleted_on_exit(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Path] = []
    real_mkdtemp = tempfile.mkdtemp

    def remembering_mkdtemp(*args: object, **kwargs: object) -> str:
        folder = real_mkdtemp(*args, **kwargs)  # type: ignore[call-overload]
        made.append(Path(folder))
        return folder

    monkeypatch.setattr(tempfile, "mkdtemp", remembering_mkdtemp)
    seen: dict[str, object] = {}

    def look_then_leave(app: QApplication) -> int:
        app.processEvents()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[-1]
        seen["title"] = window.windowTitle()
        seen["unlocked"] = window.session.is_unlocked
        seen["entries"] = window.session.vault.entries.count()
        seen["folder existed"] = made[0].exists()
        window.close()
        return 0

    monkeypatch.setattr(application, "run_event_loop", look_then_leave)
    code = application.run_desktop_app(argparse.Namespace(vault=None, demo=True))
    assert code == 0
    assert seen == {
        "title": "Demo — Wellbeing Desktop",
        "unlocked": True,
        "entries": 22,
        "folder existed": True,
    }
    assert not made[0].exists()
