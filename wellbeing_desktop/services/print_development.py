"""My development record on paper, for an appraisal or supervision: the goals with their next steps,
and the learning log with what was learned and how practice changed. Linked diary entries are named by
title and date only: never a word of the diary itself."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from wellbeing_desktop.domain.development import DevelopmentGoal, LearningRecord
from wellbeing_desktop.services.development import DevelopmentService
from wellbeing_desktop.services.learning_log import LearningLogService, LinkedEntry
from wellbeing_desktop.services.print_html import PrintableDocument, escape, long_date, page
from wellbeing_desktop.vault import Vault

TITLE = "My development record"
KINDS = {"training": "Training", "experience": "Experience"}


def render_development(vault: Vault, today: date) -> PrintableDocument:
    """Everything on the Growing screen's two development tabs, as it is in the vault today."""
    goals_service = DevelopmentService(vault, _no_clock)
    log = LearningLogService(vault, _no_clock)
    with vault.transaction():
        goals = goals_service.goals()
        records = [(record, log.linked_entries(record)) for record in log.records()]
    return development_document(goals, records, today)


def development_document(
    goals: Sequence[DevelopmentGoal],
    records: Sequence[tuple[LearningRecord, Sequence[LinkedEntry]]],
    printed_on: date,
) -> PrintableDocument:
    parts = ["<h2>Development goals</h2>"]
    if not goals:
        parts.append('<p class="quiet">No development goals written yet.</p>')
    parts.extend(_goal(goal) for goal in goals)
    parts.append("<h2>Learning log</h2>")
    if not records:
        parts.append('<p class="quiet">Nothing in the learning log yet.</p>')
    parts.extend(_record(record, linked) for record, linked in records)
    return PrintableDocument(TITLE, page(TITLE, "\n".join(parts), printed_on))


def _goal(goal: DevelopmentGoal) -> str:
    out = [f"<h3>{escape(goal.what)}</h3>"]
    if goal.done_on is not None:
        out.append(f'<p class="meta">Done on {long_date(goal.done_on)}</p>')
    if goal.why:
        out.append(f"<p><b>Why:</b> {_lines(goal.why)}</p>")
    if goal.steps:
        steps = []
        for step in goal.steps:
            mark = "☑" if step.done else "☐"
            due = f' <span class="meta">(by {long_date(step.due_on)})</span>' if step.due_on else ""
            steps.append(f"<li>{mark} {escape(step.text)}{due}</li>")
        out.append("<ul>\n" + "\n".join(steps) + "\n</ul>")
    return "\n".join(out)


def _record(record: LearningRecord, linked: Sequence[LinkedEntry]) -> str:
    kind = KINDS.get(record.kind, record.kind)
    out = [
        f"<h3>{escape(record.title)}</h3>",
        f'<p class="meta">{escape(kind)} · {long_date(record.happened_on)}</p>',
    ]
    if record.learned:
        out.append(f"<p><b>What I learned:</b> {_lines(record.learned)}</p>")
    if record.practice_change:
        out.append(f"<p><b>How my practice changed:</b> {_lines(record.practice_change)}</p>")
    if linked:
        names = ", ".join(escape(entry_name(e)) for e in linked)
        out.append(f'<p class="meta">From my diary: {names}</p>')
    return "\n".join(out)


def entry_name(entry: LinkedEntry) -> str:
    """A linked entry as the record names it: its title and day, never its first words."""
    day = long_date(entry.written_at.date())
    return f"{entry.title} ({day})" if entry.title.strip() else f"An untitled entry ({day})"


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def _no_clock() -> datetime:
    raise AssertionError("printing reads only")
