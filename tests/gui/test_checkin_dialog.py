"""The check-in dialog on a real temporary vault: mood, optional scales, feeling words, coping, Save."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from matplotlib.dates import date2num
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from tests.gui.mood_samples import NOW, mood_lines
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import CopingUsed
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.checkin_dialog import CheckInDialog
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.mood_view import MoodView

# Opening a dialog on the offscreen platform: it cannot raise windows or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def coping(session: VaultSession) -> list[str]:
    vault = session.vault
    with vault.transaction():
        vault.plan.save_section("coping", "Coping strategies that help")
        return [vault.plan.add_item("coping", t).id for t in ("A walk at lunchtime", "Music on the way home")]


@pytest.fixture
def view(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> Iterator[MoodView]:
    view = MoodView(session, content, clock)
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    yield view


def open_dialog(qtbot: QtBot, view: MoodView) -> CheckInDialog:
    qtbot.mouseClick(view.findChild(QPushButton, "checkInButton"), Qt.MouseButton.LeftButton)
    dialog = view.findChild(CheckInDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_check_in_through_the_dialog(
    qtbot: QtBot, session: VaultSession, view: MoodView, coping: list[str]
) -> None:
    assert view.ui.moodPages.currentWidget() is view.ui.emptyPage
    dialog = open_dialog(qtbot, view)
    save = dialog.findChild(QPushButton, "saveButton")
    assert not save.isEnabled(), "nothing to save before a mood is chosen"
    qtbot.mouseClick(dialog.findChild(QPushButton, "mood7Button"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.findChild(QSlider, "stressSlider"), Qt.Key.Key_Right)  # touched: 5 -> 6
    qtbot.keyClicks(dialog.findChild(QLineEdit, "feelingsEdit"), "tired, hopeful")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "noteEdit"), "Long group session.")
    dialog.findChild(QCheckBox, "coping1Check").setChecked(True)
    with qtbot.waitSignal(session.changed) as changed:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert changed.args == ["checkins"]
    assert not dialog.isVisible()

    (saved,) = list(session.vault.checkins.all())
    assert (saved.mood, saved.stress, saved.energy, saved.sleep_hours) == (7, 6, None, None)
    assert saved.emotions == ["tired", "hopeful"]
    assert saved.note == "Long group session."
    assert saved.coping == [CopingUsed(coping[1], "Music on the way home")]
    assert saved.at == NOW

    # The Mood screen redrew from the change: the new point is on the mood line of the one figure.
    assert view.ui.moodPages.currentWidget() is view.ui.chartsPage
    line = mood_lines(view)["mood"]
    assert list(line.get_ydata()) == [7]
    assert list(line.get_xdata()) == [date2num(datetime(2026, 3, 4, 20, 30))]


def test_cancel_discards(qtbot: QtBot, session: VaultSession, view: MoodView) -> None:
    dialog = open_dialog(qtbot, view)
    qtbot.mouseClick(dialog.findChild(QPushButton, "mood3Button"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "noteEdit"), "Not today after all")
    with qtbot.assertNotEmitted(session.changed):
        qtbot.mouseClick(dialog.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    assert session.vault.checkins.count() == 0
    assert dialog.ui.noteEdit.toPlainText() == ""


def test_without_coping_strategies_a_gentle_line_shows(qtbot: QtBot, view: MoodView) -> None:
    dialog = open_dialog(qtbot, view)
    label = dialog.findChild(QLabel, "copingEmptyLabel")
    assert label.isVisible()
    assert label.text() == "Add coping strategies to your plan and you can tick them here."
    assert dialog.findChildren(QCheckBox) == []


def test_scale_words_come_from_the_content_pack(qtbot: QtBot, view: MoodView, content: ContentPack) -> None:
    dialog = open_dialog(qtbot, view)
    assert content.mood_scale.mood.low in dialog.findChild(QLabel, "moodLowLabel").text()
    assert content.mood_scale.mood.high in dialog.findChild(QLabel, "moodHighLabel").text()
    assert dialog.findChild(QLabel, "energyLabel").text() == content.mood_scale.energy.question


def test_stress_and_energy_are_off_until_touched(qtbot: QtBot, view: MoodView) -> None:
    dialog = open_dialog(qtbot, view)
    slider = dialog.findChild(QSlider, "energySlider")
    value = dialog.findChild(QLabel, "energyValueLabel")
    clear = dialog.findChild(QToolButton, "energyClearButton")
    assert dialog.energy.value() is None and value.text() == "Not recorded"
    assert not clear.isEnabled()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert dialog.energy.value() == 4 and value.text() == "4 of 10"
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert dialog.energy.value() is None and value.text() == "Not recorded"


def test_feeling_words_from_the_menu(qtbot: QtBot, view: MoodView, content: ContentPack) -> None:
    dialog = open_dialog(qtbot, view)
    edit = dialog.findChild(QLineEdit, "feelingsEdit")
    edit.setText("tired")
    menu = dialog.findChild(QMenu, "feelingsMenu")
    menu.aboutToShow.emit()
    calm = next(a for sub in menu.actions() for a in sub.menu().actions() if a.text() == "calm")
    calm.trigger()
    assert edit.text() == "tired, calm"
    menu.aboutToShow.emit()
    assert calm.isChecked()
    calm.trigger()
    assert edit.text() == "tired"
    assert {a.menu().title() for a in menu.actions()} == {g.name for g in content.feeling_words}


def test_a_word_completes_after_the_last_comma(qtbot: QtBot, view: MoodView) -> None:
    dialog = open_dialog(qtbot, view)
    edit = dialog.findChild(QLineEdit, "feelingsEdit")
    completer = edit.completer()
    assert completer.splitPath("tired, hope") == ["hope"]
    edit.setText("tired, hope")
    completer.setCompletionPrefix(completer.splitPath(edit.text())[0])
    assert completer.currentCompletion() == "tired, hopeful"  # the words before the comma stay


def test_a_problem_is_shown_and_nothing_saved(qtbot: QtBot, session: VaultSession, view: MoodView) -> None:
    dialog = open_dialog(qtbot, view)
    qtbot.mouseClick(dialog.findChild(QPushButton, "mood5Button"), Qt.MouseButton.LeftButton)
    dialog.findChild(QPlainTextEdit, "noteEdit").setPlainText("x" * 20_001)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "errorLabel")
    assert error.isVisible() and "20,000" in error.text()
    assert dialog.isVisible()
    assert session.vault.checkins.count() == 0


def test_locking_with_the_dialog_open_discards_it(
    qtbot: QtBot, session: VaultSession, view: MoodView, coping: list[str]
) -> None:
    dialog = open_dialog(qtbot, view)
    qtbot.mouseClick(dialog.findChild(QPushButton, "mood2Button"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "noteEdit"), "A hard call this afternoon")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "feelingsEdit"), "shaken")
    session.lock()
    assert not dialog.isVisible()
    texts = [dialog.ui.noteEdit.toPlainText(), dialog.ui.feelingsEdit.text()]
    texts += [c.text() for c in dialog.findChildren(QCheckBox)]
    assert texts == ["", ""] + [""] * len(coping)
    assert not dialog.ui.noteEdit.document().isUndoAvailable()
    assert not dialog.ui.feelingsEdit.isUndoAvailable()
