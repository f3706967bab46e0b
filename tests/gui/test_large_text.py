"""Text at 200%: every main screen shows each label whole. A label that wraps has the height its lines
need; one that does not has the width its words need. What does not fit the window scrolls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.gui.every_window import SCREEN_NAMES, demo_window, show_screen
from tests.gui.screenshots import themed_as


def _cut_off(label: QLabel) -> str | None:
    if not label.isVisible() or not label.text().strip() or not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 2:
            return f"needs {needed}px high, has {label.height()}"
    elif label.sizeHint().width() > label.width() + 2:
        return f"needs {label.sizeHint().width()}px wide, has {label.width()}"
    return None


def test_no_label_is_cut_off_at_200_percent(qtbot: QtBot, tmp_path: Path) -> None:
    problems: list[str] = []
    with themed_as("light", 200), demo_window(tmp_path / "vault") as window:
        for index, screen in enumerate(SCREEN_NAMES):
            view = show_screen(window, index)
            for label in view.findChildren(QLabel):
                if (why := _cut_off(label)) is not None:
                    problems.append(f"{screen}: {label.objectName() or label.text()[:30]!r} {why}")
    assert not problems, "\n".join(problems)


def test_a_squeezed_label_is_noticed(qtbot: QtBot) -> None:
    label = QLabel("You haven't been in touch with Sam for 5 weeks")
    qtbot.addWidget(label)
    label.setFixedWidth(60)
    label.show()
    assert _cut_off(label) is not None
    label.setWordWrap(True)
    label.setFixedHeight(20)
    assert _cut_off(label) is not None


def test_the_large_text_and_high_contrast_screenshots_are_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from tests.gui.screenshots import grab_high_contrast

    written = grab_high_contrast(tmp_path)
    assert {p.stem for p in written} == {
        f"{name}-high-contrast" for name in ("today", "mood", "growth", "preferences", "check-in")
    }
    for path in written:
        image = QImage(str(path))
        black = sum(
            1 for x in range(0, image.width(), 9) if image.pixel(x, image.height() // 2) == 0xFF000000
        )
        assert black > image.width() // 9 // 3, path.name  # mostly black, as high contrast is
