"""Create the QApplication and show the main window (the create/unlock screen first)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wellbeing_desktop import __version__
from wellbeing_desktop.gui import translations
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.i18n import Context

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

    from wellbeing_desktop.content import ContentPack

Application = Context("Application")  # lupdate reads the context from this name


def make_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName("Wellbeing Desktop")
    QCoreApplication.setApplicationName("wellbeing-desktop")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("Wellbeing Desktop")
    app.setDesktopFileName("wellbeing-desktop")
    translations.install(app)
    return app


def run_desktop_app(args: argparse.Namespace | SimpleNamespace) -> int:
    """The unlock window shows first. The content pack and the screens follow just after it is painted
    (MainWindow shows a broken pack's file and line, then leaves with 1), except for the demo, which
    opens at once and so needs them at once."""
    app = make_application(sys.argv[:1])
    crash_dialog = not getattr(args, "no_crash_dialog", False)
    if args.demo:
        from wellbeing_desktop.content import ContentError, load_builtin

        try:
            content = load_builtin()
        except ContentError as error:
            QMessageBox.critical(None, Application.tr("Wellbeing Desktop cannot start"), error.message)
            return 1
        _after_first_paint(app, crash_dialog)
        return _run_demo(app, content)
    session = VaultSession(args.vault)
    window = MainWindow(session, load_content, build_screens_now=False)
    window.first_painted.connect(lambda: _after_first_paint(app, crash_dialog))
    window.show()
    return run_event_loop(app)


def _after_first_paint(app: QApplication, crash_dialog: bool) -> None:
    """What can wait until the unlock window is up (a few milliseconds): crash reports in a dialog
    rather than only on stderr and in the log, and the fault log for a crash inside a library."""
    from wellbeing_desktop import crash_handler

    if crash_dialog:
        from wellbeing_desktop.gui import crash_notifier

        crash_notifier.install(app)
    crash_handler.enable_fault_log()


def load_content() -> ContentPack:
    """The built-in content pack and the installed ones, read when the screens are first built."""
    from wellbeing_desktop.content.installed import load_content as with_installed_packs

    return with_installed_packs()


def run_event_loop(app: QApplication) -> int:
    """The app's main loop; tests replace it to look at the window and leave."""
    close_on_signals(app)
    if os.environ.get("WELLBEING_STARTUP_PROBE"):  # packaging/measure_startup.py times the unlock window
        from wellbeing_desktop.gui.startup_probe import leave_after_first_paint

        leave_after_first_paint(app)
    return app.exec()


def close_on_signals(app: QApplication) -> None:
    """When the desktop session ends or someone presses Ctrl+C, leave as the Quit menu item does:
    windows close (saving what is being written, then locking), and the demo folder is removed."""

    def leave(*_: object) -> None:
        app.closeAllWindows()
        app.quit()

    for signal_number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signal_number, leave)
    # Python runs signal handlers only when it gets control; a light timer gives it the chance.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def _run_demo(app: QApplication, content: ContentPack) -> int:
    """A vault of sample entries in a private temporary folder, open at once and deleted on exit."""
    import shutil  # here, not at the top: only the demo needs them, and start-up is timed
    import tempfile
    from datetime import date, datetime, timedelta

    from wellbeing_desktop.services import demo
    from wellbeing_desktop.vault import Vault

    folder = Path(tempfile.mkdtemp(prefix="wellbeing-demo-"))
    try:
        vault = Vault.create(folder / "vault", demo.PASSPHRASE)
        demo.fill(vault, date.today(), datetime.now().astimezone().utcoffset() or timedelta(0))
        session = VaultSession(folder / "vault")
        window = MainWindow(session, content, demo=True, build_screens_now=False)
        window.unlock_view.set_hint(
            Application.tr("This is a demo: its passphrase is “%1”.").replace("%1", demo.PASSPHRASE)
        )
        window.show()
        session.adopt(vault)
        return run_event_loop(app)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
