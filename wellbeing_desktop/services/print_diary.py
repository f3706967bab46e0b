"""Diary entries the person chose, on paper: only those, oldest first, each with its date and details."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from wellbeing_desktop.content import ContentPack
from wellbeing_desktop.content.installed import load_for_output
from wellbeing_desktop.domain import Entry
from wellbeing_desktop.errors import UsageError, WellbeingError
from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, Context, date_time
from wellbeing_desktop.services import my_templates
from wellbeing_desktop.services.print_html import PrintableDocument, escape, markdown_html, page
from wellbeing_desktop.vault import Vault

PrintedDiary = Context("PrintedDiary")
TITLE = QT_TRANSLATE_NOOP("PrintedDiary", "From my reflective diary")


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
    lead = PrintedDiary.tr("%Ln entries, oldest first.", "%Ln entry, oldest first.", len(entries))
    parts = [f'<p class="lead">{escape(lead)}</p>']
    parts += [entry_html(e, template_names) for e in entries]
    title = PrintedDiary.tr(TITLE)
    return PrintableDocument(title, page(title, "\n".join(parts), printed_on))


def entry_html(entry: Entry, template_names: Mapping[str, str] | None = None) -> str:
    title = entry.title.strip() or PrintedDiary.tr("Untitled entry")
    details = [date_time(entry.created_at)]
    if entry.template:
        details.append((template_names or {}).get(entry.template, entry.template))
    if entry.mood is not None:
        details.append(PrintedDiary.tr("mood %1 of 10").replace("%1", str(entry.mood)))
    lines = [" · ".join(details)]
    if entry.emotions:
        lines.append(PrintedDiary.tr("Feelings: %1").replace("%1", ", ".join(entry.emotions)))
    if entry.tags:
        lines.append(PrintedDiary.tr("Tags: %1").replace("%1", ", ".join(entry.tags)))
    if entry.for_supervision:
        lines.append(PrintedDiary.tr("To bring to supervision"))
    meta = "<br>".join(escape(line) for line in lines)
    body = (
        markdown_html(entry.body)
        or '<p class="quiet">' + escape(PrintedDiary.tr("Nothing written yet.")) + "</p>"
    )
    return f'<h2>{escape(title)}</h2>\n<p class="meta">{meta}</p>\n{body}'
