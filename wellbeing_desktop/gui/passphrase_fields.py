"""Behaviour shared by passphrase fields: show/hide, and a Caps Lock hint guessed from typed letters.

Qt has no portable way to read the Caps Lock state, so the hint infers it: an upper-case letter
typed without Shift (or lower-case with Shift) means Caps Lock is on.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from wellbeing_desktop.errors import WellbeingError, WrongPassphrase


class CapsLockHint(QObject):
    def __init__(self, fields: list[QLineEdit], hint: QLabel) -> None:
        super().__init__(hint)
        self._hint = hint
        hint.hide()
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.upper() != text.lower():
                shift = bool(event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
                self._hint.setVisible(text.isupper() != shift)
        return False


def connect_show_toggle(check: QCheckBox, fields: list[QLineEdit]) -> None:
    def apply(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    check.toggled.connect(apply)


def clear(fields: list[QLineEdit]) -> None:
    """Empty the fields. Python strings cannot be zeroed; dropping every reference is what we can do."""
    for field in fields:
        field.clear()


def show_problem(label: QLabel, field: QLineEdit, message: str) -> None:
    """Say what went wrong, and put the cursor back in the passphrase with what was typed selected."""
    label.setText(message)
    label.show()
    field.selectAll()
    field.setFocus()


def problem_sentence(error: BaseException, wrong_passphrase: str) -> str:
    """What to say when a passphrase check failed off the GUI thread: `wrong_passphrase` for a wrong
    one, the error's own sentence for one the person can act on. Anything else is a bug: raised again."""
    if isinstance(error, WrongPassphrase):
        return wrong_passphrase
    if isinstance(error, WellbeingError):
        return error.message
    raise error
