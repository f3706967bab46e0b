"""The Plan screen's section cards, kept in step with the plan: one card per section in the plan's order,
created when a section appears, dropped (words and all) when it goes, with the tab order following."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QBoxLayout, QWidget

from wellbeing_desktop.content import PlanSectionGuide
from wellbeing_desktop.domain import SelfCarePlan
from wellbeing_desktop.gui.views.plan_section import PlanSectionWidget


class SectionCards:
    """Cards live at the top of `layout` (anything after them, such as "add a section", stays below).
    `wire` connects a new card's signals."""

    def __init__(
        self, layout: QBoxLayout, container: QWidget, wire: Callable[[PlanSectionWidget], None]
    ) -> None:
        self._layout, self._container, self._wire = layout, container, wire
        self._cards: dict[str, PlanSectionWidget] = {}

    def __getitem__(self, key: str) -> PlanSectionWidget:
        return self._cards[key]

    def __contains__(self, key: object) -> bool:
        return key in self._cards

    def __iter__(self) -> Iterator[str]:
        return iter(self._cards)

    def __len__(self) -> int:
        return len(self._cards)

    def get(self, key: str) -> PlanSectionWidget | None:
        return self._cards.get(key)

    def values(self) -> list[PlanSectionWidget]:
        return list(self._cards.values())

    def items(self) -> list[tuple[str, PlanSectionWidget]]:
        return list(self._cards.items())

    def show(self, plan: SelfCarePlan, guides: dict[str, PlanSectionGuide], palette: QPalette) -> None:
        keys = [s.key for s in plan.sections]
        for key in [k for k in self._cards if k not in keys]:
            self._drop(self._cards.pop(key))
        for position, section in enumerate(plan.sections):
            card = self._cards.get(section.key)
            if card is None:
                card = self._cards[section.key] = PlanSectionWidget(section.key, self._container)
                card.apply_looks(palette)
                self._wire(card)
            if self._layout.indexOf(card) != position:
                self._layout.insertWidget(position, card)
                card.show()  # now, not when the layout gets round to it
            card.show_section(section, guides.get(section.key))

    def set_tab_order(self, before: QWidget, after: QWidget) -> None:
        previous = before
        for card in self._cards.values():
            QWidget.setTabOrder(previous, card.ui.itemList)
            previous = card.ui.removeSectionButton
        QWidget.setTabOrder(previous, after)

    def select_only_in(self, key: str) -> None:
        """One item is current in the whole plan, not one per section."""
        for other_key, card in self._cards.items():
            if other_key != key:
                card.item_list.clearSelection()

    def forget(self) -> None:
        """Drop every card now (locking): own sections' titles are content too."""
        for card in self._cards.values():
            self._drop(card)
        self._cards.clear()

    def _drop(self, card: PlanSectionWidget) -> None:
        card.forget()
        self._layout.removeWidget(card)
        card.setParent(None)  # out of the widget tree now, not at the next turn of the event loop
        card.deleteLater()
