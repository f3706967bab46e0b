"""The agreed actions of the session being edited: one row each (done, what, an optional due date),
added and removed in place (gui/widgets/dated_tasks.py does the rows)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QBoxLayout, QWidget

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.supervision import AgreedAction
from wellbeing_desktop.gui.forms.ui_agreed_action_row import Ui_AgreedActionRow
from wellbeing_desktop.gui.widgets.dated_tasks import TaskList, TaskRow


class ActionRow(TaskRow):
    def __init__(self, action: AgreedAction, today: date, parent: QWidget | None = None) -> None:
        super().__init__(Ui_AgreedActionRow(), action, today, parent)
        self.setObjectName("agreedActionRow")

    def action(self) -> AgreedAction:
        return AgreedAction(*self.values())


class ActionList(TaskList):
    """Signals: edited(); count_changed(int)."""

    def __init__(self, layout: QBoxLayout, container: QWidget) -> None:
        super().__init__(layout, container, ActionRow, lambda: AgreedAction(rules.new_id(), ""))

    def actions(self) -> list[AgreedAction]:
        return [AgreedAction(*row.values()) for row in self.rows]
