"""The diary service on a real temporary vault: new entries from templates, saving, deleting and restoring."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.content.model import ContentPack
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services.diary import DiaryService, EntryNotFound
from wellbeing_desktop.vault import Vault


class Ticking:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.at = datetime(2026, 11, 24, 18, 40, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture(scope="module")
def content() -> ContentPack:
    return load_builtin()


@pytest.fixture
def clock() -> Ticking:
    return Ticking()


@pytest.fixture
def diary(vault: Vault, clock: Ticking) -> DiaryService:
    return DiaryService(vault, clock)


def test_a_template_entry_starts_with_one_heading_per_prompt(
    diary: DiaryService, content: ContentPack
) -> None:
    entry = diary.new_entry("debrief", content)
    debrief = content.template("debrief")
    assert debrief is not None
    assert entry.template == "debrief"
    assert entry.body == "".join(f"## {p.heading}\n\n" for p in debrief.prompts)
    assert entry.body.startswith("## What happened\n\n## How I reacted\n\n")
    assert diary.get(entry.id) is None  # not saved until there is something to keep


def test_free_writing_and_unknown_templates(diary: DiaryService, content: ContentPack) -> None:
    assert diary.new_entry(None, content).body == ""
    assert diary.new_entry("", content).template is None
    with pytest.raises(ValueError, match="no template 'nonesuch'"):
        diary.new_entry("nonesuch", content)


def test_save_sets_the_change_time_and_round_trips(diary: DiaryService, clock: Ticking) -> None:
    entry = diary.new_entry()
    entry.title = "Group session"
    entry.body = "Seven people came tonight."
    entry.tags = ["group", "evening"]
    entry.emotions = ["tired", "proud"]
    entry.mood = 6
    clock.at += timedelta(minutes=5)
    saved = diary.save(entry)
    assert saved.updated_at == clock.at
    assert saved.created_at == entry.created_at
    assert diary.get(entry.id) == saved


def test_an_invalid_entry_is_refused_and_nothing_is_written(diary: DiaryService) -> None:
    entry = diary.new_entry()
    entry.title = "x" * 501
    entry.body = "Kept in the editor, never lost."
    with pytest.raises(ValidationError) as raised:
        diary.save(entry)
    assert raised.value.problems == ["title: is 501 characters long; the most is 500"]
    assert diary.get(entry.id) is None


def test_a_clock_gone_back_never_makes_updated_earlier_than_created(
    diary: DiaryService, clock: Ticking
) -> None:
    entry = diary.new_entry()
    entry.body = "Written just before the clocks went back."
    clock.at -= timedelta(hours=1)
    assert diary.save(entry).updated_at == entry.created_at


def test_delete_returns_the_entry_and_restore_puts_it_back(diary: DiaryService) -> None:
    entry = diary.new_entry()
    entry.body = "A tense phone call."
    entry.tags = ["phone"]
    saved = diary.save(entry)
    deleted = diary.delete(entry.id)
    assert deleted == saved
    assert diary.get(entry.id) is None
    assert diary.count() == 0
    diary.restore(deleted)
    assert diary.get(entry.id) == saved
    with pytest.raises(EntryNotFound):
        diary.delete("00000000-0000-4000-8000-000000000000")


def test_tags_and_feeling_words_for_completion(diary: DiaryService, content: ContentPack) -> None:
    for tags, emotions in ((["group", "Evening"], ["Drained"]), (["group"], ["calm"])):
        entry = diary.new_entry()
        entry.body = "Something."
        entry.tags, entry.emotions = tags, emotions
        diary.save(entry)
    assert diary.tags() == ["group", "Evening"]
    words = diary.feeling_words(content)
    assert words[:2] == ["calm", "Drained"]  # the person's own first
    assert len({w.casefold() for w in words}) == len(words)
    assert set(content.all_feeling_words()) <= set(words) | {"drained"}


def test_summary_of_an_entry_skips_template_headings(diary: DiaryService, content: ContentPack) -> None:
    entry = diary.new_entry("driscoll", content)
    entry.body = entry.body.replace("## What?\n\n", "## What?\n\nA good talk with a colleague.\n")
    summary = diary.summary_of(entry)
    assert summary.first_line == "A good talk with a colleague."
    assert diary.summary_of(diary.new_entry("driscoll", content)).first_line == "What?"
