"""People I can talk to: add, edit and remove them, note when we last talked, and the gentle "not in
touch" nudges on Today — only for people the person asked to be reminded about.

    service = PeopleService(vault, clock.now)
    sam = service.add("Sam", "peer-supporter", reach="Works Tuesdays; mobile in my phone",
                      remind_after_days=28)
    service.nudges(today)   # "You haven't been in touch with Sam for 4 weeks"
    service.dismiss(sam.id, today)  # back only after another full 4 weeks
    service.talked_today(sam.id, today)

The app never contacts anyone: "how I reach them" is words for the person's own eyes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.person import Person
from wellbeing_desktop.errors import ServiceErrors, ValidationError, WellbeingError
from wellbeing_desktop.vault import Vault

CHANGED = "people"  # the word VaultSession.changed carries for the address book


@dataclass(frozen=True)
class Nudge:
    """A quiet line on Today: someone the person asked to be reminded about, not in touch for `days`."""

    person_id: str
    name: str
    days: int
    sentence: str


def span_words(days: int) -> str:
    """A length of time in plain words: days under two weeks, then weeks, then months."""
    if days < 14:
        return "1 day" if days == 1 else f"{days} days"
    if days < 61:
        return f"{days // 7} weeks"
    months = days // 30
    return "1 month" if months == 1 else f"{months} months"


def ago_words(day: date | None, today: date) -> str:
    """When we last talked, for the list: "today", "yesterday", "3 weeks ago", or "not yet noted"."""
    if day is None:
        return "not yet noted"
    days = (today - day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{span_words(days)} ago"


def nudge_sentence(person: Person, days: int) -> str:
    if person.last_talked_on is None:
        return f"You haven't noted talking with {person.name} since you added them {span_words(days)} ago"
    return f"You haven't been in touch with {person.name} for {span_words(days)}"


def due_nudge(person: Person, today: date) -> Nudge | None:
    """The nudge for one person today, if they asked for one and it is due (and not put aside lately)."""
    period = person.remind_after_days
    if period is None:
        return None
    since = person.in_touch_since
    days = (today - since).days
    if days < period:
        return None
    dismissed = person.nudge_dismissed_on
    if dismissed is not None and dismissed >= since and (today - dismissed).days < period:
        return None  # "Not now": back only after another full period
    return Nudge(person.id, person.name, days, nudge_sentence(person, days))


def record_talked(vault: Vault, person_ids: Iterable[str], day: date, now: datetime) -> None:
    """A check-in said we talked on `day`: move each person's "last talked" forward to it (never back).
    Call inside the check-in's transaction."""
    for person_id in dict.fromkeys(person_ids):
        person = vault.people.get(person_id)
        if person is not None and (person.last_talked_on is None or person.last_talked_on < day):
            person.last_talked_on = day
            person.updated_at = now
            vault.people.save(person)


class PeopleService:
    def __init__(self, vault: Vault, now: Callable[[], datetime]) -> None:
        self._vault = vault
        self._now = now

    # -- reading -------------------------------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone in the address book, by name."""
        return self._vault.people.all()

    def get(self, person_id: str) -> Person:
        person = self._vault.people.get(person_id)
        if person is None:
            raise WellbeingError(ServiceErrors.tr("That person is no longer in your address book."))
        return person

    def nudges(self, today: date) -> list[Nudge]:
        """Gentle "not in touch" lines, longest first, only for people with a reminder chosen."""
        found = [n for p in self._vault.people.all() if (n := due_nudge(p, today)) is not None]
        return sorted(found, key=lambda n: (-n.days, n.name.casefold()))

    # -- changing ------------------------------------------------------------------------------------

    def add(
        self,
        name: str,
        relation: str = "other",
        *,
        reach: str = "",
        notes: str = "",
        last_talked_on: date | None = None,
        remind_after_days: int | None = None,
    ) -> Person:
        now = self._now().replace(microsecond=0)
        person = Person(
            id=rules.new_id(),
            name=name.strip(),
            created_at=now,
            updated_at=now,
            relation=relation,
            reach=reach,
            notes=notes,
            last_talked_on=last_talked_on,
            remind_after_days=remind_after_days,
        )
        with self._vault.transaction():
            self._vault.people.save(_checked(person))
        return person

    def update(
        self,
        person_id: str,
        *,
        name: str,
        relation: str,
        reach: str,
        notes: str,
        last_talked_on: date | None,
        remind_after_days: int | None,
    ) -> Person:
        """Change what the address book says; a put-aside nudge stays put aside."""
        with self._vault.transaction():
            person = self.get(person_id)
            person.name = name.strip()
            person.relation = relation
            person.reach = reach
            person.notes = notes
            person.last_talked_on = last_talked_on
            person.remind_after_days = remind_after_days
            person.updated_at = self._now().replace(microsecond=0)
            self._vault.people.save(_checked(person))
        return person

    def remove(self, person_id: str) -> Person:
        """Take someone out of the address book; returns them whole, so `restore` can put them back.
        Check-ins that named them keep the name as it was."""
        with self._vault.transaction():
            person = self.get(person_id)
            self._vault.people.delete(person_id)
        return person

    def restore(self, person: Person) -> None:
        with self._vault.transaction():
            self._vault.people.save(_checked(person))

    def talked_today(self, person_id: str, today: date) -> Person:
        """ "We talked today": their nudge goes, and the next counts from today."""
        with self._vault.transaction():
            person = self.get(person_id)
            person.last_talked_on = today
            person.updated_at = self._now().replace(microsecond=0)
            self._vault.people.save(person)
        return person

    def dismiss(self, person_id: str, today: date) -> Person:
        """ "Not now": the nudge comes back only after another full period."""
        with self._vault.transaction():
            person = self.get(person_id)
            person.nudge_dismissed_on = today
            person.updated_at = self._now().replace(microsecond=0)
            self._vault.people.save(person)
        return person


def _checked(person: Person) -> Person:
    if problems := person.problems():
        raise ValidationError(problems)
    return person
