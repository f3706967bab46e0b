"""The Plan screen's screenshots are made the same way in every run (written to a temporary folder
here; tests/gui/screenshots_plan.py writes docs/screenshots)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.gui.screenshots_plan import NOW, SIZE, grab_plan
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession


def test_plan_screenshots(qtbot: QtBot, session: VaultSession, content: ContentPack, tmp_path: Path) -> None:
    paths = grab_plan(session, content, FakeClock(NOW), tmp_path)
    assert [p.name for p in paths] == ["plan-empty-light.png", "plan-light.png", "plan-dark.png"]
    for path in paths:
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZE
    light, dark = QImage(str(paths[1])), QImage(str(paths[2]))
    assert (
        light.pixelColor(SIZE[0] - 40, SIZE[1] - 40).lightness()
        > dark.pixelColor(SIZE[0] - 40, SIZE[1] - 40).lightness()
    )
