"""Today's quiet line about the monthly work reflection: shown only in a month without one, with
"Reflect…" and "Not this month". It never counts, never repeats itself in a month once set aside,
and says plainly that it is optional."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.reflection import ReflectionService


class ReflectionNudge(QGroupBox):
    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionNudge")
        self.setTitle(self.tr("This month"))
        self.setAccessibleName(self.tr("The monthly work reflection, optional"))
        self._session = session
        self._content = content
        self._clock = clock
        line = QHBoxLayout(self)
        line.setSpacing(8)
        self.label = QLabel(self)
        self.label.setObjectName("reflectionNudgeLabel")
        self.label.setWordWrap(True)
        line.addWidget(self.label, 1)
        self.reflect_button = QPushButton(self.tr("Reflect…"), self)
        self.reflect_button.setObjectName("reflectNowButton")
        self.reflect_button.setAccessibleName(self.tr("Reflect on how the work is sitting with you"))
        self.later_button = QPushButton(self.tr("Not this month"), self)
        self.later_button.setObjectName("notThisMonthButton")
        self.reflect_button.setAccessibleDescription(self.tr("Opens this month's short reflection"))
        self.later_button.setAccessibleDescription(
            self.tr("Puts this away until next month; you can still reflect from the Growth screen")
        )
        line.addWidget(self.reflect_button)
        line.addWidget(self.later_button)
        self.reflect_button.clicked.connect(self._reflect)
        self.later_button.clicked.connect(self._not_this_month)
        self.hide()

    def refresh(self) -> None:
        shown = self._session.is_unlocked and self._service().shows_nudge()
        self.label.setText(
            self.tr("A moment to reflect on how the work is sitting with you? — optional") if shown else ""
        )
        self.setVisible(shown)

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def _service(self) -> ReflectionService:
        return ReflectionService(self._session.vault, self._clock.now, self._content)

    def _reflect(self) -> None:
        from wellbeing_desktop.gui.dialogs.reflection_dialog import open_reflection

        open_reflection(self.window(), self._session, self._content, self._clock)

    def _not_this_month(self) -> None:
        if self._session.is_unlocked:
            self._service().dismiss_nudge()
            self.refresh()
