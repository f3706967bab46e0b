"""The Supervision sessions screen on a real vault: recording a session with agreed actions, open
actions on Today until ticked, what changed in the plan since the last session, and undoing a delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.supervision_helpers import NOW, open_window
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.plan import PlanService
from wellbeing_desktop.services.supervision import SupervisionService


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def window(qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    return open_window(qtbot, locked_session, content, clock)


def _service(window: MainWindow) -> SupervisionService:
    return SupervisionService(window.session.vault, window.clock.now, window.content)


def test_the_screen_is_fifth_and_helps_when_empty(window: MainWindow) -> None:
    window.ui.actionShowSupervision.trigger()
    view = window.supervision
    assert window.ui.viewStack.currentWidget() is view
    assert window.ui.navList.item(4).text() == "Supervision"
    assert view.ui.editorStack.currentWidget() is view.ui.emptyPage
    assert "After your next supervision" in view.ui.emptyLabel.text()
    assert "first session" in view.ui.changesText.toPlainText()


def test_record_a_session_with_agreed_actions(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionRecordSession.trigger()
    view = window.supervision
    ui = view.ui
    assert window.ui.viewStack.currentWidget() is view
    assert ui.editorStack.currentWidget() is ui.editorPage
    assert ui.dateEdit.date() == QDate(2026, 11, 26)
    qtbot.keyClicks(ui.supervisorEdit, "Priya")
    qtbot.keyClicks(ui.discussedEdit, "The tense phone call, and how I looked after myself afterwards.")
    qtbot.mouseClick(ui.addActionButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.agreed.rows[0].ui.textEdit, "Book the de-escalation refresher")
    view.agreed.rows[0].ui.dueCheck.click()
    view.agreed.rows[0].ui.dueEdit.setDate(QDate(2026, 12, 3))
    qtbot.mouseClick(ui.addActionButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.agreed.rows[1].ui.textEdit, "Ask about the peer group")
    qtbot.waitUntil(lambda: ui.saveStatusLabel.text() == "Saved", timeout=5_000)  # autosaved, no button

    [stored] = _service(window).sessions()
    assert stored.supervisor == "Priya"
    assert stored.discussed.startswith("The tense phone call")
    assert [(a.text, a.due_on, a.done) for a in stored.actions] == [
        ("Book the de-escalation refresher", date(2026, 12, 3), False),
        ("Ask about the peer group", None, False),
    ]
    row = ui.sessionList.topLevelItem(0)
    assert [row.text(i) for i in range(3)] == ["26 November 2026", "Priya", "2"]


def test_open_actions_show_on_today_until_ticked(qtbot: QtBot, window: MainWindow) -> None:
    service = _service(window)
    service.record(
        date(2026, 11, 20),
        supervisor="Priya",
        actions=[("Book the de-escalation refresher", date(2026, 12, 3)), ("Ask about the peer group", None)],
    )
    window.session.changed.emit("supervision")
    window.show_view(0)
    today = window.today
    assert today.ui.supervisionGroup.isVisible()
    assert [c.text() for c in today.open_actions.checks] == [
        "Book the de-escalation refresher · due 3 December",
        "Ask about the peer group",
    ]
    first = today.open_actions.checks[0]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=QPoint(8, first.height() // 2))
    assert [c.text() for c in today.open_actions.checks] == ["Ask about the peer group"]
    assert [o.action.text for o in service.open_actions()] == ["Ask about the peer group"]
    # The Supervision screen shows the ticked action as done.
    window.show_view(4)
    assert window.supervision.ui.sessionList.topLevelItem(0).text(2) == "1"
    assert window.supervision.agreed.rows[0].ui.doneCheck.isChecked()
    window.show_view(0)
    remaining = today.open_actions.checks[0]
    # On the box itself: a check box takes clicks on its box and words, not the empty space after them.
    qtbot.mouseClick(remaining, Qt.MouseButton.LeftButton, pos=QPoint(8, remaining.height() // 2))
    assert today.open_actions.checks == []
    assert not today.ui.supervisionGroup.isVisible()


def test_changes_since_the_last_session_follow_the_plan(window: MainWindow) -> None:
    plan = PlanService(window.session.vault, window.clock.now, window.content)
    kept = plan.add_item("daily", "A walk at lunchtime")
    dropped = plan.add_item("coping", "Music on the way home")
    window.ui.actionRecordSession.trigger()
    view = window.supervision
    assert "Nothing has changed" in view.ui.changesText.toPlainText()

    plan.add_item("people", "Call Sam on Fridays")
    plan.edit_item(kept.id, "A walk at lunchtime, even a short one")
    plan.remove_item(dropped.id)
    window.session.changed.emit("plan")

    shown = view.ui.changesText.toPlainText()
    assert "Added “Call Sam on Fridays”" in shown
    assert "Changed “A walk at lunchtime” to “A walk at lunchtime, even a short one”" in shown
    assert "Removed “Music on the way home”" in shown


def test_deleting_a_session_asks_once_and_can_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    service = _service(window)
    kept = service.record(
        date(2026, 11, 20), supervisor="Priya", actions=[("Read the lone-working policy", None)]
    )
    window.show_view(4)
    view = window.supervision
    assert view.current_session_id() == kept.id

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "deleteSessionBox"
        button = box.findChild(QPushButton, "confirmDeleteButton")
        assert button is not None
        button.click()

    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(view.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert service.sessions() == []
    assert view.ui.sessionList.topLevelItemCount() == 0
    assert view.ui.editorStack.currentWidget() is view.ui.emptyPage

    undo = window.findChild(type(window.ui.actionLock), "actionUndo")
    assert undo is not None and undo.isEnabled()
    undo.trigger()
    [back] = service.sessions()
    assert back.id == kept.id and back.supervisor == "Priya"
    assert [a.text for a in back.actions] == ["Read the lone-working policy"]
    assert view.current_session_id() == kept.id
    assert view.ui.supervisorEdit.text() == "Priya"


def test_locking_forgets_the_sessions_words(qtbot: QtBot, window: MainWindow) -> None:
    _service(window).record(date(2026, 11, 20), supervisor="Priya", discussed="Wintergreen talk")
    window.show_view(4)
    view = window.supervision
    assert view.ui.discussedEdit.toPlainText() == "Wintergreen talk"
    window.session.lock()
    assert view.ui.discussedEdit.toPlainText() == ""
    assert view.ui.supervisorEdit.text() == ""
    assert view.ui.sessionList.topLevelItemCount() == 0
    assert view.undo_stack.count() == 0
