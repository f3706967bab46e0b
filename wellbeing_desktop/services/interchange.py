"""Export everything a vault holds as the open JSON format, and import it back (DESIGN.md).

Import merges by id: an entry is replaced only by one with a newer `updated_at`; a check-in already in
the vault is kept as it is (check-ins have no edit time to compare); plan sections and items from the
file replace those with the same key or id. The whole file is checked first and written in one
transaction, so a bad file changes nothing and importing the same file twice changes nothing more.
Version 2 adds supervision sessions and the plan's history (interchange_v2.py), version 3 the people
I can talk to, development goals, the learning log and work reflections (interchange_v3.py); older
files still import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wellbeing_desktop.domain import CheckIn, Entry, SelfCarePlan
from wellbeing_desktop.plural import count_of
from wellbeing_desktop.services import interchange_v2, interchange_v3
from wellbeing_desktop.services.interchange_read import FORMAT, VERSION, load_json_file, read_document
from wellbeing_desktop.vault import Vault


@dataclass(frozen=True)
class ImportSummary:
    entries_added: int = 0
    entries_updated: int = 0
    entries_unchanged: int = 0
    checkins_added: int = 0
    checkins_unchanged: int = 0
    plan_items: int = 0
    sessions_added: int = 0
    sessions_updated: int = 0
    history_added: int = 0
    others: int = 0  # people, development goals, learning notes and reflections added or updated

    def sentence(self) -> str:
        parts = [
            count_of(self.entries_added, "new entry", "new entries"),
            f"{self.entries_updated:,} updated",
            count_of(self.checkins_added, "new check-in", "new check-ins"),
            count_of(self.plan_items, "plan item", "plan items"),
        ]
        if self.others:
            parts.append(count_of(self.others, "item for People and Growing", "items for People and Growing"))
        if self.sessions_added or self.sessions_updated:
            parts.append(
                count_of(
                    self.sessions_added + self.sessions_updated, "supervision session", "supervision sessions"
                )
            )
        skipped = self.entries_unchanged + self.checkins_unchanged
        tail = f"; {skipped} already in your vault" if skipped else ""
        return "Imported " + ", ".join(parts) + tail + "."


def entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "title": entry.title,
        "body": entry.body,
        "template": entry.template,
        "tags": list(entry.tags),
        "emotions": list(entry.emotions),
        "for_supervision": entry.for_supervision,
        "mood": entry.mood,
    }


def checkin_to_json(checkin: CheckIn) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "at": checkin.at.isoformat(),
        "mood": checkin.mood,
        "stress": checkin.stress,
        "energy": checkin.energy,
        "sleep_hours": checkin.sleep_hours,
        "emotions": list(checkin.emotions),
        "note": checkin.note,
        "coping": [{"item_id": used.item_id, "text": used.text} for used in checkin.coping],
        "talked_with_someone": checkin.talked_with_someone,
        "talked_with": [{"person_id": t.person_id, "name": t.name} for t in checkin.talked_with],
    }


def plan_to_json(plan: SelfCarePlan) -> dict[str, Any]:
    return {
        "review_on": plan.review_on.isoformat() if plan.review_on else None,
        "sections": [
            {"key": s.key, "title": s.title, "items": [{"id": i.id, "text": i.text} for i in s.items]}
            for s in plan.sections
        ],
    }


def export_document(vault: Vault, exported_at: datetime | None = None) -> dict[str, Any]:
    """Everything in the vault, read in one consistent snapshot."""
    with vault.transaction():
        entries = [entry_to_json(e) for e in vault.entries.all()]
        checkins = [checkin_to_json(c) for c in vault.checkins.all()]
        plan = plan_to_json(vault.plan.load())
        sessions = [interchange_v2.session_to_json(s) for s in reversed(vault.supervision.all())]
        history = interchange_v2.history_rows(vault)
        later = interchange_v3.export_lists(vault)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": (exported_at or datetime.now(UTC)).replace(microsecond=0).isoformat(),
        "entries": entries,
        "checkins": checkins,
        "plan": plan,
        "supervision_sessions": sessions,
        "plan_history": history,
        **later,
    }


def import_document(vault: Vault, data: Any) -> ImportSummary:
    """Check the whole document, then merge it into the vault in one transaction."""
    doc = read_document(data)
    added = updated = unchanged = checkins_added = checkins_unchanged = 0
    with vault.transaction():
        known = vault.entries.updated_times()
        for entry in doc.entries:
            previous = known.get(entry.id)
            if previous is None:
                added += 1
            elif entry.updated_at.timestamp() > previous:
                updated += 1
            else:
                unchanged += 1
                continue
            vault.entries.save(entry)
        known_checkins = vault.checkins.ids()
        for checkin in doc.checkins:
            if checkin.id in known_checkins:
                checkins_unchanged += 1
                continue
            vault.checkins.save(checkin)
            checkins_added += 1
        plan_items = vault.plan.merge(doc.plan) if doc.plan is not None else 0
        sessions_added, sessions_updated, history_added = interchange_v2.merge(vault, doc)
        others = interchange_v3.merge(vault, doc)
    return ImportSummary(
        entries_added=added,
        entries_updated=updated,
        entries_unchanged=unchanged,
        checkins_added=checkins_added,
        checkins_unchanged=checkins_unchanged,
        plan_items=plan_items,
        sessions_added=sessions_added,
        sessions_updated=sessions_updated,
        history_added=history_added,
        others=others,
    )


def import_file(vault: Vault, path: Path) -> ImportSummary:
    return import_document(vault, load_json_file(path))
