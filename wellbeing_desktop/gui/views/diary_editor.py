"""The entry editor: title, the writing (with a Read view rendered from Markdown), a template's guidance,
tags and feeling words with completion, an optional mood and the "bring to supervision" flag.

It holds one entry at a time and knows nothing of saving: it says when something changed, and gives
back the entry as it now reads.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, QLocale, QSignalBlocker, QTime, Signal
from PySide6.QtGui import QKeySequence, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from wellbeing_desktop.content.model import ContentPack, Template
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.gui.forms.ui_entry_editor import Ui_EntryEditor
from wellbeing_desktop.gui.views.diary_prompts import PromptGuide
from wellbeing_desktop.gui.widgets.markdown_highlighter import MarkdownHighlighter
from wellbeing_desktop.gui.widgets.word_completer import WordCompleter
from wellbeing_desktop.services.diary_text import join_words, split_words

_MARKDOWN = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


class EntryEditor(QWidget):
    """Signals: edited() whenever the person changes anything; delete_requested()."""

    edited = Signal()
    delete_requested = Signal()

    def __init__(self, content: ContentPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EntryEditor()
        self.ui.setupUi(self)
        self.content = content
        self._templates: tuple[Template, ...] = tuple(content.templates)
        self._entry: Entry | None = None
        self.guide = PromptGuide(self.ui, self)
        self.tags = WordCompleter(self.ui.tagsEdit)
        self.feelings = WordCompleter(self.ui.feelingsEdit)
        self._fill_moods()
        self.highlighter = MarkdownHighlighter(self.ui.bodyEdit.document(), self.ui.bodyEdit)
        self.ui.bodyEdit.document().setDocumentMargin(8)
        self.ui.dateLabel.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in any theme
        self.ui.readButton.setShortcut(QKeySequence("Ctrl+R"))
        self.ui.readButton.toggled.connect(self._show_read_view)
        self.ui.deleteButton.clicked.connect(self.delete_requested)
        for line in (self.ui.titleEdit, self.ui.tagsEdit, self.ui.feelingsEdit):
            line.textEdited.connect(self.edited)
        self.ui.bodyEdit.textChanged.connect(self._body_changed)
        self.ui.moodCombo.activated.connect(self.edited)
        self.ui.supervisionCheck.toggled.connect(self.edited)

    def _fill_moods(self) -> None:
        scale = self.content.mood_scale.mood
        combo = self.ui.moodCombo
        combo.addItem(self.tr("Not set"), None)
        for value in range(1, 11):
            words = {1: scale.low, 10: scale.high}.get(value)
            combo.addItem(f"{value} · {words}" if words else str(value), value)
        combo.setToolTip(scale.question)

    # -- the entry -----------------------------------------------------------------------------------

    def load(self, entry: Entry) -> None:
        """Show `entry`. Its template's prompts guide the writing if the content pack still has it."""
        self._entry = entry
        ui = self.ui
        with QSignalBlocker(ui.bodyEdit), QSignalBlocker(ui.moodCombo), QSignalBlocker(ui.supervisionCheck):
            ui.titleEdit.setText(entry.title)
            ui.bodyEdit.setPlainText(entry.body)
            ui.tagsEdit.setText(join_words(entry.tags))
            ui.feelingsEdit.setText(join_words(entry.emotions))
            ui.moodCombo.setCurrentIndex(entry.mood or 0)
            ui.supervisionCheck.setChecked(entry.for_supervision)
        ui.titleEdit.setCursorPosition(0)
        ui.readButton.setChecked(False)
        ui.bodyStack.setCurrentWidget(ui.bodyEdit)
        ui.bodyEdit.moveCursor(QTextCursor.MoveOperation.Start)
        self.guide.show(self._show_template(entry))

    def set_templates(self, templates: Sequence[Template]) -> None:
        """The templates an entry's key is looked up in (the packs' and the person's own)."""
        self._templates = tuple(templates)
        if self._entry is not None and self._entry.template:
            template = self._show_template(self._entry)
            if template != self.guide.template:  # renamed, changed or removed meanwhile
                self.guide.show(template)

    def _show_template(self, entry: Entry) -> Template | None:
        """Say when the entry was written and from which template; returns that template if it is here."""
        template = (
            next((t for t in self._templates if t.key == entry.template), None) if entry.template else None
        )
        self.ui.dateLabel.setText(self._written(entry) + self._template_words(entry.template, template))
        return template

    def _template_words(self, key: str | None, template: Template | None) -> str:
        """The template's name; for a pack since removed, its key, so the person knows where it came from."""
        if template is not None:
            return f" · {template.name}"
        if key:
            return " · " + self.tr("From a template that is no longer installed (%1)").replace("%1", key)
        return ""

    def _written(self, entry: Entry) -> str:
        at = entry.created_at  # as written, in the time zone the person was in
        moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
        return QLocale().toString(moment, self.tr("dddd d MMMM yyyy, HH:mm"))

    def entry(self) -> Entry | None:
        """The entry as the editor now shows it (None when empty)."""
        if self._entry is None:
            return None
        ui = self.ui
        return dataclasses.replace(
            self._entry,
            title=ui.titleEdit.text(),
            body=ui.bodyEdit.toPlainText(),
            tags=split_words(ui.tagsEdit.text()),
            emotions=split_words(ui.feelingsEdit.text()),
            mood=ui.moodCombo.currentData(),
            for_supervision=ui.supervisionCheck.isChecked(),
        )

    def mark_saved(self, entry: Entry) -> None:
        """Remember the stored version (its change time) without touching what is on screen."""
        self._entry = dataclasses.replace(entry)

    def start_writing(self) -> None:
        """Focus the writing: under the first prompt for a template, else at the end."""
        if self.guide.template is not None:
            self.guide.go_to(0)
        else:
            self.ui.bodyEdit.moveCursor(QTextCursor.MoveOperation.End)
            self.ui.bodyEdit.setFocus()

    def set_status(self, text: str, problem: str = "") -> None:
        """A word on saving ("Saving…", "Saved"); a problem gets a line of its own below, in full."""
        self.ui.saveStatusLabel.setText(text)
        self.ui.saveProblemLabel.setText(problem)
        self.ui.saveProblemLabel.setVisible(bool(problem))

    def set_vocabulary(self, tags: list[str], feelings: list[str]) -> None:
        self.tags.set_words(tags)
        self.feelings.set_words(feelings)

    def clear(self) -> None:
        """Forget the entry and every word the person wrote, including undo history and completions."""
        self._entry = None
        ui = self.ui
        with QSignalBlocker(ui.bodyEdit), QSignalBlocker(ui.moodCombo), QSignalBlocker(ui.supervisionCheck):
            for line in (ui.titleEdit, ui.tagsEdit, ui.feelingsEdit):
                line.clear()
            ui.bodyEdit.clear()
            ui.bodyEdit.document().clearUndoRedoStacks()
            ui.readView.clear()
            ui.moodCombo.setCurrentIndex(0)
            ui.supervisionCheck.setChecked(False)
        ui.readButton.setChecked(False)
        ui.dateLabel.clear()
        self.set_status("")
        self.guide.show(None)
        self.set_vocabulary([], [])

    # -- reading view --------------------------------------------------------------------------------

    def _show_read_view(self, reading: bool) -> None:
        ui = self.ui
        if reading:
            ui.readView.document().setMarkdown(ui.bodyEdit.toPlainText(), _MARKDOWN)
            ui.bodyStack.setCurrentWidget(ui.readView)
        else:
            ui.readView.clear()  # the rendered copy lives only while it is shown
            ui.bodyStack.setCurrentWidget(ui.bodyEdit)
        ui.promptPanel.setVisible(not reading and self.guide.template is not None)

    def _body_changed(self) -> None:
        self.guide.follow_cursor()
        self.edited.emit()
