"""Reordering the plan: Alt+Up / Alt+Down (across sections at the ends), drag and drop within and
between sections, the item menu's "Move to", and undoing a move."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.gui.test_plan_support import open_plan_view, texts
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.plan_menu import item_menu
from wellbeing_desktop.gui.views.plan_view import PlanView
from wellbeing_desktop.services.plan import PlanService

DAILY = ["A walk at lunchtime, even a short one", "Cooking something proper on a Sunday", "Early nights"]
SIGNS = ["Snapping at people I love is my early sign", "Replaying calls on the bus home"]


def planned(view: PlanView, qtbot: QtBot) -> None:
    for text in DAILY:
        view.changes.add_item("daily", text)
    for text in SIGNS:
        view.changes.add_item("warning-signs", text)


def saved(view: PlanView, key: str) -> list[str]:
    assert view.changes.service is not None
    return [i.text for s in view.changes.service.load().sections if s.key == key for i in s.items]


def test_alt_up_and_down_reorder_and_cross_into_the_next_section(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    planned(view, qtbot)
    daily = view.section("daily").item_list
    daily.setCurrentIndex(daily.model().index(2, 0))
    qtbot.keyClick(daily, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert saved(view, "daily") == [DAILY[0], DAILY[2], DAILY[1]]
    assert daily.currentIndex().row() == 1  # the selection follows the item
    qtbot.keyClick(daily, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert saved(view, "daily") == [DAILY[2], DAILY[0], DAILY[1]]
    qtbot.keyClick(daily, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # the first section's top: stays
    assert saved(view, "daily") == [DAILY[2], DAILY[0], DAILY[1]]

    daily.setCurrentIndex(daily.model().index(2, 0))
    qtbot.keyClick(daily, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # past the last: next section
    assert saved(view, "daily") == [DAILY[2], DAILY[0]]
    assert saved(view, "warning-signs") == [DAILY[1], *SIGNS]
    signs = view.section("warning-signs").item_list
    assert signs.currentIndex().row() == 0 and not daily.selectionModel().hasSelection()
    qtbot.keyClick(signs, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # and back, to the end
    assert saved(view, "daily") == [DAILY[2], DAILY[0], DAILY[1]]
    assert texts(view, "daily") == saved(view, "daily")

    view.undo_stack.undo()
    view.undo_stack.undo()
    assert saved(view, "daily") == [DAILY[2], DAILY[0], DAILY[1]]
    view.undo_stack.undo()
    assert saved(view, "daily") == [DAILY[0], DAILY[2], DAILY[1]]


def test_dragging_within_a_section(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    planned(view, qtbot)
    model = view.section("daily").model
    # What QListView asks of the model when an item is dropped lower in its own list.
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert saved(view, "daily") == [DAILY[1], DAILY[2], DAILY[0]]
    # And what a plain drop asks: the data, then a drop at row 0.
    data = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert saved(view, "daily") == [DAILY[0], DAILY[1], DAILY[2]]
    assert texts(view, "daily") == saved(view, "daily")


def test_dragging_between_sections_and_onto_an_empty_one(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    planned(view, qtbot)
    source, target = view.section("daily").model, view.section("warning-signs").model
    data = source.mimeData([source.index(0, 0)])
    assert target.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert target.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert saved(view, "daily") == DAILY[1:]
    assert saved(view, "warning-signs") == [SIGNS[0], DAILY[0], SIGNS[1]]
    assert texts(view, "warning-signs") == saved(view, "warning-signs")

    # An empty section shows no list: the card itself takes the drop, at its end.
    card = view.section("boundaries")
    data = target.mimeData([target.index(1, 0)])
    drop = QDropEvent(
        QPointF(12, 12),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    card.dropEvent(drop)  # the card's handler; delivering a QDropEvent needs a platform drag
    assert drop.isAccepted()
    assert saved(view, "boundaries") == [DAILY[0]]
    view.undo_stack.undo()
    assert saved(view, "warning-signs") == [SIGNS[0], DAILY[0], SIGNS[1]] and saved(view, "boundaries") == []


def test_the_item_menu_moves_to_another_section(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    planned(view, qtbot)
    item_id = view.section("warning-signs").model.items()[1].id
    view.section("warning-signs").item_list.setCurrentIndex(view.section("warning-signs").model.index(1, 0))
    assert view._plan is not None
    menu = item_menu(view, view._plan, item_id)
    move_to = menu.findChild(QMenu, "planMoveToMenu")
    titles = [a.text() for a in move_to.actions()]
    assert "My early warning signs and triggers in the role" not in titles
    next(a for a in move_to.actions() if a.text() == "People I can talk to").trigger()
    assert saved(view, "people") == [SIGNS[1]]
    menu.close()


def test_a_drop_from_elsewhere_is_refused(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    from PySide6.QtCore import QMimeData

    view = open_plan_view(qtbot, session, content, clock)
    planned(view, qtbot)
    text = QMimeData()
    text.setText("Something dragged from another program")
    model = view.section("daily").model
    assert not model.canDropMimeData(text, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(text, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert saved(view, "daily") == DAILY
    assert PlanService(session.vault, clock.now, content).history(1)[0].kind == "added"
