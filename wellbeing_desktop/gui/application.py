"""Create the QApplication and show the main window (the create/unlock screen first)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from wellbeing_desktop import __version__
from wellbeing_desktop.content import ContentError, load_builtin
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession


def make_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName("Wellbeing Desktop")
    QCoreApplication.setApplicationName("wellbeing-desktop")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("Wellbeing Desktop")
    app.setDesktopFileName("wellbeing-desktop")
    return app


def run_desktop_app(args: argparse.Namespace) -> int:
    app = make_application(sys.argv[:1])
    try:
        content = load_builtin()
    except ContentError as error:
        QMessageBox.critical(None, app.tr("Wellbeing Desktop cannot start"), error.message)
        return 1
    session = VaultSession(args.vault)
    window = MainWindow(session, content)
    window.show()
    return app.exec()
