"""Today: a calm home. A greeting, a way to check in or write, plan items to keep in mind, the plan's
review date when it has come, actions agreed in supervision until they're done, and "on this day" from
earlier years. No streaks, no guilt."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from wellbeing_desktop.content.model import Template
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.dates import full_date
from wellbeing_desktop.gui.forms.ui_today_view import Ui_TodayView
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.base import AppView
from wellbeing_desktop.gui.views.today_actions import OpenActions
from wellbeing_desktop.gui.views.today_people import KeepingInTouch
from wellbeing_desktop.gui.views.today_reflection import ReflectionNudge
from wellbeing_desktop.services import my_templates
from wellbeing_desktop.services import today as today_service
from wellbeing_desktop.services.diary import DiaryService
from wellbeing_desktop.services.people import PeopleService
from wellbeing_desktop.services.supervision import SupervisionService

ENTRY_ID = Qt.ItemDataRole.UserRole


class TodayView(AppView):
    """Signals: write_requested(str) with a template key ("" for free writing); check_in_requested();
    entry_requested(str) with an entry id."""

    key = "today"
    write_requested = Signal(str)
    check_in_requested = Signal()
    entry_requested = Signal(str)

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, content, clock, parent)
        self.title = self.tr("Today")
        self.ui = Ui_TodayView()
        self.ui.setupUi(self)
        self.setObjectName("todayView")
        self.ui.greetingLabel.setFont(heading_font(self.ui.greetingLabel.font()))
        self._offer_templates(content.templates)
        self.ui.writeButton.clicked.connect(
            lambda: self.write_requested.emit(self.ui.templateCombo.currentData() or "")
        )
        self.ui.checkInButton.clicked.connect(self.check_in_requested)
        self.ui.onThisDayList.itemActivated.connect(
            lambda item: self.entry_requested.emit(item.data(ENTRY_ID))
        )
        self.open_actions = OpenActions(self.ui.supervisionGroup, self.ui.supervisionGroupLayout, session)
        self.keeping_in_touch = KeepingInTouch(self.ui.peopleGroup, self.ui.peopleGroupLayout, session)
        self.reflection_nudge = ReflectionNudge(session, content, clock, self)
        self.ui.leftColumn.insertWidget(self.ui.leftColumn.count() - 1, self.reflection_nudge)
        session.changed.connect(lambda _what: self.refresh() if session.is_unlocked else None)

    def offer(self, *, writing: bool, checking_in: bool) -> None:
        """Show only the buttons the window can act on: no dead buttons."""
        self.ui.writeButton.setVisible(writing)
        self.ui.templateCombo.setVisible(writing)
        self.ui.checkInButton.setVisible(checking_in)

    def vault_opened(self) -> None:
        self.refresh()

    def _offer_templates(self, templates: Sequence[Template]) -> None:
        """Free writing and `templates` to write from, keeping the one chosen if it is still there."""
        combo = self.ui.templateCombo
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Free writing"), "")
        for template in templates:
            combo.addItem(template.name, template.key)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)

    def refresh(self) -> None:
        vault = self.session.vault
        today = self.clock.now().date()
        self._offer_templates(my_templates.available(self.content, vault))
        self.ui.dateLabel.setText(full_date(today))
        plan = vault.plan.load()
        items = today_service.keep_in_mind(plan, today)
        if items:
            self.ui.keepInMindLabel.setText("\n".join(f"• {text}" for text in items))
        else:
            self.ui.keepInMindLabel.setText(
                self.tr(
                    "When your self-care plan has a few things in it, some will appear here as gentle reminders."  # noqa: E501 (one string for translators)
                )
            )
        due = today_service.review_due(plan, today)
        self.ui.reviewLabel.setVisible(due)
        self.ui.reviewLabel.setText(
            self.tr(
                "Your plan's review date has come. When you have a moment, look it over — with your supervisor if you like."  # noqa: E501 (one string for translators)
            )
            if due
            else ""
        )
        self.open_actions.refresh(SupervisionService(vault, self.clock.now, self.content), today)
        self.keeping_in_touch.refresh(PeopleService(vault, self.clock.now), today)
        self.reflection_nudge.refresh()
        self.ui.onThisDayList.clear()
        memories = DiaryService(vault, self.clock.now).on_this_day(today)[:10]
        untitled = self.tr("Untitled entry")
        for memory in memories:
            item = QListWidgetItem(f"{memory.created_at:%Y} · {memory.title or untitled}")
            item.setData(ENTRY_ID, memory.id)
            self.ui.onThisDayList.addItem(item)
        self.ui.onThisDayList.setVisible(bool(memories))
        self.ui.onThisDayEmptyLabel.setVisible(not memories)
        self.ui.onThisDayEmptyLabel.setText(
            self.tr("Entries you wrote on this day in earlier years will appear here.")
        )

    def clear(self) -> None:
        for label in (self.ui.dateLabel, self.ui.keepInMindLabel, self.ui.reviewLabel):
            label.clear()
        self.open_actions.clear()
        self.keeping_in_touch.clear()
        self.reflection_nudge.clear()
        self.ui.onThisDayList.clear()
        self._offer_templates(self.content.templates)  # my own templates' names are mine: gone on lock
