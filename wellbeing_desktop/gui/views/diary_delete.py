"""Deleting an entry: asked once, and undoable (Edit › Undo) while the window is open and unlocked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.i18n import Context

DiaryView = Context("DiaryView")  # lupdate reads the context from this name


def ask_to_delete(parent: QWidget) -> bool:
    """'Delete this entry?' with Delete and Keep; Keep is the default, so Enter never deletes by accident."""
    box = QMessageBox(parent)
    box.setObjectName("deleteEntryBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(DiaryView.tr("Delete entry"))
    box.setText(DiaryView.tr("Delete this entry?"))
    box.setInformativeText(
        DiaryView.tr("You can undo this from the Edit menu until you lock or close the app.")
    )
    delete = box.addButton(DiaryView.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("confirmDeleteButton")
    keep = box.addButton(DiaryView.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete


class DeleteEntryCommand(QUndoCommand):
    """Redo deletes (keeping the whole entry in memory); undo puts it back. The undo stack is cleared on
    lock, so a deleted entry's text never outlives the unlocked session."""

    def __init__(
        self, entry_id: str, delete: Callable[[str], Entry], restore: Callable[[Entry], None]
    ) -> None:
        super().__init__(DiaryView.tr("Delete entry"))
        self._id = entry_id
        self._delete = delete
        self._restore = restore
        self._entry: Entry | None = None

    def redo(self) -> None:
        self._entry = self._delete(self._id)

    def undo(self) -> None:
        if self._entry is not None:
            self._restore(self._entry)
            self._entry = None
