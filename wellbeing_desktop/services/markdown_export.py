"""The diary as one Markdown file, readable in any text editor, oldest entry first.

`template_names` (key -> name) come from the content packs in use and the person's own templates
(my_templates.names); an entry whose template is not among them shows its key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from wellbeing_desktop.domain import Entry


def entry_markdown(entry: Entry, template_names: Mapping[str, str] | None = None) -> str:
    title = entry.title.strip() or "Untitled entry"
    when = entry.created_at.strftime("%A %d %B %Y, %H:%M")
    lines = [f"## {title}", "", f"*{when}*", ""]
    details = []
    if entry.template:
        details.append(f"Reflection: {(template_names or {}).get(entry.template, entry.template)}")
    if entry.tags:
        details.append("Tags: " + ", ".join(entry.tags))
    if entry.emotions:
        details.append("Feelings: " + ", ".join(entry.emotions))
    if entry.mood is not None:
        details.append(f"Mood: {entry.mood}/10")
    if entry.for_supervision:
        details.append("Bring to supervision")
    if details:
        lines += [f"- {d}" for d in details] + [""]
    body = entry.body.rstrip()
    if body:
        lines += [body, ""]
    return "\n".join(lines)


def diary_markdown(
    entries: Iterable[Entry], exported_on: str, template_names: Mapping[str, str] | None = None
) -> str:
    parts = [f"# My reflective diary\n\nExported from Wellbeing Desktop on {exported_on}.\n"]
    parts += [entry_markdown(e, template_names) for e in entries]
    return "\n---\n\n".join(parts).rstrip() + "\n"
