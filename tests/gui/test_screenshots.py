"""The screenshot script runs (so docs/screenshots can always be regenerated) and every picture has
real content: a mostly blank picture would mean a screen failed to draw."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.gui.screenshots import SIZE, grab_all, grab_growth


def _distinct_colours(image: QImage) -> int:
    step = 7
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


def test_every_screen_is_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    written = grab_all(tmp_path, themes=("dark",))
    names = {p.stem for p in written}
    assert names == {
        "unlock-dark",
        "today-dark",
        "diary-dark",
        "plan-dark",
        "mood-dark",
        "checkin-dark",
        "supervision-dark",
        "people-dark",
        "supervision-mode-dark",
        "supervision-mode-mood-dark",
    }
    for path in written:
        image = QImage(str(path))
        if not path.stem.startswith("checkin"):  # the check-in dialog has its own size
            assert (image.width(), image.height()) == SIZE
        assert _distinct_colours(image) > 20, path.name


def test_the_growing_screen_and_the_reflection_dialog_are_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    written = grab_growth(tmp_path, themes=("light",))
    assert {p.stem for p in written} == {
        "growth-goals-light",
        "growth-learning-light",
        "growth-reflection-light",
        "reflection-dialog-light",
    }
    for path in written:
        image = QImage(str(path))
        if not path.stem.startswith("reflection-dialog"):
            assert (image.width(), image.height()) == SIZE
        assert _distinct_colours(image) > 20, path.name
