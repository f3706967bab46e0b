"""The real app after unlocking, on the Diary screen: its resident memory, before any chart.

usage: unlocked_app.py VAULT PASSPHRASE ROWS_JSON. Starts `wellbeing_desktop.app.main --vault VAULT`,
types the passphrase into the unlock screen and presses Unlock, shows the Diary screen (View ▸ Diary), and
once the diary list has painted, reports VmRSS (resident now; the key derivation's memory was released
when it returned), VmHWM (the peak, which includes it) and the memory SQLite holds. Then writes the rows
the list holds, as strings, to ROWS_JSON for the bare baseline to hold the same list.
"""

import json
import sys
from pathlib import Path

from common import after_first_paint, report, status_kib
from PySide6.QtWidgets import QApplication

from wellbeing_desktop import app
from wellbeing_desktop.gui import application
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.models.entry_list_model import EntryRole

vault, passphrase, rows_json = sys.argv[1:4]
ROLES = (EntryRole.DATE, EntryRole.TITLE, EntryRole.PREVIEW, EntryRole.TAGS)


def sqlite_kib() -> int:
    """Memory SQLite holds now (its page cache, mostly): sqlite3_memory_used() of the SQLCipher build."""
    import ctypes  # only now, after VmRSS was read: the measurement does not count its own tools

    import sqlcipher3._sqlite3

    memory_used = ctypes.CDLL(sqlcipher3._sqlite3.__file__).sqlite3_memory_used
    memory_used.restype = ctypes.c_int64
    return int(memory_used()) // 1024


def unlock_then_diary(qapp: QApplication) -> int:
    (window,) = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    entry_list = window.diary.ui.entryList

    def measured() -> None:
        model = entry_list.model()
        figures = {
            "rss_kib": status_kib("VmRSS"),
            "hwm_kib": status_kib("VmHWM"),
            "sqlite_kib": sqlite_kib(),
            "rows": model.rowCount(),
            "width": window.width(),
            "height": window.height(),
            "diary_shown": window.current_view() is window.diary and entry_list.isVisible(),
        }
        rows = [
            "\n".join(str(model.index(r, 0).data(role)) for role in ROLES) for r in range(model.rowCount())
        ]
        Path(rows_json).write_text(json.dumps(rows))
        report(**figures)
        qapp.exit(0)

    def show_diary() -> None:
        after_first_paint(entry_list.viewport(), measured)
        window.ui.actionShowDiary.trigger()

    def type_passphrase() -> None:
        window.session.unlocked.connect(show_diary)
        window.unlock_view.ui.passphraseEdit.setText(passphrase)
        window.unlock_view.ui.unlockButton.click()

    after_first_paint(window, type_passphrase)
    return qapp.exec()


application.run_event_loop = unlock_then_diary
sys.exit(app.main(["--vault", vault]))
