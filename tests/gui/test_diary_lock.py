"""Privacy and safety of the Diary across a lock and a crash: locking leaves no entry text anywhere in the
window, unlocking returns to the same entry, and an autosave survives the process being killed."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.vault import Vault

MARKERS = ("Marmalade", "zephyrlantern", "quillwort", "brambly")
ROOT = Path(__file__).resolve().parents[2]


def _model_texts(model: object) -> list[str]:
    from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex

    assert isinstance(model, QAbstractItemModel)
    found: list[str] = []
    roles = [*range(0, 16), *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 16)]
    # A list model hides columnCount: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            found += [str(model.data(index, role)) for role in roles]
    return found


def every_text(root: QWidget) -> list[str]:
    """Every string the window tree shows or holds: fields, labels, buttons, item models, completions."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            texts += [widget.toPlainText(), widget.toHtml()]
        elif isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    for completer in root.findChildren(QCompleter):
        texts += _model_texts(completer.model())
    return texts


def _leaks(root: QWidget) -> list[str]:
    return [text for text in every_text(root) for marker in MARKERS if marker.casefold() in text.casefold()]


def _confirm_delete() -> QPushButton:
    return QApplication.activeModalWidget().findChild(QPushButton, "confirmDeleteButton")


def test_lock_leaves_no_entry_text_and_unlock_returns_to_it(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    session = locked_session
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    diary = window.diary
    window.show()
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    window.show_view(window.views.index(diary))

    # A deleted entry waits in the undo stack; the one being written is open with everything filled in.
    diary.new_entry(None)
    qtbot.keyClicks(diary.editor.ui.bodyEdit, "Marmalade, to be deleted.")
    diary.save_pending()
    QTimer.singleShot(
        0, lambda: QApplication.activeModalWidget().findChild(QPushButton, "confirmDeleteButton").click()
    )
    diary.delete_current()
    assert diary.undo_stack.count() == 1

    diary.new_entry("driscoll")
    ui = diary.editor.ui
    qtbot.keyClicks(ui.titleEdit, "Marmalade afternoon")
    qtbot.keyClicks(ui.bodyEdit, "A zephyrlantern moment with a colleague.")
    qtbot.keyClicks(ui.tagsEdit, "quillwort")
    qtbot.keyClicks(ui.feelingsEdit, "brambly")
    diary.save_pending()
    entry_id = diary.current_entry_id()
    assert entry_id is not None
    qtbot.mouseClick(ui.readButton, Qt.MouseButton.LeftButton)  # rendered copy in the read view
    qtbot.keyClicks(diary.ui.searchEdit, "zephyrlantern")
    diary.browser.search_timer.timeout.emit()
    diary.browser.jump.menu.aboutToShow.emit()  # the calendar marks days with entries
    assert diary.browser.jump.calendar.dateTextFormat() != {}
    qtbot.keyClicks(ui.bodyEdit, " Unsaved words.")  # pending when the lock comes
    assert _leaks(window), "the test must see the markers before the lock"

    session.lock()

    assert window.ui.pages.currentWidget() is window.ui.lockPage
    assert _leaks(window) == []
    for stack in window.findChildren(QUndoStack):
        assert stack.count() == 0
    for calendar in window.findChildren(QCalendarWidget):
        assert calendar.dateTextFormat() == {}, "the calendar still marks the days with entries"
    assert diary.ui.searchEdit.text() == ""
    assert not diary.autosave.timer.isActive()

    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    assert diary.current_entry_id() == entry_id
    assert ui.titleEdit.text() == "Marmalade afternoon"
    assert "colleague. Unsaved words." in ui.bodyEdit.toPlainText()  # saved as the lock began
    assert diary.browser.current_id() == entry_id


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from wellbeing_desktop.content import load_builtin
    from wellbeing_desktop.gui.clock import Clock
    from wellbeing_desktop.gui.vault_session import VaultSession
    from wellbeing_desktop.gui.views.diary_view import DiaryView

    session = VaultSession(Path(sys.argv[1]))
    view = DiaryView(session, load_builtin(), Clock())
    view.show()

    def write():
        view.new_entry("debrief")
        QTest.keyClicks(view.editor.ui.bodyEdit, sys.argv[3])
        # Nothing is saved by hand: the autosave pause after typing does it.
        view.autosave.timer.timeout.connect(lambda: print("saved", flush=True))

    session.unlocked.connect(write)
    session.failed.connect(lambda message: (print("failed", message, flush=True), app.exit(1)))
    session.unlock(sys.argv[2])
    app.exec()
    """
)


def test_autosave_survives_the_process_being_killed(locked_session: VaultSession, tmp_path: Path) -> None:
    marker = f"Killed-after-the-pause-{datetime.now().timestamp():.0f}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(locked_session.folder), PASSPHRASE, marker],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the child never reported its autosave"
        assert child.stdout.readline().strip() == "saved"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()  # type: ignore[union-attr]
    assert child.returncode == -signal.SIGKILL

    with Vault.open(locked_session.folder, PASSPHRASE) as vault:
        entries = list(vault.entries.all())
    assert len(entries) == 1
    assert marker in entries[0].body and entries[0].template == "debrief"
