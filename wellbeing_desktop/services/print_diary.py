"""Diary entries the person chose, on paper: only those, oldest first, each with its date and details."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from wellbeing_desktop.content import ContentPack
from wellbeing_desktop.content.installed import load_for_output
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.errors import UsageError, WellbeingError
from wellbeing_desktop.plural import count_of
from wellbeing_desktop.services import my_templates
from wellbeing_desktop.services.print_html import PrintableDocument, escape, markdown_html, page
from wellbeing_desktop.vault import Vault

TITLE = "From my reflective diary"


def chosen_entries(vault_entries: Iterable[Entry | None], ids: Sequence[str]) -> list[Entry]:
    """The entries found for `ids`, oldest first; a missing one is an error that names its id."""
    found: list[Entry] = []
    for entry_id, entry in zip(ids, vault_entries, strict=True):
        if entry is None:
            raise WellbeingError(f"There is no diary entry with the id {entry_id}.")
        found.append(entry)
    unique = {e.id: e for e in found}
    return sorted(unique.values(), key=lambda e: (e.created_at, e.id))


def render_diary(
    vault: Vault, entry_ids: Sequence[str], today: date, content: ContentPack | None = None
) -> PrintableDocument:
    """Only the entries named by `entry_ids`, read from the vault; template names from `content` (by
    default the packs installed now) and the person's own templates."""
    if not entry_ids:
        raise UsageError("Choose at least one diary entry to print.")
    with vault.transaction():
        entries = chosen_entries([vault.entries.get(i) for i in entry_ids], entry_ids)
        names = my_templates.names(content or load_for_output(), vault)
    return diary_document(entries, today, names)


def diary_document(
    entries: Sequence[Entry], printed_on: date, template_names: Mapping[str, str] | None = None
) -> PrintableDocument:
    parts = [f'<p class="lead">{escape(count_of(len(entries), "entry", "entries"))}, oldest first.</p>']
    parts += [entry_html(e, template_names) for e in entries]
    return PrintableDocument(TITLE, page(TITLE, "\n".join(parts), printed_on))


def entry_html(entry: Entry, template_names: Mapping[str, str] | None = None) -> str:
    title = entry.title.strip() or "Untitled entry"
    when = f"{entry.created_at:%A} {entry.created_at.day} {entry.created_at:%B %Y, %H:%M}"
    details = [when]
    if entry.template:
        details.append((template_names or {}).get(entry.template, entry.template))
    if entry.mood is not None:
        details.append(f"mood {entry.mood} of 10")
    lines = [" · ".join(details)]
    if entry.emotions:
        lines.append("Feelings: " + ", ".join(entry.emotions))
    if entry.tags:
        lines.append("Tags: " + ", ".join(entry.tags))
    if entry.for_supervision:
        lines.append("To bring to supervision")
    meta = "<br>".join(escape(line) for line in lines)
    body = markdown_html(entry.body) or '<p class="quiet">Nothing written yet.</p>'
    return f'<h2>{escape(title)}</h2>\n<p class="meta">{meta}</p>\n{body}'
