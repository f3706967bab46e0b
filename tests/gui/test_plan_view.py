"""The Plan screen on a real vault: sections, adding (typed and from examples), editing in place,
removing with undo, and what the model gives a drag."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.test_plan_support import open_plan_view, texts
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import PlanItem
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.plan_examples import ExampleButton
from wellbeing_desktop.gui.views.plan_model import MIME_TYPE, PlanItemsModel
from wellbeing_desktop.services.plan import PlanService


def saved(session: VaultSession, content: ContentPack, key: str) -> list[str]:
    plan = PlanService(session.vault, FakeClock().now, content).load()
    return [i.text for s in plan.sections if s.key == key for i in s.items]


def test_every_section_shows_its_guidance_and_examples_while_empty(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    assert view.title == "Self-care plan" and view.key == "plan"
    assert list(view.sections) == [g.key for g in content.plan_sections]
    coping = view.section("coping")
    guide = content.plan_section("coping")
    assert guide is not None
    assert coping.ui.titleLabel.text() == guide.title
    assert coping.ui.guidanceLabel.text() == guide.guidance
    assert [b.example for b in coping.findChildren(ExampleButton)] == list(guide.examples)
    assert coping.ui.examplesLabel.isVisible() and not coping.item_list.isVisible()
    assert "newest first" in view.ui.historyText.toPlainText()  # the empty history says what it is for

    with qtbot.waitSignal(session.changed, check_params_cb=lambda what: what == "plan"):
        qtbot.mouseClick(coping.findChildren(ExampleButton)[1], Qt.MouseButton.LeftButton)
    assert texts(view, "coping") == [guide.examples[1]]
    assert saved(session, content, "coping") == [guide.examples[1]]
    assert coping.item_list.isVisible() and not coping.ui.examplesLabel.isVisible()
    assert not coping.findChildren(ExampleButton)


def test_typing_adds_to_two_sections_and_clears_the_line(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    daily, boundaries = view.section("daily"), view.section("boundaries")
    assert not daily.ui.addButton.isEnabled()
    qtbot.keyClicks(daily.ui.addEdit, "A walk at lunchtime, even a short one")
    assert daily.ui.addButton.isEnabled()
    qtbot.keyClick(daily.ui.addEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(daily.ui.addEdit, "  Cooking something proper on a Sunday ")
    qtbot.mouseClick(daily.ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(boundaries.ui.addEdit, "I don't check work messages after 7pm")
    qtbot.keyClick(boundaries.ui.addEdit, Qt.Key.Key_Enter)
    qtbot.keyClick(boundaries.ui.addEdit, Qt.Key.Key_Return)  # nothing typed: nothing added

    assert texts(view, "daily") == [
        "A walk at lunchtime, even a short one",
        "Cooking something proper on a Sunday",
    ]
    assert saved(session, content, "daily") == texts(view, "daily")
    assert saved(session, content, "boundaries") == ["I don't check work messages after 7pm"]
    assert daily.ui.addEdit.text() == "" and boundaries.ui.addEdit.text() == ""
    assert not daily.ui.addButton.isEnabled()


def test_edit_in_place_with_f2_and_an_empty_edit_changes_nothing(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    view.changes.add_item("coping", "Text Priya")
    items = view.section("coping").item_list
    items.setFocus()
    items.setCurrentIndex(items.model().index(0, 0))
    qtbot.keyClick(items, Qt.Key.Key_F2)
    editor = items.findChild(QLineEdit, "planItemEditor")
    assert editor is not None and editor.text() == "Text Priya"
    editor.setText("Text Priya after a hard shift")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on its next turn of the event loop
    qtbot.waitUntil(lambda: items.findChild(QLineEdit, "planItemEditor") is None)
    assert texts(view, "coping") == ["Text Priya after a hard shift"]
    assert saved(session, content, "coping") == ["Text Priya after a hard shift"]

    items.edit(items.model().index(0, 0))
    editor = items.findChild(QLineEdit, "planItemEditor")
    editor.setText("   ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: items.findChild(QLineEdit, "planItemEditor") is None)
    assert texts(view, "coping") == ["Text Priya after a hard shift"]
    assert saved(session, content, "coping") == ["Text Priya after a hard shift"]


def test_save_pending_commits_an_edit_in_progress(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    view.changes.add_item("people", "My supervisor")
    items = view.section("people").item_list
    items.edit(items.model().index(0, 0))
    items.findChild(QLineEdit, "planItemEditor").setText("My supervisor, sooner if I need to")
    view.save_pending()
    assert saved(session, content, "people") == ["My supervisor, sooner if I need to"]
    assert items.findChild(QLineEdit, "planItemEditor") is None or items.state() != items.State.EditingState


def test_delete_removes_and_undo_puts_it_back_in_place(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    for text in ("Five slow breaths", "Text Priya after a hard shift", "Headphones and the long way home"):
        view.changes.add_item("coping", text)
    items = view.section("coping").item_list
    items.setFocus()
    items.setCurrentIndex(items.model().index(1, 0))
    qtbot.keyClick(items, Qt.Key.Key_Delete)
    assert texts(view, "coping") == ["Five slow breaths", "Headphones and the long way home"]
    assert items.currentIndex().row() == 1  # the next item is ready for another Delete
    assert view.ui.undoButton.isEnabled() and "remove an item" in view.ui.undoButton.toolTip()

    qtbot.mouseClick(view.ui.undoButton, Qt.MouseButton.LeftButton)
    expected = ["Five slow breaths", "Text Priya after a hard shift", "Headphones and the long way home"]
    assert texts(view, "coping") == expected
    assert saved(session, content, "coping") == expected
    view.undo_stack.redo()
    assert saved(session, content, "coping") == ["Five slow breaths", "Headphones and the long way home"]
    while view.undo_stack.canUndo():
        view.undo_stack.undo()
    assert saved(session, content, "coping") == []
    view.undo_stack.redo()  # the first add again, with the same id
    assert saved(session, content, "coping") == ["Five slow breaths"]


def test_the_remove_button_on_a_row(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    view.changes.add_item("daily", "Early nights on work nights")
    items = view.section("daily").item_list
    rect = items.visualRect(items.model().index(0, 0))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(
        items.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 14, rect.center().y())
    )
    assert saved(session, content, "daily") == []


def test_a_refused_change_is_said_plainly(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    view.changes.add_item("daily", "Music on the way home")
    item_id = view.section("daily").model.items()[0].id
    PlanService(session.vault, clock.now, content).remove_item(item_id)  # gone behind the screen's back
    assert not view.changes.edit_item(item_id, "Music on the way home, loud")
    assert view.ui.errorLabel.isVisible()
    assert view.ui.errorLabel.text() == "That item is no longer in your plan."
    view.changes.add_item("daily", "Music")
    assert not view.ui.errorLabel.isVisible()


def test_the_model_passes_qt_model_checks_and_drags_carry_only_an_id(qtmodeltester: ModelTester) -> None:
    model = PlanItemsModel("coping")
    model.set_items([PlanItem("11111111-1111-4111-8111-111111111111", "Text Priya after a hard shift")])
    qtmodeltester.check(model)
    data = model.mimeData([model.index(0)])
    assert data.formats() == [MIME_TYPE]
    assert "Priya" not in bytes(data.data(MIME_TYPE).data()).decode()
    assert not data.hasText()
    assert not model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())


def test_ctrl_z_undoes_within_the_screen(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.changes.add_item("coping", "Text Priya after a hard shift")
    items = view.section("coping").item_list
    items.setFocus()
    items.setCurrentIndex(items.model().index(0, 0))
    qtbot.keyClick(items, Qt.Key.Key_Delete)
    assert saved(session, content, "coping") == []
    qtbot.keySequence(items, QKeySequence(QKeySequence.StandardKey.Undo))
    assert saved(session, content, "coping") == ["Text Priya after a hard shift"]
    qtbot.keySequence(items, QKeySequence(QKeySequence.StandardKey.Redo))
    assert saved(session, content, "coping") == []
