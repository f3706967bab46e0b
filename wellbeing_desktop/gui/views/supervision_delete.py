"""Deleting a supervision session: asked once, and undoable (Edit › Undo) until the vault locks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from wellbeing_desktop.domain.supervision import SupervisionSession
from wellbeing_desktop.i18n import Context

SupervisionView = Context("SupervisionView")  # lupdate reads the context from this name


def ask_to_delete_session(parent: QWidget) -> bool:
    """'Delete this session?' with Delete and Keep; Keep is the default, so Enter never deletes."""
    box = QMessageBox(parent)
    box.setObjectName("deleteSessionBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(SupervisionView.tr("Delete session"))
    box.setText(SupervisionView.tr("Delete this session and the actions agreed in it?"))
    box.setInformativeText(
        SupervisionView.tr("You can undo this from the Edit menu until you lock or close the app.")
    )
    delete = box.addButton(SupervisionView.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("confirmDeleteButton")
    keep = box.addButton(SupervisionView.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete


class DeleteSessionCommand(QUndoCommand):
    """Redo deletes (keeping the whole session in memory); undo puts it back with its plan snapshot.
    The undo stack is cleared on lock, so a deleted session never outlives the unlocked session."""

    def __init__(
        self,
        session_id: str,
        delete: Callable[[str], SupervisionSession],
        restore: Callable[[SupervisionSession], None],
    ) -> None:
        super().__init__(SupervisionView.tr("Delete session"))
        self._id = session_id
        self._delete = delete
        self._restore = restore
        self._session: SupervisionSession | None = None

    def redo(self) -> None:
        self._session = self._delete(self._id)

    def undo(self) -> None:
        if self._session is not None:
            self._restore(self._session)
            self._session = None
