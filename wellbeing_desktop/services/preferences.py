"""Preferences about wellbeing live in the vault (encrypted); each is declared once with its default.

QSettings keeps only window state and the last vault path, never anything about the person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from wellbeing_desktop.errors import ValidationError
from wellbeing_desktop.vault import Vault


@dataclass(frozen=True)
class Preference:
    key: str
    default: Any
    choices: tuple[Any, ...] = ()
    low: int | None = None
    high: int | None = None

    def problem(self, value: Any) -> str | None:
        if type(value) is not type(self.default):
            return f"{self.key}: {value!r} is not the right kind of value"
        if self.choices and value not in self.choices:
            return f"{self.key}: {value!r} is not one of {', '.join(map(str, self.choices))}"
        if self.low is not None and self.high is not None and not self.low <= value <= self.high:
            return f"{self.key}: {value} is outside {self.low}–{self.high}"
        return None


LOCK_MINUTES = Preference("lock_minutes", 5, low=1, high=60)
LOCK_ON_MINIMISE = Preference("lock_on_minimise", True)
THEME = Preference("theme", "system", choices=("system", "light", "dark", "high-contrast"))
TEXT_SIZE = Preference("text_size", 100, choices=(100, 125, 150, 200))
# Where automatic backups go when the app closes (services/auto_backup.py); "" means off.
AUTO_BACKUP_FOLDER = Preference("auto_backup_folder", "")
# Why the last automatic backup could not be written (one sentence), shown at the next unlock; "" if it was.
AUTO_BACKUP_PROBLEM = Preference("auto_backup_problem", "")
# A quiet check-in reminder (services/reminders.py): off unless chosen; the time in minutes after midnight.
REMINDER_ON = Preference("reminder_on", False)
REMINDER_MINUTE = Preference("reminder_minute", 17 * 60, low=0, high=24 * 60 - 1)
# The person's own reflection templates (services/my_templates.py checks each one): words they wrote.
MY_TEMPLATES = Preference("my_templates", [])
ALL = (
    LOCK_MINUTES,
    LOCK_ON_MINIMISE,
    THEME,
    TEXT_SIZE,
    AUTO_BACKUP_FOLDER,
    AUTO_BACKUP_PROBLEM,
    REMINDER_ON,
    REMINDER_MINUTE,
    MY_TEMPLATES,
)


def load(vault: Vault) -> dict[str, Any]:
    """Every preference: the stored value where it is valid, else the default."""
    stored = dict(vault.connection.execute("SELECT key, value FROM preferences"))
    values = {}
    for pref in ALL:
        try:
            value = json.loads(stored[pref.key]) if pref.key in stored else pref.default
        except ValueError:
            value = pref.default
        values[pref.key] = pref.default if pref.problem(value) else value
    return values


def save(vault: Vault, changes: dict[str, Any]) -> None:
    known = {p.key: p for p in ALL}
    problems = [f"{key}: not a preference" for key in changes if key not in known]
    problems += [p for key, value in changes.items() if key in known and (p := known[key].problem(value))]
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO preferences (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(key, json.dumps(value)) for key, value in changes.items()],
        )
