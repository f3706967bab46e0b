"""One plan section's items as a list model: shown, edited in place and dragged between sections.

The model never writes to the vault. An edit or a drop becomes a request the Plan view carries out
through the PlanService; the view then hands back the saved items with `set_items`. A drag carries
only the item's id, under our own MIME type: an item's words never travel through the platform's
drag-and-drop system, where other programs could read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from wellbeing_desktop.domain import PlanItem

MIME_TYPE = "application/x-wellbeing-plan-item"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def item_id_from(data: QMimeData) -> str | None:
    """The id a drag carries, or None when it is not one of our plan items."""
    if not data.hasFormat(MIME_TYPE):
        return None
    return bytes(data.data(MIME_TYPE).data()).decode("ascii", "replace") or None


class PlanItemsModel(QAbstractListModel):
    """Signals: edit_requested(item_id, text); move_requested(item_id, section_key, position) with
    `position` counted once the item has left its old place (PlanService.move_item)."""

    edit_requested = Signal(str, str)
    move_requested = Signal(str, str, int)

    def __init__(self, section_key: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.section_key = section_key
        self._items: list[PlanItem] = []

    # -- contents ------------------------------------------------------------------------------------

    def set_items(self, items: list[PlanItem]) -> None:
        """Show these items. Rewording only updates rows, so an open editor or selection survives."""
        if [i.id for i in items] == [i.id for i in self._items]:
            for row, (old, new) in enumerate(zip(self._items, items, strict=True)):
                if old.text != new.text:
                    self._items[row] = PlanItem(new.id, new.text)
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._items = [PlanItem(i.id, i.text) for i in items]
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def items(self) -> list[PlanItem]:
        return list(self._items)

    def row_of(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    # -- QAbstractListModel --------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return item.text
        if role == ID_ROLE:
            return item.id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        item = self._items[index.row()]
        if not text or text == item.text:
            return False
        self._items[index.row()] = PlanItem(item.id, text)
        self.dataChanged.emit(index, index)
        self.edit_requested.emit(item.id, text)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between items, never on one
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- drag and drop -------------------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [index.data(ID_ROLE) for index in indexes if index.isValid()]
        if ids:
            data.setData(MIME_TYPE, QByteArray(ids[0].encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and item_id_from(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        item_id = item_id_from(data)
        if action != Qt.DropAction.MoveAction or item_id is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        current = self.row_of(item_id)
        if current >= 0 and current < row:
            row -= 1  # counted after the item leaves its place above
        self.move_requested.emit(item_id, self.section_key, row)
        return True

    def moveRows(self, source: AnyIndex, row: int, count: int, destination: AnyIndex, child: int) -> bool:
        """A drag within this section (QListView asks for moveRows first)."""
        if count != 1 or source.isValid() or destination.isValid() or not 0 <= row < len(self._items):
            return False
        if child in (row, row + 1):
            return True  # dropped onto itself
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), child):
            return False
        item = self._items.pop(row)
        position = child - 1 if child > row else child
        self._items.insert(position, item)
        self.endMoveRows()
        self.move_requested.emit(item.id, self.section_key, position)
        return True
