"""The self-care plan in the vault: sections of ordered items, and a review date."""

from __future__ import annotations

from datetime import date

from wellbeing_desktop.domain import PlanItem, PlanSection, SelfCarePlan
from wellbeing_desktop.domain.rules import new_id
from wellbeing_desktop.domain.times import parse_day
from wellbeing_desktop.vault.database import Connection


class PlanRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def load(self) -> SelfCarePlan:
        review = self._conn.execute("SELECT review_on FROM plan WHERE id = 1").fetchone()[0]
        sections = [
            PlanSection(key, title)
            for key, title in self._conn.execute(
                "SELECT key, title FROM plan_sections ORDER BY position, key"
            )
        ]
        by_key = {s.key: s for s in sections}
        for item_id, key, text in self._conn.execute(
            "SELECT id, section_key, text FROM plan_items ORDER BY section_key, position, id"
        ):
            by_key[key].items.append(PlanItem(item_id, text))
        return SelfCarePlan(review_on=None if review is None else parse_day(review), sections=sections)

    def set_review_on(self, day: date | None) -> None:
        self._conn.execute("UPDATE plan SET review_on = ? WHERE id = 1", (day and day.isoformat(),))

    def save_section(self, key: str, title: str) -> None:
        """Add a section at the end, or retitle an existing one in place."""
        self._conn.execute(
            """
            INSERT INTO plan_sections (key, title, position)
            VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM plan_sections))
            ON CONFLICT (key) DO UPDATE SET title = excluded.title
            """,
            (key, title),
        )

    def remove_section(self, key: str) -> bool:
        return bool(self._conn.execute("DELETE FROM plan_sections WHERE key = ?", (key,)).rowcount)

    def add_item(self, section_key: str, text: str, item_id: str | None = None) -> PlanItem:
        item = PlanItem(item_id or new_id(), text)
        self._conn.execute(
            """
            INSERT INTO plan_items (id, section_key, position, text)
            VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM plan_items WHERE section_key = ?), ?)
            """,
            (item.id, section_key, section_key, item.text),
        )
        return item

    def update_item(self, item_id: str, text: str) -> bool:
        cursor = self._conn.execute("UPDATE plan_items SET text = ? WHERE id = ?", (text, item_id))
        return bool(cursor.rowcount)

    def remove_item(self, item_id: str) -> bool:
        return bool(self._conn.execute("DELETE FROM plan_items WHERE id = ?", (item_id,)).rowcount)

    def order_items(self, section_key: str, item_ids: list[str]) -> None:
        """Put a section's items in this order (items may come from another section: they move)."""
        self._conn.executemany(
            "UPDATE plan_items SET section_key = ?, position = ? WHERE id = ?",
            [(section_key, position, item_id) for position, item_id in enumerate(item_ids)],
        )

    def order_sections(self, keys: list[str]) -> None:
        self._conn.executemany(
            "UPDATE plan_sections SET position = ? WHERE key = ?",
            [(position, key) for position, key in enumerate(keys)],
        )

    def merge(self, incoming: SelfCarePlan) -> int:
        """Take in a plan from a file: its sections and items replace those with the same key or id and
        come first, in the file's order; anything only in the vault is kept after them. Returns how
        many items were new or different."""
        current = self.load()
        before = {i.id: (s.key, i.text) for s in current.sections for i in s.items}
        changed = sum(before.get(i.id) != (s.key, i.text) for s in incoming.sections for i in s.items)
        if incoming.review_on is not None:
            self.set_review_on(incoming.review_on)
        incoming_keys = [s.key for s in incoming.sections]
        kept_keys = [s.key for s in current.sections if s.key not in set(incoming_keys)]
        current_items = {s.key: [i.id for i in s.items] for s in current.sections}
        incoming_ids = {i.id for s in incoming.sections for i in s.items}
        for section in incoming.sections:
            self.save_section(section.key, section.title)
            self._conn.executemany(
                """
                INSERT INTO plan_items (id, section_key, position, text) VALUES (?, ?, -1, ?)
                ON CONFLICT (id) DO UPDATE SET text = excluded.text, section_key = excluded.section_key
                """,
                [(item.id, section.key, item.text) for item in section.items],
            )
            kept = [i for i in current_items.get(section.key, []) if i not in incoming_ids]
            self.order_items(section.key, [i.id for i in section.items] + kept)
        self.order_sections(incoming_keys + kept_keys)
        return changed
