"""Guards against a Qt binding that would crash a long session: PySide6 6.12.0 drops a reference to
None each time an empty value crosses from Qt to Python (a list's paint, a combo's currentData()).
On Python 3.11 None's count then reaches zero and the interpreter aborts. pyproject excludes 6.12;
this test fails if a release with the same fault is ever installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot


class _Empty(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


def test_empty_values_keep_none_alive(qtbot: QtBot) -> None:
    model = _Empty()
    index = model.index(0, 0)
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("no data")
    before = sys.getrefcount(None)
    for _ in range(500):
        assert index.data(Qt.ItemDataRole.UserRole) is None
        assert combo.currentData() is None
    assert sys.getrefcount(None) - before > -100
