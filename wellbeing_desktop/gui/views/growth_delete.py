"""Deleting a goal or a learning-log note: asked once, and undoable (Edit › Undo) until the vault locks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from wellbeing_desktop.i18n import Context

Removed = TypeVar("Removed")


GrowthView = Context("GrowthView")  # lupdate reads the context from this name


def ask_to_delete(parent: QWidget, question: str) -> bool:
    """The question with Delete and Keep; Keep is the default, so Enter never deletes."""
    box = QMessageBox(parent)
    box.setObjectName("deleteGrowthBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(GrowthView.tr("Delete"))
    box.setText(question)
    box.setInformativeText(
        GrowthView.tr("You can undo this from the Edit menu until you lock or close the app.")
    )
    delete = box.addButton(GrowthView.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("confirmDeleteButton")
    keep = box.addButton(GrowthView.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete


class DeleteCommand(QUndoCommand, Generic[Removed]):
    """Redo deletes (keeping the whole thing in memory); undo puts it back. The undo stack is cleared on
    lock, so nothing deleted outlives the unlocked session."""

    def __init__(
        self, text: str, item_id: str, delete: Callable[[str], Removed], restore: Callable[[Removed], None]
    ) -> None:
        super().__init__(text)
        self._id = item_id
        self._delete = delete
        self._restore = restore
        self._removed: Removed | None = None

    def redo(self) -> None:
        self._removed = self._delete(self._id)

    def undo(self) -> None:
        if self._removed is not None:
            self._restore(self._removed)
            self._removed = None
