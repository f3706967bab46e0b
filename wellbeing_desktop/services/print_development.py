"""My development record on paper, for an appraisal or supervision: the goals with their next steps,
and the learning log with what was learned and how practice changed. Linked diary entries are named by
title and date only: never a word of the diary itself."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from wellbeing_desktop.domain.development import DevelopmentGoal, LearningRecord
from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, Context, translate
from wellbeing_desktop.services.development import DevelopmentService
from wellbeing_desktop.services.learning_log import LearningLogService, LinkedEntry
from wellbeing_desktop.services.print_html import PrintableDocument, escape, long_date, page
from wellbeing_desktop.vault import Vault

PrintedDevelopment = Context("PrintedDevelopment")
TITLE = QT_TRANSLATE_NOOP("PrintedDevelopment", "My development record")
KINDS = {
    "training": QT_TRANSLATE_NOOP("PrintedDevelopment", "Training"),
    "experience": QT_TRANSLATE_NOOP("PrintedDevelopment", "Experience"),
}


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
    parts = [_heading(PrintedDevelopment.tr("Development goals"))]
    if not goals:
        parts.append(_quiet(PrintedDevelopment.tr("No development goals written yet.")))
    parts.extend(_goal(goal) for goal in goals)
    parts.append(_heading(PrintedDevelopment.tr("Learning log")))
    if not records:
        parts.append(_quiet(PrintedDevelopment.tr("Nothing in the learning log yet.")))
    parts.extend(_record(record, linked) for record, linked in records)
    title = PrintedDevelopment.tr(TITLE)
    return PrintableDocument(title, page(title, "\n".join(parts), printed_on))


def _heading(words: str) -> str:
    return f"<h2>{escape(words)}</h2>"


def _quiet(words: str) -> str:
    return f'<p class="quiet">{escape(words)}</p>'


def _goal(goal: DevelopmentGoal) -> str:
    out = [f"<h3>{escape(goal.what)}</h3>"]
    if goal.done_on is not None:
        done = PrintedDevelopment.tr("Done on %1").replace("%1", long_date(goal.done_on))
        out.append(f'<p class="meta">{escape(done)}</p>')
    if goal.why:
        out.append(_labelled(PrintedDevelopment.tr("Why:"), goal.why))
    if goal.steps:
        steps = []
        for step in goal.steps:
            mark = "☑" if step.done else "☐"
            by = PrintedDevelopment.tr("(by %1)").replace("%1", long_date(step.due_on)) if step.due_on else ""
            due = f' <span class="meta">{escape(by)}</span>' if by else ""
            steps.append(f"<li>{mark} {escape(step.text)}{due}</li>")
        out.append("<ul>\n" + "\n".join(steps) + "\n</ul>")
    return "\n".join(out)


def _record(record: LearningRecord, linked: Sequence[LinkedEntry]) -> str:
    kind = translate("PrintedDevelopment", KINDS[record.kind]) if record.kind in KINDS else record.kind
    out = [
        f"<h3>{escape(record.title)}</h3>",
        f'<p class="meta">{escape(kind)} · {long_date(record.happened_on)}</p>',
    ]
    if record.learned:
        out.append(_labelled(PrintedDevelopment.tr("What I learned:"), record.learned))
    if record.practice_change:
        out.append(_labelled(PrintedDevelopment.tr("How my practice changed:"), record.practice_change))
    if linked:
        names = ", ".join(entry_name(e) for e in linked)
        from_diary = PrintedDevelopment.tr("From my diary: %1").replace("%1", names)
        out.append(f'<p class="meta">{escape(from_diary)}</p>')
    return "\n".join(out)


def entry_name(entry: LinkedEntry) -> str:
    """A linked entry as the record names it: its title and day, never its first words."""
    day = long_date(entry.written_at.date())
    if entry.title.strip():
        return f"{entry.title} ({day})"
    return PrintedDevelopment.tr("An untitled entry (%1)").replace("%1", day)


def _labelled(label: str, text: str) -> str:
    return f"<p><b>{escape(label)}</b> {_lines(text)}</p>"


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def _no_clock() -> datetime:
    raise AssertionError("printing reads only")
