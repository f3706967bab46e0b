"""A diary entry: free writing or a structured reflection."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from wellbeing_desktop.domain import rules
from wellbeing_desktop.domain.rules import DataProblems

# Built-in reflection models; content packs may add more. An entry keeps its key even when the pack
# that defined it is gone, so any well-formed key is accepted.
BUILT_IN_TEMPLATES = ("gibbs", "driscoll", "debrief")
PREVIEW_CHARS = 300  # how much of the first line a diary list keeps

_HEADING = re.compile(r"^#{1,6}\s")


def is_heading(line: str) -> bool:
    """A Markdown heading, as templates write one per prompt."""
    return bool(_HEADING.match(line))


def first_line(body: str) -> str:
    """The first line the person wrote, skipping a template's headings (the first heading if that is all),
    cut to PREVIEW_CHARS: what a diary list shows under the title."""
    fallback = ""
    for line in body.splitlines():
        text = line.strip()
        if not text:
            continue
        if not is_heading(text):
            return text[:PREVIEW_CHARS]
        fallback = fallback or text.lstrip("#").strip()[:PREVIEW_CHARS]
    return fallback


@dataclass
class Entry:
    id: str
    created_at: datetime
    updated_at: datetime
    title: str = ""
    body: str = ""
    template: str | None = None
    tags: list[str] = field(default_factory=list)
    emotions: list[str] = field(default_factory=list)
    for_supervision: bool = False
    mood: int | None = None

    def problems(self) -> list[str]:
        """Every broken rule as 'field: problem'; empty when the entry is valid."""
        out = rules.Problems()
        add = out.add
        add("id", rules.check_uuid(self.id))
        add("created_at", rules.check_aware(self.created_at))
        add("updated_at", rules.check_aware(self.updated_at))
        if not out and self.updated_at < self.created_at:
            add("updated_at", DataProblems.tr("is earlier than created_at"))
        add("title", rules.check_text(self.title, max_chars=rules.MAX_TITLE_CHARS))
        add("body", rules.check_text(self.body, max_bytes=rules.MAX_ENTRY_BODY_BYTES))
        if self.template is not None:
            add("template", rules.check_slug(self.template))
        out.add_words("tags", self.tags)
        out.add_words("emotions", self.emotions)
        if self.mood is not None:
            add("mood", rules.check_scale(self.mood))
        return out
