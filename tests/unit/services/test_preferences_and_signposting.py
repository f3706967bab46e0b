"""Preferences and the person's own support contacts live in the vault, checked before they are kept."""

from __future__ import annotations

import pytest

from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.services import preferences, signposting
from wellbeing_desktop.vault import Vault


def test_defaults_until_something_is_saved(vault: Vault) -> None:
    assert preferences.load(vault) == {
        "lock_minutes": 5,
        "lock_on_minimise": True,
        "theme": "system",
        "text_size": 100,
        "auto_backup_folder": "",
        "auto_backup_problem": "",
        "reminder_on": False,
        "reminder_minute": 17 * 60,
        "my_templates": [],
    }
    preferences.save(vault, {"lock_minutes": 12, "theme": "dark"})
    assert preferences.load(vault)["lock_minutes"] == 12
    assert preferences.load(vault)["theme"] == "dark"


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"lock_minutes": 0}, "lock_minutes: 0 is outside 1–60"),
        ({"lock_minutes": 61}, "lock_minutes: 61 is outside 1–60"),
        ({"lock_minutes": "5"}, "lock_minutes: '5' is not the right kind of value"),
        ({"theme": "neon"}, "theme: 'neon' is not one of system, light, dark, high-contrast"),
        ({"text_size": 90}, "text_size: 90 is not one of 100, 125, 150, 200"),
        ({"lock_on_minimise": 1}, "lock_on_minimise: 1 is not the right kind of value"),
        ({"font": "Comic"}, "font: not a preference"),
    ],
)
def test_invalid_preferences_change_nothing(vault: Vault, changes: dict[str, object], problem: str) -> None:
    with pytest.raises(ValidationError) as raised:
        preferences.save(vault, {"lock_minutes": 30, **changes})
    assert raised.value.problems == [problem]
    assert preferences.load(vault)["lock_minutes"] == 5


def test_a_damaged_stored_value_falls_back_to_the_default(vault: Vault) -> None:
    with vault.transaction() as conn:
        conn.execute("INSERT INTO preferences (key, value) VALUES ('lock_minutes', 'not json')")
        conn.execute("INSERT INTO preferences (key, value) VALUES ('theme', '\"neon\"')")
    assert preferences.load(vault)["lock_minutes"] == 5
    assert preferences.load(vault)["theme"] == "system"


def test_own_contacts_replace_blanks_and_defaults_come_back_when_cleared(vault: Vault) -> None:
    defaults = load_builtin().signposts
    shown = {s.key: s.contact for s in signposting.signposts(defaults, vault)}
    assert shown["samaritans"] == "116 123"
    assert shown["supervisor"] == ""
    signposting.set_contact(vault, "supervisor", "  Alex Morgan, 07700 900123  ")
    signposting.set_contact(vault, "samaritans", "116 123 (or the local branch)")
    shown = {s.key: s.contact for s in signposting.signposts(defaults, vault)}
    assert shown["supervisor"] == "Alex Morgan, 07700 900123"
    assert shown["samaritans"] == "116 123 (or the local branch)"
    signposting.set_contact(vault, "samaritans", "")
    assert {s.key: s.contact for s in signposting.signposts(defaults, vault)}["samaritans"] == "116 123"
    assert {s.key: s.contact for s in signposting.signposts(defaults, None)}["supervisor"] == ""


def test_a_contact_is_checked(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        signposting.set_contact(vault, "supervisor", "x" * 301)
    with pytest.raises(ValidationError):
        signposting.set_contact(vault, "supervisor", "nul\x00here")
