"""A throwaway demo vault: three months of a peer supporter's entries, check-ins and a full plan.

Built as an interchange document and imported, so the demo exercises the same path as real data.
Deterministic for a given day, so training sessions see the same story.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from wellbeing_desktop.services import demo_content as text
from wellbeing_desktop.services.demo_growth import add_growth
from wellbeing_desktop.services.demo_people import add_people
from wellbeing_desktop.services.interchange import import_document
from wellbeing_desktop.services.interchange_read import FORMAT, VERSION
from wellbeing_desktop.vault import Vault

DAYS = 91
# Shown on the demo's unlock screen; the demo vault holds only sample text and is deleted on exit.
PASSPHRASE = "demo passphrase"  # noqa: S105
_NAMESPACE = uuid.UUID("2f6c0d1e-5b7a-4f3c-9e8d-1a2b3c4d5e6f")


def _id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(map(str, parts))))


def _at(day: date, hour: int, minute: int, offset: timedelta) -> str:
    return datetime.combine(day, time(hour, minute), tzinfo=timezone(offset)).isoformat()


def demo_document(today: date, offset: timedelta = timedelta(0)) -> dict[str, Any]:
    rng = random.Random(today.toordinal())  # noqa: S311 (sample text, not secrets)
    start = today - timedelta(days=DAYS - 1)
    entries: list[dict[str, Any]] = []
    story_days = sorted(rng.sample(range(1, DAYS - 1), len(text.ENTRIES)))
    for n, (day_no, (title, template, tags, feelings, body, flagged)) in enumerate(
        zip(story_days, text.ENTRIES, strict=True)
    ):
        at = _at(start + timedelta(days=day_no), 19 + n % 3, 10 * (n % 6), offset)
        entries.append(_entry(_id("entry", n), at, title, body, template, tags, feelings, flagged))
    free_days = sorted(set(range(DAYS)) - set(story_days))
    note_days = sorted(rng.sample(free_days, len(text.SHORT_NOTES)))
    for n, (day_no, (title, tags, body)) in enumerate(zip(note_days, text.SHORT_NOTES, strict=True)):
        at = _at(start + timedelta(days=day_no), 18, 30, offset)
        entries.append(_entry(_id("note", n), at, title, body, None, tags, (), False))
    plan_items = {key: [(_id("plan", key, i), t) for i, t in enumerate(items)] for key, _, items in text.PLAN}
    checkins = []
    mood = 6.0
    for day_no in range(DAYS):
        if rng.random() < 0.15:
            continue  # some days nobody checks in, and that's fine
        mood = min(9.0, max(2.0, mood + rng.uniform(-1.4, 1.4) + (6.2 - mood) * 0.2))
        day = start + timedelta(days=day_no)
        walked = rng.random() < 0.4
        coping = (
            [{"item_id": plan_items["coping"][0][0], "text": plan_items["coping"][0][1]}] if walked else []
        )
        checkins.append(
            {
                "id": _id("checkin", day_no),
                "at": _at(day, 21, 0, offset),
                "mood": round(mood + (0.6 if walked else 0)),
                "stress": round(min(10, max(1, 11 - mood + rng.uniform(-1, 1)))),
                "energy": round(min(10, max(1, mood + rng.uniform(-2, 1)))),
                "sleep_hours": round(rng.uniform(5.5, 8.5) * 2) / 2,
                "emotions": rng.sample(text.FEELINGS, k=rng.randint(0, 2)),
                "note": rng.choice(text.CHECKIN_NOTES),
                "coping": coping,
            }
        )
    sections = [
        {"key": key, "title": title, "items": [{"id": i, "text": t} for i, t in plan_items[key]]}
        for key, title, _ in text.PLAN
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "entries": entries,
        "checkins": checkins,
        "plan": {"review_on": (today + timedelta(days=30)).isoformat(), "sections": sections},
    }


def _entry(
    entry_id: str,
    at: str,
    title: str,
    body: str,
    template: str | None,
    tags: tuple[str, ...],
    feelings: tuple[str, ...],
    flagged: bool,
) -> dict[str, Any]:
    return {
        "id": entry_id,
        "created_at": at,
        "updated_at": at,
        "title": title,
        "body": body,
        "template": template,
        "tags": list(tags),
        "emotions": list(feelings),
        "for_supervision": flagged,
    }


def fill(vault: Vault, today: date, offset: timedelta = timedelta(0)) -> None:
    import_document(vault, demo_document(today, offset))
    add_people(vault, today, DAYS, offset)
    add_growth(vault, today, DAYS, offset)
