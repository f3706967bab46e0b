"""Every feature works from the keyboard: Tab walks each screen and the main dialogs through every
enabled control in turn and comes back round, never stuck in a text box or a table; Escape closes a
dialog; the app's themes draw a focus outline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.every_window import SCREEN_NAMES, demo_window, dialogs, show_screen
from tests.gui.screenshots import themed_as

DIALOGS = {"check-in", "preferences", "change-passphrase", "export", "reflection", "support"}


def _reachable(root: QWidget) -> list[QWidget]:
    """The controls Tab should reach under `root`: shown, enabled and taking focus by Tab."""
    found = []
    for widget in root.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not widget.objectName().startswith("qt_")
            and widget.window() is root.window()
        ):
            found.append(widget)
    return found


def _tab_round(qtbot: QtBot, root: QWidget) -> tuple[list[QWidget], list[QWidget]]:
    """Press Tab until focus comes back to where it began; return (expected, visited in order)."""
    expected = _reachable(root)
    assert expected, root.objectName()
    start = expected[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    visited: list[QWidget] = []
    first = QApplication.focusWidget()
    stay = 0
    for _ in range(6 * len(expected) + 10):
        before = QApplication.focusWidget()
        assert before is not None
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        # A date edit moves from day to month to year before it lets go: that is Tab's job there.
        stay = stay + 1 if now is before else 0
        assert stay < 4, f"Tab is stuck in {before.objectName() or type(before).__name__}"
        if stay:
            continue
        if now is first:
            break
        visited.append(now)
    else:
        raise AssertionError(f"Tab never came back round in {root.objectName()}")
    return expected, visited


def _missed(expected: list[QWidget], visited: list[QWidget]) -> list[str]:
    """What Tab never reached. Tab enters a group of radio buttons once, at the chosen one, and the
    arrow keys choose among them: one of a group reached is the group reached."""
    reached = set()
    for widget in visited:
        if isinstance(widget, QRadioButton):
            reached.add(("radios", id(widget.group() or widget.parentWidget())))
        while widget is not None:
            reached.add(id(widget))
            widget = widget.parentWidget()
    missed = []
    for widget in expected[1:]:
        if (
            isinstance(widget, QRadioButton)
            and ("radios", id(widget.group() or widget.parentWidget())) in reached
        ):
            continue
        if id(widget) not in reached:
            missed.append(widget.objectName() or type(widget).__name__)
    return missed


def test_tab_reaches_every_control_of_every_screen_and_comes_back_round(qtbot: QtBot, tmp_path: Path) -> None:
    problems: dict[str, list[str]] = {}
    with demo_window(tmp_path / "vault") as window:
        qtbot.waitExposed(window)
        for index, name in enumerate(SCREEN_NAMES):
            view = show_screen(window, index)
            expected, visited = _tab_round(qtbot, view)
            if missed := _missed(expected, visited):
                problems[name] = missed
            repeats = [w.objectName() for w in visited if visited.count(w) > 1]
            assert not repeats, (name, repeats)  # a round visits each control once
    assert not problems, problems


def test_tab_walks_the_main_dialogs_and_escape_closes_them(qtbot: QtBot, tmp_path: Path) -> None:
    problems: dict[str, list[str]] = {}
    with demo_window(tmp_path / "vault") as window:
        for name, dialog in dialogs(window, tmp_path):
            if name not in DIALOGS:
                continue
            assert isinstance(dialog, QDialog)
            qtbot.waitExposed(dialog)
            expected, visited = _tab_round(qtbot, dialog)
            if missed := _missed(expected, visited):
                problems[name] = missed
            focused = QApplication.focusWidget()
            assert focused is not None
            qtbot.keyClick(focused, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())
    assert not problems, problems


def test_the_focused_control_has_an_outline_in_every_theme(qtbot: QtBot, tmp_path: Path) -> None:
    """A push button looks different with focus than without, in the highlight colour."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    for theme in ("light", "dark", "high-contrast"):
        with themed_as(theme):
            box = QWidget()
            qtbot.addWidget(box)
            column = QVBoxLayout(box)
            first, second = QPushButton("First", box), QPushButton("Second", box)
            column.addWidget(first)
            column.addWidget(second)
            box.show()
            qtbot.waitExposed(box)
            second.setFocus(Qt.FocusReason.TabFocusReason)
            unfocused = first.grab().toImage()
            first.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(first.hasFocus)
            focused = first.grab().toImage()
            highlight = first.palette().highlight().color().rgb()
            assert _count(focused, highlight) > _count(unfocused, highlight) + first.width(), theme
            box.close()


def _count(image: QImage, rgb: int) -> int:
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == rgb)
