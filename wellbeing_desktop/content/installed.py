"""Installed content packs: <data>/content-packs/<pack id>/, added to the built-in pack at start.

Installed means in use: the packs load before the vault is unlocked (the screens are built behind the
unlock window), so the choice cannot live in the vault; and pack files hold no personal content, so
they need not. Rules: a pack only adds (keys are shared by all packs, and a clash is an error naming
both packs); a feeling word another pack already offers is not repeated; packs load in order of id.
A pack is checked in full, in memory, before anything is written; one that no longer loads is left
out with one sentence in `LoadedContent.notices`, never a crash.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from wellbeing_desktop import paths
from wellbeing_desktop.content.addon import ADDON_FILES, AddOnPack, Holder, check_clashes, read_addon
from wellbeing_desktop.content.model import ContentPack, FeelingWordGroup
from wellbeing_desktop.content.pack import load_builtin
from wellbeing_desktop.content.pack_archive import read_pack_files
from wellbeing_desktop.content.source import ContentError, ContentErrors
from wellbeing_desktop.i18n import fill

_MERGED = ("templates", "plan_sections", "feeling_words", "coping_ideas", "signposts")


@dataclass(frozen=True)
class LoadedContent(ContentPack):
    """The built-in pack with the installed packs added; `notices` say which were left out, and why."""

    packs: tuple[AddOnPack, ...] = ()
    notices: tuple[str, ...] = ()


def packs_folder() -> Path:
    return paths.content_packs_folder()


def load_content(folder: Path | None = None, builtin: ContentPack | None = None) -> LoadedContent:
    """The built-in pack plus every installed pack that still loads. Raises only for the built-in one."""
    base = builtin or load_builtin()
    folder = folder or packs_folder()
    accepted: list[AddOnPack] = []
    notices: list[str] = []
    for pack_folder in _pack_folders(folder):
        try:
            files = read_pack_files(pack_folder)
            pack = read_addon(files)
            if pack.id != pack_folder.name:
                not_folder = ContentErrors.tr('pack.toml: its id is "%1", not its folder\'s name.')
                raise ContentError(not_folder.replace("%1", pack.id), file="pack.toml")
            check_clashes(pack, files, _holders(base, accepted))
        except (ContentError, OSError) as error:
            if isinstance(error, ContentError):
                problem = error.message
            else:
                problem = error.strerror or ContentErrors.tr("unreadable")
            left_out = ContentErrors.tr("The content pack “%1” was left out: %2")
            notices.append(fill(left_out, pack_folder.name, _sentence(problem)))
            continue
        accepted.append(pack)
    return merge(base, accepted, notices)


def merge(base: ContentPack, packs: Sequence[AddOnPack], notices: Iterable[str] = ()) -> LoadedContent:
    """Every field of `base` (whatever it holds) with each pack's items added after its own."""
    values = {f.name: getattr(base, f.name) for f in fields(ContentPack)}
    for name in _MERGED:
        values[name] = tuple(values[name]) + tuple(item for pack in packs for item in getattr(pack, name))
    values["feeling_words"] = _once_each(values["feeling_words"])
    return LoadedContent(**values, packs=tuple(packs), notices=tuple(notices))


def load_for_output(folder: Path | None = None) -> ContentPack:
    """load_content for an export or a printout, which no pack may stop: a packs folder that cannot be
    read at all leaves the built-in pack alone, as a pack that no longer loads is left out."""
    try:
        return load_content(folder)
    except OSError:
        return load_builtin()


def installed(folder: Path | None = None) -> list[AddOnPack]:
    """The packs in use (what load_content adds), for the Content packs dialog."""
    return list(load_content(folder).packs)


def install(source: Path, folder: Path | None = None, builtin: ContentPack | None = None) -> AddOnPack:
    """Check the pack at `source` (folder or .zip) in full, then copy its TOML files in. A pack with
    the id of one already installed replaces it (a newer version). A bad pack leaves nothing behind."""
    folder = folder or packs_folder()
    files = read_pack_files(source)
    pack = read_addon(files)
    current = load_content(folder, builtin)
    others = [p for p in current.packs if p.id != pack.id]
    check_clashes(pack, files, _holders(builtin or load_builtin(), others))
    paths.private_folder(folder)
    staging = Path(tempfile.mkdtemp(prefix=".adding-", dir=folder))
    try:
        for name, data in files.items():
            assert name in ADDON_FILES  # read_addon allows nothing else
            (staging / name).write_bytes(data)
        target = folder / pack.id
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".replaced-", dir=folder))
            target.replace(old / pack.id)
            staging.replace(target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return pack


def remove(pack_id: str, folder: Path | None = None) -> None:
    """Delete an installed pack's folder. Entries keep their template keys; the diary copes."""
    folder = folder or packs_folder()
    target = folder / pack_id
    if pack_id.startswith(".") or "/" in pack_id or target.parent != folder or not target.is_dir():
        raise ContentError(ContentErrors.tr('No pack "%1" is installed.').replace("%1", pack_id), file="")
    shutil.rmtree(target)


def _pack_folders(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if not p.name.startswith(".") and p.is_dir() and not p.is_symlink()
    )


def _holders(base: ContentPack, packs: Iterable[AddOnPack]) -> list[Holder]:
    holders = [Holder(base.info.name, {f: [item.key for item in getattr(base, f)] for f in _MERGED})]
    holders += [Holder(p.info.name, {f: p.keys(f) for f in _MERGED}) for p in packs]
    return holders


def _once_each(groups: Sequence[FeelingWordGroup]) -> tuple[FeelingWordGroup, ...]:
    """A check-in stores a feeling word alone, so a word is offered once: the first pack's group keeps it."""
    seen: set[str] = set()
    out = []
    for group in groups:
        words = tuple(w for w in group.words if w.casefold() not in seen)
        seen.update(w.casefold() for w in words)
        if words:
            out.append(
                group if words == group.words else FeelingWordGroup(group.key, group.name, group.tone, words)
            )
    return tuple(out)


def _sentence(problem: str) -> str:
    return problem if problem.endswith(".") else f"{problem}."
