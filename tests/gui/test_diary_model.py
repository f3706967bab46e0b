"""The diary list model: it passes Qt's model checks, loads a page at a time, and the delegate's snippets
are safe HTML."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.models.entry_list_model import PAGE_SIZE, EntryListModel, EntryRole
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.diary_view import DiaryView
from wellbeing_desktop.gui.widgets.entry_delegate import snippet_html
from wellbeing_desktop.services.diary import DiaryService

START = datetime(2024, 1, 1, 20, tzinfo=UTC)


def _fill(session: VaultSession, count: int) -> list[Entry]:
    """`count` entries, one a day, written through the repository in one transaction."""
    made = [
        Entry(
            id=str(uuid.uuid4()),
            created_at=START + timedelta(days=n),
            updated_at=START + timedelta(days=n),
            title="" if n % 3 else f"Day {n}",
            body=f"Shift number {n}. " + "A long day with the group, then a quiet walk home. " * 20,
            tags=["group"] if n % 2 else [],
            for_supervision=n % 7 == 0,
        )
        for n in range(count)
    ]
    with session.vault.transaction():
        for entry in made:
            session.vault.entries.save(entry)
    return made


@pytest.fixture
def diary(session: VaultSession) -> DiaryService:
    return DiaryService(session.vault, FakeClock().now)


def test_the_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, session: VaultSession, diary: DiaryService
) -> None:
    _fill(session, 30)
    model = EntryListModel()
    model.load(lambda limit, offset: diary.list_page(limit=limit, offset=offset), page_size=8)
    qtmodeltester.check(model)
    model.fetch_to(20)
    model.load(lambda limit, offset: diary.search("quiet walk", limit=limit, offset=offset), page_size=8)
    qtmodeltester.check(model)
    model.load(None)
    qtmodeltester.check(model)


def test_the_list_loads_a_page_at_a_time(session: VaultSession, diary: DiaryService) -> None:
    made = _fill(session, 1000)
    model = EntryListModel()
    model.load(lambda limit, offset: diary.list_page(limit=limit, offset=offset))
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetch_to(999)
    assert model.rowCount() == 1000 and not model.canFetchMore()
    assert model.index(0).data(EntryRole.ID) == made[-1].id  # newest first
    assert model.index(999).data(EntryRole.ID) == made[0].id
    assert model.index(999).data(EntryRole.TITLE) == "Day 0"
    assert model.index(998).data() == "Untitled"
    assert model.index(999).data(EntryRole.FLAGGED) is True
    preview = model.index(0).data(EntryRole.PREVIEW)
    assert preview.startswith("Shift number 999.") and len(preview) <= 400  # never the whole body


def test_scrolling_the_view_fetches_more(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    _fill(session, 1000)
    view = DiaryView(session, content, clock)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.vault_opened()
    model, entries = view.browser.model, view.ui.entryList
    assert model.rowCount() == PAGE_SIZE
    assert view.ui.countLabel.text() == "1,000 entries"
    entries.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE, timeout=5_000)
    assert model.rowCount() < 1000


def test_an_edit_updates_its_row_in_place_and_keeps_the_snippet(
    session: VaultSession, diary: DiaryService
) -> None:
    made = _fill(session, 3)
    model = EntryListModel()
    model.load(lambda limit, offset: diary.search("shift", limit=limit, offset=offset))
    row = model.row_of(made[1].id)
    snippet = model.index(row).data(EntryRole.SNIPPET)
    assert "\x02" in snippet
    entry = diary.get(made[1].id)
    assert entry is not None
    entry.title, entry.for_supervision = "Renamed", True
    model.update_summary(DiaryService.summary_of(entry))
    assert model.index(row).data(EntryRole.TITLE) == "Renamed"
    assert model.index(row).data(EntryRole.FLAGGED) is True
    assert model.index(row).data(EntryRole.SNIPPET) == snippet


def test_snippets_are_escaped_and_only_matches_are_bold() -> None:
    html = snippet_html("…said <script>alert(1)</script> & felt \x02tense\x03 after\x02wards\x03…")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert html.count("<b>") == 2 and "<b>tense</b>" in html
