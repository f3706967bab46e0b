"""Load the app's translation for the person's language, and Qt's own (standard buttons, dialogs).

The language is the system's, or WELLBEING_LANG (say `en_XA`, the pseudo-locale that shows at a glance
which words are not yet translatable). Translations live in assets/i18n as .qm files; a language with
no file simply shows English.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellbeing_desktop import i18n, resources
from wellbeing_desktop.gui.dates import shown

CATALOGUE = "wellbeing_desktop"


def install(app: QCoreApplication) -> list[QTranslator]:
    """Install the catalogues found (ours, then Qt's), and hand Qt's translate to the plain-Python code
    (wellbeing_desktop/i18n.py); returns the catalogues, so a test can remove them."""
    i18n.use(QCoreApplication.translate, _long_date, _decimal, _date_time, _number)
    chosen = os.environ.get("WELLBEING_LANG", "")
    locale = QLocale(chosen) if chosen else QLocale.system()
    folder = str(resources.assets() / "i18n")
    ours = QTranslator(app)
    found = (
        ours.load(f"{CATALOGUE}_{chosen}", folder) if chosen else ours.load(locale, CATALOGUE, "_", folder)
    )
    qt = QTranslator(app)
    qt_found = qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    installed = [t for t, ok in ((ours, found), (qt, qt_found)) if ok and app.installTranslator(t)]
    for translator in (ours, qt):
        if translator not in installed:
            translator.deleteLater()
    return installed


def _long_date(day: date) -> str:
    """The plain-Python code's dates ("26 November 2026") in the locale's month names."""
    return shown(day, "d MMMM yyyy")


def _date_time(moment: datetime) -> str:
    """ "Friday 25 September 2026, 20:10", in the locale's day and month names."""
    return shown(moment, "dddd d MMMM yyyy, HH:mm")


def _decimal(value: float, places: int) -> str:
    return QLocale().toString(value, "f", places)


def _number(value: int) -> str:
    return QLocale().toString(value)  # qlonglong: a file's size in bytes fits


def check_catalogues() -> str:
    """For --self-test: the pseudo-locale's catalogue loads, and Qt's own translations are where Qt
    looks for them (a bundle or a wheel that lost either would show English only, silently)."""
    ours = QTranslator()
    path = resources.assets() / "i18n" / f"{CATALOGUE}_en_XA.qm"
    if not ours.load(str(path)) or not ours.translate("AboutDialog", "Licences"):
        raise FileNotFoundError(f"the app's translations are missing ({path.name})")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    if not qt.load(QLocale(QLocale.Language.German), "qtbase", "_", qt_folder):
        raise FileNotFoundError("Qt's own translations are missing")
    return "the app's and Qt's translations"
