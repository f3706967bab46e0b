"""Linux desktop integration: the menu entry, the AppStream file (appstreamcli validate), the icons, and a
per-user install into a temporary XDG_DATA_HOME (never the real home)."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
METAINFO = LINUX / "org.wellbeing_desktop.WellbeingDesktop.metainfo.xml"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_desktop_entry_names_the_command_and_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "wellbeing-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "wellbeing-desktop"
    assert desktop["Icon"] == "wellbeing-desktop" and desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";") and desktop["Keywords"].endswith(";")


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstreamcli is not installed: apt-get install appstream"
)
def test_appstreamcli_validates_the_metainfo() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_screenshots_are_the_ones_in_docs() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    shots = re.findall(r"<image>[^<]*/screenshots/([^<]+)</image>", text)
    assert len(shots) >= 4
    for name in shots:
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_the_icons_come_in_every_hicolor_size_and_as_svg() -> None:
    hicolor = LINUX / "icons" / "hicolor"
    for size in SIZES:
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / "wellbeing-desktop.png") == (size, size)
    svg = hicolor / "scalable" / "apps" / "wellbeing-desktop.svg"
    assert svg.read_bytes() == (ROOT / "assets" / "icons" / "wellbeing-desktop.svg").read_bytes()


def test_install_desktop_writes_into_xdg_data_home_only(tmp_path: Path) -> None:
    data_home, home = tmp_path / "share", tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "HOME": str(home)}
    script = LINUX / "install_desktop.py"
    command = "/opt/Wellbeing Desktop/wellbeing-desktop"
    done = subprocess.run(
        [sys.executable, str(script), "--exec", command], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    entry = (data_home / "applications" / "wellbeing-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{command}"\n' in entry
    assert (data_home / "metainfo" / METAINFO.name).is_file()
    for size in SIZES:
        assert (
            data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "wellbeing-desktop.png"
        ).is_file()
    assert list(home.iterdir()) == []
    done = subprocess.run(
        [sys.executable, str(script), "--uninstall"], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert not (data_home / "applications" / "wellbeing-desktop.desktop").exists()
