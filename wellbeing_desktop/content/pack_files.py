"""One reader per file of a content pack, each turning a located TOML table into model objects.

The limits keep every text short enough to read at a glance and to fit the views that show it.
"""

from __future__ import annotations

from typing import cast

from wellbeing_desktop.content.model import (
    TONES,
    CopingIdea,
    FeelingWordGroup,
    MoodScale,
    PackInfo,
    PlanSectionGuide,
    Prompt,
    ScaleWords,
    Signpost,
    Template,
    Tone,
)
from wellbeing_desktop.content.source import ContentErrors
from wellbeing_desktop.content.toml_table import Table
from wellbeing_desktop.i18n import fill, translate

NAME = 80  # names, titles, headings, contacts
LINE = 300  # one-line descriptions, questions, hints, guidance
EXAMPLE = 200  # plan examples and coping ideas: they may become plan items
WORD = 40  # a feeling word
DESCRIPTION = 1_000  # the pack's own description may run to a short paragraph


def read_info(file: Table) -> PackInfo:
    file.check_fields(("name", "version", "author", "description"))
    return PackInfo(
        name=file.text("name", most=NAME),
        version=file.text("version", most=40),
        author=file.text("author", most=NAME * 2),
        description=file.text("description", most=DESCRIPTION, one_line=False),
    )


def read_templates(file: Table) -> tuple[Template, ...]:
    file.check_fields(("template",))
    keys = UniqueKeys("template")
    templates = []
    for table in file.tables("template", noun="template", plural="templates", most=100):
        template = keys.add(table)
        template.check_fields(("key", "name", "description", "prompt"))
        prompts = tuple(
            _prompt(prompt) for prompt in template.tables("prompt", noun="prompt", plural="prompts", most=20)
        )
        templates.append(
            Template(
                key=template.slug(),
                name=template.text("name", most=NAME),
                description=template.text("description", most=LINE),
                prompts=prompts,
            )
        )
    return tuple(templates)


def _prompt(table: Table) -> Prompt:
    table.check_fields(("heading", "question", "hint"))
    return Prompt(
        heading=table.text("heading", most=NAME),
        question=table.text("question", most=LINE),
        hint=table.text("hint", most=LINE, required=False),
    )


def read_plan_sections(file: Table) -> tuple[PlanSectionGuide, ...]:
    file.check_fields(("section",))
    keys = UniqueKeys("section")
    sections = []
    for table in file.tables("section", noun="section", plural="sections", most=50):
        section = keys.add(table)
        section.check_fields(("key", "title", "guidance", "examples"))
        sections.append(
            PlanSectionGuide(
                key=section.slug(),
                title=section.text("title", most=NAME),
                guidance=section.text("guidance", most=LINE),
                examples=section.texts("examples", most_chars=EXAMPLE, least=1, most=10),
            )
        )
    return tuple(sections)


def read_feeling_words(file: Table) -> tuple[FeelingWordGroup, ...]:
    """Groups of words; a word may appear in only one group, as a check-in stores the word alone."""
    file.check_fields(("group",))
    keys = UniqueKeys("group")
    words_seen = UniqueKeys("feeling word")
    groups = []
    for table in file.tables("group", noun="group", plural="groups", most=30):
        group = keys.add(table)
        group.check_fields(("key", "name", "tone", "words"))
        words = group.texts("words", most_chars=WORD, least=1, most=30)
        for word in words:
            words_seen.remember(
                word.casefold(),
                group.line_of("words", word),
                group,
                ContentErrors.tr("feeling word %1").replace("%1", repr(word)),
            )
        tone = cast(Tone, group.choice("tone", TONES))
        groups.append(FeelingWordGroup(group.slug(), group.text("name", most=NAME), tone, words))
    return tuple(groups)


def read_coping_ideas(file: Table) -> tuple[CopingIdea, ...]:
    file.check_fields(("idea",))
    keys = UniqueKeys("idea")
    ideas = []
    for table in file.tables("idea", noun="idea", plural="ideas", most=200):
        idea = keys.add(table)
        idea.check_fields(("key", "text"))
        ideas.append(CopingIdea(key=idea.slug(), text=idea.text("text", most=EXAMPLE)))
    return tuple(ideas)


def read_signposts(file: Table) -> tuple[Signpost, ...]:
    file.check_fields(("signpost",))
    keys = UniqueKeys("signpost")
    signposts = []
    for table in file.tables("signpost", noun="signpost", plural="signposts", most=50):
        signpost = keys.add(table)
        signpost.check_fields(("key", "name", "contact", "when", "hint"))
        signposts.append(
            Signpost(
                key=signpost.slug(),
                name=signpost.text("name", most=NAME),
                contact=signpost.blank_or_text("contact", most=NAME),
                when=signpost.text("when", most=LINE),
                hint=signpost.text("hint", most=LINE, required=False),
            )
        )
    return tuple(signposts)


def read_mood_scale(file: Table) -> MoodScale:
    file.check_fields(("mood", "stress", "energy"))
    return MoodScale(
        mood=_scale(file.table("mood")),
        stress=_scale(file.table("stress")),
        energy=_scale(file.table("energy")),
    )


def _scale(table: Table) -> ScaleWords:
    table.check_fields(("question", "low", "high"))
    return ScaleWords(
        question=table.text("question", most=NAME * 2),
        low=table.text("low", most=WORD),
        high=table.text("high", most=WORD),
    )


class UniqueKeys:
    """Remembers the keys seen in one file, so a repeat names its own line and the first one's."""

    def __init__(self, noun: str) -> None:
        self._noun = noun
        self._lines: dict[str, int] = {}

    def add(self, table: Table) -> Table:
        """Record the table's key and return the table named by it, e.g. "template 'gibbs'"."""
        key = table.slug()
        noun = translate("ContentErrors", self._noun)
        self.remember(key, table.line_of("key"), table, fill(ContentErrors.tr("%1 key %2"), noun, repr(key)))
        return table.named(fill(ContentErrors.tr("%1 %2"), noun, repr(key)))

    def remember(self, key: str, line: int, table: Table, what: str) -> None:
        if key in self._lines:
            first = self._lines[key]
            twice = ContentErrors.tr("the %1 is used twice (first on line %2).")
            raise table.source.error(line, fill(twice, what, str(first)))
        self._lines[key] = line
