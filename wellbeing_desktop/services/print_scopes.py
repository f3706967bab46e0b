"""What can be printed or saved as PDF, by name: `export --format pdf --scope NAME` and the GUI use this.

Adding a document is one line in SCOPES. Builders are imported when used, so naming the scopes (the
command line's parser does) loads nothing heavy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from wellbeing_desktop.errors import UsageError
from wellbeing_desktop.services.mood_ranges import Range
from wellbeing_desktop.services.print_html import PrintableDocument

if TYPE_CHECKING:
    from wellbeing_desktop.vault import Vault


@dataclass(frozen=True)
class PrintRequest:
    """What the person asked for: the day it is printed on, and for the diary the chosen entries."""

    today: date
    entry_ids: tuple[str, ...] = ()
    period: Range = Range.THREE_MONTHS  # the supervision pack's mood summary


Render = Callable[["Vault", PrintRequest], PrintableDocument]


@dataclass(frozen=True)
class Scope:
    render: Render
    needs_entries: bool = False  # the diary: at least one --entry ID


def render_plan(vault: Vault, request: PrintRequest) -> PrintableDocument:
    from wellbeing_desktop.services.print_plan import render_plan as build

    return build(vault, request.today)


def render_diary(vault: Vault, request: PrintRequest) -> PrintableDocument:
    from wellbeing_desktop.services.print_diary import render_diary as build

    return build(vault, request.entry_ids, request.today)


def render_supervision_pack(vault: Vault, request: PrintRequest) -> PrintableDocument:
    from wellbeing_desktop.services.supervision_pack import render_supervision_pack as build

    return build(vault, request.today, request.period)


def render_development(vault: Vault, request: PrintRequest) -> PrintableDocument:
    from wellbeing_desktop.services.print_development import render_development as build

    return build(vault, request.today)


SCOPES: dict[str, Scope] = {
    "plan": Scope(render_plan),
    "diary": Scope(render_diary, needs_entries=True),
    "supervision": Scope(render_supervision_pack),
    "development": Scope(render_development),
}


PERIODS = tuple(r.value for r in Range)  # --period: the supervision pack's mood summary


def check_request(name: str, entry_ids: tuple[str, ...]) -> Scope:
    """Refuse a request that cannot work before anyone types a passphrase."""
    scope = SCOPES.get(name)
    if scope is None:
        raise UsageError(f"Unknown scope {name!r}; choose one of {', '.join(SCOPES)}.")
    if scope.needs_entries and not entry_ids:
        raise UsageError(f"--scope {name} needs at least one --entry ID (search --json shows the ids).")
    if entry_ids and not scope.needs_entries:
        raise UsageError(f"--entry is only for --scope diary, not --scope {name}.")
    return scope


def render_scope(vault: Vault, name: str, request: PrintRequest) -> PrintableDocument:
    return check_request(name, request.entry_ids).render(vault, request)
