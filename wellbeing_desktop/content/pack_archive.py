"""Read a pack's files into memory from a folder or a .zip, refusing anything that is not plain TOML.

Nothing is extracted here: names are checked (no absolute paths, no "..", no links, no folders
inside the pack), sizes and counts are capped before and while reading, and only the bytes come
back, for content/addon.py to check. A zip made by zipping the pack's folder (one folder at the
top) is read as if it were that folder. The clutter some systems add (__MACOSX, .DS_Store) is ignored.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path, PurePosixPath

from wellbeing_desktop.content.source import ContentError, ContentErrors
from wellbeing_desktop.i18n import fill

MOST_FILES = 12
MOST_BYTES_PER_FILE = 256 * 1024
MOST_BYTES = 1024 * 1024
_CLUTTER = {".DS_Store", "Thumbs.db", "desktop.ini"}


def read_pack_files(source: Path) -> dict[str, bytes]:
    """The files of the pack at `source` (a folder or a .zip), by name."""
    if source.is_symlink():
        raise ContentError(
            fill(
                ContentErrors.tr("%1: a pack cannot be a link; choose the folder or zip itself."), source.name
            ),
            file=source.name,
        )
    if source.is_dir():
        return _from_folder(source)
    if source.suffix.lower() == ".zip" and source.is_file():
        return _from_zip(source)
    raise ContentError(
        fill(ContentErrors.tr("%1: choose a pack's folder or a .zip file."), source.name), file=source.name
    )


def _from_folder(folder: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path in sorted(folder.iterdir()):
        if path.name in _CLUTTER:
            continue
        if path.is_symlink():
            raise ContentError(
                fill(ContentErrors.tr("%1: a pack cannot hold links; take this one out."), path.name),
                file=path.name,
            )
        if path.is_dir():
            raise ContentError(
                fill(
                    ContentErrors.tr("%1: a pack cannot hold folders; keep its files side by side."),
                    path.name,
                ),
                file=path.name,
            )
        _check_count(files)
        size = path.stat().st_size
        _check_size(path.name, size, files)
        with path.open("rb") as handle:
            files[path.name] = _capped(path.name, handle.read(MOST_BYTES_PER_FILE + 1), files)
    return files


def _from_zip(archive: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(archive) as zipped:
            members = [m for m in zipped.infolist() if not _clutter(m.filename)]
            prefix = _common_folder(members)
            files: dict[str, bytes] = {}
            for member in members:
                name = _member_name(member, prefix)
                if name is None:
                    continue  # the one folder at the top
                _check_count(files)
                _check_size(name, member.file_size, files)
                with zipped.open(member) as handle:  # the size in the zip's index may lie
                    files[name] = _capped(name, handle.read(MOST_BYTES_PER_FILE + 1), files)
            return files
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError):
        raise ContentError(
            fill(
                ContentErrors.tr("%1 is not a zip file this app can read; zip the pack's folder again."),
                archive.name,
            ),
            file=archive.name,
        ) from None


def _clutter(filename: str) -> bool:
    parts = filename.replace("\\", "/").split("/")
    return parts[0] == "__MACOSX" or parts[-1] in _CLUTTER


def _common_folder(members: list[zipfile.ZipInfo]) -> str:
    """ "riverside/" when every member sits in one folder at the top (the folder was zipped)."""
    tops = {m.filename.split("/", 1)[0] for m in members}
    if len(tops) == 1 and all("/" in m.filename for m in members):
        return f"{tops.pop()}/"
    return ""


def _member_name(member: zipfile.ZipInfo, prefix: str) -> str | None:
    raw = member.filename
    mode = member.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise ContentError(
            fill(ContentErrors.tr("%1: a pack cannot hold links; take this one out."), raw), file=raw
        )
    path = PurePosixPath(raw)
    if raw.startswith(("/", "\\")) or "\\" in raw or ":" in raw or ".." in path.parts or path.is_absolute():
        raise ContentError(
            fill(ContentErrors.tr("%1: this name points outside the pack, so the pack was not added."), raw),
            file=raw,
        )
    if member.is_dir():
        if raw == prefix:
            return None
        raise ContentError(
            fill(ContentErrors.tr("%1: a pack cannot hold folders; keep its files side by side."), raw),
            file=raw,
        )
    name = raw[len(prefix) :]
    if "/" in name:
        raise ContentError(
            fill(ContentErrors.tr("%1: a pack cannot hold folders; keep its files side by side."), raw),
            file=raw,
        )
    return name


def _check_count(files: dict[str, bytes]) -> None:
    if len(files) >= MOST_FILES:
        raise ContentError(
            fill(
                ContentErrors.tr("This pack holds more than %1 files; a pack needs at most 6."),
                str(MOST_FILES),
            ),
            file="",
        )


def _check_size(name: str, size: int, files: dict[str, bytes]) -> None:
    if size > MOST_BYTES_PER_FILE:
        raise ContentError(
            fill(
                ContentErrors.tr("%1 is larger than %2 KB; a pack's files are short."),
                name,
                str(MOST_BYTES_PER_FILE // 1024),
            ),
            file=name,
        )
    if size + sum(map(len, files.values())) > MOST_BYTES:
        raise ContentError(
            fill(ContentErrors.tr("This pack is larger than %1 KB altogether."), str(MOST_BYTES // 1024)),
            file=name,
        )


def _capped(name: str, data: bytes, files: dict[str, bytes]) -> bytes:
    _check_size(name, len(data), files)
    return data
