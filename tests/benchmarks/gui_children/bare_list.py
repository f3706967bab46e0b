"""The memory baseline: a bare PySide6 window holding the same list as our Diary screen after unlocking.

usage: bare_list.py ROWS_JSON WIDTH HEIGHT. A QMainWindow whose central widget is a QListView over a
QStringListModel of the rows our list held (date, title, first line and tags of each), shown at our
window's size; once the list has painted, reports VmRSS and VmHWM.
"""

import json
import sys
from pathlib import Path

from common import after_first_paint, report, status_kib
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QListView, QMainWindow

app = QApplication(sys.argv[:1])
rows = json.loads(Path(sys.argv[1]).read_text())
window = QMainWindow()
view = QListView(window)
view.setModel(QStringListModel(rows, view))
window.setCentralWidget(view)
window.resize(int(sys.argv[2]), int(sys.argv[3]))
window.show()


def measured() -> None:
    report(rss_kib=status_kib("VmRSS"), hwm_kib=status_kib("VmHWM"), rows=view.model().rowCount())
    app.exit(0)


after_first_paint(view.viewport(), measured)
sys.exit(app.exec())
