"""The Diary screen: the list (search, filters, dates) on the left, the open entry on the right.

Autosave writes a moment after typing stops and whenever the window asks (save_pending); a new entry
is written only once it holds something of the person's own. Delete asks once and can be undone until
the vault locks. Across a lock only the open entry's id is kept, never its text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.forms.ui_diary_view import Ui_DiaryView
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.base import AppView
from wellbeing_desktop.gui.views.diary_autosave import Autosaver
from wellbeing_desktop.gui.views.diary_browse import DiaryBrowser
from wellbeing_desktop.gui.views.diary_delete import DeleteEntryCommand, ask_to_delete
from wellbeing_desktop.gui.views.diary_editor import EntryEditor
from wellbeing_desktop.services import my_templates
from wellbeing_desktop.services.diary import DiaryService
from wellbeing_desktop.services.diary_text import has_writing, problem_sentence


class DiaryView(AppView):
    """Signals: save_state_changed(str) with "Saving…", "Saved", "Couldn't save: …", or "" when no entry
    is open (for a status bar)."""

    key = "diary"
    save_state_changed = Signal(str)

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, content, clock, parent)
        self.title = self.tr("Diary")
        self.setObjectName("diaryView")
        self.ui = Ui_DiaryView()
        self.ui.setupUi(self)
        self.editor = EntryEditor(content, self.ui.editorPage)
        self.editor.setObjectName("entryEditor")
        self.ui.editorPageLayout.addWidget(self.editor)
        self.browser = DiaryBrowser(self.ui, content, self)
        self.autosave = Autosaver(self._write, self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("diaryUndoStack")
        self._diary: DiaryService | None = None
        self._stored = False  # the open entry is in the vault
        self._reopen_id: str | None = None
        self._words: tuple[list[str], list[str]] = ([], [])  # the open entry's stored tags and feelings
        self._templates_from: ContentPack = content  # with the person's own templates while unlocked
        self.browser.new_requested.connect(self.new_entry)
        self.browser.entry_chosen.connect(self._choose)
        self.editor.edited.connect(self._edited)
        self.editor.delete_requested.connect(self.delete_current)
        self.ui.entryList.activated.connect(lambda _index: self.editor.ui.bodyEdit.setFocus())
        delete = QAction(self.tr("Delete entry"), self.ui.entryList)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.ui.entryList.addAction(delete)
        session.changed.connect(self._changed_elsewhere)
        self.ui.diarySplitter.setSizes([340, 660])
        self.ui.diarySplitter.setStretchFactor(1, 1)
        self._show_editor(False)

    # -- the main window's calls ---------------------------------------------------------------------

    def vault_opened(self) -> None:
        self._diary = DiaryService(self.session.vault, self.clock.now)
        self._offer_templates()
        self._refresh_vocabulary()
        self.browser.attach(self._diary, self.clock.now().date())
        reopen, self._reopen_id = self._reopen_id, None
        if not (reopen and self.open_entry(reopen)):
            self._show_editor(False)

    def save_pending(self) -> None:
        """Write the open entry now if it has unsaved changes (before switching screens, locking, closing)."""
        self.save_now()

    def save_now(self) -> bool:
        """save_pending, saying whether everything is stored: False keeps the entry open with its text."""
        return self.autosave.flush()

    def clear(self) -> None:
        if self._diary is not None:  # a second clear (supervision mode, then a lock) keeps the first's place
            self._reopen_id = self.current_entry_id()
        self.autosave.forget()
        self.undo_stack.clear()
        self._diary = None
        self._close_editor()
        self.browser.detach()
        self._offer_templates()

    def new_entry(self, template_key: str | None = None) -> None:
        """Start a new entry (a template's key, or None/"" for free writing). Written once it holds text."""
        if self._diary is None or not self.save_now():
            return
        entry = self._diary.new_entry(template_key or None, self._templates_from)
        self._load(entry, stored=False)
        self.browser.select(None)
        self.editor.start_writing()

    def open_entry(self, entry_id: str) -> bool:
        """Show an entry. False if it is gone, or if the open entry's changes could not be saved."""
        if self._diary is None:
            return False
        if entry_id == self.current_entry_id():
            return True
        if not self.save_now():
            self.browser.select(self.current_entry_id())
            return False
        entry = self._diary.get(entry_id)
        if entry is None:
            return False
        self._load(entry, stored=True)
        self.browser.select(entry_id)
        return True

    def current_entry_id(self) -> str | None:
        """The id of the open entry once it is in the vault (a new, still empty entry has none)."""
        entry = self.editor.entry()
        return entry.id if entry is not None and self._stored else None

    def focus_search(self) -> None:
        self.browser.focus_search()

    def show_flagged(self) -> None:
        """Only the entries to bring to supervision."""
        self.browser.filters.show_flagged()

    # -- editing and autosave ------------------------------------------------------------------------

    def _choose(self, entry_id: str) -> None:
        self.open_entry(entry_id)

    def _load(self, entry: Entry, stored: bool) -> None:
        self.autosave.forget()
        self._stored = stored
        self._words = (entry.tags, entry.emotions)
        self.editor.load(entry)
        self._set_status("")
        self._show_editor(True)

    def _edited(self) -> None:
        if self._diary is None:
            return
        self.autosave.changed()
        entry = self.editor.entry()
        if self._stored or (entry is not None and has_writing(entry)):
            self._set_status(self.tr("Saving…"))

    def _write(self) -> bool:
        entry = self.editor.entry()
        if self._diary is None or entry is None:
            return True
        if not self._stored and not has_writing(entry):
            return True  # nothing of the person's own yet: no empty entries
        try:
            saved = self._diary.save(entry)
        except WellbeingError as error:
            problems = error.problems if isinstance(error, ValidationError) else []
            sentence = problem_sentence(problems[0]) if problems else error.message.rstrip(".")
            problem = self.tr("%1. Your writing is still here.").replace("%1", sentence)
            self.editor.set_status(self.tr("Couldn't save"), problem)
            self.save_state_changed.emit(self.tr("Couldn't save: %1").replace("%1", problem))
            return False
        was_new, self._stored = not self._stored, True
        words_changed = self._words != (saved.tags, saved.emotions)
        self._words = (saved.tags, saved.emotions)
        self.editor.mark_saved(saved)
        self._set_status(self.tr("Saved"))
        if was_new:
            self.browser.refresh(select=saved.id)
        else:
            self.browser.model.update_summary(DiaryService.summary_of(saved))
        if words_changed:
            self._refresh_vocabulary()
        self.announce("entries")
        return True

    def _set_status(self, text: str) -> None:
        self.editor.set_status(text)
        self.save_state_changed.emit(text)

    # -- delete and undo -----------------------------------------------------------------------------

    def delete_current(self) -> None:
        if self._diary is None or self.editor.entry() is None or not ask_to_delete(self):
            return
        if self._diary is None:  # the vault locked while the question was open
            return
        self.save_now()
        entry_id = self.current_entry_id()
        if entry_id is None:  # never written: nothing to delete or undo
            self._close_editor()
            return
        self.undo_stack.push(DeleteEntryCommand(entry_id, self._delete_now, self._restore_now))

    def _delete_now(self, entry_id: str) -> Entry:
        assert self._diary is not None
        entry = self._diary.delete(entry_id)
        self.browser.refresh()
        if self.current_entry_id() == entry_id:
            self._close_editor()
        self.announce("entries")
        return entry

    def _restore_now(self, entry: Entry) -> None:
        assert self._diary is not None
        self._diary.restore(entry)
        self.browser.refresh(select=entry.id)
        self.open_entry(entry.id)
        self.announce("entries")

    # -- helpers -------------------------------------------------------------------------------------

    def _close_editor(self) -> None:
        self.autosave.forget()
        self._stored = False
        self.editor.clear()
        self._refresh_vocabulary()
        self._show_editor(False)
        self.save_state_changed.emit("")

    def _show_editor(self, shown: bool) -> None:
        if not shown:
            self.ui.noEntryLabel.setText(
                self.tr("Whatever you write stays private, encrypted on this computer.")
                if self.browser.diary_is_empty()
                else self.tr("Choose an entry to read it again, or start a new reflection.")
            )
        self.ui.editorStack.setCurrentWidget(self.ui.editorPage if shown else self.ui.noEntryPage)

    def _refresh_vocabulary(self) -> None:
        """Completions and the tag filter offer the words used so far."""
        if self._diary is not None:
            tags = self._diary.tags()
            self.editor.set_vocabulary(tags, self._diary.feeling_words(self.content))
            self.browser.set_tags(tags)

    def _offer_templates(self) -> None:
        """The packs' templates, and the person's own while the vault is open (their words: never locked)."""
        unlocked = self._diary is not None
        self._templates_from = (
            my_templates.with_mine(self.content, self.session.vault) if unlocked else self.content
        )
        self.browser.set_templates(self._templates_from.templates)
        self.editor.set_templates(self._templates_from.templates)

    def _changed_elsewhere(self, what: str) -> None:
        if what == "entries" and not self.announcing and self._diary is not None:
            self.browser.refresh()
            self._refresh_vocabulary()
        elif what == my_templates.CHANGED and self._diary is not None:
            self._offer_templates()
