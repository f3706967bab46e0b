"""The feeling-words field: type words separated by commas (completed from the content pack), or
pick them from a menu grouped the way the pack groups them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCompleter, QLineEdit, QMenu, QToolButton

from wellbeing_desktop.content.model import FeelingWordGroup
from wellbeing_desktop.services.checkin import tidy_words


def split_words(text: str) -> list[str]:
    return tidy_words(text.split(","))


class _LastWordCompleter(QCompleter):
    """Completes the word after the last comma, keeping the words before it."""

    def __init__(self, words: list[str], edit: QLineEdit) -> None:
        super().__init__(QStringListModel(words, edit), edit)
        self._edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        word = super().pathFromIndex(index)
        before = self._edit.text().rsplit(",", 1)
        return f"{before[0].rstrip()}, {word}" if len(before) == 2 else word


class FeelingWordsField(QObject):
    """Reads and writes the words in `edit`; `button` opens the grouped menu of the pack's words."""

    def __init__(self, edit: QLineEdit, button: QToolButton, groups: tuple[FeelingWordGroup, ...]) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.setCompleter(_LastWordCompleter([w for g in groups for w in g.words], edit))
        self._menu = QMenu(button)
        self._menu.setObjectName("feelingsMenu")
        self._actions: list[QAction] = []
        for group in groups:
            submenu = self._menu.addMenu(group.name)
            for word in group.words:
                action = submenu.addAction(word)
                action.setCheckable(True)
                action.toggled.connect(lambda on, w=word: self._toggle(w, on))
                self._actions.append(action)
        self._menu.aboutToShow.connect(self._sync_checks)
        button.setMenu(self._menu)

    def words(self) -> list[str]:
        return split_words(self._edit.text())

    def clear(self) -> None:
        self._edit.setText("")  # setText, unlike clear(), also empties the undo history

    def _toggle(self, word: str, on: bool) -> None:
        words = self.words()
        present = [w for w in words if w.casefold() == word.casefold()]
        if on and not present:
            words.append(word)
        elif not on and present:
            words = [w for w in words if w.casefold() != word.casefold()]
        else:
            return
        self._edit.setText(", ".join(words))

    def _sync_checks(self) -> None:
        chosen = {w.casefold() for w in self.words()}
        for action in self._actions:
            action.blockSignals(True)
            action.setChecked(action.text().casefold() in chosen)
            action.blockSignals(False)
