"""A bug while an entry is being written: the calm dialog shows, the app carries on, and neither the
report, the log files nor stderr hold a word of the entry."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wellbeing_desktop import app_log, crash_handler
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui import crash_notifier
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.diary_view import DiaryView

# The offscreen platform cannot raise a window; the dialog raises itself on a real desktop.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

MARKER = "MARKER-c41d the service user told me about"


@pytest.fixture
def hooks(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[crash_notifier.CrashNotifier]:
    """The app's own hooks and dialog, as app.main and run_desktop_app install them."""
    monkeypatch.setenv("WELLBEING_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app_log.close()  # a whole-app test before this one may have opened the logs in its own folder
    crash_handler.install()
    notifier = crash_notifier.install(qapp)
    yield notifier
    crash_handler.set_presenter(None)
    if notifier.dialog is not None:
        notifier.dialog.close()
    notifier.deleteLater()
    app_log.close()


@pytest.mark.qt_no_exception_capture
def test_a_crash_while_writing_shows_a_calm_report_without_the_entry(
    qtbot: QtBot,
    hooks: crash_notifier.CrashNotifier,
    session: VaultSession,
    content: ContentPack,
    clock: FakeClock,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    view = DiaryView(session, content, clock)
    qtbot.addWidget(view)
    view.show()
    view.vault_opened()
    view.new_entry(None)
    body = view.editor.ui.bodyEdit

    def faulty_word_count() -> None:  # a bug in a slot that runs as the person types
        text = body.toPlainText()
        if "told me" in text:
            raise RuntimeError(f"cannot count the words of {text!r}")

    body.textChanged.connect(faulty_word_count)
    qtbot.keyClicks(body, MARKER)
    qtbot.waitUntil(lambda: hooks.dialog is not None and hooks.dialog.isVisible(), timeout=5_000)
    dialog = hooks.dialog
    assert dialog is not None
    report = dialog.report.toPlainText()
    assert "RuntimeError" in report and "in faulty_word_count" in report
    assert MARKER not in report and "told me" not in report
    labels = " ".join(w.text() for w in dialog.findChildren(type(dialog.copyButton)))
    assert "Copy report" in labels
    qtbot.mouseClick(dialog.copyButton, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == report

    # The app carries on: the entry is still there and saves.
    body.textChanged.disconnect(faulty_word_count)
    qtbot.keyClicks(body, " And then we had tea.")
    view.save_pending()
    saved = session.vault.entries.get(view.current_entry_id() or "")
    assert saved is not None and MARKER in saved.body

    _, err = capfd.readouterr()
    assert "Something went wrong. Your diary is safe" in err and MARKER not in err
    logs = list((tmp_path / "home" / "logs").iterdir())
    assert {p.name for p in logs} >= {app_log.LOG_NAME, app_log.FAULTS_NAME}
    for log in logs:
        assert MARKER not in log.read_text(encoding="utf-8"), log.name


def test_further_reports_go_into_the_open_dialog(qtbot: QtBot, hooks: crash_notifier.CrashNotifier) -> None:
    hooks.reported.emit("first report\n")
    qtbot.waitUntil(lambda: hooks.dialog is not None)
    hooks.reported.emit("second report\n")
    qtbot.waitUntil(lambda: "second report" in hooks.dialog.report.toPlainText())  # type: ignore[union-attr]
    assert "first report" in hooks.dialog.report.toPlainText()  # type: ignore[union-attr]
    assert len([w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog"]) == 1


@pytest.mark.parametrize("no_dialog", [True, False])
def test_no_crash_dialog_leaves_reports_on_stderr_only(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_dialog: bool
) -> None:
    from wellbeing_desktop import cli
    from wellbeing_desktop.gui import application

    monkeypatch.setenv("WELLBEING_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(crash_handler, "_presenter", None)
    monkeypatch.setattr(application, "run_event_loop", lambda app: 0)
    args = cli.parse(["--vault", str(tmp_path / "vault"), *(["--no-crash-dialog"] if no_dialog else [])])
    assert args.no_crash_dialog is no_dialog
    assert application.run_desktop_app(args) == 0
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    with qtbot.waitSignal(window.first_painted, timeout=5_000):  # the dialog comes once the window is up
        pass
    assert (crash_handler._presenter is None) is no_dialog
    for window in QApplication.topLevelWidgets():
        window.close()
