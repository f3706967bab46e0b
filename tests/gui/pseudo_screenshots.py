"""Screenshots in the pseudo-locale (en_XA: accented, bracketed, ~40% longer words): Today, Diary, Plan,
Mood and the check-in dialog, into docs/screenshots/*-pseudo.png. A plain English word on them has
escaped translation; a word cut off at an edge is a layout too tight for longer languages.

Run from the repository root:  QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.pseudo_screenshots
tests/gui/test_pseudo_locale.py runs the same code into a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.gui.screenshots import NOW, OUT, SIZE, _grab_check_in, _open_first_flagged, _settle, themed


@contextmanager
def pseudo_locale() -> Iterator[None]:
    """The en_XA catalogue installed (as WELLBEING_LANG=en_XA does at start-up), then taken away."""
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop import i18n
    from wellbeing_desktop.gui import translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = os.environ.get("WELLBEING_LANG")
    os.environ["WELLBEING_LANG"] = "en_XA"
    installed = translations.install(app)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.use_english()
        if before is None:
            os.environ.pop("WELLBEING_LANG", None)
        else:
            os.environ["WELLBEING_LANG"] = before


def grab_pseudo(out: Path) -> list[Path]:
    """Today, Diary, Plan, Mood and the check-in dialog on a demo vault, light, in the pseudo-locale."""
    from wellbeing_desktop.content import load_builtin
    from wellbeing_desktop.gui.clock import FakeClock
    from wellbeing_desktop.gui.main_window import MOOD, PLAN, MainWindow
    from wellbeing_desktop.gui.vault_session import VaultSession
    from wellbeing_desktop.services import demo
    from wellbeing_desktop.vault import Vault

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp, pseudo_locale(), themed(dark=False):
        folder = Path(tmp) / "vault"
        vault = Vault.create(folder, demo.PASSPHRASE)
        demo.fill(vault, NOW.date())
        session = VaultSession(folder)
        window = MainWindow(session, load_builtin(), FakeClock(NOW))
        window.resize(*SIZE)
        window.show()
        session.adopt(vault)
        for screen, show in (
            ("today", lambda: window.show_view(0)),
            ("diary", lambda: _open_first_flagged(window)),
            ("plan", lambda: window.show_view(PLAN)),
            ("mood", lambda: window.show_view(MOOD)),
        ):
            show()
            _settle()
            path = out / f"{screen}-pseudo.png"
            window.grab().save(str(path))
            written.append(path)
        written.append(_grab_check_in(window, out / "checkin-pseudo.png"))
        session.lock()
        window.close()
        window.deleteLater()
        _settle()
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WELLBEING_KDF", "minimum")
    from wellbeing_desktop.gui.application import make_application

    app = make_application(sys.argv[:1])
    for path in grab_pseudo(OUT):
        print(path.relative_to(OUT.parents[1]))
    app.processEvents()
    return 0


if __name__ == "__main__":
    assert SIZE
    sys.exit(main())
