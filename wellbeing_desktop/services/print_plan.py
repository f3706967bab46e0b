"""The self-care plan on paper: every section with its items, the review date, and where to turn for
support (the content pack's contacts with the person's own filled in). Never any diary text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from wellbeing_desktop.content import ContentPack, Signpost
from wellbeing_desktop.content.installed import load_for_output
from wellbeing_desktop.domain import SelfCarePlan
from wellbeing_desktop.services.plan_sections import displayed
from wellbeing_desktop.services.print_html import PrintableDocument, bullet_list, escape, long_date, page
from wellbeing_desktop.services.signposting import signposts
from wellbeing_desktop.vault import Vault

TITLE = "My self-care plan"
CONTACTS_TITLE = "Support and crisis contacts"


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
            parts.append('<p class="quiet">Nothing written here yet.</p>')
    parts.append(f"<h2>{escape(CONTACTS_TITLE)}</h2>")
    parts.append(contacts_html(contacts))
    return PrintableDocument(TITLE, page(TITLE, "\n".join(parts), printed_on))


def contacts_html(contacts: Sequence[Signpost]) -> str:
    """Each place to turn: its name and contact, then when to use it; a blank contact shows its hint."""
    rows = []
    for s in contacts:
        if s.contact.strip():
            reach = f' — <span class="contact">{escape(s.contact)}</span>'
        else:
            reach = f' — <span class="quiet">{escape(s.hint or "not filled in yet")}</span>'
        rows.append(f"<li><b>{escape(s.name)}</b>{reach}<br>{escape(s.when)}</li>")
    return "<ul>\n" + "\n".join(rows) + "\n</ul>\n"


def _review_line(review_on: date | None, today: date) -> str:
    if review_on is None:
        return "No review date set yet."
    if review_on < today:
        return f"Due for review since {long_date(review_on)}."
    return f"Next review: {long_date(review_on)}."
