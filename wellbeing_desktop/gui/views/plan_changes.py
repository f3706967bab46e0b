"""Every change the Plan screen makes, each one undoable.

A change is made through the PlanService first; only a change the service accepted is pushed onto
the undo stack, already done. Undo and redo call the service again, so they are saved and recorded
in the plan's history like any other change. Commands are described without the item's words
("Undo: remove an item"), so no content reaches menus or tooltips.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from wellbeing_desktop.domain import PlanSection
from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.services.plan import PlanService

T = TypeVar("T")
# What the view should select once a change is saved: an item, or a place in a section (after a removal).
Selection = tuple[str, str, int]
NOTHING: Selection = ("", "", -1)


def _then(work: Callable[[], object], selection: Selection) -> Callable[[], Selection]:
    """A step for undo or redo: do `work`, then select `selection`."""

    def step() -> Selection:
        work()
        return selection

    return step


class PlanCommand(QUndoCommand):
    """A change already made when pushed: the first redo() does nothing."""

    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(text)
        self._undo, self._redo, self._made = undo, redo, True

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


class PlanChanges(QObject):
    """Signals: applied(item_id, section_key, row) after any change, undo or redo is saved — select
    `item_id`, or when it is "" the item now at `row` of `section_key`; failed(message) when the
    service refused, in one plain sentence."""

    applied = Signal(str, str, int)
    failed = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.service: PlanService | None = None

    def _try(self, work: Callable[[], T]) -> T | None:
        if self.service is None:
            return None
        try:
            return work()
        except WellbeingError as error:
            self.failed.emit(error.message)
            return None

    def _push(self, text: str, undo: Callable[[], Selection], redo: Callable[[], Selection]) -> None:
        def again(step: Callable[[], Selection]) -> None:
            if (selection := self._try(step)) is not None:
                self.applied.emit(*selection)

        self.undo_stack.push(PlanCommand(text, lambda: again(undo), lambda: again(redo)))

    # -- items ---------------------------------------------------------------------------------------

    def add_item(self, section_key: str, text: str) -> bool:
        item = self._try(lambda: self._service.add_item(section_key, text))
        if item is None:
            return False
        place: list[tuple[str, int]] = []

        def undo() -> Selection:
            key, row, _ = self._service.remove_item(item.id)
            place[:] = [(key, row)]
            return "", key, row

        def redo() -> Selection:
            self._service.restore_item(*place[0], item)
            return item.id, "", -1

        self._push(self.tr("add an item"), undo, redo)
        self.applied.emit(item.id, "", -1)
        return True

    def edit_item(self, item_id: str, text: str) -> bool:
        before = self._try(lambda: self._service.edit_item(item_id, text))
        if before is None:
            return False
        if before != text.strip():
            self._push(
                self.tr("change an item's words"),
                _then(lambda: self._service.edit_item(item_id, before), (item_id, "", -1)),
                _then(lambda: self._service.edit_item(item_id, text), (item_id, "", -1)),
            )
        self.applied.emit(item_id, "", -1)
        return True

    def remove_item(self, item_id: str) -> bool:
        place = self._try(lambda: self._service.remove_item(item_id))
        if place is None:
            return False
        key, row, item = place

        def undo() -> Selection:
            self._service.restore_item(key, row, item)
            return item_id, "", -1

        def redo() -> Selection:
            self._service.remove_item(item_id)
            return "", key, row

        self._push(self.tr("remove an item"), undo, redo)
        self.applied.emit("", key, row)
        return True

    def move_item(self, item_id: str, section_key: str, position: int) -> bool:
        before = self._try(lambda: self._service.move_item(item_id, section_key, position))
        if before is None:
            return False
        after = self._try(lambda: self._service.locate(item_id)[:2])
        if after is not None and after != before:

            def undo() -> Selection:
                self._service.move_item(item_id, *before)
                return item_id, "", -1

            def redo() -> Selection:
                self._service.move_item(item_id, *after)
                return item_id, "", -1

            self._push(self.tr("move an item"), undo, redo)
        self.applied.emit(item_id, "", -1)
        return True

    # -- review date and sections --------------------------------------------------------------------

    def set_review_on(self, day: date | None) -> bool:
        if self.service is None:
            return False
        service = self.service
        before = service.load().review_on
        if day == before or not self._try(lambda: service.set_review_on(day) or True):
            return False
        self._push(
            self.tr("change the review date"),
            _then(lambda: service.set_review_on(before), NOTHING),
            _then(lambda: service.set_review_on(day), NOTHING),
        )
        self.applied.emit(*NOTHING)
        return True

    def add_section(self, title: str) -> PlanSection | None:
        section = self._try(lambda: self._service.add_section(title))
        if section is None:
            return None
        self._push(
            self.tr("add a section"),
            _then(lambda: self._service.remove_section(section.key), NOTHING),
            _then(lambda: self._service.add_section(section.title, section.key), NOTHING),
        )
        self.applied.emit(*NOTHING)
        return section

    def remove_section(self, key: str) -> bool:
        section = self._try(lambda: self._service.remove_section(key))
        if section is None:
            return False
        self._push(
            self.tr("remove a section"),
            _then(lambda: self._service.add_section(section.title, section.key), NOTHING),
            _then(lambda: self._service.remove_section(section.key), NOTHING),
        )
        self.applied.emit(*NOTHING)
        return True

    @property
    def _service(self) -> PlanService:
        if self.service is None:
            raise WellbeingError("The vault is locked.")
        return self.service
