"""What a content pack holds: the words the app offers, as frozen dataclasses.

They are frozen and use tuples so one loaded pack can be cached and shared by every view without
any of them changing it; the person's own edits (a filled-in contact, say) live in the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from wellbeing_desktop.content.reflection_questions import ReflectionQuestions

Tone = Literal["pleasant", "in-between", "unpleasant"]
TONES: tuple[Tone, ...] = ("pleasant", "in-between", "unpleasant")


@dataclass(frozen=True)
class PackInfo:
    """Who wrote a pack and what it is for (pack.toml)."""

    name: str
    version: str
    author: str
    description: str


@dataclass(frozen=True)
class Prompt:
    """One step of a reflection: a short heading, a gentle question, and a hint ("" when there is none)."""

    heading: str
    question: str
    hint: str = ""


@dataclass(frozen=True)
class Template:
    """A structured reflection; `key` is what an entry stores (Entry.template)."""

    key: str
    name: str
    description: str
    prompts: tuple[Prompt, ...]


@dataclass(frozen=True)
class PlanSectionGuide:
    """Guidance for one self-care plan section; `key` matches PlanSection.key."""

    key: str
    title: str
    guidance: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class FeelingWordGroup:
    """A few related feeling words, so a long list is easy to scan."""

    key: str
    name: str
    tone: Tone
    words: tuple[str, ...]


@dataclass(frozen=True)
class CopingIdea:
    """A suggestion the person may copy into their plan's coping section."""

    key: str
    text: str


@dataclass(frozen=True)
class Signpost:
    """A place to turn for support. `contact` is "" when the person fills it in; `hint` says what to add."""

    key: str
    name: str
    contact: str
    when: str
    hint: str = ""


@dataclass(frozen=True)
class ScaleWords:
    """The question for a 1–10 scale and the words shown at its ends: `low` at 1, `high` at 10."""

    question: str
    low: str
    high: str


@dataclass(frozen=True)
class MoodScale:
    """Words for the check-in scales; only mood is asked every time."""

    mood: ScaleWords
    stress: ScaleWords
    energy: ScaleWords


@dataclass(frozen=True)
class ContentPack:
    """Everything one pack offers, in the order its files list it."""

    info: PackInfo
    templates: tuple[Template, ...]
    plan_sections: tuple[PlanSectionGuide, ...]
    feeling_words: tuple[FeelingWordGroup, ...]
    coping_ideas: tuple[CopingIdea, ...]
    signposts: tuple[Signpost, ...]
    mood_scale: MoodScale
    reflection: ReflectionQuestions

    def template(self, key: str) -> Template | None:
        """The template an entry names, or None when no pack defines it any more (free writing then)."""
        return next((t for t in self.templates if t.key == key), None)

    def plan_section(self, key: str) -> PlanSectionGuide | None:
        """Guidance for a plan section, or None for a section the person added themselves."""
        return next((s for s in self.plan_sections if s.key == key), None)

    def signpost(self, key: str) -> Signpost | None:
        return next((s for s in self.signposts if s.key == key), None)

    def all_feeling_words(self) -> tuple[str, ...]:
        return tuple(word for group in self.feeling_words for word in group.words)
