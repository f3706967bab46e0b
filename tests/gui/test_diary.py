"""The Diary screen on a real temporary vault: writing from a template, autosave, search, flags, filters,
delete and undo, empty states. Widgets are found by objectName; time never sleeps."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.models.entry_list_model import EntryRole
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.diary_view import DiaryView
from wellbeing_desktop.gui.widgets.entry_delegate import snippet_html

# The offscreen platform cannot raise a completion popup or grab the keyboard for it.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def view(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> DiaryView:
    made = DiaryView(session, content, clock)
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    made.vault_opened()
    return made


def _add(session: VaultSession, when: datetime, **fields: object) -> Entry:
    entry = Entry(id=str(uuid.uuid4()), created_at=when, updated_at=when, **fields)  # type: ignore[arg-type]
    with session.vault.transaction():
        session.vault.entries.save(entry)
    session.changed.emit("entries")  # as another screen, or an import, says
    return entry


def _search(qtbot: QtBot, view: DiaryView, text: str) -> None:
    view.ui.searchEdit.clear()
    qtbot.keyClicks(view.ui.searchEdit, text)
    assert view.browser.search_timer.isActive()  # debounced, not run on every key
    view.browser.search_timer.timeout.emit()


def _ids(view: DiaryView) -> list[str]:
    model = view.browser.model
    return [model.index(row).data(EntryRole.ID) for row in range(model.rowCount())]


def test_write_an_entry_from_a_template(qtbot: QtBot, view: DiaryView, session: VaultSession) -> None:
    menu = view.ui.newButton.menu()
    names = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert names == [
        "Free writing",
        "Gibbs' reflective cycle",
        "What? So what? Now what?",
        "After a difficult conversation",
    ]
    next(a for a in menu.actions() if a.text() == "After a difficult conversation").trigger()
    editor = view.editor.ui
    assert view.ui.editorStack.currentWidget() is view.ui.editorPage
    assert editor.promptPanel.isVisible()
    assert editor.promptQuestionLabel.text() == "Briefly, what happened?"
    assert "don't write names" in editor.promptHintLabel.text()
    assert "step 1 of 5" in editor.promptStepLabel.text()
    assert editor.bodyEdit.hasFocus()

    qtbot.keyClicks(editor.bodyEdit, "Someone shouted at the drop-in.")
    qtbot.mouseClick(editor.nextPromptButton, Qt.MouseButton.LeftButton)
    assert editor.promptQuestionLabel.text().startswith("How did you react")
    qtbot.keyClicks(editor.bodyEdit, "Shaky, then calm.")
    assert view.current_entry_id() is None  # nothing written before the pause
    assert session.vault.entries.count() == 0

    view.autosave.timer.timeout.emit()  # the pause after typing
    saved = session.vault.entries.get(view.editor.entry().id)  # type: ignore[union-attr]
    assert saved is not None and saved.template == "debrief"
    for heading in (
        "What happened",
        "How I reacted",
        "What I did well",
        "What I need now",
        "Who I will talk to",
    ):
        assert f"## {heading}\n" in saved.body
    assert (
        "## What happened\nSomeone shouted at the drop-in.\n## How I reacted\nShaky, then calm." in saved.body
    )
    assert editor.saveStatusLabel.text() == "Saved"
    assert _ids(view) == [saved.id]


def test_autosave_waits_for_a_pause_then_writes(qtbot: QtBot, view: DiaryView, session: VaultSession) -> None:
    view.new_entry(None)
    qtbot.keyClicks(view.editor.ui.titleEdit, "Tired evening")
    assert view.editor.ui.saveStatusLabel.text() == "Saving…"
    assert view.autosave.timer.isActive() and view.autosave.timer.interval() == 1500
    with qtbot.waitSignal(view.autosave.timer.timeout, timeout=5_000):
        pass  # the real pause, once
    assert view.editor.ui.saveStatusLabel.text() == "Saved"
    stored = session.vault.entries.get(view.current_entry_id() or "")
    assert stored is not None and stored.title == "Tired evening"


def test_a_new_entry_is_written_only_once_it_has_text(
    qtbot: QtBot, view: DiaryView, session: VaultSession
) -> None:
    view.new_entry("gibbs")
    view.save_pending()
    view.new_entry(None)
    view.save_pending()
    assert session.vault.entries.count() == 0
    assert view.ui.listStack.currentWidget() is view.ui.emptyPage
    qtbot.keyClicks(view.editor.ui.bodyEdit, "A quiet day.")
    view.save_pending()
    assert session.vault.entries.count() == 1


@POPUP
def test_mood_feelings_and_flag_are_saved(qtbot: QtBot, view: DiaryView, session: VaultSession) -> None:
    view.new_entry(None)
    ui = view.editor.ui
    assert (
        ui.moodCombo.itemText(1) == "1 · Really struggling"
        and ui.moodCombo.itemText(10) == "10 · Really good"
    )
    ui.moodCombo.setCurrentIndex(6)
    ui.moodCombo.activated.emit(6)  # as when the person picks it
    qtbot.keyClicks(ui.feelingsEdit, "tired, hopeful")
    ui.supervisionCheck.setChecked(True)
    assert view.autosave.pending
    view.autosave.timer.timeout.emit()
    stored = session.vault.entries.get(view.current_entry_id() or "")
    assert stored is not None
    assert (stored.mood, stored.emotions, stored.for_supervision) == (6, ["tired", "hopeful"], True)
    ui.moodCombo.setCurrentIndex(0)
    ui.moodCombo.activated.emit(0)
    view.save_pending()
    assert session.vault.entries.get(stored.id).mood is None  # type: ignore[union-attr]


def test_switching_entries_saves_first(qtbot: QtBot, view: DiaryView, session: VaultSession) -> None:
    now = datetime.now().astimezone()
    first = _add(session, now - timedelta(days=1), title="Group session", body="Seven came.")
    second = _add(session, now, title="Phone call", body="A tense call.")
    assert view.open_entry(first.id)
    qtbot.keyClick(view.editor.ui.bodyEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor.ui.bodyEdit, " Two were new.")
    view.ui.entryList.setCurrentIndex(view.browser.model.index(0))  # the person clicks the other entry
    assert view.current_entry_id() == second.id
    assert session.vault.entries.get(first.id).body.endswith("Two were new.")  # type: ignore[union-attr]


def test_a_refused_save_keeps_the_text_and_says_why(
    qtbot: QtBot, view: DiaryView, session: VaultSession
) -> None:
    other = _add(session, datetime.now().astimezone() - timedelta(days=1), body="Yesterday.")
    view.new_entry(None)
    qtbot.keyClicks(view.editor.ui.bodyEdit, "Words I must not lose.")
    view.save_pending()
    entry_id = view.current_entry_id()
    qtbot.keyClicks(view.editor.ui.tagsEdit, "x" * 95)
    view.autosave.timer.timeout.emit()
    assert view.editor.ui.saveStatusLabel.text() == "Couldn't save"
    problem = view.editor.ui.saveProblemLabel
    assert problem.isVisible()
    assert problem.text() == "A tag is 95 characters long; the most is 80. Your writing is still here."
    assert not view.open_entry(other.id)  # switching would lose the change: refused
    assert view.current_entry_id() == entry_id
    assert view.editor.ui.bodyEdit.toPlainText() == "Words I must not lose."
    view.editor.ui.tagsEdit.setText("hard day")
    view.editor.edited.emit()
    assert view.save_now()
    assert not problem.isVisible() and view.editor.ui.saveStatusLabel.text() == "Saved"
    assert session.vault.entries.get(entry_id or "").tags == ["hard day"]  # type: ignore[union-attr]


def test_search_finds_the_entry_with_a_highlighted_snippet(
    qtbot: QtBot, view: DiaryView, session: VaultSession
) -> None:
    now = datetime.now().astimezone()
    call = _add(session, now, title="Phone call", body="A tense phone call about <housing>; I kept calm.")
    _add(session, now - timedelta(days=1), title="Group", body="A warm group session.")
    _search(qtbot, view, "tense")
    assert _ids(view) == [call.id]
    snippet = view.browser.model.index(0).data(EntryRole.SNIPPET)
    assert "\x02tense\x03" in snippet
    assert "<b>tense</b>" in snippet_html(snippet) and "&lt;housing&gt;" in snippet_html(snippet)
    assert view.ui.countLabel.text() == "1 entry matches"

    _search(qtbot, view, "kept ca")  # the word being typed matches as a prefix
    assert _ids(view) == [call.id]
    assert "\x02calm\x03" in view.browser.model.index(0).data(EntryRole.SNIPPET)
    _search(qtbot, view, "warm g")  # a single letter waits for the next
    assert view.browser.searching_for() == "warm"

    _search(qtbot, view, "nothing of the sort")
    assert view.ui.listStack.currentWidget() is view.ui.noMatchPage
    qtbot.mouseClick(view.ui.clearSearchButton, Qt.MouseButton.LeftButton)
    assert view.ui.searchEdit.text() == "" and len(_ids(view)) == 2
    assert view.ui.countLabel.text() == "2 entries"


def test_flag_for_supervision_and_the_filter_shows_it(
    qtbot: QtBot, view: DiaryView, session: VaultSession
) -> None:
    now = datetime.now().astimezone()
    hard = _add(session, now - timedelta(days=2), body="A disclosure that stayed with me.")
    _add(session, now, body="An easy shift.")
    view.open_entry(hard.id)
    qtbot.mouseClick(view.editor.ui.supervisionCheck, Qt.MouseButton.LeftButton)
    view.autosave.timer.timeout.emit()
    assert session.vault.entries.get(hard.id).for_supervision  # type: ignore[union-attr]
    assert view.browser.model.index(1).data(EntryRole.FLAGGED) is True

    qtbot.mouseClick(view.ui.filtersButton, Qt.MouseButton.LeftButton)
    assert view.ui.filtersPanel.isVisible()
    qtbot.mouseClick(view.ui.flaggedCheck, Qt.MouseButton.LeftButton)
    assert _ids(view) == [hard.id]
    assert view.ui.countLabel.text() == "1 entry matches"


def test_filters_by_tag_template_and_dates(view: DiaryView, session: VaultSession) -> None:
    base = datetime(2026, 11, 2, 19).astimezone()
    group = _add(session, base, body="Group.", tags=["group"])
    gibbs = _add(session, base + timedelta(days=5), body="## Description\n\nA review.", template="gibbs")
    phone = _add(session, base + timedelta(days=10), body="Phone.", tags=["phone", "Group"])
    ui = view.ui
    # Tags match ignoring case; the combo offers "group" and "Group" once.
    ui.tagCombo.setCurrentIndex(ui.tagCombo.findText("group", Qt.MatchFlag.MatchFixedString))
    assert _ids(view) == [phone.id, group.id]
    ui.tagCombo.setCurrentIndex(0)
    ui.templateCombo.setCurrentIndex(ui.templateCombo.findData("gibbs"))
    assert _ids(view) == [gibbs.id]
    ui.templateCombo.setCurrentIndex(ui.templateCombo.findData(""))  # free writing
    assert _ids(view) == [phone.id, group.id]
    ui.templateCombo.setCurrentIndex(0)
    ui.fromDateEdit.setDate(QDate(2026, 11, 5))
    ui.toDateEdit.setDate(QDate(2026, 11, 8))
    assert len(_ids(view)) == 3  # the dates count only once the range is switched on
    ui.dateRangeCheck.setChecked(True)
    assert _ids(view) == [gibbs.id]
    ui.clearFiltersButton.click()
    assert len(_ids(view)) == 3 and not ui.dateRangeCheck.isChecked()


def _answer_dialog(button_name: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.text() == "Delete this entry?"
        box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, click)


def test_delete_asks_once_and_undo_restores(qtbot: QtBot, view: DiaryView, session: VaultSession) -> None:
    entry = _add(session, datetime.now().astimezone(), title="Keep me", body="Something worth keeping.")
    view.open_entry(entry.id)

    _answer_dialog("keepButton")
    qtbot.mouseClick(view.editor.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert session.vault.entries.get(entry.id) is not None and view.undo_stack.count() == 0

    _answer_dialog("confirmDeleteButton")
    qtbot.mouseClick(view.editor.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert session.vault.entries.get(entry.id) is None
    assert view.ui.editorStack.currentWidget() is view.ui.noEntryPage
    assert view.ui.listStack.currentWidget() is view.ui.emptyPage
    assert view.undo_stack.canUndo() and view.undo_stack.undoText() == "Delete entry"

    view.undo_stack.undo()
    assert session.vault.entries.get(entry.id) == entry
    assert view.current_entry_id() == entry.id
    assert view.editor.ui.titleEdit.text() == "Keep me"
    assert _ids(view) == [entry.id]


def test_an_empty_diary_invites_writing(qtbot: QtBot, view: DiaryView) -> None:
    assert view.ui.listStack.currentWidget() is view.ui.emptyPage
    assert "Nothing here yet" in view.ui.emptyLabel.text()
    assert view.ui.editorStack.currentWidget() is view.ui.noEntryPage
    qtbot.mouseClick(view.ui.writeFirstButton, Qt.MouseButton.LeftButton)
    assert view.ui.editorStack.currentWidget() is view.ui.editorPage
    assert not view.editor.ui.promptPanel.isVisible()  # free writing


def test_jump_to_a_date(view: DiaryView, session: VaultSession) -> None:
    days = [_add(session, datetime(2026, 10, d, 20).astimezone(), body=f"Day {d}.") for d in (1, 10, 20)]
    view.browser.jump.chosen.emit(date(2026, 10, 12))  # no entry that day: the nearest earlier one
    assert view.current_entry_id() == days[1].id
    view.browser.jump.calendar.setCurrentPage(2026, 10)  # days with entries are bold
    assert view.browser.jump.calendar.dateTextFormat(QDate(2026, 10, 20)).fontWeight() == 700


def test_read_view_renders_markdown_but_never_html(qtbot: QtBot, view: DiaryView) -> None:
    view.new_entry(None)
    view.editor.ui.bodyEdit.insertPlainText("## Later\n\nFelt <b>better</b> after a walk.")  # as if pasted
    qtbot.mouseClick(view.editor.ui.readButton, Qt.MouseButton.LeftButton)
    read = view.editor.ui.readView
    assert view.editor.ui.bodyStack.currentWidget() is read
    assert read.toPlainText().startswith("Later")
    assert "<b>better</b>" in read.toPlainText()  # shown as typed, not as markup
    qtbot.mouseClick(view.editor.ui.readButton, Qt.MouseButton.LeftButton)
    assert read.toPlainText() == ""


@POPUP
def test_tags_complete_one_word_at_a_time(qtbot: QtBot, view: DiaryView, session: VaultSession) -> None:
    _add(session, datetime.now().astimezone(), body="Earlier.", tags=["group", "phone"])
    view.new_entry(None)
    tags = view.editor.ui.tagsEdit
    qtbot.keyClicks(tags, "phone, gr")
    completer = view.editor.tags.completer
    assert completer.completionCount() == 1 and completer.currentCompletion() == "group"
    view.editor.tags.insert("group")
    assert tags.text() == "phone, group, "
    assert view.editor.entry().tags == ["phone", "group"]  # type: ignore[union-attr]
    assert "tired" in view.editor.feelings.model.stringList()  # from the content pack


def test_a_full_disk_keeps_the_writing_and_says_so(
    qtbot: QtBot, view: DiaryView, session: VaultSession
) -> None:
    view.new_entry(None)
    qtbot.keyClicks(view.editor.ui.bodyEdit, "A first line that fits.")
    view.save_pending()
    pages = session.vault.connection.execute("PRAGMA page_count").fetchone()[0]
    session.vault.connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own 'disk is full'
    view.editor.ui.bodyEdit.appendPlainText("More words. " * 20_000)
    view.autosave.timer.timeout.emit()
    assert view.editor.ui.saveStatusLabel.text() == "Couldn't save"
    assert view.editor.ui.saveProblemLabel.text() == (
        "Your vault could not be saved: the disk is full. Free some space and try again. "
        "Your writing is still here."
    )
    assert view.editor.ui.bodyEdit.toPlainText().startswith("A first line that fits.\nMore words.")
    session.vault.connection.execute("PRAGMA max_page_count = 1073741823")
    assert view.save_now()
    assert view.editor.ui.saveStatusLabel.text() == "Saved"
