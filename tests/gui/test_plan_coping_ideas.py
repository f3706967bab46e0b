"""The content packs' coping ideas on the Plan screen: a menu beside the coping section's add line whose
ideas join the plan like a typed item (history and undo included), never offering one already there."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui.test_plan_support import open_plan_view, texts
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import SelfCarePlan
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.plan_ideas import CopingIdeasButton
from wellbeing_desktop.services.coping_ideas import not_in_plan
from wellbeing_desktop.services.plan import PlanService


def test_choosing_an_idea_adds_it_to_the_plan_and_undo_takes_it_back(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = open_plan_view(qtbot, session, content, clock)
    ideas = [idea.text for idea in content.coping_ideas]
    assert "A short walk between sessions" in ideas
    coping = view.section("coping")
    button = coping.findChild(CopingIdeasButton, "copingIdeasButton")
    assert button is not None and button.isVisible() and button.accessibleName()
    assert button.ideas() == ideas
    assert [view.section(key).findChild(CopingIdeasButton) for key in ("daily", "boundaries")] == [None, None]

    chosen = button.menu().actions()[1]
    with qtbot.waitSignal(session.changed, check_params_cb=lambda what: what == "plan"):
        chosen.trigger()
    assert texts(view, "coping") == [ideas[1]]
    assert ideas[1] not in button.ideas() and len(button.ideas()) == len(ideas) - 1
    assert ideas[1] in view.ui.historyText.toPlainText()
    assert "add an item" in view.ui.undoButton.toolTip()

    view.undo_stack.undo()
    assert texts(view, "coping") == []
    assert button.ideas() == ideas

    view.undo_stack.redo()
    stored = PlanService(session.vault, clock.now, content).load()
    assert [i.text for s in stored.sections if s.key == "coping" for i in s.items] == [ideas[1]]


def test_ideas_already_in_the_plan_are_not_offered(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    ideas = [idea.text for idea in content.coping_ideas]
    service = PlanService(session.vault, clock.now, content)
    service.add_item("daily", ideas[0].upper())  # another section, other letter case: still there
    view = open_plan_view(qtbot, session, content, clock)
    button = view.section("coping").findChild(CopingIdeasButton)
    assert button is not None and button.ideas() == ideas[1:]
    for text in ideas[1:]:
        service.add_item("coping", text)
    session.changed.emit("plan")
    assert button.ideas() == [] and not button.isVisible()


def test_not_in_plan_keeps_the_packs_order_and_offers_each_text_once(content: ContentPack) -> None:
    doubled = (*content.coping_ideas, content.coping_ideas[0])
    assert not_in_plan(doubled, SelfCarePlan()) == list(content.coping_ideas)
