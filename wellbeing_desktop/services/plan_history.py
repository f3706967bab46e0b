"""The plan's history: one row in `plan_changes` per change, read back as plain sentences.

What each kind keeps (so a sentence can be written long after the item has changed or gone):
    added / removed   section_key, item_id, the item's text (new_text / old_text)
    changed           section_key, item_id, old_text -> new_text
    moved             section_key it went to, item_id, old_text = the section key it came from,
                      new_text = the item's text
    section           section_key, old_text / new_text = its title (added: new only; removed: old only)
    review            old_text / new_text = the review date as YYYY-MM-DD, or NULL for none
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Literal

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.times import parse_day, parse_timestamp
from wellbeing_desktop.i18n import Context, fill, long_date
from wellbeing_desktop.vault.database import Connection

PlanChanges = Context("PlanChanges")
ChangeKind = Literal["added", "changed", "removed", "moved", "section", "review"]
# Pressing Alt+Up five times is one move in the history, not five.
MOVES_JOIN_WITHIN = timedelta(minutes=10)


@dataclass(frozen=True)
class PlanChange:
    """One change as it was recorded; `text` is the sentence the history shows."""

    n: int
    at: datetime
    kind: ChangeKind
    section_key: str | None
    item_id: str | None
    old_text: str | None
    new_text: str | None
    text: str


@dataclass(frozen=True)
class HistoryRow:
    """A change exactly as `plan_changes` keeps it (for the interchange format)."""

    at: datetime
    kind: str
    section_key: str | None
    item_id: str | None
    old_text: str | None
    new_text: str | None

    def key(self) -> tuple[str, str, str | None, str | None, str | None, str | None]:
        return (self.at.isoformat(), self.kind, self.section_key, self.item_id, self.old_text, self.new_text)


def record(
    conn: Connection,
    at: datetime,
    kind: ChangeKind,
    *,
    section_key: str | None = None,
    item_id: str | None = None,
    old_text: str | None = None,
    new_text: str | None = None,
) -> None:
    """Write one change. Call inside the transaction that makes the change, so both or neither land."""
    if problem := rules.check_aware(at):
        raise ValueError(f"the time of a plan change {problem}")
    if kind == "moved" and _join_move(conn, at, section_key, item_id):
        return
    conn.execute(
        "INSERT INTO plan_changes (at, at_ts, kind, section_key, item_id, old_text, new_text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (at.isoformat(), at.timestamp(), kind, section_key, item_id, old_text, new_text),
    )


def _join_move(conn: Connection, at: datetime, section_key: str | None, item_id: str | None) -> bool:
    """Fold a move into the latest row when that row moved the same item a moment ago."""
    last = conn.execute("SELECT n, kind, item_id, at_ts FROM plan_changes ORDER BY n DESC LIMIT 1").fetchone()
    if last is None or last[1] != "moved" or last[2] != item_id:
        return False
    if at.timestamp() - last[3] > MOVES_JOIN_WITHIN.total_seconds():
        return False
    conn.execute(
        "UPDATE plan_changes SET at = ?, at_ts = ?, section_key = ? WHERE n = ?",
        (at.isoformat(), at.timestamp(), section_key, last[0]),
    )
    return True


_COLUMNS = "n, at, kind, section_key, item_id, old_text, new_text"


def latest(conn: Connection, limit: int, titles: Mapping[str, str]) -> list[PlanChange]:
    """The newest `limit` changes, newest first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM plan_changes ORDER BY at_ts DESC, n DESC LIMIT ?", (limit,))
    return [_change(row, titles) for row in rows]


def since(conn: Connection, moment: datetime, titles: Mapping[str, str]) -> list[PlanChange]:
    """Every change after `moment`, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM plan_changes WHERE at_ts > ? ORDER BY at_ts, n", (moment.timestamp(),)
    )
    return [_change(row, titles) for row in rows]


def former_titles(conn: Connection) -> dict[str, str]:
    """Titles of sections as the history last saw them, so a sentence about a section that has since
    gone still names it in words."""
    rows = conn.execute(
        "SELECT section_key, coalesce(new_text, old_text) FROM plan_changes WHERE kind = 'section' ORDER BY n"
    )
    return {key: title for key, title in rows if key and title}


def _change(row: Any, titles: Mapping[str, str]) -> PlanChange:
    n, at, kind, section_key, item_id, old_text, new_text = row
    change = PlanChange(n, parse_timestamp(at), kind, section_key, item_id, old_text, new_text, "")
    return replace(change, text=describe(change, titles))


def describe(change: PlanChange, titles: Mapping[str, str]) -> str:
    """A sentence a person can read: 'Added “A walk at lunch” to What keeps me well day to day'."""

    def title(key: str | None) -> str:
        return titles.get(key or "", key or PlanChanges.tr("the plan"))

    return _SENTENCES[change.kind](change, title)


def _moved(c: PlanChange, title: Callable[[str | None], str]) -> str:
    if c.old_text and c.old_text != c.section_key:
        return moved_sentence(c.new_text or "", title(c.old_text), title(c.section_key))
    return fill(PlanChanges.tr("Moved “%1” within %2"), c.new_text or "", title(c.section_key))


def _section(c: PlanChange, title: Callable[[str | None], str]) -> str:
    if c.new_text is None:
        return section_removed(c.old_text or "")
    if c.old_text is None:
        return section_added(c.new_text)
    return section_renamed(c.old_text, c.new_text)


def _review(c: PlanChange, title: Callable[[str | None], str]) -> str:
    if c.new_text is None:
        return review_taken_away()
    if c.old_text is None:
        return review_set(parse_day(c.new_text))
    return PlanChanges.tr("Moved the review date to %1").replace("%1", day_words(parse_day(c.new_text)))


def day_words(day: date) -> str:
    """12 March 2027: the day as people write it, with no leading zero (the locale's, in the app)."""
    return long_date(day)


# The sentences the history and the plan's difference (plan_difference.py) share.
def added_sentence(text: str, section: str) -> str:
    return fill(PlanChanges.tr("Added “%1” to %2"), text, section)


def changed_sentence(old: str, new: str, section: str) -> str:
    return fill(PlanChanges.tr("Changed “%1” to “%2” in %3"), old, new, section)


def removed_sentence(text: str, section: str) -> str:
    return fill(PlanChanges.tr("Removed “%1” from %2"), text, section)


def moved_sentence(text: str, from_section: str, to_section: str) -> str:
    return fill(PlanChanges.tr("Moved “%1” from %2 to %3"), text, from_section, to_section)


def section_added(name: str) -> str:
    return PlanChanges.tr("Added a section of your own: “%1”").replace("%1", name)


def section_renamed(old: str, new: str) -> str:
    return fill(PlanChanges.tr("Renamed the section “%1” to “%2”"), old, new)


def section_removed(name: str) -> str:
    return PlanChanges.tr("Removed your section “%1”").replace("%1", name)


def review_taken_away() -> str:
    return PlanChanges.tr("Took away the review date")


def review_set(day: date) -> str:
    return PlanChanges.tr("Set the review date for %1").replace("%1", day_words(day))


_SENTENCES: dict[str, Callable[[PlanChange, Callable[[str | None], str]], str]] = {
    "added": lambda c, title: added_sentence(c.new_text or "", title(c.section_key)),
    "changed": lambda c, title: changed_sentence(c.old_text or "", c.new_text or "", title(c.section_key)),
    "removed": lambda c, title: removed_sentence(c.old_text or "", title(c.section_key)),
    "moved": _moved,
    "section": _section,
    "review": _review,
}
