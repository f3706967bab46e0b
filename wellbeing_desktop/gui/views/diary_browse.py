"""The left of the Diary screen: search as you type, filters, jump to a date, and the entry list with its
empty states. It reads through the DiaryService and says which entry the person picked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QMenu

from wellbeing_desktop.content.model import ContentPack, Template
from wellbeing_desktop.errors import EmptySearch
from wellbeing_desktop.gui.forms.ui_diary_view import Ui_DiaryView
from wellbeing_desktop.gui.models.entry_list_model import EntryListModel, EntryRole
from wellbeing_desktop.gui.views.diary_filters import FilterBar
from wellbeing_desktop.gui.widgets.date_jump import DateJump
from wellbeing_desktop.gui.widgets.entry_delegate import EntryDelegate
from wellbeing_desktop.services.diary import DiaryService
from wellbeing_desktop.vault.search import to_fts_query

SEARCH_PAUSE_MS = 150
SEARCH_PAGE = 50  # ranked results come a page at a time too; a small first page answers a keystroke sooner


class DiaryBrowser(QObject):
    """Signals: entry_chosen(str) with the id of the entry the person picked in the list;
    new_requested(str) with a template key, or "" for free writing."""

    entry_chosen = Signal(str)
    new_requested = Signal(str)

    def __init__(self, ui: Ui_DiaryView, content: ContentPack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.countLabel.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = EntryListModel(parent=self)
        self.model.setObjectName("entryListModel")
        ui.entryList.setModel(self.model)
        ui.entryList.setItemDelegate(EntryDelegate(ui.entryList))
        ui.entryList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ui.entryList.selectionModel().currentChanged.connect(self._current_changed)
        self.filters = FilterBar(ui, content, self)
        self.filters.changed.connect(self.refresh)
        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("searchTimer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(self.search_timer.start)
        ui.searchEdit.installEventFilter(self)
        ui.clearSearchButton.clicked.connect(self.clear_search_and_filters)
        self.jump = DateJump(ui.calendarButton)
        self.jump.chosen.connect(self.jump_to)
        self._diary: DiaryService | None = None
        self._quiet = False  # the selection is being set by code, not by the person
        self._build_new_menu()
        self.set_templates(content.templates)
        ui.writeFirstButton.clicked.connect(lambda: self.new_requested.emit(""))

    def _build_new_menu(self) -> None:
        menu = QMenu(self.ui.newButton)
        menu.setObjectName("newEntryMenu")
        menu.setToolTipsVisible(True)
        self.ui.newButton.setMenu(menu)

    def set_templates(self, templates: Sequence[Template]) -> None:
        """What New offers and the filter lists: free writing, then `templates`."""
        menu = self.ui.newButton.menu()
        menu.clear()
        menu.addAction(self.tr("Free writing"), lambda: self.new_requested.emit(""))
        menu.addSeparator()
        for template in templates:
            action = menu.addAction(template.name, partial(self.new_requested.emit, template.key))
            action.setToolTip(template.description)
        self.filters.set_templates(templates)

    # -- vault open and closed -----------------------------------------------------------------------

    def attach(self, diary: DiaryService, today: date) -> None:
        self._diary = diary
        self.jump.days_with_entries = diary.days_with_entries
        self.jump.set_today(today)
        self.filters.set_today(today)
        self.refresh()

    def set_tags(self, tags: list[str]) -> None:
        """The tags the filter offers; after a save that may have added or removed one."""
        self.filters.set_tags(tags)

    def detach(self) -> None:
        """Forget everything shown: entries, search text, filters, the calendar's marks."""
        self._diary = None
        self.jump.days_with_entries = None
        self.jump.clear_marks()
        self.search_timer.stop()
        with QSignalBlocker(self.ui.searchEdit):
            self.ui.searchEdit.clear()
        self.filters.reset()
        self.model.load(None)
        self.ui.countLabel.clear()
        self.ui.listStack.setCurrentWidget(self.ui.listPage)

    # -- the list ------------------------------------------------------------------------------------

    def searching_for(self) -> str:
        """The search words, or "" when the box holds nothing searchable yet.

        Search follows typing: the word still being typed matches as a prefix ("colle" finds "colleague")
        once it has two letters; a single letter is left out until the next one comes, so the list never
        flashes to "no entries" in between.
        """
        text = self.ui.searchEdit.text()
        words = text.split()
        if words and text[-1:].isalnum() and text.count('"') % 2 == 0:
            last = words[-1]
            text = text + "*" if len(last) >= 2 else text[: -len(last)]
        try:
            to_fts_query(text)
        except EmptySearch:
            return ""
        return text.strip()

    def refresh(self, select: str | None = None) -> None:
        """Load the list again from the first page, keeping (or moving to) the selected entry."""
        diary = self._diary
        if diary is None:
            return
        self.search_timer.stop()
        keep = select or self.current_id()
        text, filters = self.searching_for(), self.filters.filters()
        if text:
            self.model.load(lambda limit, offset: diary.search(text, filters, limit, offset), SEARCH_PAGE)
        else:
            self.model.load(lambda limit, offset: diary.list_page(filters, limit, offset))
        narrowed = bool(text) or filters.active
        shown = diary.count(filters, text) if narrowed else diary.count()
        self._show_count(shown, narrowed)
        if self.model.rowCount() == 0:
            anything = narrowed and diary.count() > 0
            empty = self.ui.noMatchPage if anything else self.ui.emptyPage
            self.ui.listStack.setCurrentWidget(empty)
        else:
            self.ui.listStack.setCurrentWidget(self.ui.listPage)
        self.select(keep)

    def _show_count(self, n: int, narrowed: bool) -> None:
        number = f"{n:,}"
        if narrowed:
            text = self.tr("1 entry matches") if n == 1 else self.tr("%1 entries match").replace("%1", number)
        else:
            text = self.tr("1 entry") if n == 1 else self.tr("%1 entries").replace("%1", number)
        self.ui.countLabel.setText(text if n else "")  # the empty pages say it in words

    def select(self, entry_id: str | None) -> None:
        """Show `entry_id` as the current entry if it is loaded; otherwise select nothing. Never re-opens."""
        view = self.ui.entryList
        row = self.model.row_of(entry_id) if entry_id else -1
        self._quiet = True
        try:
            if row < 0:
                view.selectionModel().clear()
            else:
                index = self.model.index(row)
                view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                view.scrollTo(index)
        finally:
            self._quiet = False

    def diary_is_empty(self) -> bool:
        return self.ui.listStack.currentWidget() is self.ui.emptyPage

    def current_id(self) -> str | None:
        index = self.ui.entryList.currentIndex()
        return index.data(EntryRole.ID) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.entry_chosen.emit(current.data(EntryRole.ID))

    def jump_to(self, day: date) -> None:
        """Go to the entries of `day` (or the nearest earlier one) in the date-ordered list, and open it."""
        if self._diary is None:
            return
        if self.ui.searchEdit.text():
            with QSignalBlocker(self.ui.searchEdit):
                self.ui.searchEdit.clear()
            self.refresh()
        row = self._diary.rows_before(day, self.filters.filters())
        self.model.fetch_to(row)
        row = min(row, self.model.rowCount() - 1)
        if row >= 0:
            index = self.model.index(row)
            self.ui.entryList.setCurrentIndex(index)
            self.ui.entryList.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    # -- search box ----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def clear_search_and_filters(self) -> None:
        with QSignalBlocker(self.ui.searchEdit):
            self.ui.searchEdit.clear()
        with QSignalBlocker(self.filters):
            self.filters.clear_filters()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape clears the search; Down moves into the results."""
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.ui.searchEdit.text():
                self.ui.searchEdit.clear()
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.ui.entryList.setFocus()
                if not self.ui.entryList.currentIndex().isValid():
                    self.ui.entryList.setCurrentIndex(self.model.index(0))
                return True
        return False
