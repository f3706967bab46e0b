"""A whole desktop session, driven as a person would, with an audit hook that records every socket
the process tries to open. Prints one JSON line: the exit code, the sockets, and the steps done.

Run: python -m tests.e2e.scripts.gui_session --vault PATH   (PASSPHRASE from the environment)
"""

from __future__ import annotations

import json
import os
import sys

events: list[str] = []


def _hook(event: str, args: object) -> None:
    if event.startswith("socket."):
        events.append(event)


sys.addaudithook(_hook)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

steps: list[str] = []


def _session(app: object) -> int:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.gui.dialogs.checkin_dialog import CheckInDialog
    from wellbeing_desktop.gui.main_window import MainWindow

    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    session = window.session

    def wait_for(signal: object) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()

    QTest.keyClicks(window.unlock_view.ui.passphraseEdit, os.environ["PASSPHRASE"])
    QTest.keyClick(window.unlock_view.ui.passphraseEdit, Qt.Key.Key_Return)
    wait_for(session.unlocked)
    steps.append("unlocked")

    window.write("debrief")
    QTest.keyClicks(window.diary.editor.ui.titleEdit, "After the drop-in")
    QTest.keyClicks(window.diary.editor.ui.bodyEdit, "Raised voices, then a calm cup of tea.")
    window.diary.save_pending()
    steps.append("wrote")

    window.find_in_diary()
    QTest.keyClicks(window.diary.ui.searchEdit, "tea")
    window.diary.browser.search_timer.timeout.emit()
    steps.append("searched")

    dialog = CheckInDialog(session, window.content, window.clock, window)
    dialog.ui.mood6Button.setChecked(True)
    dialog.accept()
    steps.append("checked in")

    window.show_view(window.views.index(window.mood))
    for _ in range(5):
        QApplication.processEvents()
    steps.append("charted" if "matplotlib" in sys.modules else "no chart")

    window.ui.actionLock.trigger()
    steps.append("locked" if not session.is_unlocked else "still open")
    window.close()
    return 0


def main() -> int:
    import wellbeing_desktop.gui.application as application
    from wellbeing_desktop.app import main as app_main

    application.run_event_loop = _session  # type: ignore[assignment]
    try:
        code = app_main(sys.argv[1:])
    except SystemExit as stop:
        code = int(stop.code or 0)
    print(json.dumps({"code": code, "sockets": events, "steps": steps}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
