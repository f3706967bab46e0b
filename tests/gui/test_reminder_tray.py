"""The check-in reminder on a real vault with a fake clock: shown only on a day without a check-in, once,
never unless chosen; clicking it opens the check-in (after unlocking, if the vault is locked)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import preferences
from wellbeing_desktop.services.checkin import CheckInService

WORDS = ("Wellbeing Desktop", "Would you like to check in? It only takes a moment.")
HOUR = 3600


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 26, 16, 0, tzinfo=timezone(timedelta(0))))


@pytest.fixture
def window(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    return window


def remind_at_five(session: VaultSession) -> None:
    preferences.save(session.vault, {"reminder_on": True, "reminder_minute": 17 * 60})
    session.changed.emit("preferences")


def shown_list(window: MainWindow) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    window.reminder.notify = lambda title, text: shown.append((title, text))
    return shown


def test_off_by_default(window: MainWindow, clock: FakeClock) -> None:
    shown = shown_list(window)
    clock.advance(3 * HOUR)
    window.reminder.check()
    assert shown == []


def test_shown_at_the_chosen_time_only_without_a_check_in_and_once(
    window: MainWindow, session: VaultSession, clock: FakeClock
) -> None:
    shown = shown_list(window)
    remind_at_five(session)
    window.reminder.check()
    assert shown == []  # 16:00, not yet
    clock.advance(HOUR)
    window.reminder.check()
    assert shown == [WORDS]
    clock.advance(HOUR)
    window.reminder.check()
    assert shown == [WORDS], "not twice a day"
    clock.advance(24 * HOUR)  # 18:00 the next day
    window.reminder.check()
    assert shown == [WORDS, WORDS]


def test_not_shown_on_a_day_with_a_check_in(
    window: MainWindow, session: VaultSession, clock: FakeClock
) -> None:
    shown = shown_list(window)
    remind_at_five(session)
    CheckInService(session.vault, clock.now).check_in(mood=7)
    session.changed.emit("checkins")
    clock.advance(2 * HOUR)
    window.reminder.check()
    assert shown == []
    clock.advance(24 * HOUR)  # the next day, with no check-in yet
    window.reminder.check()
    assert shown == [WORDS]


def test_while_locked_it_goes_by_what_it_saw_when_open(
    qtbot: QtBot, window: MainWindow, session: VaultSession, clock: FakeClock
) -> None:
    shown = shown_list(window)
    remind_at_five(session)
    session.lock()
    clock.advance(2 * HOUR)
    window.reminder.check()
    assert shown == [WORDS]
    opened: list[bool] = []
    window.reminder._check_in = lambda: opened.append(True)  # the dialog itself is tested elsewhere
    window.reminder.reminder_clicked()
    assert opened == [], "locked: nothing of the vault shows before the passphrase"
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    assert opened == [True]


def test_clicking_the_reminder_opens_the_check_in(
    window: MainWindow, session: VaultSession, clock: FakeClock
) -> None:
    from wellbeing_desktop.gui.dialogs.checkin_dialog import CheckInDialog

    window.show()
    remind_at_five(session)
    window.reminder.reminder_clicked()
    dialogs = [d for d in window.findChildren(CheckInDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
