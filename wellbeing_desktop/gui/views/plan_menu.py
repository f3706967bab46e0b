"""An item's menu (right-click, or the menu key): edit, move up or down, move to another section, remove.

The shortcut each action has in the list is shown beside it, so the menu also teaches the keys.
The menu deletes itself on closing: it names the person's sections, which are content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from wellbeing_desktop.domain import SelfCarePlan
from wellbeing_desktop.i18n import Context

if TYPE_CHECKING:
    from wellbeing_desktop.gui.views.plan_view import PlanView


PlanItemMenu = Context("PlanItemMenu")  # lupdate reads the context from this name


def _keys(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


def item_menu(view: PlanView, plan: SelfCarePlan, item_id: str) -> QMenu:
    menu = QMenu(view)
    menu.setObjectName("planItemMenu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    here = next(s for s in plan.sections if any(i.id == item_id for i in s.items))
    row = [i.id for i in here.items].index(item_id)
    items = view.section(here.key).item_list

    edit = menu.addAction(PlanItemMenu.tr("Change the words") + "\t" + _keys("F2"))
    edit.triggered.connect(lambda: items.edit(items.currentIndex()))
    up = menu.addAction(PlanItemMenu.tr("Move up") + "\t" + _keys("Alt+Up"))
    up.triggered.connect(lambda: view.move_by(item_id, -1))
    up.setEnabled(row > 0 or plan.sections[0].key != here.key)
    down = menu.addAction(PlanItemMenu.tr("Move down") + "\t" + _keys("Alt+Down"))
    down.triggered.connect(lambda: view.move_by(item_id, 1))
    down.setEnabled(row < len(here.items) - 1 or plan.sections[-1].key != here.key)

    move_to = menu.addMenu(PlanItemMenu.tr("Move to"))
    move_to.setObjectName("planMoveToMenu")
    for section in plan.sections:
        if section.key != here.key:
            action = move_to.addAction(section.title)
            action.triggered.connect(lambda _=False, key=section.key: view.move_to_section(item_id, key))

    menu.addSeparator()
    remove = menu.addAction(PlanItemMenu.tr("Remove") + "\t" + _keys("Del"))
    remove.triggered.connect(lambda: view.changes.remove_item(item_id))
    return menu
