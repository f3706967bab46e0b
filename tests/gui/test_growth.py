"""The Growing screen on a real vault: development goals with steps, the learning log linking diary
entries, the monthly work reflection (dialog, history, signpost, Today's quiet line), the development
record PDF, and locking clearing every word."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from tests.gui.supervision_helpers import NOW, every_text_in_app, open_window
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.reflection_dialog import ReflectionDialog
from wellbeing_desktop.gui.main_window import GROWTH, MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.growth_view import LEARNING, REFLECTION, GrowthView
from wellbeing_desktop.services.development import DevelopmentService
from wellbeing_desktop.services.diary import DiaryService
from wellbeing_desktop.services.learning_log import LearningLogService
from wellbeing_desktop.services.reflection import ReflectionService


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def window(qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    return open_window(qtbot, locked_session, content, clock)


def _growth(window: MainWindow) -> GrowthView:
    window.ui.actionShowGrowth.trigger()
    view = window.current_view()
    assert isinstance(view, GrowthView)
    return view


def _answer_box(button: str, seen: list[str] | None = None) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if seen is not None:
            seen.append(box.text())
        found = box.findChild(QPushButton, button)
        assert found is not None
        found.click()

    QTimer.singleShot(0, click)


def _diary_entry(window: MainWindow, title: str, body: str) -> str:
    diary = DiaryService(window.session.vault, window.clock.now)
    entry = diary.new_entry()
    entry.title, entry.body = title, body
    return diary.save(entry).id


def test_the_screen_is_seventh_and_helps_when_empty(window: MainWindow) -> None:
    view = _growth(window)
    assert window.ui.navList.item(GROWTH).text() == "Growing"
    ui = view.goals.ui
    assert ui.goalEditorStack.currentWidget() is ui.goalEmptyPage
    assert "What would you like to grow in?" in ui.goalEmptyLabel.text()
    assert view.learning.ui.recordEditorStack.currentWidget() is view.learning.ui.recordEmptyPage
    assert view.reflection.ui.reflectionStack.currentWidget() is view.reflection.ui.reflectionEmptyPage
    assert [view.ui.growthTabs.tabText(i) for i in range(3)] == [
        "Development goals",
        "Learning log",
        "Work reflection",
    ]


def test_add_a_goal_with_steps_and_tick_one(qtbot: QtBot, window: MainWindow) -> None:
    view = _growth(window)
    goals = view.goals
    ui = goals.ui
    qtbot.mouseClick(ui.goalEmptyAddButton, Qt.MouseButton.LeftButton)
    assert ui.goalEditorStack.currentWidget() is ui.goalEditorPage
    qtbot.keyClicks(ui.whatEdit, "Feel steadier in hard conversations")
    qtbot.keyClicks(ui.whyEdit, "They come up in groups.")
    qtbot.mouseClick(ui.addStepButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(goals.steps.rows[0].ui.textEdit, "Ask Priya about the course")
    goals.steps.rows[0].ui.dueCheck.click()
    qtbot.mouseClick(ui.addStepButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(goals.steps.rows[1].ui.textEdit, "Read the guide")
    goals.save_pending()
    service = DevelopmentService(window.session.vault, window.clock.now)
    [goal] = service.goals()
    assert (goal.what, goal.why) == ("Feel steadier in hard conversations", "They come up in groups.")
    assert [(s.text, s.due_on) for s in goal.steps] == [
        ("Ask Priya about the course", date(2026, 12, 10)),
        ("Read the guide", None),
    ]
    assert ui.goalList.count() == 1 and "Next: Ask Priya about the course" in ui.goalList.item(0).text()

    goals.steps.rows[0].ui.doneCheck.click()
    with qtbot.waitSignal(goals.autosave.timer.timeout, timeout=5_000):
        pass
    assert [s.done for s in service.goal(goal.id).steps] == [True, False]
    assert "Next: Read the guide" in ui.goalList.item(0).text()

    ui.goalDoneCheck.click()
    assert service.goal(goal.id).done_on == date(2026, 11, 26)
    assert "Reached on" in ui.goalList.item(0).text()


def test_goals_move_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    service = DevelopmentService(window.session.vault, window.clock.now)
    for what in ("First", "Second", "Third"):
        service.add_goal(what)
    view = _growth(window)
    listing = view.goals.ui.goalList
    listing.setCurrentRow(2)
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [g.what for g in service.goals()] == ["First", "Third", "Second"]
    assert view.goals.current_goal_id() == service.goals()[1].id
    assert listing.currentRow() == 1


def test_deleting_a_goal_asks_once_and_undo_puts_it_back(qtbot: QtBot, window: MainWindow) -> None:
    service = DevelopmentService(window.session.vault, window.clock.now)
    service.add_goal("Run a group on my own", steps=[("Co-facilitate twice", None)])
    view = _growth(window)
    _answer_box("keepButton")
    qtbot.mouseClick(view.goals.ui.deleteGoalButton, Qt.MouseButton.LeftButton)
    assert len(service.goals()) == 1
    _answer_box("confirmDeleteButton")
    qtbot.mouseClick(view.goals.ui.deleteGoalButton, Qt.MouseButton.LeftButton)
    assert service.goals() == []
    assert view.goals.ui.goalEditorStack.currentWidget() is view.goals.ui.goalEmptyPage
    assert view.undo_stack.undoText() == "Delete goal"
    window.findChild(type(window.ui.actionLock), "actionUndo").trigger()
    [back] = service.goals()
    assert back.what == "Run a group on my own" and [s.text for s in back.steps] == ["Co-facilitate twice"]
    assert view.goals.ui.whatEdit.text() == "Run a group on my own"


def test_a_learning_note_links_a_diary_entry_until_the_entry_is_deleted(
    qtbot: QtBot, window: MainWindow
) -> None:
    entry_id = _diary_entry(window, "After the group", "A private line.")
    view = _growth(window)
    view.show_tab(LEARNING)
    learning = view.learning
    ui = learning.ui
    qtbot.mouseClick(ui.recordEmptyAddButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.recordTitleEdit, "Listening course")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("training"))
    qtbot.keyClicks(ui.learnedEdit, "Slow down.")
    qtbot.keyClicks(ui.practiceEdit, "I leave more silence.")
    assert ui.entryCombo.itemText(0) == "After the group · 26 November 2026"
    qtbot.mouseClick(ui.linkButton, Qt.MouseButton.LeftButton)
    learning.save_pending()
    service = LearningLogService(window.session.vault, window.clock.now)
    [record] = service.records()
    assert (record.title, record.kind, record.learned, record.practice_change) == (
        "Listening course",
        "training",
        "Slow down.",
        "I leave more silence.",
    )
    assert record.entry_ids == [entry_id]
    assert ui.linkedList.count() == 1 and ui.linkedList.item(0).text().startswith("After the group")
    assert "A private line" not in every_text_in_app()

    with qtbot.waitSignal(view.entry_requested) as opened:
        ui.linkedList.itemDoubleClicked.emit(ui.linkedList.item(0))
    assert opened.args == [entry_id]
    assert window.current_view() is window.diary  # the main window opened it in the diary
    assert window.diary.current_entry_id() == entry_id

    _answer_box("confirmDeleteButton")
    qtbot.mouseClick(window.diary.editor.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert service.get(record.id).entry_ids == []
    assert ui.linkedList.count() == 0


def _answer(dialog: ReflectionDialog, key: str, value: int) -> None:
    button = dialog.findChild(QRadioButton, f"answer-{key}-{value}")
    assert button is not None
    button.click()


def test_the_reflection_dialog_saves_answers_and_they_show_over_time(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.ui.actionReflect.isEnabled()
    window.ui.actionReflect.trigger()
    dialog = window.findChild(ReflectionDialog)
    assert dialog is not None and dialog.isVisible()
    save = dialog.findChild(QPushButton, "saveReflectionButton")
    assert save is not None and not save.isEnabled()  # nothing answered yet
    _answer(dialog, "worthwhile", 4)
    _answer(dialog, "rested", 2)
    _answer(dialog, "rested", 2)  # clicking the chosen answer again takes it back
    _answer(dialog, "put-down", 1)
    qtbot.keyClicks(dialog.ui.noteEdit, "A heavy month")
    assert save.isEnabled()
    save.click()
    service = ReflectionService(window.session.vault, window.clock.now)
    saved = service.for_month()
    assert saved is not None
    assert saved.answers == {"worthwhile": 4, "put-down": 1} and saved.note == "A heavy month"

    window.ui.actionReflect.trigger()  # answering again in the same month updates it
    again = next(d for d in window.findChildren(ReflectionDialog) if d.isVisible())
    assert again.groups["worthwhile"].checkedId() == 4 and again.ui.noteEdit.toPlainText() == "A heavy month"
    _answer(again, "worthwhile", 5)
    again.findChild(QPushButton, "saveReflectionButton").click()
    assert [r.answers["worthwhile"] for r in service.reflections()] == [5]

    view = _growth(window)
    view.show_tab(REFLECTION)
    panel = view.reflection
    assert panel.ui.reflectionStack.currentWidget() is panel.ui.reflectionHistoryPage
    table = panel.ui.reflectionTable
    assert table.horizontalHeaderItem(1).text() == "Nov 2026"
    rows = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert rows[0].startswith("How worthwhile") and rows[-1].startswith("Your average mood")
    assert "Hardly at all" in table.item(0, 0).toolTip()
    put_down = next(n for n, text in enumerate(rows) if "put down" in text)
    assert table.item(0, 1).text() == "5" and table.item(put_down, 1).text() == "1"
    assert panel.chart.canvas is not None  # drawn once the tab was shown
    assert not panel.ui.signpostLabel.isVisible()


def test_three_hard_months_bring_the_gentle_signpost(qtbot: QtBot, window: MainWindow) -> None:
    service = ReflectionService(window.session.vault, window.clock.now)
    for month in ("2026-09", "2026-10", "2026-11"):
        service.answer({"energy-left": 1, "rested": 2, "worthwhile": 4}, month=month)
    view = _growth(window)
    view.show_tab(REFLECTION)
    label = view.reflection.ui.signpostLabel
    assert label.isVisible()
    assert "running low for a few months" in label.text() and "Support now (F1)" in label.text()
    for word in ("score", "burnout", "normal range", "diagnos"):
        assert word not in label.text().lower()


def test_todays_quiet_line_shows_until_answered_or_set_aside(qtbot: QtBot, window: MainWindow) -> None:
    window.show_view(0)
    nudge = window.today.reflection_nudge
    assert nudge.isVisible() and "optional" in nudge.label.text()
    qtbot.mouseClick(nudge.later_button, Qt.MouseButton.LeftButton)
    assert not nudge.isVisible()
    window.today.refresh()
    assert not nudge.isVisible()  # set aside for the rest of the month


def test_the_development_pdf_holds_goals_and_the_log_but_no_diary_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read the PDF back")
    from PySide6.QtWidgets import QFileDialog

    entry_id = _diary_entry(window, "GROUPTITLE", "DIARYBODY stays private")
    DevelopmentService(window.session.vault, window.clock.now).add_goal(
        "GOALWHAT", why="GOALWHY", steps=[("STEPTEXT", None)]
    )
    LearningLogService(window.session.vault, window.clock.now).add(
        date(2026, 11, 3), "experience", "LOGTITLE", learned="LEARNEDTEXT", entry_ids=[entry_id]
    )
    view = _growth(window)
    order: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a: (order.append("chooser"), (str(tmp_path / "record.pdf"), ""))[1],
    )
    _answer_box("continueButton", order)
    written = view.save_record_pdf()
    assert written == tmp_path / "record.pdf"
    assert "will not be encrypted" in order[0] and order[1] == "chooser"
    done = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True, check=True)
    text = " ".join(done.stdout.split())
    for marker in ("GOALWHAT", "GOALWHY", "STEPTEXT", "LOGTITLE", "LEARNEDTEXT", "GROUPTITLE"):
        assert marker in text
    assert "DIARYBODY" not in text


def test_locking_clears_every_word(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = _diary_entry(window, "Wintergreen entry", "Body")
    DevelopmentService(window.session.vault, window.clock.now).add_goal(
        "Wintergreen goal", why="Wintergreen why", steps=[("Wintergreen step", None)]
    )
    LearningLogService(window.session.vault, window.clock.now).add(
        date(2026, 11, 3),
        "experience",
        "Wintergreen log",
        learned="Wintergreen learned",
        entry_ids=[entry_id],
    )
    ReflectionService(window.session.vault, window.clock.now).answer(
        {"worthwhile": 3}, note="Wintergreen note"
    )
    view = _growth(window)
    view.show_tab(LEARNING)
    view.show_tab(REFLECTION)
    window.ui.actionReflect.trigger()
    assert "Wintergreen" in every_text_in_app()
    window.session.lock()
    assert "Wintergreen" not in every_text_in_app()
    assert view.undo_stack.count() == 0
    assert view.reflection.chart.canvas is None or not view.reflection.chart.canvas.figure.axes


def test_the_growing_screen_loads_no_matplotlib_until_the_reflection_tab_is_shown() -> None:
    code = (
        "import sys; import wellbeing_desktop.gui.views.growth_view, wellbeing_desktop.gui.views.today_view;"
        " print('matplotlib' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
