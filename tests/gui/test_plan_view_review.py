"""The review date, the calm note when it comes, the plan's history panel, and own sections."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.gui.test_plan_support import open_plan_view
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.plan_review import NO_DATE
from wellbeing_desktop.services.plan import PlanService

DUE = (
    "Your plan's review date has come. When you have a moment, look it over"
    " — with your supervisor if you like."
)


def review_on(session: VaultSession, content: ContentPack, clock: FakeClock) -> date | None:
    return PlanService(session.vault, clock.now, content).load().review_on


def test_a_review_date_is_saved_and_the_note_comes_when_it_is_due(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    check, edit = view.ui.reviewCheck, view.ui.reviewDateEdit
    assert not check.isChecked() and not edit.isEnabled() and edit.text() == "No review date"
    assert edit.calendarPopup()

    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    suggested = clock.now().date() + timedelta(weeks=13)
    assert review_on(session, content, clock) == suggested  # ticking the box is a choice on its own
    assert edit.isEnabled()

    in_a_month = clock.now().date() + timedelta(days=30)
    edit.setDate(QDate(in_a_month.year, in_a_month.month, in_a_month.day))
    assert review_on(session, content, clock) == suggested  # waiting for a pause in the stepping
    view.review.timer.timeout.emit()
    assert review_on(session, content, clock) == in_a_month
    assert not view.ui.dueNote.isVisible()

    clock.advance(timedelta(days=30).total_seconds())
    view.hide()
    view.show()  # coming back to the screen on the day
    assert view.ui.dueNote.isVisible() and view.ui.dueLabel.text() == DUE

    view.undo_stack.undo()
    assert review_on(session, content, clock) == suggested
    assert edit.date() == QDate(suggested.year, suggested.month, suggested.day)
    assert not view.ui.dueNote.isVisible()


def test_no_review_date_from_the_box_or_the_date_itself(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    check, edit = view.ui.reviewCheck, view.ui.reviewDateEdit
    check.setChecked(True)
    assert review_on(session, content, clock) is not None
    check.setChecked(False)
    assert review_on(session, content, clock) is None and edit.text() == "No review date"
    check.setChecked(True)
    edit.setDate(NO_DATE)  # stepped all the way back to "No review date"
    assert review_on(session, content, clock) is None and not check.isChecked()


def test_save_pending_keeps_a_date_still_waiting_for_a_pause(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    view.ui.reviewCheck.setChecked(True)
    view.ui.reviewDateEdit.setDate(QDate(2031, 3, 14))
    view.save_pending()
    assert review_on(session, content, clock) == date(2031, 3, 14)
    assert not view.review.timer.isActive()


def test_the_history_panel_lists_each_change_newest_first(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    view.changes.add_item("daily", "A walk at lunch")
    clock.advance(60)
    item_id = view.section("daily").model.items()[0].id
    view.changes.edit_item(item_id, "A walk at lunchtime, even a short one")
    clock.advance(60)
    view.changes.add_item("coping", "Text Priya after a hard shift")
    clock.advance(60)
    view.changes.remove_item(item_id)
    lines = [line for line in view.ui.historyText.toPlainText().splitlines() if line.strip()]
    sentences = lines[1::2]
    assert sentences == [
        "Removed “A walk at lunchtime, even a short one” from What keeps me well day to day",
        "Added “Text Priya after a hard shift” to Coping strategies that help",
        "Changed “A walk at lunch” to “A walk at lunchtime, even a short one”"
        " in What keeps me well day to day",
        "Added “A walk at lunch” to What keeps me well day to day",
    ]
    assert all(line.startswith("Today, ") for line in lines[0::2])
    view.undo_stack.undo()
    assert view.ui.historyText.toPlainText().splitlines()[1].startswith("Added “A walk at lunchtime")


def test_own_sections_are_added_focused_and_taken_away_when_empty(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    assert not view.ui.addSectionButton.isEnabled()
    qtbot.keyClicks(view.ui.ownSectionEdit, "Things I'm proud of")
    qtbot.keyClick(view.ui.ownSectionEdit, Qt.Key.Key_Return)
    own = view.section("things-i-m-proud-of")
    assert list(view.sections)[-1] == "things-i-m-proud-of"
    assert own.ui.titleLabel.text() == "Things I'm proud of"
    assert view.ui.ownSectionEdit.text() == ""
    assert own.ui.guidanceLabel.text() == "A section of your own. Add whatever belongs here."
    assert not own.ui.examplesLabel.isVisible()
    assert own.ui.removeSectionButton.isVisible()
    assert view.section("coping").ui.removeSectionButton.isHidden()  # built-in sections always stay

    view.changes.add_item(own.key, "Ran my first group on my own")
    assert own.ui.removeSectionButton.isHidden() and own.ui.guidanceLabel.isHidden()
    view.undo_stack.undo()
    qtbot.mouseClick(own.ui.removeSectionButton, Qt.MouseButton.LeftButton)
    assert "things-i-m-proud-of" not in view.sections
    view.undo_stack.undo()
    assert view.section("things-i-m-proud-of").ui.titleLabel.text() == "Things I'm proud of"


def test_focus_add_puts_the_cursor_in_a_section(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    view.activateWindow()
    view.focus_add("development")
    qtbot.waitUntil(lambda: view.section("development").ui.addEdit.hasFocus())
