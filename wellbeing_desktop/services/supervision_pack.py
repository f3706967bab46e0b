"""The supervision pack: what a peer supporter chose to bring to a session, on paper or as a PDF.

It holds the open agreed actions, what changed in the plan since the last session, the plan itself,
mood for a period (a chart and plain figures — never a check-in's note), and the diary entries flagged
"bring to supervision". The text of any other entry is never read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from wellbeing_desktop.content import ContentPack
from wellbeing_desktop.content.installed import load_for_output
from wellbeing_desktop.domain import Entry, SelfCarePlan
from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, Context, decimal, fill, translate
from wellbeing_desktop.services import my_templates
from wellbeing_desktop.services.flagged_entries import flagged_entries
from wellbeing_desktop.services.mood_days import DayValue, daily_means
from wellbeing_desktop.services.mood_queries import points_between
from wellbeing_desktop.services.mood_ranges import Range
from wellbeing_desktop.services.mood_summary import MoodSummary, shown_words, summary
from wellbeing_desktop.services.plan_difference import PlanDifference
from wellbeing_desktop.services.plan_sections import displayed
from wellbeing_desktop.services.print_diary import entry_html
from wellbeing_desktop.services.print_html import PrintableDocument, bullet_list, escape, long_date, page
from wellbeing_desktop.services.print_mood_chart import HEIGHT_INCHES, WIDTH_INCHES
from wellbeing_desktop.services.supervision import SupervisionService
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault.supervision import OpenAction

SupervisionPack = Context("SupervisionPack")
TITLE = QT_TRANSLATE_NOOP("SupervisionPack", "For supervision")
CHART = "mood.png"
PERIOD_WORDS = {
    Range.TWO_WEEKS: QT_TRANSLATE_NOOP("SupervisionPack", "the last two weeks"),
    Range.THREE_MONTHS: QT_TRANSLATE_NOOP("SupervisionPack", "the last three months"),
    Range.ONE_YEAR: QT_TRANSLATE_NOOP("SupervisionPack", "the last year"),
    Range.ALL: QT_TRANSLATE_NOOP("SupervisionPack", "all the time you have checked in"),
}
FIRST_SESSION = QT_TRANSLATE_NOOP(
    "SupervisionPack", "No session is recorded yet, so there is nothing to compare with."
)
ROLLING_LEAD_DAYS = 6  # days before the period that fill the first 7-day windows


@dataclass(frozen=True)
class PackContents:
    """Everything the pack shows, read in one transaction."""

    today: date
    period: Range
    last_held_on: date | None
    last_supervisor: str
    actions: list[OpenAction]
    changes: list[PlanDifference] | None
    plan: SelfCarePlan
    mood: MoodSummary
    days: list[DayValue]
    start: date
    entries: list[Entry]


def gather(vault: Vault, today: date, period: Range, content: ContentPack) -> PackContents:
    service = SupervisionService(vault, _never, content)
    with vault.transaction():
        last = service.last_session()
        first = period.start(today)
        start = first or _first_checkin_day(vault) or today
        lead_in = date.fromordinal(start.toordinal() - ROLLING_LEAD_DAYS)
        days = daily_means(points_between(vault, lead_in, today))
        return PackContents(
            today=today,
            period=period,
            last_held_on=last.held_on if last else None,
            last_supervisor=last.supervisor if last else "",
            actions=service.open_actions(),
            changes=service.changes_since_last_session(),
            plan=displayed(vault.plan.load(), content.plan_sections),
            mood=summary(days, start, today),
            days=days,
            start=start,
            entries=flagged_entries(vault),
        )


def render_supervision_pack(
    vault: Vault, today: date, period: Range = Range.THREE_MONTHS, content: ContentPack | None = None
) -> PrintableDocument:
    pack = content or load_for_output()
    contents = gather(vault, today, period, pack)
    images = {}
    if contents.mood.count_days:
        from wellbeing_desktop.services.print_mood_chart import mood_chart_png

        images[CHART] = mood_chart_png(contents.days, contents.start, today)
    names = my_templates.names(pack, vault)
    title = SupervisionPack.tr(TITLE)
    html = page(title, body_html(contents, names, with_chart=bool(images)), today)
    return PrintableDocument(title, html, images)


def body_html(c: PackContents, template_names: dict[str, str], *, with_chart: bool) -> str:
    parts = [f'<p class="lead">{escape(_lead(c))}</p>']
    parts.append(_h2(SupervisionPack.tr("Actions we agreed")))
    if c.actions:
        parts.append(bullet_list(_action_line(o) for o in c.actions))
    else:
        parts.append(_quiet(SupervisionPack.tr("No open actions.")))
    parts.append(_h2(SupervisionPack.tr("Changed in my plan since our last session")))
    if c.changes is None:
        parts.append(_quiet(SupervisionPack.tr(FIRST_SESSION)))
    elif not c.changes:
        parts.append(_quiet(SupervisionPack.tr("No changes since then.")))
    else:
        parts.append(bullet_list(d.text for d in c.changes))
    period = translate("SupervisionPack", PERIOD_WORDS[c.period])
    parts.append(_h2(SupervisionPack.tr("How my mood has been: %1").replace("%1", period)))
    parts.append(_mood_html(c, with_chart))
    parts.append(_h2(SupervisionPack.tr("My self-care plan")))
    for section in c.plan.sections:
        if section.items:
            parts.append(f"<h3>{escape(section.title)}</h3>")
            parts.append(bullet_list(item.text for item in section.items))
    if not any(s.items for s in c.plan.sections):
        parts.append(_quiet(SupervisionPack.tr("Nothing written in the plan yet.")))
    entries_heading = escape(SupervisionPack.tr("Entries I chose to bring"))
    parts.append(f'<h2 style="page-break-before: always">{entries_heading}</h2>')
    if c.entries:
        parts += [entry_html(e, template_names) for e in c.entries]
    else:
        parts.append(_quiet(SupervisionPack.tr("No diary entries are marked “bring to supervision”.")))
    return "\n".join(parts)


def _h2(words: str) -> str:
    return f"<h2>{escape(words)}</h2>"


def _quiet(words: str) -> str:
    return f'<p class="quiet">{escape(words)}</p>'


def _lead(c: PackContents) -> str:
    prepared = SupervisionPack.tr("Prepared on %1.").replace("%1", long_date(c.today))
    if c.last_held_on is None:
        return prepared
    if c.last_supervisor:
        last = fill(
            SupervisionPack.tr("Our last session with %1 was on %2."),
            c.last_supervisor,
            long_date(c.last_held_on),
        )
    else:
        last = SupervisionPack.tr("Our last session was on %1.").replace("%1", long_date(c.last_held_on))
    return f"{prepared} {last}"


def _action_line(o: OpenAction) -> str:
    agreed = long_date(o.held_on)
    if o.action.due_on:
        return fill(
            SupervisionPack.tr("%1 (due %2) — agreed on %3"),
            o.action.text,
            long_date(o.action.due_on),
            agreed,
        )
    return fill(SupervisionPack.tr("%1 — agreed on %2"), o.action.text, agreed)


def _mood_html(c: PackContents, with_chart: bool) -> str:
    m = c.mood
    if not m.count_days or m.mean is None or m.lowest is None or m.highest is None:
        return _quiet(SupervisionPack.tr("No check-ins in this period."))
    days = SupervisionPack.tr(
        "Check-ins on %Ln days, from %1 to %2.", "Check-ins on %Ln day, from %1 to %2.", m.count_days
    )
    trend = (
        SupervisionPack.tr("Over the period, mood was %1.").replace("%1", shown_words(m.trend_words))
        if m.change is not None
        else SupervisionPack.tr("There are too few check-ins to describe a change.")
    )
    figures = [
        fill(days, long_date(c.start), long_date(c.today)),
        SupervisionPack.tr("Average mood: %1 out of 10.").replace("%1", decimal(m.mean)),
        fill(SupervisionPack.tr("Lowest and highest day: %1 and %2."), decimal(m.lowest), decimal(m.highest)),
        trend,
    ]
    width = 620  # points on the page; the height keeps the chart's own proportions
    height = round(width * HEIGHT_INCHES / WIDTH_INCHES)
    # line-height 100%: the page style's 135% would stretch the line that holds the image
    chart = f'<p style="line-height: 100%"><img src="{CHART}" width="{width}" height="{height}"></p>'
    chart = chart if with_chart else ""
    return chart + bullet_list(figures)


def _first_checkin_day(vault: Vault) -> date | None:
    row = vault.connection.execute("SELECT substr(at, 1, 10) FROM checkins ORDER BY at_ts LIMIT 1").fetchone()
    return None if row is None else date.fromisoformat(row[0])


def _never() -> datetime:
    raise AssertionError("making a pack changes nothing, so it never asks the time")
