"""The printing screenshots (page 1 of each PDF, and the Export dialog) can always be regenerated, and
each picture has real content."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.gui.screenshots import grab_printing


def test_every_printing_picture_is_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    written = grab_printing(tmp_path)
    names = {p.stem for p in written}
    expected = {"export-light"}
    if shutil.which("pdftoppm"):
        expected |= {"pdf-plan", "pdf-diary", "recovery-key-pdf", "pdf-supervision-pack"}
    assert names == expected
    for path in written:
        image = QImage(str(path))
        assert image.width() > 300 and image.height() > 300, path.name
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert len(colours) > 10, f"{path.name} is mostly blank"
