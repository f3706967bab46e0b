"""The list of one section's items: as tall as its contents (the page scrolls, not each section), with
the keys a plan needs — F2 or a double-click to edit, Delete to remove, Alt+Up / Alt+Down to move
(past the first or last item into the next section), and a menu for the rest."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QSizePolicy, QWidget

from wellbeing_desktop.gui.views.plan_delegate import PlanItemDelegate
from wellbeing_desktop.gui.views.plan_model import ID_ROLE


class PlanItemList(QListView):
    """Signals: remove_requested(item_id); move_by_requested(item_id, -1 | +1);
    menu_requested(item_id, global position)."""

    remove_requested = Signal(str)
    move_by_requested = Signal(str, int)
    menu_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = PlanItemDelegate(self)
        self.setItemDelegate(self.delegate)
        self.delegate.remove_clicked.connect(self.remove_requested)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleDescription(
            self.tr("F2 to edit, Delete to remove, Alt+Up or Alt+Down to move, the menu key for more.")
        )

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        m = model
        for signal in (m.modelReset, m.rowsInserted, m.rowsRemoved, m.rowsMoved, m.dataChanged):
            signal.connect(self.updateGeometry)

    def current_item_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    # -- as tall as the contents ---------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = sum(self.sizeHintForRow(row) for row in range(rows)) + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped words need a different height at a new width

    # -- keys and menu -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item_id = self.current_item_id()
        key, mods = event.key(), event.modifiers()
        if item_id and self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                self.remove_requested.emit(item_id)
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods == Qt.KeyboardModifier.AltModifier:
                self.move_by_requested.emit(item_id, -1 if key == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        where = (
            self.visualRect(index).bottomLeft() if event.reason() == event.Reason.Keyboard else event.pos()
        )
        self.menu_requested.emit(index.data(ID_ROLE), self.viewport().mapToGlobal(where))
