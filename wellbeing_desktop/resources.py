"""Find ui/ and assets/ in an installed wheel, a frozen bundle, or a source checkout (in that order)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    candidates = [_PACKAGE / "_data"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "wellbeing_desktop" / "_data")
    candidates.append(_PACKAGE.parent)  # a checkout: ui/ and assets/ beside the package
    for root in candidates:
        if (root / "assets").is_dir():
            return root
    raise FileNotFoundError("Wellbeing Desktop's assets folder is missing from this installation")


def assets() -> Path:
    return data_root() / "assets"


def ui() -> Path:
    return data_root() / "ui"
