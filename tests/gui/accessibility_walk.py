"""Walks a window's QAccessible tree, as a screen reader sees it, and names the controls it cannot
announce well. The rule is in `problems`; test_accessibility.py applies it to every window.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

Role = QAccessible.Role
BUTTONS = frozenset({Role.Button, Role.ButtonMenu, Role.ButtonDropDown, Role.CheckBox, Role.RadioButton})
INPUTS = frozenset({Role.EditableText, Role.ComboBox, Role.SpinBox, Role.Slider, Role.Dial})
VIEWS = frozenset({Role.List, Role.Tree, Role.Table, Role.PageTabList, Role.PageTab})
INTERACTIVE = BUTTONS | INPUTS | VIEWS
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

    every interactive control (button, check box, radio button, combo box, line or text edit, spin box,
    date edit, slider, list, tree or table view, tab bar and tab) has an accessible name and an accessible
    description (or a tooltip, which Qt offers as one; a tab's is its tab tooltip). The name says what it
    is; the description what pressing or ticking it does, what to put there, or what the list or table
    shows, and never repeats the name.
    A combo box's name is its accessibleName: on Linux Qt gives a combo box its current choice as the
    name ("2026", which says nothing of what it chooses), so the interface's name cannot tell.
    """
    wrong: list[str] = []
    for control in found:
        if not control.name:
            wrong.append(f"{control.where()}: no accessible name")
        elif not control.description:
            wrong.append(f"{control.where()} {control.name!r}: no accessible description")
        elif control.description.casefold() == control.name.casefold():
            wrong.append(f"{control.where()} {control.name!r}: a description that repeats the name")
    return wrong


def check(widget: QWidget, window: str, skip: tuple[QWidget, ...] = ()) -> list[str]:
    return problems(list(controls(widget, window, skip)))
