"""Check that the system libraries Qt needs are installed, and say exactly what to install if not.

Run by `make run` (a real window) and `make test` (offscreen). Uses only the standard library, so it
works before the virtual environment exists.
"""

from __future__ import annotations

import ctypes
import os
import sys

# soname -> Debian/Ubuntu package
OFFSCREEN = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
X11 = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def missing(libraries: dict[str, str]) -> list[str]:
    packages = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            packages.append(package)
    return packages


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    wanted = dict(OFFSCREEN)
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if "display" in sys.argv[1:] and platform != "offscreen" and not os.environ.get("WAYLAND_DISPLAY"):
        wanted.update(X11)
    packages = missing(wanted)
    if packages:
        print("Qt needs some system libraries that are not installed. Install them with:", file=sys.stderr)
        print(f"    sudo apt-get install {' '.join(packages)}", file=sys.stderr)
        print(
            "(On Debian 13 / Ubuntu 24.04 and newer, libglib2.0-0 is called libglib2.0-0t64.)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
