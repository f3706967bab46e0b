"""Dates, numbers and the first day of the week follow the locale (QLocale: the system's), whatever
language the words are in: a German system sees "Donnerstag, 26. November 2026", 6,4 and Monday first;
an American one Sunday first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QTableWidget
from pytestqt.qtbot import QtBot

from tests.gui.screenshots import NOW, SIZE
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import DIARY, MOOD, MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import demo
from wellbeing_desktop.vault import Vault


@pytest.fixture
def locale_of(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    before = QLocale()
    chosen = QLocale(request.param)
    QLocale.setDefault(chosen)
    yield chosen
    QLocale.setDefault(before)


def _window(qtbot: QtBot, tmp_path: Path, content: ContentPack) -> MainWindow:
    vault = Vault.create(tmp_path / "vault", demo.PASSPHRASE)
    demo.fill(vault, NOW.date())
    session = VaultSession(tmp_path / "vault")
    window = MainWindow(session, content, FakeClock(NOW))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    session.adopt(vault)
    return window


@pytest.mark.parametrize(
    ("locale_of", "today", "first_day"),
    [
        ("de_DE", "Donnerstag, 26. November 2026", Qt.DayOfWeek.Monday),
        ("en_US", "Thursday, November 26, 2026", Qt.DayOfWeek.Sunday),
    ],
    indirect=["locale_of"],
)
def test_dates_numbers_and_the_week_follow_the_locale(
    qtbot: QtBot,
    tmp_path: Path,
    content: ContentPack,
    locale_of: QLocale,
    today: str,
    first_day: Qt.DayOfWeek,
) -> None:
    window = _window(qtbot, tmp_path, content)
    assert window.today.ui.dateLabel.text() == today
    window.show_view(DIARY)
    window.show_view(MOOD)
    calendars = window.findChildren(QCalendarWidget) + [
        edit.calendarWidget() for edit in window.findChildren(QDateEdit) if edit.calendarPopup()
    ]
    assert calendars
    assert {c.firstDayOfWeek() for c in calendars} == {first_day}
    table = window.findChild(QTableWidget, "overTimeTable")
    assert table is not None
    average = table.item(2, 1).text()  # Average mood
    assert average == locale_of.toString(float(average.replace(",", ".")), "f", 1)
    assert ("," in average) == (locale_of.decimalPoint() == ",")
