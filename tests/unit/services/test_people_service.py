"""People I can talk to, against a real vault: the address book, "last talked" from check-ins, and the
"not in touch" nudges — only for the people the person asked about, and quiet after "Not now"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from wellbeing_desktop.domain import TalkedWith
from wellbeing_desktop.domain.person import Person
from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.services.checkin import CheckInService
from wellbeing_desktop.services.people import PeopleService, ago_words, due_nudge, span_words
from wellbeing_desktop.vault import Vault

START = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.at = START

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(vault: Vault, clock: Clock) -> PeopleService:
    return PeopleService(vault, clock.now)


def test_add_edit_and_list_by_name(service: PeopleService, vault: Vault) -> None:
    sam = service.add("  Sam ", "peer-supporter", reach="Tuesdays in the office", notes="Good listener")
    priya = service.add("priya", "supervisor", remind_after_days=28)
    assert [p.name for p in service.people()] == ["priya", "Sam"]
    assert service.get(sam.id).reach == "Tuesdays in the office"
    changed = service.update(
        priya.id,
        name="Priya",
        relation="supervisor",
        reach="Teams chat",
        notes="",
        last_talked_on=date(2026, 9, 20),
        remind_after_days=None,
    )
    again = vault.people.get(priya.id)
    assert again == changed
    assert again is not None and again.remind_after_days is None and again.last_talked_on == date(2026, 9, 20)
    assert set(vault.people.updated_times()) == {sam.id, priya.id}


def test_bad_fields_write_nothing(service: PeopleService, vault: Vault) -> None:
    with pytest.raises(ValidationError) as raised:
        service.add("   ")
    assert raised.value.problems == ["name: is empty"]
    with pytest.raises(ValidationError):
        service.add("Sam", "colleague")
    with pytest.raises(ValidationError):
        service.add("Sam", remind_after_days=400)
    assert vault.people.all() == []


def test_remove_returns_what_restore_needs(service: PeopleService, vault: Vault) -> None:
    sam = service.add("Sam", "friend", notes="Walks on Sundays", remind_after_days=14)
    removed = service.remove(sam.id)
    assert vault.people.all() == []
    service.restore(removed)
    assert vault.people.get(sam.id) == sam
    with pytest.raises(WellbeingError):
        service.remove("00000000-0000-4000-8000-000000000000")


def test_saving_the_same_id_replaces(vault: Vault) -> None:
    person = Person("5f0e8a4e-3c56-4c1e-9f5d-7d4b3a2e1f00", "Sam", START, START, "friend")
    with vault.transaction():
        vault.people.save(person)
        person.name = "Samira"
        vault.people.save(person)
    assert [p.name for p in vault.people.all()] == ["Samira"]


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (1, "1 day"),
        (5, "5 days"),
        (13, "13 days"),
        (14, "2 weeks"),
        (30, "4 weeks"),
        (60, "8 weeks"),
        (61, "2 months"),
        (200, "6 months"),
    ],
)
def test_spans_read_in_days_then_weeks_then_months(days: int, words: str) -> None:
    assert span_words(days) == words


def test_ago_words() -> None:
    today = date(2026, 11, 26)
    assert ago_words(None, today) == "not yet noted"
    assert ago_words(today, today) == "today"
    assert ago_words(date(2026, 11, 25), today) == "yesterday"
    assert ago_words(date(2026, 11, 5), today) == "3 weeks ago"


def test_nudges_only_for_chosen_people(service: PeopleService) -> None:
    sam = service.add("Sam", "peer-supporter", last_talked_on=date(2026, 9, 1), remind_after_days=28)
    service.add("Alex", "friend", last_talked_on=date(2026, 6, 1))  # no reminder asked for
    service.add("Jo", "family", last_talked_on=date(2026, 9, 25), remind_after_days=28)  # not due yet
    [nudge] = service.nudges(date(2026, 10, 1))
    assert nudge.person_id == sam.id
    assert nudge.days == 30
    assert nudge.sentence == "You haven't been in touch with Sam for 4 weeks"


def test_a_nudge_counts_from_when_someone_was_added_if_never_talked(
    service: PeopleService, clock: Clock
) -> None:
    service.add("Sam", remind_after_days=14)
    assert service.nudges(date(2026, 10, 14)) == []
    [nudge] = service.nudges(date(2026, 10, 15))
    assert nudge.sentence == "You haven't noted talking with Sam since you added them 2 weeks ago"


def test_not_now_comes_back_only_after_another_full_period(service: PeopleService) -> None:
    sam = service.add("Sam", last_talked_on=date(2026, 9, 1), remind_after_days=28)
    assert service.nudges(date(2026, 9, 29))
    service.dismiss(sam.id, date(2026, 9, 29))
    assert service.nudges(date(2026, 9, 29)) == []
    assert service.nudges(date(2026, 10, 26)) == []
    [back] = service.nudges(date(2026, 10, 27))
    assert back.sentence == "You haven't been in touch with Sam for 8 weeks"


def test_we_talked_today_ends_the_nudge(service: PeopleService) -> None:
    sam = service.add("Sam", last_talked_on=date(2026, 9, 1), remind_after_days=28)
    service.talked_today(sam.id, date(2026, 10, 1))
    assert service.get(sam.id).last_talked_on == date(2026, 10, 1)
    assert service.nudges(date(2026, 10, 28)) == []
    assert len(service.nudges(date(2026, 10, 29))) == 1


def test_a_check_in_that_names_people_moves_their_last_talked(
    service: PeopleService, vault: Vault, clock: Clock
) -> None:
    sam = service.add("Sam", last_talked_on=date(2026, 9, 1), remind_after_days=28)
    alex = service.add("Alex", last_talked_on=date(2026, 10, 5))  # later than the check-in: kept
    checkins = CheckInService(vault, clock.now)
    saved = checkins.check_in(
        6,
        talked_with=[
            TalkedWith(sam.id, "Sam"),
            TalkedWith(alex.id, "Alex"),
            TalkedWith(None, " my  sister "),
        ],
    )
    assert saved.talked_with_someone
    assert vault.checkins.get(saved.id) == saved
    assert [t.name for t in saved.talked_with] == ["Sam", "Alex", "my sister"]
    assert service.get(sam.id).last_talked_on == date(2026, 10, 1)
    assert service.get(alex.id).last_talked_on == date(2026, 10, 5)
    assert service.nudges(date(2026, 10, 2)) == []


def test_talking_without_names_and_renamed_people_read_right(
    service: PeopleService, vault: Vault, clock: Clock
) -> None:
    checkins = CheckInService(vault, clock.now)
    quiet = checkins.check_in(5, talked_with_someone=True)
    sam = service.add("Sam")
    named = checkins.check_in(7, talked_with=[TalkedWith(sam.id, "Sam")])
    service.remove(sam.id)
    assert vault.checkins.get(quiet.id) is not None and vault.checkins.get(quiet.id).talked_with_someone  # type: ignore[union-attr]
    kept = vault.checkins.get(named.id)
    assert kept is not None and kept.talked_with == [TalkedWith(sam.id, "Sam")]
    assert vault.checkins.talking_days() == ["2026-10-01"]


def test_due_nudge_is_none_without_a_reminder() -> None:
    person = Person(
        "5f0e8a4e-3c56-4c1e-9f5d-7d4b3a2e1f00", "Sam", START, START, last_talked_on=date(2020, 1, 1)
    )
    assert due_nudge(person, date(2026, 1, 1)) is None
    person.remind_after_days = 7
    assert due_nudge(person, START.date() - timedelta(days=1)) is not None
