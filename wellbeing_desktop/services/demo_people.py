"""The demo's address book, and check-ins that say who the peer supporter talked with.

Added after the interchange import (the format does not carry people yet). Deterministic for a given
day, like the rest of the demo; Sam is left a while without a chat, so Today shows one gentle nudge.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta, timezone

from wellbeing_desktop.domain import Person, TalkedWith
from wellbeing_desktop.services import demo_content as text
from wellbeing_desktop.services.people import record_talked
from wellbeing_desktop.vault import Vault

_NAMESPACE = uuid.UUID("8d1f4b2a-6c3e-4a5f-9b7d-2e1c0a9f8b6d")
EVERYDAY = ("Jo", "Mum", "Priya")
NETWORK = "Peer supporters' network"
SAM_LAST_DAYS_AGO = 38  # beyond his four weeks: the demo's Today shows one nudge


def add_people(vault: Vault, today: date, days: int, offset: timedelta = timedelta(0)) -> None:
    rng = random.Random(today.toordinal() * 7 + 1)  # noqa: S311 (sample text, not secrets)
    added = datetime.combine(today - timedelta(days=days - 1), time(9, 0), tzinfo=timezone(offset))
    ids: dict[str, str] = {}
    with vault.transaction():
        for n, (name, relation, reach, notes, remind) in enumerate(text.PEOPLE):
            person_id = str(uuid.uuid5(_NAMESPACE, f"person/{n}"))
            vault.people.save(Person(person_id, name, added, added, relation, reach, notes, None, remind))
            ids[name] = person_id
        for checkin in vault.checkins.all():
            days_ago = (today - checkin.at.date()).days
            if "friend" in checkin.note:
                who = ["Jo"]
            elif days_ago == SAM_LAST_DAYS_AGO or (days_ago > SAM_LAST_DAYS_AGO and rng.random() < 0.1):
                who = ["Sam"]
            elif rng.random() < (0.55 if checkin.mood >= 7 else 0.25):
                who = [rng.choice(EVERYDAY)] if rng.random() < 0.8 else []  # sometimes they don't say who
            else:
                continue
            checkin.talked_with_someone = True
            checkin.talked_with = [TalkedWith(ids[name], name) for name in who]
            vault.checkins.save(checkin)
            record_talked(vault, [ids[name] for name in who], checkin.at.date(), checkin.at)
        for name, day in (("Sam", today - timedelta(days=SAM_LAST_DAYS_AGO)), (NETWORK, _meet_up(today))):
            person = vault.people.get(ids[name])
            if person is not None and person.last_talked_on is None:  # noted by hand, not in a check-in
                person.last_talked_on = day
                vault.people.save(person)


def _meet_up(today: date) -> date:
    """The network's last monthly meet-up: the first Thursday of this month, or of the last."""
    first = today.replace(day=1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    if thursday > today:
        first = (first - timedelta(days=1)).replace(day=1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return thursday
