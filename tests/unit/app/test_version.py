"""One version: wellbeing_desktop.__version__, read by hatch for the wheel and shown by --version."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from wellbeing_desktop import __version__

ROOT = Path(__file__).resolve().parents[3]


def test_the_package_version_is_the_only_source() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"] and "version" not in pyproject["project"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "wellbeing_desktop/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+([ab]\d+|rc\d+)?", __version__)


def test_version_on_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wellbeing_desktop", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"wellbeing-desktop {__version__}"


def test_the_changelog_keeps_an_unreleased_heading() -> None:
    assert "## Unreleased" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
