"""The pseudo-locale (en_XA: every translated word accented, in brackets and ~40% longer) on a demo vault:
every main screen and the main dialogs show no word that escaped Qt's translations, and no label or
button is cut off by the longer words.

Allowed to stay as they are: the person's own writing and names (they come from the vault, not the app),
dates (QLocale formats them), names (the product, the journal apps), Qt's standard buttons (Qt's own
catalogue translates them), and the content pack's words: templates, plan guidance, feeling words, the
scales' and the reflection's words and signposting are translated by writing a content pack in the
language (docs/content-packs.md), not through the app's catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.pseudo_walk import clipped, content_strings, data_strings, leftover, untranslated
from tests.gui.screenshots import NOW, SIZE, _settle
from wellbeing_desktop import i18n
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui import translations
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import GROWTH, PEOPLE, MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import demo
from wellbeing_desktop.vault import Vault


@pytest.fixture
def pseudo_locale(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("WELLBEING_LANG", "en_XA")
    installed = translations.install(qapp)
    assert installed, "the pseudo-locale's catalogue did not load: run make translations"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.use_english()


@pytest.fixture
def demo_window(
    qtbot: QtBot, tmp_path: Path, pseudo_locale: None, content: ContentPack
) -> Iterator[MainWindow]:
    folder = tmp_path / "vault"
    vault = Vault.create(folder, demo.PASSPHRASE)
    demo.fill(vault, NOW.date())
    session = VaultSession(folder)
    window = MainWindow(session, content, FakeClock(NOW))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    session.adopt(vault)
    yield window
    session.lock()


def _problems(root: QWidget, allowed: set[str]) -> list[str]:
    _settle()
    return [f"untranslated {text}" for text in untranslated(root, allowed)] + [
        f"clipped {text}" for text in clipped(root)
    ]


def test_every_screen_and_dialog_is_translated_and_nothing_is_cut_off(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    allowed = data_strings(window.session.vault) | content_strings(window.content)
    problems: dict[str, list[str]] = {}
    for index in range(len(window.views)):
        window.show_view(index)
        if index == PEOPLE:
            view = window.current_view()
            sam = next(p for p in window.session.vault.people.all() if p.name == "Sam")
            view.open_person(sam.id)  # type: ignore[attr-defined]
        if index == GROWTH:
            view = window.current_view()
            for tab in range(3):  # goals, learning, reflection
                view.show_tab(tab)  # type: ignore[attr-defined]
                problems[f"growth tab {tab}"] = _problems(window, allowed)
        problems[window.current_view().key] = _problems(window, allowed)
    problems["menus"] = untranslated_menus(window)

    from wellbeing_desktop.gui.dialogs.about_dialog import AboutDialog
    from wellbeing_desktop.gui.dialogs.checkin_dialog import CheckInDialog
    from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
    from wellbeing_desktop.gui.dialogs.reflection_dialog import ReflectionDialog
    from wellbeing_desktop.gui.dialogs.support_dialog import SupportDialog

    session, content, clock = window.session, window.content, window.clock
    dialogs: list[QDialog] = [
        CheckInDialog(session, content, clock, window),
        ReflectionDialog(session, content, clock, window),
        PreferencesDialog(session, window),
        AboutDialog(window),
        SupportDialog(session, content.signposts, window),
    ]
    for name in ("export", "import_journal"):
        made = getattr(window, name)()
        if made is not None:
            dialogs.append(made)
    for dialog in dialogs:
        dialog.show()
        problems[type(dialog).__name__] = _problems(dialog, allowed)
        dialog.reject()

    found = {where: found for where, found in problems.items() if found}
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(lines) for where, lines in found.items())


def untranslated_menus(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QMenu

    found = []
    for menu in window.menuBar().findChildren(QMenu):
        for text in (menu.title(), *(a.text() for a in menu.actions())):
            if leftover(text, ()):
                found.append(f"menu {text!r}")
    return found


def test_the_pseudo_locale_screenshots_are_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from tests.gui.pseudo_screenshots import grab_pseudo

    written = grab_pseudo(tmp_path)
    assert {p.stem for p in written} == {f"{s}-pseudo" for s in ("today", "diary", "plan", "mood", "checkin")}
    for path in written:
        assert not QImage(str(path)).isNull(), path.name
