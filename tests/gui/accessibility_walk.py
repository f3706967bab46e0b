"""Walks a window's QAccessible tree, as a screen reader sees it, and names the controls it cannot
announce well. The rule is in `problems`; test_accessibility.py applies it to every window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

Role = QAccessible.Role
BUTTONS = frozenset({Role.Button, Role.ButtonMenu, Role.ButtonDropDown, Role.CheckBox, Role.RadioButton})
INPUTS = frozenset({Role.EditableText, Role.ComboBox, Role.SpinBox, Role.Slider, Role.Dial})
VIEWS = frozenset({Role.List, Role.Tree, Role.Table, Role.PageTabList, Role.PageTab})
INTERACTIVE = BUTTONS | INPUTS | VIEWS
_WORDS = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more ("OK"), in any alphabet
# Qt's own parts, which it names (or draws) itself: a tab bar's scroll arrows, and the clear button Qt
# draws inside a line edit (it never takes focus; the field clears from the keyboard as any text does).
_QT_PARTS = frozenset({"ScrollLeftButton", "ScrollRightButton"})


@dataclass(frozen=True)
class Control:
    window: str
    object_name: str
    kind: str
    role: Role
    name: str
    description: str
    read_only: bool
    visible: bool

    def where(self) -> str:
        return f"{self.window}: {self.object_name or '(no objectName)'} ({self.kind})"


def _name_of(interface: QAccessibleInterface) -> tuple[str, str]:
    target = interface.object()
    if isinstance(target, QWidget):
        return target.objectName(), type(target).__name__
    parent = interface.parent()  # a tab of a tab bar is an interface of its own, without an object
    owner = parent.object() if parent is not None else None
    owner_name = owner.objectName() if owner is not None else ""
    return f"{owner_name}[{interface.text(QAccessible.Text.Name)!r}]", "tab"


def controls(widget: QWidget, window: str, skip: tuple[QWidget, ...] = ()) -> Iterator[Control]:
    """Every interactive control under `widget`, hidden pages and panels included (they show later)."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None, window
    pending = [root]
    while pending:
        interface = pending.pop()
        role = interface.role()
        target = interface.object()
        internal = target is not None and (
            target.objectName().startswith(("qt_", "_q_"))
            or target.objectName() in _QT_PARTS
            or (isinstance(target, QToolButton) and isinstance(target.parent(), QLineEdit))
        )
        if role in INTERACTIVE and not internal:
            object_name, kind = _name_of(interface)
            name = interface.text(QAccessible.Text.Name)
            if role == Role.ComboBox and isinstance(target, QWidget):
                name = target.accessibleName()
            yield Control(
                window,
                object_name,
                kind,
                role,
                name.strip(),
                interface.text(QAccessible.Text.Description).strip(),
                bool(interface.state().readOnly),
                not interface.state().invisible,
            )
        if role in (Role.ComboBox, Role.SpinBox, Role.PageTab) or (target is not None and target in skip):
            continue  # their parts (the popup list, the arrows) are Qt's and speak for themselves
        pending.extend(
            child
            for child in (interface.child(i) for i in range(interface.childCount()))
            if child is not None
        )


def problems(found: list[Control]) -> list[str]:
    """The rule, for the controls of one window:

    - every interactive control (button, check box, radio button, combo box, line or text edit, spin
      box, date edit, slider, list, tree or table view, tab bar and tab) has an accessible name;
    - every input a person types into or sets (an editable text field, combo box, spin box, date edit,
      slider) also has an accessible description (or a tooltip, which Qt offers as one): the name
      says what it is, the description what to put there;
    - a button, check box or radio button also needs a description when its name alone is not enough:
      when it has no word of two letters or more (an icon, a digit, "…", "+"), or when another
      control showing in the same window at the same time has the same name (three "Remove" buttons).
    A combo box's name is its accessibleName: on Linux Qt gives a combo box its current choice as the
    name ("2026", which says nothing of what it chooses), so the interface's name cannot tell. Read-only
    text needs a name only.
    """
    names = [c.name.casefold() for c in found if c.name and c.visible]
    wrong: list[str] = []
    for control in found:
        if not control.name:
            wrong.append(f"{control.where()}: no accessible name")
            continue
        if control.description:
            continue
        if control.role in INPUTS and not control.read_only:
            wrong.append(f"{control.where()} {control.name!r}: an input without a description")
        elif control.role in BUTTONS and not _WORDS.search(control.name):
            wrong.append(f"{control.where()} {control.name!r}: a name without words needs a description")
        elif control.role in BUTTONS and control.visible and names.count(control.name.casefold()) > 1:
            wrong.append(f"{control.where()} {control.name!r}: a name shared with another control")
    return wrong


def check(widget: QWidget, window: str, skip: tuple[QWidget, ...] = ()) -> list[str]:
    return problems(list(controls(widget, window, skip)))
