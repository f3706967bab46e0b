"""Write an export the person asked for. Exports are not encrypted: callers warn before writing."""

from __future__ import annotations

import errno
import json
from datetime import date
from pathlib import Path

from wellbeing_desktop.atomic_file import write_atomically
from wellbeing_desktop.content.installed import load_for_output
from wellbeing_desktop.content.model import ContentPack
from wellbeing_desktop.errors import UsageError, WellbeingError
from wellbeing_desktop.services import my_templates
from wellbeing_desktop.services.csv_export import checkins_csv
from wellbeing_desktop.services.interchange import export_document
from wellbeing_desktop.services.markdown_export import diary_markdown
from wellbeing_desktop.vault import Vault

FORMATS = ("json", "markdown", "csv")
NOT_ENCRYPTED = "{path} is not encrypted: anyone who can open the file can read it."


def render(vault: Vault, fmt: str, content: ContentPack | None = None) -> str:
    """The export as text. Template names come from `content` (by default the packs installed now,
    any that no longer load left out) and the person's own templates."""
    if fmt == "json":
        return json.dumps(export_document(vault), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        with vault.transaction():
            entries = list(vault.entries.all())
            names = my_templates.names(content or load_for_output(), vault)
        return diary_markdown(entries, date.today().isoformat(), names)
    if fmt == "csv":
        with vault.transaction():
            checkins = list(vault.checkins.all())
        return checkins_csv(checkins)
    raise UsageError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")


def write_export(path: Path, text: str, *, overwrite: bool = False) -> None:
    """All or nothing, readable by the owner only. An existing file is kept unless `overwrite`."""
    write_export_bytes(path, text.encode("utf-8"), overwrite=overwrite)


def write_export_bytes(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """As write_export, for a file that is not text (a PDF)."""
    if path.is_dir():
        raise WellbeingError(f"{path} is a folder; give a file name for the export.")
    if path.exists() and not overwrite:
        raise WellbeingError(f"{path} already exists; choose a new name or add --force to replace it.")
    if not path.parent.is_dir():
        raise WellbeingError(f"The folder {path.parent} does not exist.")
    try:
        write_atomically(path, data, mode=0o600)
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise WellbeingError(
                f"There is not enough disk space to write {path}; nothing was written."
            ) from None
        raise WellbeingError(
            f"{path} could not be written ({error.strerror}); nothing was written."
        ) from None
