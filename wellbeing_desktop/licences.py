"""The app's licence and those of the software it ships with, for the About dialog and docs/licences.md.

Every runtime dependency (the closure of pyproject's dependencies) is listed; a test checks it against
the installed packages' metadata, so a new dependency cannot slip in without its licence being read.
All are compatible with distributing the whole under GPL-3.0-or-later (docs/licences.md says why).
"""

from __future__ import annotations

from dataclasses import dataclass

APP_LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    name: str  # the distribution's name on PyPI (or the library's, for what is built into a wheel)
    licence: str  # an SPDX expression
    used_for: str


COMPONENTS: tuple[Component, ...] = (
    Component(
        "PySide6-Essentials", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", "the desktop app (Qt 6)"
    ),
    Component("shiboken6", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", "PySide6's bindings runtime"),
    Component("sqlcipher3", "Zlib", "the encrypted database (Python bindings)"),
    Component("SQLCipher", "BSD-3-Clause", "the encrypted database, built into sqlcipher3"),
    Component("argon2-cffi", "MIT", "turning your passphrase into a key (Argon2id)"),
    Component("argon2-cffi-bindings", "MIT", "the Argon2 library, built in"),
    Component("cffi", "MIT-0", "calling the Argon2 library"),
    Component("pycparser", "BSD-3-Clause", "used by cffi"),
    Component("cryptography", "Apache-2.0 OR BSD-3-Clause", "AES-256-GCM for the key file"),
    Component("platformdirs", "MIT", "where your data and logs live"),
    Component("matplotlib", "PSF-2.0", "mood charts (Matplotlib licence, PSF-based)"),
    Component("numpy", "BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0", "numbers for the charts"),
    Component("contourpy", "BSD-3-Clause", "used by matplotlib"),
    Component("cycler", "BSD-3-Clause", "used by matplotlib"),
    Component("fonttools", "MIT", "used by matplotlib"),
    Component("kiwisolver", "BSD-3-Clause", "used by matplotlib"),
    Component("packaging", "Apache-2.0 OR BSD-2-Clause", "used by matplotlib"),
    Component("pillow", "MIT-CMU", "used by matplotlib"),
    Component("pyparsing", "MIT", "used by matplotlib"),
    Component("python-dateutil", "BSD-3-Clause", "used by matplotlib"),
    Component("tzdata", "Apache-2.0", "used by python-dateutil"),
    Component("Python", "PSF-2.0", "the language the app is written in (bundled in the desktop build)"),
)
