"""The words the app offers, loaded from TOML content packs (assets/content). Plain Python, no Qt."""

from wellbeing_desktop.content.model import (
    TONES,
    ContentPack,
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
from wellbeing_desktop.content.pack import FILES, builtin_folder, load_builtin, load_pack
from wellbeing_desktop.content.source import ContentError

__all__ = [
    "FILES",
    "TONES",
    "ContentError",
    "ContentPack",
    "CopingIdea",
    "FeelingWordGroup",
    "MoodScale",
    "PackInfo",
    "PlanSectionGuide",
    "Prompt",
    "ScaleWords",
    "Signpost",
    "Template",
    "Tone",
    "builtin_folder",
    "load_builtin",
    "load_pack",
]
