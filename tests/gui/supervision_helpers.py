"""Shared by the supervision GUI tests: a window on a real vault at a fixed time, and every text the
running app holds in any widget."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def open_window(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    """The window on `session` (locked), unlocked as a person would."""
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    return window


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every index of the model (children too) in the display, tooltip and accessible roles."""
    parent = parent or QModelIndex()
    flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))
    # A list model hides columnCount: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else max(model.columnCount(parent), 1)
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            found += [str(model.data(index, role)) for role in ROLES]
            if column == 0 and not flat and model.rowCount(index) > 0:
                found += model_texts(model, index)
    return found


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    elif isinstance(widget, QPlainTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QTextEdit):
        texts += [widget.toPlainText(), widget.toHtml()]
    elif isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += model_texts(widget.model())
    return texts


def every_text_in_app() -> str:
    """All text held by every widget the application has, shown or hidden, in one string."""
    return "\n".join(text for widget in QApplication.allWidgets() for text in widget_texts(widget))
