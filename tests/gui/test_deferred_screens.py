"""Deferred building of the main window's screens (build_screens_now=False)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from wellbeing_desktop.content import ContentError, ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession


def test_screens_follow_the_first_paint(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    loads = []

    def loader() -> ContentPack:
        loads.append(1)
        return content

    window = MainWindow(locked_session, loader, clock, build_screens_now=False)
    qtbot.addWidget(window)
    assert not window._screens_built and loads == []
    assert window.ui.pages.currentWidget() is window.ui.lockPage
    window.show()
    qtbot.waitUntil(lambda: window._screens_built)
    assert loads == [1]
    assert window._views[2:] == [None] * 5  # Plan, Mood, Supervision, People and Growing wait to be shown
    with qtbot.waitSignal(locked_session.unlocked, timeout=20_000):
        locked_session.unlock(PASSPHRASE)
    assert window.ui.pages.currentWidget() is window.ui.appPage
    assert window.current_view() is window.today
    window.ui.actionShowPlan.trigger()
    assert window.ui.viewStack.currentWidget() is window.plan
    assert window.ui.viewStack.count() == 7
    assert window.ui.navList.item(2).text() == window.plan.title
    window.ui.actionShowMood.trigger()
    assert window.ui.viewStack.currentWidget() is window.mood
    assert window.ui.navList.item(3).text() == window.mood.title


def test_unlocking_before_the_first_paint_builds_then(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = MainWindow(locked_session, content, clock, build_screens_now=False)
    qtbot.addWidget(window)  # never shown: no paint

    with qtbot.waitSignal(locked_session.unlocked, timeout=20_000):
        locked_session.unlock(PASSPHRASE)
    assert window._screens_built
    assert window.ui.pages.currentWidget() is window.ui.appPage
    assert window.autolock.timeout_minutes == 5


def test_broken_content_is_shown_and_the_app_leaves(
    qtbot: QtBot, locked_session: VaultSession, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    exits = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))

    def broken() -> ContentPack:
        raise ContentError("templates.toml, line 3: something", file="templates.toml", line=3)

    window = MainWindow(locked_session, broken, clock, build_screens_now=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(exits))
    assert exits == [1]
    assert shown == [("Wellbeing Desktop cannot start", "templates.toml, line 3: something")]
