"""Today: reminders from the plan, the review date when it has come, on this day, and nothing left
behind after locking."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pytestqt.qtbot import QtBot

from tests.unit.vault.builders import make_entry
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain.times import parse_timestamp
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.today_view import TodayView
from wellbeing_desktop.services import today as today_service


def _view(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> TodayView:
    view = TodayView(session, content, clock)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def test_empty_vault_shows_gentle_empty_states(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = _view(qtbot, session, content, clock)
    view.vault_opened()
    assert "gentle reminders" in view.ui.keepInMindLabel.text()
    assert view.ui.onThisDayEmptyLabel.isVisible() and not view.ui.onThisDayList.isVisible()
    assert not view.ui.reviewLabel.isVisible()
    assert view.ui.templateCombo.count() == 1 + len(content.templates)


def test_reminders_review_and_on_this_day(qtbot: QtBot, session: VaultSession, content: ContentPack) -> None:
    clock = FakeClock(parse_timestamp("2026-11-26T09:00:00+00:00"))
    vault = session.vault
    with vault.transaction():
        for text in ("A walk at lunch", "Tea with Priya", "Phone off at 7pm", "Bed by 11"):
            vault.plan.save_section("daily", "What keeps me well day to day")
            vault.plan.add_item("daily", text)
        vault.plan.set_review_on(date(2026, 11, 20))
        vault.entries.save(
            make_entry(
                title="Last year's marker", created_at=datetime.fromisoformat("2025-11-26T20:00:00+00:00")
            )
        )
        vault.entries.save(
            make_entry(title="Yesterday", created_at=datetime.fromisoformat("2025-11-25T20:00:00+00:00"))
        )
    view = _view(qtbot, session, content, clock)
    view.vault_opened()
    shown = view.ui.keepInMindLabel.text()
    assert shown.count("•") == 3
    assert view.ui.reviewLabel.isVisible() and "review date has come" in view.ui.reviewLabel.text()
    assert [view.ui.onThisDayList.item(i).text() for i in range(view.ui.onThisDayList.count())] == [
        "2025 · Last year's marker"
    ]
    with qtbot.waitSignal(view.entry_requested) as blocker:
        view.ui.onThisDayList.itemActivated.emit(view.ui.onThisDayList.item(0))
    assert blocker.args == [
        vault.connection.execute("SELECT id FROM entries WHERE title LIKE 'Last%'").fetchone()[0]
    ]

    session.lock()
    assert view.ui.onThisDayList.count() == 0
    assert view.ui.keepInMindLabel.text() == "" and view.ui.dateLabel.text() == ""


def test_reminders_change_day_by_day() -> None:
    from wellbeing_desktop.domain import PlanItem, PlanSection, SelfCarePlan

    items = [PlanItem(f"00000000-0000-4000-8000-00000000000{i}", f"item {i}") for i in range(5)]
    plan = SelfCarePlan(
        sections=[PlanSection("daily", "Daily", items), PlanSection("people", "People", items[:0])]
    )
    monday = today_service.keep_in_mind(plan, date(2026, 11, 23))
    tuesday = today_service.keep_in_mind(plan, date(2026, 11, 23) + timedelta(days=1))
    assert len(monday) == 3 and monday != tuesday


def test_write_and_check_in_buttons_ask_the_window(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = _view(qtbot, session, content, clock)
    view.ui.templateCombo.setCurrentIndex(view.ui.templateCombo.findData("debrief"))
    with qtbot.waitSignal(view.write_requested) as blocker:
        view.ui.writeButton.click()
    assert blocker.args == ["debrief"]
    with qtbot.waitSignal(view.check_in_requested):
        view.ui.checkInButton.click()
