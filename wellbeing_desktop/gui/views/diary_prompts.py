"""A template's guidance beside the writing: the question and hint for the step the cursor is in, and
buttons (Alt+Up / Alt+Down) to move between steps. The headings in the body are the steps."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QPalette, QTextCursor

from wellbeing_desktop.content.model import Template
from wellbeing_desktop.gui.forms.ui_entry_editor import Ui_EntryEditor
from wellbeing_desktop.services.diary_text import heading_position, prompt_at


class PromptGuide(QObject):
    def __init__(self, ui: Ui_EntryEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.template: Template | None = None
        self.step = 0
        hint = ui.promptHintLabel.font()
        hint.setItalic(True)
        ui.promptHintLabel.setFont(hint)
        question = ui.promptQuestionLabel.font()
        question.setBold(True)
        ui.promptQuestionLabel.setFont(question)
        ui.promptStepLabel.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # where you are, muted
        ui.previousPromptButton.setShortcut(QKeySequence("Alt+Up"))
        ui.nextPromptButton.setShortcut(QKeySequence("Alt+Down"))
        ui.previousPromptButton.clicked.connect(lambda: self.go_to(self.step - 1))
        ui.nextPromptButton.clicked.connect(lambda: self.go_to(self.step + 1))
        ui.bodyEdit.cursorPositionChanged.connect(self.follow_cursor)
        self.show(None)

    def show(self, template: Template | None) -> None:
        """Guide through `template`'s prompts; None (free writing) hides the panel."""
        self.template = template
        self.step = -1
        self.ui.promptPanel.setVisible(template is not None and bool(template.prompts))
        if template is None or not template.prompts:
            for label in (self.ui.promptStepLabel, self.ui.promptQuestionLabel, self.ui.promptHintLabel):
                label.clear()
            return
        self.follow_cursor()

    def follow_cursor(self) -> None:
        if self.template is None or not self.template.prompts:
            return
        edit = self.ui.bodyEdit
        step = prompt_at(self.template, edit.toPlainText(), edit.textCursor().position())
        if step != self.step:
            self._show_step(step)

    def _show_step(self, step: int) -> None:
        assert self.template is not None
        self.step = step
        prompt = self.template.prompts[step]
        count = len(self.template.prompts)
        self.ui.promptStepLabel.setText(
            self.tr("%1 · step %2 of %3 · %4")
            .replace("%1", self.template.name)
            .replace("%2", str(step + 1))
            .replace("%3", str(count))
            .replace("%4", prompt.heading)
        )
        self.ui.promptQuestionLabel.setText(prompt.question)
        self.ui.promptHintLabel.setText(prompt.hint)
        self.ui.promptHintLabel.setVisible(bool(prompt.hint))
        self.ui.previousPromptButton.setEnabled(step > 0)
        self.ui.nextPromptButton.setEnabled(step < count - 1)

    def go_to(self, step: int) -> None:
        """Put the cursor where the writing for `step` starts (below its heading)."""
        if self.template is None or not 0 <= step < len(self.template.prompts):
            return
        edit = self.ui.bodyEdit
        position = heading_position(edit.toPlainText(), self.template.prompts[step])
        if position is None:  # the person removed that heading: just show its guidance
            self._show_step(step)
            return
        cursor = edit.textCursor()
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()
        edit.setFocus()
