"""Supervision mode on a real vault: only what was brought can be found in any widget of the app, the
title holds no content, leaving needs the passphrase, one key blanks the screen, and auto-lock still
works (the unlock screen shows, and unlocking returns to the normal window)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from tests.gui.supervision_helpers import NOW, every_text_in_app, open_window
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.supervision.mode import SupervisionMode
from wellbeing_desktop.gui.supervision.window import SupervisionWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.checkin import CheckInService
from wellbeing_desktop.services.plan import PlanService
from wellbeing_desktop.services.supervision import SupervisionService

TITLE = "Supervision — Wellbeing Desktop"
PRIVATE = ("SECRET-MARKER", "NOTE-MARKER", "FEELING-MARKER", "DISCUSSED-MARKER")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


def _write(qtbot: QtBot, window: MainWindow, title: str, body: str, flagged: bool) -> str:
    window.write("")
    editor = window.diary.editor.ui
    editor.feelingsEdit.setText("hopeful" if flagged else "FEELING-MARKER")  # typed, it pops up completions
    qtbot.keyClicks(editor.titleEdit, title)
    qtbot.keyClicks(editor.bodyEdit, body)
    if flagged:
        editor.supervisionCheck.click()
    assert window.diary.save_now()
    entry_id = window.diary.current_entry_id()
    assert entry_id is not None
    return entry_id


@pytest.fixture
def window(qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    """A diary with one flagged and one private entry (open in the editor), a plan, check-ins with a
    private note, and a session with an open action."""
    window = open_window(qtbot, locked_session, content, clock)
    session = locked_session
    vault = session.vault
    _write(qtbot, window, "FLAGGED-MARKER heading", "A **FLAGGED-MARKER** evening after group.", True)
    secret = _write(qtbot, window, "SECRET-MARKER title", "SECRET-MARKER body, not for anyone.", False)
    plan = PlanService(vault, clock.now, content)
    plan.add_item("daily", "A walk at lunchtime")
    checkins = CheckInService(vault, lambda: clock.now() - timedelta(days=1))
    for mood in (5, 6, 7):
        checkins.check_in(mood, note="NOTE-MARKER private note", emotions=["FEELING-MARKER"])
    SupervisionService(vault, clock.now, content).record(
        date(2026, 11, 12), discussed="DISCUSSED-MARKER", actions=[("Book the refresher course", None)]
    )
    plan.add_item("coping", "Music on the way home")
    session.changed.emit("plan")
    window.show_view(1)
    assert window.diary.open_entry(secret)
    assert "SECRET-MARKER" in every_text_in_app()  # on screen before supervision mode
    return window


def _enter(qtbot: QtBot, window: MainWindow) -> tuple[SupervisionMode, SupervisionWindow]:
    window.ui.actionSupervisionMode.trigger()
    mode = SupervisionMode.of(window)
    assert mode.window is not None
    qtbot.waitExposed(mode.window)
    mode.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode.window)
    return mode, mode.window


def _leave_with(qtbot: QtBot, mode: SupervisionMode, passphrase: str) -> None:
    dialog = mode.leave_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.passphraseEdit.clear()
    qtbot.keyClicks(dialog.ui.passphraseEdit, passphrase)
    qtbot.mouseClick(dialog.ui.leaveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=20_000)


def test_only_what_was_brought_is_anywhere_in_the_app(qtbot: QtBot, window: MainWindow) -> None:
    _mode, shown = _enter(qtbot, window)
    assert not window.isVisible()
    assert shown.windowTitle() == TITLE
    shown.ui.pagesTabs.setCurrentIndex(2)  # the mood chart is drawn too
    qtbot.waitUntil(lambda: shown.mood.chart.figure is not None and bool(shown.mood.chart.figure.axes))

    everything = every_text_in_app()
    assert "FLAGGED-MARKER" in everything
    for private in PRIVATE:
        assert private not in everything, private
    assert "A walk at lunchtime" in shown.ui.planText.toPlainText()
    assert "Book the refresher course" in shown.ui.actionsText.toPlainText()
    assert "Added “Music on the way home”" in shown.ui.changesText.toPlainText()
    figures = shown.ui.figuresLabel.text()
    assert "Average mood: 6 out of 10" in figures and "Range: 6 to 6" in figures
    # Window titles: every top-level window says only the app's name.
    assert all("MARKER" not in widget.windowTitle() for widget in QApplication.topLevelWidgets())
    assert window.windowTitle() == "Wellbeing Desktop"


def test_leaving_needs_the_passphrase_and_returns_where_you_were(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = window.diary.current_entry_id()
    mode, shown = _enter(qtbot, window)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert mode.leave_dialog is not None and mode.leave_dialog.isVisible()

    _leave_with(qtbot, mode, "not the passphrase")
    assert mode.active and shown.isVisible() and not window.isVisible()
    assert "does not open this vault" in mode.leave_dialog.ui.errorLabel.text()
    assert "SECRET-MARKER" not in every_text_in_app()

    with qtbot.waitSignal(mode.left, timeout=20_000):
        _leave_with(qtbot, mode, PASSPHRASE)
    assert not mode.active
    assert window.isVisible() and window.session.is_unlocked
    assert window.current_view() is window.diary
    assert window.diary.current_entry_id() == entry_id
    assert window.diary.editor.ui.titleEdit.text() == "SECRET-MARKER title"


def test_staying_keeps_supervision_mode(qtbot: QtBot, window: MainWindow) -> None:
    mode, shown = _enter(qtbot, window)
    qtbot.mouseClick(shown.ui.leaveButton, Qt.MouseButton.LeftButton)
    assert mode.leave_dialog is not None
    qtbot.mouseClick(mode.leave_dialog.ui.stayButton, Qt.MouseButton.LeftButton)
    assert not mode.leave_dialog.isVisible()
    assert mode.active and not window.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_B, Qt.Key.Key_Period])
def test_one_key_blanks_the_screen_and_any_key_brings_it_back(
    qtbot: QtBot, window: MainWindow, key: Qt.Key
) -> None:
    _mode, shown = _enter(qtbot, window)
    ui = shown.ui
    qtbot.keyClick(shown.focusWidget() or shown, key)
    assert shown.is_blank
    assert ui.screenStack.currentWidget() is ui.blankPage
    assert not ui.presentPage.isVisible() and not ui.entriesText.isVisible()
    assert ui.blankHintLabel.isVisible() and ui.blankHintLabel.text() == "Press any key to come back"
    qtbot.keyClick(ui.blankPage, Qt.Key.Key_Space)
    assert not shown.is_blank and ui.presentPage.isVisible()


def test_the_blank_screen_button(qtbot: QtBot, window: MainWindow) -> None:
    _mode, shown = _enter(qtbot, window)
    qtbot.mouseClick(shown.ui.blankButton, Qt.MouseButton.LeftButton)
    assert shown.is_blank and not shown.ui.presentPage.isVisible()
    qtbot.keyClick(shown.ui.blankPage, Qt.Key.Key_Escape)  # Escape comes back; it does not ask to leave
    assert not shown.is_blank


def test_auto_lock_from_supervision_mode(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    session = window.session
    open_id = window.diary.current_entry_id()
    mode, shown = _enter(qtbot, window)
    clock.advance(5 * 60)
    window.autolock.check()
    assert not session.is_unlocked
    assert not mode.active and not shown.isVisible()
    assert window.isVisible() and window.ui.pages.currentWidget() is window.ui.lockPage
    assert "FLAGGED-MARKER" not in every_text_in_app()

    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    assert window.ui.pages.currentWidget() is window.ui.appPage
    assert not mode.active
    assert window.diary.current_entry_id() == open_id  # back at the entry open before supervision


def test_ctrl_l_and_closing_the_window_lock(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    mode, shown = _enter(qtbot, window)
    qtbot.keyClick(shown, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not session.is_unlocked and not mode.active
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    mode, shown = _enter(qtbot, window)
    shown.close()
    assert not session.is_unlocked and not mode.active
    assert window.isVisible()
