"""Check-ins as the app makes them: validated, timed by the caller's clock, saved in one transaction.

The Mood screen and the check-in dialog call this; they never write to the vault themselves. Deleting
returns the check-in so the screen can offer "Undo" (restore puts it back with its own id and time).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from wellbeing_desktop.domain import CheckIn, CopingUsed, Person, PlanItem, TalkedWith
from wellbeing_desktop.domain.rules import new_id
from wellbeing_desktop.domain.times import now as local_now
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services.people import record_talked
from wellbeing_desktop.vault import Vault

COPING_SECTION = "coping"


def tidy_words(words: Iterable[str]) -> list[str]:
    """Feeling words as a person typed them: trimmed, empty ones dropped, repeats (ignoring case) once."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in words:
        word = " ".join(raw.split())
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            out.append(word)
    return out


def tidy_talked(talked_with: Iterable[TalkedWith]) -> list[TalkedWith]:
    """Who the person talked with: names trimmed, empty ones dropped, each person (or typed name) once."""
    out: list[TalkedWith] = []
    seen: set[str] = set()
    for talked in talked_with:
        name = " ".join(talked.name.split())
        key = talked.person_id or name.casefold()
        if name and key not in seen:
            seen.add(key)
            out.append(TalkedWith(talked.person_id, name))
    return out


class CheckInService:
    """Use cases for check-ins on one unlocked vault. `now` is the clock (the GUI passes its own)."""

    def __init__(self, vault: Vault, now: Callable[[], datetime] = local_now) -> None:
        self._vault = vault
        self._now = now

    def check_in(
        self,
        mood: int,
        stress: int | None = None,
        energy: int | None = None,
        sleep_hours: float | None = None,
        emotions: Iterable[str] = (),
        note: str = "",
        coping: Iterable[CopingUsed] = (),
        talked_with_someone: bool = False,
        talked_with: Iterable[TalkedWith] = (),
    ) -> CheckIn:
        """Save a new check-in written now. Raises ValidationError (and writes nothing) on a bad field.
        Naming people from the address book in `talked_with` moves their "last talked" to today."""
        talked = tidy_talked(talked_with)
        checkin = CheckIn(
            id=new_id(),
            at=self._now().replace(microsecond=0),
            mood=mood,
            stress=stress,
            energy=energy,
            sleep_hours=sleep_hours,
            emotions=tidy_words(emotions),
            note=note.strip(),
            coping=list(coping),
            talked_with_someone=talked_with_someone or bool(talked),
            talked_with=talked,
        )
        self._save(checkin)
        return checkin

    def recent(self, limit: int = 20) -> list[CheckIn]:
        """The `limit` most recent check-ins, newest first."""
        rows = self._vault.connection.execute(
            "SELECT id FROM checkins ORDER BY at_ts DESC, id DESC LIMIT ?", (max(limit, 0),)
        ).fetchall()
        repository = self._vault.checkins
        found = (repository.get(str(checkin_id)) for (checkin_id,) in rows)
        return [checkin for checkin in found if checkin is not None]

    def delete(self, checkin_id: str) -> CheckIn | None:
        """Remove a check-in; returns it (for Undo), or None when there was no such check-in."""
        with self._vault.transaction():
            checkin = self._vault.checkins.get(checkin_id)
            if checkin is not None:
                self._vault.checkins.delete(checkin_id)
        return checkin

    def restore(self, checkin: CheckIn) -> None:
        """Put back a check-in `delete` returned, exactly as it was."""
        self._save(checkin)

    def coping_strategies(self) -> list[PlanItem]:
        """The items of the plan's coping section, in the plan's order (none when there is no section)."""
        plan = self._vault.plan.load()
        section = next((s for s in plan.sections if s.key == COPING_SECTION), None)
        return [] if section is None else list(section.items)

    def people(self) -> list[Person]:
        """The address book, by name: who the person can say they talked with."""
        return self._vault.people.all()

    def _save(self, checkin: CheckIn) -> None:
        problems = checkin.problems()
        if problems:
            raise ValidationError(problems)
        with self._vault.transaction():
            self._vault.checkins.save(checkin)
            named = [t.person_id for t in checkin.talked_with if t.person_id is not None]
            if named:
                record_talked(self._vault, named, checkin.at.date(), self._now().replace(microsecond=0))
