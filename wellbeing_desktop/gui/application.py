"""Create the QApplication and show the first window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from wellbeing_desktop import __version__
from wellbeing_desktop.gui.welcome_window import WelcomeWindow


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
    window = WelcomeWindow(args.vault)
    window.show()
    return app.exec()
