"""The diary as one Markdown file, readable in any text editor, oldest entry first.

`template_names` (key -> name) come from the content packs in use and the person's own templates
(my_templates.names); an entry whose template is not among them shows its key. The file's own words
("Tags:", "Mood:") and each entry's day and time are in the person's language and locale in the app; on
the command line they are English, the day and time in the form they have always had ("Friday 05 June
2026, 20:10"), so a file made by a script reads the same as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.i18n import Context, date_time

MarkdownExport = Context("MarkdownExport")


def entry_markdown(entry: Entry, template_names: Mapping[str, str] | None = None) -> str:
    title = entry.title.strip() or MarkdownExport.tr("Untitled entry")
    when = date_time(entry.created_at, english_form="%A %d %B %Y, %H:%M")
    lines = [f"## {title}", "", f"*{when}*", ""]
    details = []
    if entry.template:
        name = (template_names or {}).get(entry.template, entry.template)
        details.append(MarkdownExport.tr("Reflection: %1").replace("%1", name))
    if entry.tags:
        details.append(MarkdownExport.tr("Tags: %1").replace("%1", ", ".join(entry.tags)))
    if entry.emotions:
        details.append(MarkdownExport.tr("Feelings: %1").replace("%1", ", ".join(entry.emotions)))
    if entry.mood is not None:
        details.append(MarkdownExport.tr("Mood: %1/10").replace("%1", str(entry.mood)))
    if entry.for_supervision:
        details.append(MarkdownExport.tr("Bring to supervision"))
    if details:
        lines += [f"- {d}" for d in details] + [""]
    body = entry.body.rstrip()
    if body:
        lines += [body, ""]
    return "\n".join(lines)


def diary_markdown(
    entries: Iterable[Entry], exported_on: str, template_names: Mapping[str, str] | None = None
) -> str:
    heading = MarkdownExport.tr("My reflective diary")
    exported = MarkdownExport.tr("Exported from Wellbeing Desktop on %1.").replace("%1", exported_on)
    parts = [f"# {heading}\n\n{exported}\n"]
    parts += [entry_markdown(e, template_names) for e in entries]
    return "\n---\n\n".join(parts).rstrip() + "\n"
