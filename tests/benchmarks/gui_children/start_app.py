"""Start the real app (`wellbeing_desktop.app.main`, as `wellbeing-desktop --vault PATH`) and report the
moment its window is first painted, showing the unlock screen; then leave.

usage: start_app.py VAULT. Only the event loop is replaced (as tests/gui/test_demo.py does), so everything
the app does before it — imports, content validation, the window and every screen — is timed.
"""

import sys

from common import after_first_paint, report
from PySide6.QtWidgets import QApplication

from wellbeing_desktop import app
from wellbeing_desktop.gui import application
from wellbeing_desktop.gui.main_window import MainWindow


def first_paint_then_leave(qapp: QApplication) -> int:
    (window,) = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def done() -> None:
        locked = window.ui.pages.currentWidget() is window.ui.lockPage
        report(
            width=window.width(),
            height=window.height(),
            unlock_screen=locked and window.unlock_view.isVisible(),
        )
        qapp.exit(0)

    after_first_paint(window, done)
    return qapp.exec()


application.run_event_loop = first_paint_then_leave
sys.exit(app.main(["--vault", sys.argv[1]]))
