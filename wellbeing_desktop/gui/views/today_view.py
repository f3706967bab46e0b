"""Today: a calm home. A greeting, a way to check in or write, plan items to keep in mind, the plan's
review date when it is due, and "on this day" from earlier years. No streaks, no guilt."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.base import AppView


class TodayView(AppView):
    """Signals: write_requested(str) with a template key ("" for free writing); check_in_requested()."""

    key = "today"
    write_requested = Signal(str)
    check_in_requested = Signal()

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, content, clock, parent)
        self.title = self.tr("Today")
        self.setObjectName("todayView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        self.greetingLabel = QLabel(self)
        self.greetingLabel.setObjectName("greetingLabel")
        self.greetingLabel.setFont(heading_font(self.greetingLabel.font()))
        self.dateLabel = QLabel(self)
        self.dateLabel.setObjectName("dateLabel")
        layout.addWidget(self.greetingLabel)
        layout.addWidget(self.dateLabel)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def vault_opened(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        today = self.clock.now()
        self.greetingLabel.setText(self.tr("How are you doing today?"))
        self.dateLabel.setText(today.strftime("%A %d %B %Y"))

    def clear(self) -> None:
        self.dateLabel.clear()
