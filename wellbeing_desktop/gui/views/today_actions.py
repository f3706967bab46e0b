"""Today's "Agreed in supervision": each open action with a box to tick when it's done. Hidden when
there are none; ticking one marks it done through the service and it leaves the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QGroupBox

from wellbeing_desktop.gui.supervision.words import due_words
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.supervision import SupervisionService

CHANGED = "supervision"


class OpenActions(QObject):
    def __init__(self, group: QGroupBox, layout: QBoxLayout, session: VaultSession) -> None:
        super().__init__(group)
        self._group = group
        self._layout = layout
        self._session = session
        self.checks: list[QCheckBox] = []
        group.hide()

    def refresh(self, service: SupervisionService, today: date) -> None:
        self.clear()
        for open_action in service.open_actions():
            due = due_words(open_action.action.due_on, today)
            text = open_action.action.text + (f" · {due}" if due else "")
            check = QCheckBox(text, self._group)
            check.setObjectName("openActionCheck")
            check.setAccessibleName(self.tr("Done: %1").replace("%1", open_action.action.text))
            check.setAccessibleDescription(self.tr("Tick when you've done this action agreed in supervision"))
            check.setProperty("actionId", open_action.action.id)
            check.toggled.connect(
                lambda done, action_id=open_action.action.id: self._ticked(service, action_id, done)
            )
            self._layout.addWidget(check)
            self.checks.append(check)
        self._group.setVisible(bool(self.checks))

    def _ticked(self, service: SupervisionService, action_id: str, done: bool) -> None:
        if done and self._session.is_unlocked:
            service.set_action_done(action_id, True)
            self._session.changed.emit(CHANGED)  # Today refreshes, and the Supervision screen with it

    def clear(self) -> None:
        for check in self.checks:
            check.blockSignals(True)
            check.setText("")
            self._layout.removeWidget(check)
            check.hide()
            check.deleteLater()
        self.checks = []
        self._group.hide()
