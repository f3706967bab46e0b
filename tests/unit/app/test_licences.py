"""Every runtime dependency's licence is read, compatible with GPL-3.0-or-later, and listed in
docs/licences.md and the About dialog (wellbeing_desktop/licences.py)."""

from __future__ import annotations

import importlib.metadata as metadata
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

from wellbeing_desktop.licences import APP_LICENCE, COMPONENTS

ROOT = Path(__file__).resolve().parents[3]
# Licences whose terms allow the whole to be distributed under GPL-3.0-or-later (FSF's list of
# GPL-compatible licences; LGPL-3.0 and GPL-3.0 by their own terms; Apache-2.0 with GPLv3 only).
COMPATIBLE = {
    "0BSD", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CC0-1.0", "GPL-3.0-only", "LGPL-3.0-only",
    "MIT", "MIT-0", "MIT-CMU", "PSF-2.0", "Zlib",
}  # fmt: skip


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure() -> set[str]:
    """The installed distributions the app needs at run time (its dependencies, transitively)."""
    seen: set[str] = set()
    todo = [str(r) for r in metadata.requires("wellbeing-desktop") or []]
    while todo:
        requirement = Requirement(todo.pop())
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        key = _key(requirement.name)
        if key in seen:
            continue
        seen.add(key)
        todo += metadata.requires(requirement.name) or []
    return seen


def _compatible(expression: str) -> bool:
    alternatives = [part.strip("() ") for part in expression.split(" OR ")]
    return any(all(term.strip("() ") in COMPATIBLE for term in alt.split(" AND ")) for alt in alternatives)


def test_the_app_is_gpl_3_or_later() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == APP_LICENCE == "GPL-3.0-or-later"
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3" in licence


def test_every_runtime_dependency_is_listed_with_a_compatible_licence() -> None:
    listed = {_key(c.name): c for c in COMPONENTS}
    missing = runtime_closure() - set(listed)
    assert not missing, f"add these to wellbeing_desktop/licences.py and docs/licences.md: {sorted(missing)}"
    for component in COMPONENTS:
        assert _compatible(component.licence), f"{component.name}: {component.licence}"


def test_the_listed_licences_agree_with_the_installed_metadata() -> None:
    for key in runtime_closure():
        stated = metadata.metadata(key).get("License-Expression")
        if stated:  # older packages state it only in prose or classifiers; those were read by hand
            (component,) = [c for c in COMPONENTS if _key(c.name) == key]
            assert component.licence == stated, f"{component.name}'s licence is now {stated}"


def test_docs_licences_names_every_runtime_dependency() -> None:
    text = (ROOT / "docs" / "licences.md").read_text(encoding="utf-8")
    rows = {_key(m.group(1)) for m in re.finditer(r"^\| \*\*([^*]+)\*\* \|", text, re.MULTILINE)}
    assert runtime_closure() <= rows, sorted(runtime_closure() - rows)
    for component in COMPONENTS:
        assert f"| **{component.name}** | {component.licence} |" in text, component.name
