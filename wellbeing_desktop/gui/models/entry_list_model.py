"""The diary list: entries (or search results) loaded a page at a time as the list scrolls, so a diary of
20,000 entries opens at once and never reads every body.

The model knows nothing of the vault: it is given a page loader (limit, offset) -> rows by the view.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from wellbeing_desktop.services.diary_search import DiaryHit
from wellbeing_desktop.vault.entries import EntrySummary

Row = EntrySummary | DiaryHit
PageLoader = Callable[[int, int], Sequence[Row]]
PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex


class EntryRole(IntEnum):
    """Data the delegate paints; each is a str or bool."""

    ID = Qt.ItemDataRole.UserRole + 1
    DATE = Qt.ItemDataRole.UserRole + 2  # "Tue 24 Nov 2026", the date as written
    TITLE = Qt.ItemDataRole.UserRole + 3  # as written; "" when untitled
    PREVIEW = Qt.ItemDataRole.UserRole + 4  # the first line the person wrote
    SNIPPET = Qt.ItemDataRole.UserRole + 5  # a search snippet with highlight markers; "" when browsing
    TAGS = Qt.ItemDataRole.UserRole + 6  # "group, phone"
    FLAGGED = Qt.ItemDataRole.UserRole + 7  # bring to supervision


def _summary(row: Row) -> EntrySummary:
    return row.summary if isinstance(row, DiaryHit) else row


class EntryListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = PAGE_SIZE
        self._rows: list[Row] = []
        self._loader: PageLoader | None = None
        self._more = False
        self._resetting = False

    # -- loading -------------------------------------------------------------------------------------

    def load(self, loader: PageLoader | None, page_size: int = PAGE_SIZE) -> None:
        """Start again from `loader`'s first page, read as part of the reset; None empties the model."""
        self.beginResetModel()
        self.page_size = page_size
        self._loader = loader
        self._rows, self._more = [], loader is not None
        self._rows = self._next_page()
        self._resetting = True  # views and testers may ask for more while hearing of the reset: not yet
        try:
            self.endResetModel()
        finally:
            self._resetting = False

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._resetting

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._next_page()
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    def _next_page(self) -> list[Row]:
        if self._loader is None or not self._more:
            return []
        # One row more than a page says whether another page follows, without counting every entry.
        page = list(self._loader(self.page_size + 1, len(self._rows)))
        self._more = len(page) > self.page_size
        return page[: self.page_size]

    def fetch_to(self, row: int) -> None:
        """Load pages until `row` exists (or there is nothing more)."""
        while row >= len(self._rows) and self._more:
            self.fetchMore(QModelIndex())

    # -- reading -------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        summary = _summary(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = summary.title or self.tr("Untitled")
            if role == Qt.ItemDataRole.DisplayRole:
                return title
            return ", ".join(part for part in (title, self._date(summary), summary.first_line) if part)
        return self._role_data(row, summary, role)

    def _role_data(self, row: Row, summary: EntrySummary, role: int) -> Any:
        if role == EntryRole.ID:
            return summary.id
        if role == EntryRole.DATE:
            return self._date(summary)
        if role == EntryRole.TITLE:
            return summary.title
        if role == EntryRole.PREVIEW:
            return summary.first_line
        if role == EntryRole.SNIPPET:
            return row.snippet if isinstance(row, DiaryHit) else ""
        if role == EntryRole.TAGS:
            return ", ".join(summary.tags)
        if role == EntryRole.FLAGGED:
            return summary.for_supervision
        return None

    @staticmethod
    def _date(summary: EntrySummary) -> str:
        written = summary.created_at  # the date as the person lived it, never moved to another zone
        return QLocale().toString(QDate(written.year, written.month, written.day), "ddd d MMM yyyy")

    def entry_id(self, row: int) -> str:
        return _summary(self._rows[row]).id

    def row_of(self, entry_id: str) -> int:
        """The row of a loaded entry, or -1."""
        return next((i for i, row in enumerate(self._rows) if _summary(row).id == entry_id), -1)

    def update_summary(self, summary: EntrySummary) -> None:
        """Show an entry's new title, first line, tags or flag in place, keeping any search snippet."""
        row = self.row_of(summary.id)
        if row < 0:
            return
        old = self._rows[row]
        self._rows[row] = dataclasses.replace(old, summary=summary) if isinstance(old, DiaryHit) else summary
        index = self.index(row)
        self.dataChanged.emit(index, index)
