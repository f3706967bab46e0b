"""People I can talk to, on a real vault with a fake clock: adding, editing, removing (and undoing),
a check-in that says who we talked with, "not in touch" nudges on Today only for the people chosen, and
locking that leaves no name or detail in any widget."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.supervision_helpers import NOW, open_window
from tests.gui.test_diary_lock import every_text
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import TalkedWith
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.checkin_dialog import CheckInDialog
from wellbeing_desktop.gui.main_window import PEOPLE, MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.people_view import PeopleView
from wellbeing_desktop.services.people import PeopleService

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
TODAY = NOW.date()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def window(qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    return open_window(qtbot, locked_session, content, clock)


def _service(window: MainWindow) -> PeopleService:
    return PeopleService(window.session.vault, window.clock.now)


def _people(window: MainWindow) -> PeopleView:
    window.show_view(PEOPLE)
    view = window.current_view()
    assert isinstance(view, PeopleView)
    return view


def _rows(view: PeopleView) -> list[list[str]]:
    tree = view.ui.peopleList
    return [[tree.topLevelItem(r).text(c) for c in range(3)] for r in range(tree.topLevelItemCount())]


def test_the_people_screen_is_sixth_and_helps_when_empty(window: MainWindow) -> None:
    window.findChild(QAction, "actionShowPeople").trigger()
    view = window.current_view()
    assert isinstance(view, PeopleView)
    assert window.ui.navList.item(PEOPLE).text() == "People"
    assert view.ui.editorStack.currentWidget() is view.ui.emptyPage
    assert view.ui.emptyLabel.text().startswith("Add the people you can turn to")
    assert "never contacts anyone" in view.ui.emptyLabel.text()


def test_add_a_person(qtbot: QtBot, window: MainWindow) -> None:
    view = _people(window)
    ui = view.ui
    qtbot.mouseClick(ui.emptyAddButton, Qt.MouseButton.LeftButton)
    assert ui.editorStack.currentWidget() is ui.editorPage
    assert ui.nameEdit.hasSelectedText()  # "Someone new", ready to type over
    qtbot.keyClicks(ui.nameEdit, "Sam")
    ui.relationCombo.setCurrentIndex(ui.relationCombo.findData("peer-supporter"))
    qtbot.keyClicks(ui.reachEdit, "Mobile in my phone; in the office on Tuesdays")
    qtbot.keyClicks(ui.notesEdit, "Good to talk to after a hard shift")
    qtbot.mouseClick(ui.todayButton, Qt.MouseButton.LeftButton)
    ui.remindCheck.click()
    ui.remindSpin.setValue(3)
    assert ui.remindSpin.suffix() == " weeks"
    qtbot.waitUntil(lambda: ui.saveStatusLabel.text() == "Saved", timeout=5_000)  # autosaved, no button

    [sam] = _service(window).people()
    assert (sam.name, sam.relation, sam.last_talked_on, sam.remind_after_days) == (
        "Sam",
        "peer-supporter",
        TODAY,
        21,
    )
    assert sam.reach == "Mobile in my phone; in the office on Tuesdays"
    assert sam.notes == "Good to talk to after a hard shift"
    assert _rows(view) == [["Sam", "Peer supporter", "Today"]]


def test_edit_a_person(qtbot: QtBot, window: MainWindow) -> None:
    service = _service(window)
    service.add("Priya", "supervisor", last_talked_on=TODAY - timedelta(days=21))
    alex = service.add("Alex", "friend", reach="Messages", remind_after_days=28)
    view = _people(window)
    assert _rows(view) == [["Alex", "Friend", "Not noted yet"], ["Priya", "Supervisor", "3 weeks ago"]]
    assert view.current_person_id() == alex.id
    ui = view.ui
    assert ui.remindCheck.isChecked() and ui.remindSpin.value() == 4
    ui.nameEdit.selectAll()
    qtbot.keyClicks(ui.nameEdit, "Sasha")
    ui.lastTalkedEdit.setDate(QDate(TODAY - timedelta(days=2)))
    ui.remindCheck.click()
    view.save_pending()  # as switching screens or locking does
    changed = service.get(alex.id)
    assert (changed.name, changed.last_talked_on, changed.remind_after_days) == (
        "Sasha",
        TODAY - timedelta(days=2),
        None,
    )
    assert _rows(view)[1] == ["Sasha", "Friend", "2 days ago"]  # the list keeps name order
    qtbot.mouseClick(ui.clearTalkedButton, Qt.MouseButton.LeftButton)
    ui.nameEdit.clear()
    qtbot.keyClicks(ui.nameEdit, " ")
    view.save_pending()
    assert ui.saveStatusLabel.text().startswith("Couldn't save: ")
    assert service.get(alex.id).name == "Sasha"


def test_removing_asks_once_and_can_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    service = _service(window)
    sam = service.add("Sam", "peer-supporter", notes="Walks on Sundays", remind_after_days=14)
    view = _people(window)

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "removePersonBox"
        button = box.findChild(QPushButton, "confirmRemoveButton")
        assert button is not None
        button.click()

    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(view.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert service.people() == []
    assert view.ui.editorStack.currentWidget() is view.ui.emptyPage

    undo = window.findChild(QAction, "actionUndo")
    assert undo is not None and undo.isEnabled()
    undo.trigger()
    [back] = service.people()
    assert back == sam
    assert view.current_person_id() == sam.id
    assert view.ui.notesEdit.toPlainText() == "Walks on Sundays"


def test_keep_is_the_default_when_asked(qtbot: QtBot, window: MainWindow) -> None:
    _service(window).add("Sam")
    view = _people(window)

    def keep() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        box.findChild(QPushButton, "keepButton").click()

    QTimer.singleShot(0, keep)
    qtbot.mouseClick(view.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert [p.name for p in _service(window).people()] == ["Sam"]


def test_a_check_in_says_who_we_talked_with(qtbot: QtBot, window: MainWindow) -> None:
    service = _service(window)
    sam = service.add(
        "Sam", "peer-supporter", last_talked_on=TODAY - timedelta(days=40), remind_after_days=28
    )
    service.add("Priya", "supervisor")
    view = _people(window)
    window.check_in()
    dialog = window.findChild(CheckInDialog)
    assert dialog is not None
    ui = dialog.ui
    assert not ui.talkedBox.isVisible()
    qtbot.mouseClick(ui.mood6Button, Qt.MouseButton.LeftButton)
    ui.talkedGroup.setChecked(True)
    assert ui.talkedBox.isVisible()
    ticks = {c.text(): c for c in dialog.findChildren(QCheckBox) if c.objectName().startswith("talkedPerson")}
    assert sorted(ticks) == ["Priya", "Sam"]
    ticks["Sam"].setChecked(True)
    qtbot.keyClicks(ui.talkedNameEdit, "my sister")
    with qtbot.waitSignal(window.session.changed):
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    [saved] = list(window.session.vault.checkins.all())
    assert saved.talked_with_someone
    assert saved.talked_with == [TalkedWith(sam.id, "Sam"), TalkedWith(None, "my sister")]
    assert service.get(sam.id).last_talked_on == TODAY
    assert ["Sam", "Peer supporter", "Today"] in _rows(view)
    assert service.nudges(TODAY) == []


def test_a_check_in_without_saying_who(qtbot: QtBot, window: MainWindow) -> None:
    window.check_in()
    dialog = window.findChild(CheckInDialog)
    assert dialog is not None
    qtbot.mouseClick(dialog.ui.mood4Button, Qt.MouseButton.LeftButton)
    dialog.ui.talkedGroup.setChecked(True)
    assert "People screen" in dialog.ui.talkedWhoLabel.text()  # an empty address book says where
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    [saved] = list(window.session.vault.checkins.all())
    assert saved.talked_with_someone and saved.talked_with == []


def _nudge_rows(window: MainWindow) -> list[QWidget]:
    return [r for r in window.today.keeping_in_touch.rows if r.isVisibleTo(window.today)]


def _nudge_texts(window: MainWindow) -> list[str]:
    return [r.findChild(QLabel, "nudgeLabel").text() for r in _nudge_rows(window)]


def test_not_in_touch_nudges_only_for_chosen_people(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    service = _service(window)
    sam = service.add(
        "Sam", "peer-supporter", last_talked_on=TODAY - timedelta(days=30), remind_after_days=28
    )
    service.add("Alex", "friend", last_talked_on=TODAY - timedelta(days=200))  # no reminder asked for
    jo = service.add("Jo", "family", last_talked_on=TODAY - timedelta(days=3), remind_after_days=14)
    window.session.changed.emit("people")
    window.show_view(0)
    today = window.today
    assert today.ui.peopleGroup.isVisible()
    assert _nudge_texts(window) == ["You haven't been in touch with Sam for 4 weeks"]

    # "Not now": gone, and back only after another full four weeks.
    qtbot.mouseClick(_nudge_rows(window)[0].findChild(QPushButton, "notNowButton"), Qt.MouseButton.LeftButton)
    assert _nudge_texts(window) == []
    assert not today.ui.peopleGroup.isVisible()
    clock.advance(27 * 86_400)
    today.refresh()
    assert _nudge_texts(window) == ["You haven't been in touch with Jo for 4 weeks"]
    clock.advance(86_400)
    today.refresh()
    assert _nudge_texts(window) == [
        "You haven't been in touch with Sam for 8 weeks",
        "You haven't been in touch with Jo for 4 weeks",
    ]

    # "We talked today": last talked moves to today, on the People screen too.
    [jo_row] = [r for r in _nudge_rows(window) if r.property("personId") == jo.id]
    qtbot.mouseClick(jo_row.findChild(QPushButton, "talkedTodayButton"), Qt.MouseButton.LeftButton)
    assert service.get(jo.id).last_talked_on == clock.now().date()
    assert _nudge_texts(window) == ["You haven't been in touch with Sam for 8 weeks"]
    assert ["Jo", "Family", "Today"] in _rows(_people(window))
    assert service.get(sam.id).nudge_dismissed_on == TODAY


def test_no_nudges_means_no_group(window: MainWindow) -> None:
    _service(window).add("Alex", "friend", last_talked_on=TODAY - timedelta(days=300))
    window.session.changed.emit("people")
    window.show_view(0)
    assert not window.today.ui.peopleGroup.isVisible()
    assert window.today.keeping_in_touch.rows == []


def test_the_plan_points_to_the_address_book(qtbot: QtBot, window: MainWindow) -> None:
    window.show_view(window.views.index(window.plan))
    card = window.plan.section("people")
    button = card.findChild(QPushButton, "addressBookButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_view(), PeopleView)


MARKERS = ("Wintergreen", "hollyhock", "Tamarisk", "Marigold")


def test_locking_clears_every_word(qtbot: QtBot, window: MainWindow) -> None:
    service = _service(window)
    service.add(
        "Wintergreen",
        "friend",
        reach="hollyhock lane",
        notes="Tamarisk tea",
        last_talked_on=TODAY - timedelta(days=60),
        remind_after_days=7,
    )
    window.session.changed.emit("people")
    window.check_in()
    dialog = window.findChild(CheckInDialog)
    assert dialog is not None
    dialog.ui.talkedGroup.setChecked(True)
    qtbot.keyClicks(dialog.ui.talkedNameEdit, "Marigold")
    view = _people(window)
    assert view.ui.notesEdit.toPlainText() == "Tamarisk tea"

    def leaks() -> list[str]:
        return [t for t in every_text(window) for m in MARKERS if m.casefold() in t.casefold()]

    assert leaks(), "the markers must be on screen before the lock"
    window.session.lock()
    assert leaks() == []
    assert view.undo_stack.count() == 0
    assert window.today.keeping_in_touch.rows == []


def test_a_date_in_the_list_is_relative_to_the_clock(window: MainWindow, clock: FakeClock) -> None:
    _service(window).add("Sam", last_talked_on=date(2026, 11, 25))
    view = _people(window)
    assert _rows(view) == [["Sam", "Someone else", "Yesterday"]]


def test_a_name_holding_a_placeholder_is_kept_as_written() -> None:
    from wellbeing_desktop.gui.views.people_words import nudge_words
    from wellbeing_desktop.services.people import Nudge

    person_id = "00000000-0000-4000-8000-000000000001"
    sentence = nudge_words(Nudge(person_id, "Sam %2", 28, ""), talked_before=True)
    assert sentence.startswith("You haven't been in touch with Sam %2 for ")
