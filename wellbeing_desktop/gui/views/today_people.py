"""Today's "Keeping in touch": a quiet line for each person the person asked to be reminded about and
hasn't been in touch with for a while, with "We talked today" and "Not now". Hidden when there are none;
nobody else is ever mentioned."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QBoxLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.people_words import nudge_words
from wellbeing_desktop.services.people import CHANGED, PeopleService


class KeepingInTouch(QWidget):
    """Owns the rows it adds to the group; a QWidget only so `tr` has a context."""

    def __init__(self, group: QGroupBox, layout: QBoxLayout, session: VaultSession) -> None:
        super().__init__(group)
        self.hide()
        self._group = group
        self._layout = layout
        self._session = session
        self.rows: list[QWidget] = []
        group.hide()

    def refresh(self, service: PeopleService, today: date) -> None:
        self.clear()
        for nudge in service.nudges(today):
            talked_before = service.get(nudge.person_id).last_talked_on is not None
            row = QWidget(self._group)
            row.setObjectName("nudgeRow")
            row.setProperty("personId", nudge.person_id)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            label = QLabel(nudge_words(nudge, talked_before), row)
            label.setObjectName("nudgeLabel")
            label.setWordWrap(True)
            line.addWidget(label, 1)
            talked = QPushButton(self.tr("We talked today"), row)
            talked.setObjectName("talkedTodayButton")
            talked.setAccessibleName(self.tr("We talked today: %1").replace("%1", nudge.name))
            talked.setAccessibleDescription(
                self.tr("Notes that you talked today, and puts this reminder away")
            )
            talked.clicked.connect(lambda _=False, i=nudge.person_id: self._talked(service, i, today))
            later = QPushButton(self.tr("Not now"), row)
            later.setObjectName("notNowButton")
            later.setAccessibleName(self.tr("Not now: %1").replace("%1", nudge.name))
            later.setAccessibleDescription(self.tr("Puts this reminder away for now"))
            later.clicked.connect(lambda _=False, i=nudge.person_id: self._not_now(service, i, today))
            line.addWidget(talked)
            line.addWidget(later)
            self._layout.addWidget(row)
            self.rows.append(row)
        self._group.setVisible(bool(self.rows))

    def _talked(self, service: PeopleService, person_id: str, today: date) -> None:
        if self._session.is_unlocked:
            service.talked_today(person_id, today)
            self._session.changed.emit(CHANGED)  # Today refreshes, and the People screen with it

    def _not_now(self, service: PeopleService, person_id: str, today: date) -> None:
        if self._session.is_unlocked:
            service.dismiss(person_id, today)
            self._session.changed.emit(CHANGED)

    def clear(self) -> None:
        for row in self.rows:
            for label in row.findChildren(QLabel):
                label.clear()
            for button in row.findChildren(QPushButton):
                button.blockSignals(True)
                button.setAccessibleName("")
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        self._group.hide()
