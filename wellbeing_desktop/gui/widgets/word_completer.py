"""Completion for a comma-separated list of words in a line edit (tags, feeling words).

QCompleter on its own completes the whole text; this completes only the word being typed, and on
choosing one puts it in place followed by ", " ready for the next.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class WordCompleter(QObject):
    def __init__(self, line_edit: QLineEdit) -> None:
        super().__init__(line_edit)
        self._edit = line_edit
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setObjectName(f"{line_edit.objectName()}Completer")
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setWidget(line_edit)
        self.completer.activated.connect(self.insert)  # the text overload
        line_edit.textEdited.connect(self._suggest)

    def set_words(self, words: list[str]) -> None:
        self.model.setStringList(words)

    def _segment(self) -> tuple[int, str]:
        """Where the word under the cursor starts, and what of it is typed so far."""
        before = self._edit.text()[: self._edit.cursorPosition()]
        start = before.rfind(",") + 1
        return start, before[start:].lstrip()

    def _suggest(self) -> None:
        _, typed = self._segment()
        popup = self.completer.popup()
        assert popup is not None
        if not typed:
            popup.hide()
            return
        self.completer.setCompletionPrefix(typed)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        self.completer.complete()

    def insert(self, word: str) -> None:
        """Replace the word being typed with `word`, then ", " for the next one."""
        text = self._edit.text()
        start, _ = self._segment()
        end = text.find(",", self._edit.cursorPosition())
        rest = "" if end < 0 else text[end + 1 :].lstrip()
        head = text[:start].rstrip()
        head = head + " " if head else ""
        new = f"{head}{word}, {rest}"
        self._edit.setText(new)
        self._edit.setCursorPosition(len(head) + len(word) + 2)
        self._edit.textEdited.emit(new)  # a chosen word is an edit like any other (autosave)
