"""Walk every visible widget in the pseudo-locale (en_XA) and find words the app shows that did not go
through Qt's translations, and labels or buttons too narrow for their longer words.

A pseudo-translated text is wrapped in [brackets] with accented letters and padding (see
packaging/pseudo_translate.py), so whatever is left after taking out the bracketed parts, the person's own
data and the dates is a word the app shows untranslated.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

PSEUDO = re.compile(r"\[[^\[\]]*\]")
WORD = re.compile(r"[A-Za-z]{2,}")
# Names, not words: the product, the apps a journal is imported from, the libraries in About, and the
# keys of shortcuts.
NAMES = ("Wellbeing Desktop", "jrnl", "Day One", "Daylio", "Python", "PySide6", "Qt", "Ctrl", "Shift", "Alt")


def data_strings(vault: object) -> set[str]:
    """Every piece of text the person keeps in the vault (the open data format holds all of it)."""
    from wellbeing_desktop.services.export import render

    found: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
            found.update(line for line in value.splitlines() if line.strip())
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(json.loads(render(vault, "json")))  # type: ignore[arg-type]
    return {text for text in found if WORD.search(text)}


def content_strings(pack: object) -> set[str]:
    """The words a content pack offers (templates, plan guidance, feeling words, the scales' words,
    the reflection's questions, signposting). They are translated by writing a pack in the language
    (docs/content-packs.md), not through the app's catalogue, so the walk lists them apart."""
    found: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                collect(getattr(value, field.name))
        elif isinstance(value, tuple | list):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)

    collect(pack)
    return {text for text in found if WORD.search(text)}


def date_words() -> list[str]:
    """The locale's month and day names, which dates show (QLocale formats them, not our catalogue)."""
    locale = QLocale()
    words: list[str] = []
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words += [locale.monthName(m, form) for m in range(1, 13)]
        words += [locale.standaloneMonthName(m, form) for m in range(1, 13)]
        words += [locale.dayName(d, form) for d in range(1, 8)]
    words += [locale.amText(), locale.pmText()]
    return sorted({w for w in words if w}, key=len, reverse=True)


def leftover(text: str, allowed: Iterable[str]) -> str:
    """What is left of a shown text after the translated parts, the person's data and dates."""
    rest = text
    for data in allowed:
        if data in rest:
            rest = rest.replace(data, " ")
    while PSEUDO.search(rest):
        rest = PSEUDO.sub(" ", rest)
    for word in (*date_words(), *NAMES):
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest)
    return rest if WORD.search(rest) else ""


def _showing(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _items(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), 60)):
            for column in range(20):  # columnCount is private in some of Qt's models
                index = model.index(row, column, parent)
                if not index.isValid():
                    break
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield value
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield tip
                if depth < 3 and column == 0 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)
    for section in range(20):
        header = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            yield header


def _qt_standard_button(button: QAbstractButton) -> bool:
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and (
        box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    )


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see or hear about in root's visible widgets."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _showing(widget) and not isinstance(widget, QMenu):
            continue
        where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        if widget.isWindow() and widget.windowTitle():
            yield where + " title", widget.windowTitle()
        if widget.toolTip():
            yield where + " tooltip", widget.toolTip()
        if isinstance(widget, QAbstractButton) and _qt_standard_button(widget):
            continue  # OK, Cancel, Save…: Qt's own words, from its qtbase catalogue
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield where + " placeholder", widget.placeholderText()
        if isinstance(widget, QAbstractSpinBox):
            yield where + " special", widget.specialValueText()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{where} tab {i}", widget.tabText(i)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where} item {i}", widget.itemText(i)
        if isinstance(widget, QMenu):
            yield where + " menu", widget.title()
            for action in widget.actions():
                yield where + " action", action.text()
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QComboBox):
            for text in _items(widget):
                yield where + " item", text
        if isinstance(widget, QTextEdit) and widget.isReadOnly():
            yield where + " document", widget.toPlainText()


def untranslated(root: QWidget, allowed: set[str]) -> list[str]:
    """'where: text' for each shown text with words that are not pseudo-translated."""
    data = sorted(allowed, key=len, reverse=True)
    found = []
    for where, text in shown_texts(root):
        if text and WORD.search(text) and leftover(text, data):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def _name(widget: QLabel | QAbstractButton) -> str:
    return repr(widget.objectName() or widget.text()[:30])


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose words need more room than they have (cut off at the edge)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not _showing(widget) or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        if not widget.text() or (
            isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull()
        ):
            continue
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                found.append(f"{_name(widget)}: needs {needed}px high, has {widget.height()}")
        elif hint.width() > widget.width() + 2:
            found.append(f"{_name(widget)}: needs {hint.width()}px wide, has {widget.width()}")
    return sorted(set(found))
