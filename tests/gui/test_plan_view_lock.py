"""Locking the Plan screen: what was done is kept in the vault, and nothing is left behind on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from tests.gui.test_plan_support import REALISTIC_PLAN, fill_plan, open_plan_view, texts, words_in_widgets
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession


def test_order_and_words_survive_locking_and_unlocking(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    fill_plan(view)
    coping = view.section("coping").item_list
    coping.setCurrentIndex(coping.model().index(2, 0))
    qtbot.keyClick(coping, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    item_id = view.section("boundaries").model.items()[0].id
    view.changes.edit_item(item_id, "I don't check work messages after 7pm, even on a bad day")
    view.changes.remove_item(view.section("daily").model.items()[1].id)
    own = view.changes.add_section("Things I'm proud of")
    assert own is not None
    view.changes.add_item(own.key, "Ran my first group on my own")
    shown = {key: texts(view, key) for key in view.sections}

    session.lock()
    assert len(view.sections) == 0
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    assert {key: texts(view, key) for key in view.sections} == shown
    assert texts(view, "coping") == [REALISTIC_PLAN["coping"][i] for i in (0, 2, 1)]
    assert list(view.sections)[-1] == own.key
    assert view.section(own.key).ui.titleLabel.text() == "Things I'm proud of"


def test_clear_after_lock_leaves_no_words_and_no_undo(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    fill_plan(view)
    view.changes.add_section("Days off")
    qtbot.keyClicks(view.ui.ownSectionEdit, "Half-typed section")
    people = view.section("people").item_list
    people.edit(people.model().index(0, 0))
    people.findChild(QLineEdit, "planItemEditor").setText("Priya, and Sam from the evening team")
    qtbot.keyClicks(view.section("development").ui.addEdit, "Co-facilitate a group session this year")
    assert view.undo_stack.count() > 0

    session.lock()
    words = " ".join(words_in_widgets(view))
    secrets = [t for ts in REALISTIC_PLAN.values() for t in ts]
    secrets += ["Days off", "Half-typed", "Sam from the evening team", "Co-facilitate", "Changed", "Added"]
    assert [s for s in secrets if s in words] == []
    assert view.undo_stack.count() == 0 and not view.undo_action.isEnabled()
    assert view.ui.historyText.toPlainText() == ""
    assert not view.ui.reviewCheck.isChecked()

    # What was being written when the lock came was saved first, not lost.
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    assert texts(view, "people")[0] == "Priya, and Sam from the evening team"
    assert texts(view, "development") == ["Co-facilitate a group session this year"]
    assert view.section("development").ui.addEdit.text() == ""
    assert view.undo_stack.count() == 0
