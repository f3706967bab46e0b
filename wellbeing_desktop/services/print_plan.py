"""The self-care plan on paper: every section with its items, the review date, and where to turn for
support (the content pack's contacts with the person's own filled in). Never any diary text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from wellbeing_desktop.content import ContentPack, Signpost
from wellbeing_desktop.content.installed import load_for_output
from wellbeing_desktop.domain import SelfCarePlan
from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, Context
from wellbeing_desktop.services.plan_sections import displayed
from wellbeing_desktop.services.print_html import PrintableDocument, bullet_list, escape, long_date, page
from wellbeing_desktop.services.signposting import signposts
from wellbeing_desktop.vault import Vault

PrintedPlan = Context("PrintedPlan")
TITLE = QT_TRANSLATE_NOOP("PrintedPlan", "My self-care plan")
CONTACTS_TITLE = QT_TRANSLATE_NOOP("PrintedPlan", "Support and crisis contacts")


def render_plan(vault: Vault, today: date, content: ContentPack | None = None) -> PrintableDocument:
    """The plan as it is in the vault today, ready to print."""
    pack = content or load_for_output()
    with vault.transaction():
        plan = displayed(vault.plan.load(), pack.plan_sections)
        contacts = signposts(pack.signposts, vault)
    return plan_document(plan, contacts, today)


def plan_document(plan: SelfCarePlan, contacts: Sequence[Signpost], printed_on: date) -> PrintableDocument:
    parts = [f'<p class="lead">{escape(_review_line(plan.review_on, printed_on))}</p>']
    for section in plan.sections:
        parts.append(f"<h2>{escape(section.title)}</h2>")
        if section.items:
            parts.append(bullet_list(item.text for item in section.items))
        else:
            parts.append('<p class="quiet">' + escape(PrintedPlan.tr("Nothing written here yet.")) + "</p>")
    parts.append("<h2>" + escape(PrintedPlan.tr(CONTACTS_TITLE)) + "</h2>")
    parts.append(contacts_html(contacts))
    title = PrintedPlan.tr(TITLE)
    return PrintableDocument(title, page(title, "\n".join(parts), printed_on))


def contacts_html(contacts: Sequence[Signpost]) -> str:
    """Each place to turn: its name and contact, then when to use it; a blank contact shows its hint."""
    rows = []
    for s in contacts:
        if s.contact.strip():
            reach = f' — <span class="contact">{escape(s.contact)}</span>'
        else:
            hint = s.hint or PrintedPlan.tr("not filled in yet")
            reach = f' — <span class="quiet">{escape(hint)}</span>'
        rows.append(f"<li><b>{escape(s.name)}</b>{reach}<br>{escape(s.when)}</li>")
    return "<ul>\n" + "\n".join(rows) + "\n</ul>\n"


def _review_line(review_on: date | None, today: date) -> str:
    if review_on is None:
        return PrintedPlan.tr("No review date set yet.")
    if review_on < today:
        return PrintedPlan.tr("Due for review since %1.").replace("%1", long_date(review_on))
    return PrintedPlan.tr("Next review: %1.").replace("%1", long_date(review_on))
