"""A goal's small next steps in the editor: one row each (done, what, an optional date), added and
removed in place (gui/widgets/dated_tasks.py does the rows)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QBoxLayout, QWidget

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.development import NextStep
from wellbeing_desktop.gui.forms.ui_next_step_row import Ui_NextStepRow
from wellbeing_desktop.gui.widgets.dated_tasks import TaskList, TaskRow


class StepRow(TaskRow):
    def __init__(self, step: NextStep, today: date, parent: QWidget | None = None) -> None:
        super().__init__(Ui_NextStepRow(), step, today, parent)
        self.setObjectName("nextStepRow")

    def step(self) -> NextStep:
        return NextStep(*self.values())


class StepList(TaskList):
    """Signals: edited(); count_changed(int)."""

    def __init__(self, layout: QBoxLayout, container: QWidget) -> None:
        super().__init__(layout, container, StepRow, lambda: NextStep(rules.new_id(), ""))

    def steps(self) -> list[NextStep]:
        return [NextStep(*row.values()) for row in self.rows]
