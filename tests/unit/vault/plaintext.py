"""Find user text that reached the disk unencrypted.

`find_marker` scans every file under a folder for a marker string as UTF-8, UTF-16-LE and UTF-16-BE (SQLite
stores text in one of these three encodings). Use a marker of lowercase letters and digits ending in a digit,
so the full-text index (which lowercases and stems words) keeps it whole as one token.
"""

from __future__ import annotations

import uuid
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def new_marker(label: str = "") -> str:
    """A unique marker the full-text tokenizer keeps whole: lowercase letters and digits, then a digit."""
    label = "".join(ch for ch in label.lower() if ch.isascii() and ch.isalpha())
    return f"qqz{label}{uuid.uuid4().hex}7"


def find_marker(folder: Path | str, marker: str) -> list[str]:
    """The files under `folder` (relative paths, sorted) whose bytes contain `marker` in any of ENCODINGS."""
    root = Path(folder)
    patterns = [marker.encode(encoding) for encoding in ENCODINGS]
    found: list[str] = []
    for path in sorted(root.rglob("*")):
        try:
            if not path.is_file():
                continue
            data = path.read_bytes()
        except FileNotFoundError:  # e.g. a -wal file removed while we looked
            continue
        if any(pattern in data for pattern in patterns):
            found.append(path.relative_to(root).as_posix())
    return found
