"""The check-in's "I talked with someone today", and — only if the person wants to say — who: people
ticked from the address book and names typed in. A typed name that is in the address book counts as them."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from wellbeing_desktop.domain import Person, TalkedWith

COLUMNS = 3  # people side by side, so a long address book keeps the dialog short


class TalkedWithField(QWidget):
    """`check` is a checkable group box ("I talked with someone today"); its box of who shows only
    while it is ticked. Owns no layout of its own (a QWidget only so `tr` has a context)."""

    def __init__(
        self,
        check: QGroupBox,
        box: QWidget,
        who: QLabel,
        layout: QBoxLayout,
        name_edit: QLineEdit,
        people: list[Person],
    ) -> None:
        super().__init__(box)
        self.hide()
        self._check = check
        self._box = box
        self._name_edit = name_edit
        self._ids = {p.name.casefold(): p.id for p in people}
        self.person_checks: list[QCheckBox] = []
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        layout.addLayout(grid)
        for index, person in enumerate(people):
            tick = QCheckBox(person.name, box)
            tick.setObjectName(f"talkedPerson{index}Check")
            tick.setProperty("person_id", person.id)
            tick.setAccessibleName(self.tr("I talked with %1").replace("%1", person.name))
            tick.setAccessibleDescription(self.tr("Tick if you talked with them; only if you want to say"))
            grid.addWidget(tick, index // COLUMNS, index % COLUMNS)
            self.person_checks.append(tick)
        if not people:
            who.setText(
                self.tr("Who? Only if you want to say. People on your People screen can be ticked here.")
            )
        box.setVisible(False)
        check.toggled.connect(self._ticked)

    def _ticked(self, on: bool) -> None:
        self._box.setVisible(on)

    def tab_chain(self, previous: QWidget) -> QWidget:
        """Put the talked box's controls in the tab order after `previous`; returns the last."""
        for widget in (self._check, *self.person_checks, self._name_edit):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        return previous

    def talked(self) -> bool:
        return self._check.isChecked()

    def talked_with(self) -> list[TalkedWith]:
        """Who, as ticked and typed (commas between names); nothing when the box is not ticked."""
        if not self._check.isChecked():
            return []
        found = [
            TalkedWith(str(c.property("person_id")), c.text()) for c in self.person_checks if c.isChecked()
        ]
        for typed in self._name_edit.text().split(","):
            name = " ".join(typed.split())
            if name:
                found.append(TalkedWith(self._ids.get(name.casefold()), name))
        return found

    def clear(self) -> None:
        """Leave no name in any widget."""
        self._name_edit.clear()
        self._ids = {}
        for tick in self.person_checks:
            tick.setText("")
            tick.setAccessibleName("")
            tick.setProperty("person_id", "")
