"""Removing someone from the address book: asked once, and undoable (Edit › Undo) until the vault locks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from wellbeing_desktop.domain.person import Person
from wellbeing_desktop.i18n import Context

PeopleView = Context("PeopleView")  # lupdate reads the context from this name


def ask_to_remove_person(parent: QWidget) -> bool:
    """'Remove them from your address book?' with Remove and Keep; Keep is the default."""
    box = QMessageBox(parent)
    box.setObjectName("removePersonBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(PeopleView.tr("Remove from address book"))
    box.setText(PeopleView.tr("Remove this person from your address book?"))
    box.setInformativeText(
        PeopleView.tr(
            "Check-ins that mention them keep their name. You can undo this from the Edit menu until you "
            "lock or close the app."
        )
    )
    remove = box.addButton(PeopleView.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("confirmRemoveButton")
    keep = box.addButton(PeopleView.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is remove


class RemovePersonCommand(QUndoCommand):
    """Redo removes (keeping the person in memory); undo puts them back as they were. The undo stack is
    cleared on lock, so a removed person never outlives the unlocked session."""

    def __init__(
        self, person_id: str, remove: Callable[[str], Person], restore: Callable[[Person], None]
    ) -> None:
        super().__init__(PeopleView.tr("Remove from address book"))
        self._id = person_id
        self._remove = remove
        self._restore = restore
        self._person: Person | None = None

    def redo(self) -> None:
        self._person = self._remove(self._id)

    def undo(self) -> None:
        if self._person is not None:
            self._restore(self._person)
            self._person = None
