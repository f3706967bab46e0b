"""The start-up baseline: a bare PySide6 process showing an empty QMainWindow of our window's size.

usage: bare_window.py WIDTH HEIGHT — reports the moment the window is first painted, then leaves.
"""

import sys

from common import after_first_paint, report
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(int(sys.argv[1]), int(sys.argv[2]))
window.show()
after_first_paint(window, lambda: (report(width=window.width(), height=window.height()), app.exit(0)))
sys.exit(app.exec())
