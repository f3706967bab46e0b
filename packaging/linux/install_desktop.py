"""Install Wellbeing Desktop's menu entry for this user: the .desktop file, the icons and the AppStream file.

usage: python packaging/linux/install_desktop.py [--exec COMMAND] [--uninstall]

Into $XDG_DATA_HOME (else ~/.local/share): applications/, icons/hicolor/ and metainfo/. The entry runs
COMMAND: by default `wellbeing-desktop` if it is on PATH (pipx, pip --user), else the one beside this
Python (a checkout's .venv). Standard library only; the menu caches are refreshed if their tools exist.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "wellbeing-desktop"
DESKTOP = f"{NAME}.desktop"
METAINFO = "org.wellbeing_desktop.WellbeingDesktop.metainfo.xml"


def data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if Path(configured).is_absolute() else Path.home() / ".local" / "share"


def default_command() -> str:
    if shutil.which(NAME):
        return NAME
    beside = Path(sys.executable).parent / NAME
    if beside.is_file():
        return str(beside)
    raise SystemExit(f"{NAME} is not installed: install it first (pipx install .), or pass --exec COMMAND")


def planned(root: Path) -> list[tuple[Path, Path]]:
    """(source, destination) for every file installed."""
    files = [
        (HERE / DESKTOP, root / "applications" / DESKTOP),
        (HERE / METAINFO, root / "metainfo" / METAINFO),
    ]
    icons = HERE / "icons" / "hicolor"
    files += [
        (icon, root / "icons" / "hicolor" / icon.relative_to(icons))
        for icon in sorted(icons.rglob(f"{NAME}.*"))
    ]
    return files


def desktop_entry(command: str) -> str:
    text = (HERE / DESKTOP).read_text(encoding="utf-8")
    return text.replace(f"Exec={NAME}\n", f"Exec={exec_argument(command)}\n")


def exec_argument(command: str) -> str:
    """The Desktop Entry spec's quoting: double quotes around a path with spaces or reserved
    characters, with `"`, `` ` ``, `$` and `\\` escaped inside; a literal % is written %%."""
    command = command.replace("%", "%%")
    if not re.search(r"[\s\"'\\><~|&;$*?#()`]", command):
        return command
    return '"' + re.sub(r'(["`$\\])', r"\\\1", command) + '"'


def refresh_caches(root: Path) -> None:
    for tool, argument in (
        ("update-desktop-database", root / "applications"),
        ("gtk-update-icon-cache", root / "icons" / "hicolor"),
    ):
        if shutil.which(tool):
            subprocess.run([tool, "-q", str(argument)], check=False, capture_output=True)


def install(root: Path, command: str) -> list[Path]:
    written = []
    for source, destination in planned(root):
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.name == DESKTOP:
            destination.write_text(desktop_entry(command), encoding="utf-8")
        else:
            shutil.copyfile(source, destination)
        written.append(destination)
    refresh_caches(root)
    return written


def uninstall(root: Path) -> list[Path]:
    removed = [destination for _, destination in planned(root) if destination.exists()]
    for path in removed:
        path.unlink()
    refresh_caches(root)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install Wellbeing Desktop's menu entry for this user.")
    parser.add_argument("--exec", dest="command", metavar="COMMAND", help="the command the entry runs")
    parser.add_argument("--uninstall", action="store_true", help="remove what an install wrote")
    args = parser.parse_args(argv)
    root = data_home()
    if args.uninstall:
        print(f"Removed {len(uninstall(root))} files from {root}.")
        return 0
    command = args.command or default_command()
    written = install(root, command)
    print(f"Installed the menu entry ({command}) and {len(written) - 2} icons into {root}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
