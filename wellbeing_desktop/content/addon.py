"""A pack someone else made (an organisation, a peer group): a pack.toml and any of five content files.

An add-on pack only adds to the built-in pack: templates, plan sections, feeling words, coping ideas
and support contacts with keys of their own. It cannot change the mood scale's words (there is one
scale, so check-ins stay comparable). It is TOML data read in memory: nothing in it is ever run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from wellbeing_desktop.content import pack_files
from wellbeing_desktop.content.model import (
    CopingIdea,
    FeelingWordGroup,
    PackInfo,
    PlanSectionGuide,
    Signpost,
    Template,
)
from wellbeing_desktop.content.source import ContentError, ContentErrors
from wellbeing_desktop.content.toml_reading import parse_file
from wellbeing_desktop.content.toml_table import listed
from wellbeing_desktop.i18n import fill, translate

MANIFEST = "pack.toml"
# Each content file an add-on pack may hold: (file, what one item is called, ContentPack field).
KINDS = (
    ("templates.toml", "template", "templates"),
    ("plan-sections.toml", "section", "plan_sections"),
    ("feeling-words.toml", "group", "feeling_words"),
    ("coping-ideas.toml", "idea", "coping_ideas"),
    ("signposting.toml", "signpost", "signposts"),
)
ADDON_FILES = (MANIFEST, *(file for file, _noun, _field in KINDS))
_READERS = {
    "templates.toml": pack_files.read_templates,
    "plan-sections.toml": pack_files.read_plan_sections,
    "feeling-words.toml": pack_files.read_feeling_words,
    "coping-ideas.toml": pack_files.read_coping_ideas,
    "signposting.toml": pack_files.read_signposts,
}


@dataclass(frozen=True)
class AddOnPack:
    """One installed (or about to be installed) pack; `id` is its folder's name."""

    id: str
    info: PackInfo
    templates: tuple[Template, ...] = ()
    plan_sections: tuple[PlanSectionGuide, ...] = ()
    feeling_words: tuple[FeelingWordGroup, ...] = ()
    coping_ideas: tuple[CopingIdea, ...] = ()
    signposts: tuple[Signpost, ...] = ()

    def keys(self, field: str) -> tuple[str, ...]:
        items: tuple[Template | PlanSectionGuide | FeelingWordGroup | CopingIdea | Signpost, ...]
        items = getattr(self, field)
        return tuple(item.key for item in items)


def read_addon(files: Mapping[str, bytes]) -> AddOnPack:
    """Check every file of a pack held in memory; raise ContentError naming the file (and line)."""
    for name in files:
        if name not in ADDON_FILES:
            raise ContentError(_not_allowed(name), file=name)
    if MANIFEST not in files:
        raise ContentError(
            ContentErrors.tr(
                "pack.toml is missing: every pack needs one, with its id, name, version and author."
            ),
            file=MANIFEST,
        )
    pack_id, info = _read_manifest(files[MANIFEST])
    parts = {
        field: _READERS[file](parse_file(file, files[file])) for file, _n, field in KINDS if file in files
    }
    if not parts:
        raise ContentError(
            ContentErrors.tr(
                "pack.toml, line 1: this pack adds nothing yet; add at least one of %1."
            ).replace("%1", listed(ADDON_FILES[1:], "or")),
            file=MANIFEST,
            line=1,
        )
    return AddOnPack(id=pack_id, info=info, **parts)  # type: ignore[arg-type]


def _read_manifest(raw: bytes) -> tuple[str, PackInfo]:
    table = parse_file(MANIFEST, raw)
    table.check_fields(("id", "name", "version", "author", "description"))
    pack_id = table.slug("id")
    return pack_id, PackInfo(
        name=table.text("name", most=pack_files.NAME),
        version=table.text("version", most=40),
        author=table.text("author", most=pack_files.NAME * 2),
        description=table.text("description", most=pack_files.DESCRIPTION, one_line=False, required=False),
    )


def _not_allowed(name: str) -> str:
    allowed = listed(ADDON_FILES, "and")
    if name == "mood-scale.toml":
        scale = ContentErrors.tr(
            "%1: a pack cannot change the mood scale's words; the files a pack can hold are %2."
        )
        return fill(scale, name, allowed)
    if name.lower().endswith(".toml"):
        other = ContentErrors.tr("%1: this is not a file a pack can hold; the files a pack can hold are %2.")
        return fill(other, name, allowed)
    return fill(ContentErrors.tr("%1: a pack holds only TOML files (%2); take this one out."), name, allowed)


@dataclass(frozen=True)
class Holder:
    """A pack already in use, as a clash check sees it: its name and its keys of each kind."""

    name: str
    keys: Mapping[str, Iterable[str]]


def check_clashes(pack: AddOnPack, files: Mapping[str, bytes], others: Iterable[Holder]) -> None:
    """Keys are shared by all packs: a key another pack already uses is an error naming both."""
    for holder in others:
        for file, noun, field in KINDS:
            taken = set(holder.keys.get(field, ()))
            for key in pack.keys(field):
                if key in taken:
                    line = _key_line(files.get(file, b""), key)
                    where = fill(ContentErrors.tr("%1, line %2"), file, str(line)) if line else file
                    used = ContentErrors.tr(
                        '%1: the %2 key "%3" is already used by the pack "%4"; choose another key.'
                    )
                    raise ContentError(
                        fill(used, where, translate("ContentErrors", noun), key, holder.name),
                        file=file,
                        line=line,
                    )


def _key_line(raw: bytes, key: str) -> int | None:
    pattern = re.compile(rf"""^\s*key\s*=\s*["']{re.escape(key)}["']""")
    text = raw.decode("utf-8-sig", errors="replace")
    return next((n for n, line in enumerate(text.split("\n"), 1) if pattern.match(line)), None)
