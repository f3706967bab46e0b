"""Load a content pack folder into one ContentPack, or the pack that ships with the app.

A pack is complete: all eight files must be there, so every view can rely on every part.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from wellbeing_desktop import resources
from wellbeing_desktop.content import pack_files
from wellbeing_desktop.content.model import ContentPack
from wellbeing_desktop.content.reflection_questions import read_reflection
from wellbeing_desktop.content.toml_reading import open_file

# ContentPack is re-exported: views import it from here as well as from the package.
__all__ = ["FILES", "ContentPack", "builtin_folder", "load_builtin", "load_pack"]

FILES = (
    "pack.toml",
    "templates.toml",
    "plan-sections.toml",
    "feeling-words.toml",
    "coping-ideas.toml",
    "signposting.toml",
    "mood-scale.toml",
    "reflection.toml",
)


def load_pack(folder: Path) -> ContentPack:
    """Read and check every file of the pack in `folder`; raise ContentError at the first problem."""
    return ContentPack(
        info=pack_files.read_info(open_file(folder, "pack.toml")),
        templates=pack_files.read_templates(open_file(folder, "templates.toml")),
        plan_sections=pack_files.read_plan_sections(open_file(folder, "plan-sections.toml")),
        feeling_words=pack_files.read_feeling_words(open_file(folder, "feeling-words.toml")),
        coping_ideas=pack_files.read_coping_ideas(open_file(folder, "coping-ideas.toml")),
        signposts=pack_files.read_signposts(open_file(folder, "signposting.toml")),
        mood_scale=pack_files.read_mood_scale(open_file(folder, "mood-scale.toml")),
        reflection=read_reflection(open_file(folder, "reflection.toml")),
    )


def builtin_folder() -> Path:
    """Where the built-in pack lives: assets/content in a checkout, a wheel or a frozen build."""
    return resources.assets() / "content"


@cache
def load_builtin() -> ContentPack:
    """The pack that ships with the app, read once; it is frozen, so sharing it is safe."""
    return load_pack(builtin_folder())
