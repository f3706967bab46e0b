"""The self-care plan's use cases: add, edit, move and remove items, the review date, own sections.

Every change is checked against the domain rules first and written in one transaction together with
its row in the plan's history, so the history never disagrees with the plan. Each method that changes
something returns what an undo needs:

    service = PlanService(vault, clock.now)
    item = service.add_item("coping", "A walk at lunchtime, even a short one")
    where = service.remove_item(item.id)          # ("coping", 0, item)
    service.restore_item(*where)                  # back where it was, same id
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from wellbeing_desktop.content import ContentPack, load_builtin
from wellbeing_desktop.domain import PlanItem, PlanSection, SelfCarePlan, rules
from wellbeing_desktop.errors import ServiceErrors, ValidationError, WellbeingError
from wellbeing_desktop.services import plan_history
from wellbeing_desktop.services.plan_history import ChangeKind, PlanChange
from wellbeing_desktop.services.plan_sections import built_in_titles, displayed, slug_for
from wellbeing_desktop.vault import Vault

MAX_ITEMS_PER_SECTION = 200
MAX_OWN_SECTIONS = 40
Place = tuple[str, int, PlanItem]  # (section key, position in it, the item)


class PlanService:
    def __init__(self, vault: Vault, now: Callable[[], datetime], content: ContentPack | None = None) -> None:
        self._vault = vault
        self._now = now
        self._guides = (content or load_builtin()).plan_sections
        self._built_in = built_in_titles(self._guides)

    # -- reading -------------------------------------------------------------------------------------

    def load(self) -> SelfCarePlan:
        """The plan as shown: every built-in section (empty ones too), then the person's own."""
        return displayed(self._vault.plan.load(), self._guides)

    def coping_items(self) -> list[PlanItem]:
        """The coping strategies a check-in can tick as "used today"."""
        return next((list(s.items) for s in self._stored().sections if s.key == "coping"), [])

    def history(self, limit: int = 100) -> list[PlanChange]:
        """The newest `limit` changes, newest first, each with a sentence to show."""
        return plan_history.latest(self._vault.connection, limit, self._titles())

    def changes_since(self, moment: datetime) -> list[PlanChange]:
        """What changed after `moment` (say, the last supervision), oldest first."""
        return plan_history.since(self._vault.connection, moment, self._titles())

    # -- items ---------------------------------------------------------------------------------------

    def add_item(self, section_key: str, text: str) -> PlanItem:
        item = _checked(PlanItem(rules.new_id(), text.strip()))
        with self._vault.transaction():
            self._make_room(section_key)
            self._vault.plan.add_item(section_key, item.text, item.id)
            self._record("added", section_key=section_key, item_id=item.id, new_text=item.text)
        return item

    def edit_item(self, item_id: str, text: str) -> str:
        """Reword an item; returns the words it had before (the same words: nothing was written)."""
        key, _, item = self.locate(item_id)
        new = _checked(PlanItem(item_id, text.strip()))
        if new.text != item.text:
            with self._vault.transaction():
                self._vault.plan.update_item(item_id, new.text)
                self._record(
                    "changed", section_key=key, item_id=item_id, old_text=item.text, new_text=new.text
                )
        return item.text

    def remove_item(self, item_id: str) -> Place:
        """Take an item out; returns where it was, for restore_item."""
        place = self.locate(item_id)
        with self._vault.transaction():
            self._vault.plan.remove_item(item_id)
            self._record("removed", section_key=place[0], item_id=item_id, old_text=place[2].text)
        return place

    def restore_item(self, section_key: str, position: int, item: PlanItem) -> PlanItem:
        """Put a removed item back where it was, with the same id (undo)."""
        item = _checked(PlanItem(item.id, item.text))
        if any(i.id == item.id for s in self._stored().sections for i in s.items):
            raise ValidationError([f"item {item.id} is already in the plan"])
        with self._vault.transaction():
            self._make_room(section_key)
            self._vault.plan.add_item(section_key, item.text, item.id)
            self._place(item.id, section_key, position)
            self._record("added", section_key=section_key, item_id=item.id, new_text=item.text)
        return item

    def move_item(self, item_id: str, section_key: str, position: int) -> tuple[str, int]:
        """Move an item to `position` (counted once it has left its old place) in any section, by drag
        or keyboard. Returns where it was, for an undo."""
        from_key, from_position, item = self.locate(item_id)
        with self._vault.transaction():
            if section_key != from_key:
                self._make_room(section_key)
            if self._place(item_id, section_key, position) != (from_key, from_position):
                self._record(
                    "moved", section_key=section_key, item_id=item_id, old_text=from_key, new_text=item.text
                )
        return from_key, from_position

    # -- review date and sections --------------------------------------------------------------------

    def set_review_on(self, day: date | None) -> date | None:
        """Set or clear the review date; returns the one before."""
        before = self._vault.plan.load().review_on
        if day != before:
            with self._vault.transaction():
                self._vault.plan.set_review_on(day)
                self._record("review", old_text=_iso(before), new_text=_iso(day))
        return before

    def add_section(self, title: str, key: str | None = None) -> PlanSection:
        """A section of the person's own, after the others; its key comes from the title (or undo)."""
        stored = self._stored()
        own = [s.key for s in stored.sections if s.key not in self._built_in]
        if len(own) >= MAX_OWN_SECTIONS:
            most = ServiceErrors.tr("A plan can have up to %1 sections of your own.")
            raise WellbeingError(most.replace("%1", str(MAX_OWN_SECTIONS)))
        title = title.strip()
        taken = [s.key for s in stored.sections] + list(self._built_in)  # a pack's sections too
        section = PlanSection(key or slug_for(title, taken), title)
        problems = section.problems() + (["title: is empty"] if not title else [])
        if section.key in self._built_in or section.key in {s.key for s in stored.sections}:
            problems.append(f"key: {section.key!r} is already used")
        if problems:
            raise ValidationError(problems)
        with self._vault.transaction():
            self._vault.plan.save_section(section.key, section.title)
            self._record("section", section_key=section.key, new_text=section.title)
        return section

    def remove_section(self, key: str) -> PlanSection:
        """Take away one of the person's own sections once it is empty (built-in ones always show)."""
        section = next((s for s in self._stored().sections if s.key == key), None)
        if section is None or key in self._built_in:
            raise WellbeingError(ServiceErrors.tr("Only an empty section of your own can be taken away."))
        if section.items:
            raise WellbeingError(
                ServiceErrors.tr("This section still has things in it; move or remove them first.")
            )
        with self._vault.transaction():
            self._vault.plan.remove_section(key)
            self._record("section", section_key=key, old_text=section.title)
        return section

    # -- inside one transaction ----------------------------------------------------------------------

    def _stored(self) -> SelfCarePlan:
        return self._vault.plan.load()

    def _titles(self) -> dict[str, str]:
        former = plan_history.former_titles(self._vault.connection)
        return {**former, **self._built_in, **{s.key: s.title for s in self._stored().sections}}

    def locate(self, item_id: str) -> Place:
        """Where an item is: (section key, position, item)."""
        for section in self._stored().sections:
            for position, item in enumerate(section.items):
                if item.id == item_id:
                    return section.key, position, item
        raise WellbeingError(ServiceErrors.tr("That item is no longer in your plan."))

    def _make_room(self, key: str) -> None:
        """Make sure a section can take one more item: a built-in one is written on its first item,
        with the content pack's title, and the vault's sections are kept in the order shown."""
        stored = self._stored()
        section = next((s for s in stored.sections if s.key == key), None)
        if section is None and key not in self._built_in:
            raise WellbeingError(ServiceErrors.tr("That section is no longer in your plan."))
        if section is None:
            self._vault.plan.save_section(key, self._built_in[key])
            shown = displayed(self._stored(), self._guides).sections
            existing = {s.key for s in stored.sections} | {key}
            self._vault.plan.order_sections([s.key for s in shown if s.key in existing])
        elif len(section.items) >= MAX_ITEMS_PER_SECTION:
            most = ServiceErrors.tr("A section can hold up to %1 things.")
            raise WellbeingError(most.replace("%1", str(MAX_ITEMS_PER_SECTION)))

    def _place(self, item_id: str, key: str, position: int) -> tuple[str, int]:
        """Put an item at `position` in section `key`; returns where it ends up."""
        lists = {s.key: [i.id for i in s.items] for s in self._stored().sections}
        source = next(k for k, ids in lists.items() if item_id in ids)
        lists[source].remove(item_id)
        target = lists[key]
        position = max(0, min(position, len(target)))
        target.insert(position, item_id)
        self._vault.plan.order_items(key, target)
        if source != key:
            self._vault.plan.order_items(source, lists[source])
        return key, position

    def _record(self, kind: ChangeKind, **fields: str | None) -> None:
        plan_history.record(self._vault.connection, self._now(), kind, **fields)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _checked(item: PlanItem) -> PlanItem:
    if problems := item.problems():
        raise ValidationError(problems)
    return item


__all__ = ["Place", "PlanChange", "PlanService"]
