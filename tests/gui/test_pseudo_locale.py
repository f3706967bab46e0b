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

import shutil
import subprocess
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


def _document_problems(text: str, allowed: set[str]) -> list[str]:
    """Lines of a shown or printed text with words that escaped the pseudo-locale."""
    data = sorted(allowed, key=len, reverse=True)
    return [line for line in text.splitlines() if leftover(line, data)]


def _changes_to_talk_about(window: MainWindow) -> str:
    """A supervision session, then plan changes since it, so the history and the changes panel have
    sentences of every common kind; returns an item's text, which must stay as the person wrote it."""
    from datetime import timedelta

    from wellbeing_desktop.services.plan import PlanService
    from wellbeing_desktop.services.supervision import SupervisionService

    vault, content = window.session.vault, window.content
    SupervisionService(vault, window.clock.now, content).record(
        NOW.date() - timedelta(days=14), supervisor="Ade"
    )
    plan = PlanService(vault, window.clock.now, content)
    first = plan.load().sections[0]
    added = plan.add_item(first.key, "A slow walk after a hard call")
    plan.edit_item(first.items[0].id, first.items[0].text + " (most days)")
    plan.remove_item(first.items[-1].id)
    plan.set_review_on(NOW.date() + timedelta(days=30))
    return added.text


def test_what_helps_the_plan_history_and_the_supervision_changes_are_translated(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from wellbeing_desktop.gui.main_window import MOOD, PLAN
    from wellbeing_desktop.gui.supervision.window import SupervisionWindow

    window = demo_window
    written = _changes_to_talk_about(window)
    allowed = data_strings(window.session.vault) | content_strings(window.content)
    problems: dict[str, list[str]] = {}

    window.show_view(MOOD)
    mood = window.current_view()
    mood.ui.chartTabs.setCurrentWidget(mood.ui.helpsTab)  # type: ignore[attr-defined]
    mood.refresh()  # type: ignore[attr-defined]
    helps = mood.ui.helpsText.toPlainText()  # type: ignore[attr-defined]
    assert "[" in helps, helps
    problems["what helps"] = _document_problems(helps, allowed) + _problems(window, allowed)

    window.show_view(PLAN)
    plan = window.current_view()
    plan.refresh()  # type: ignore[attr-defined]
    history = plan.ui.historyText.toPlainText()  # type: ignore[attr-defined]
    assert written in history, "the person's own words stay as they wrote them"
    problems["plan history"] = _document_problems(history, allowed)

    presenting = SupervisionWindow(window.session, window.content, window.clock)
    qtbot.addWidget(presenting)
    presenting.load()
    presenting.show()
    presenting.ui.pagesTabs.setCurrentWidget(presenting.ui.changesTab)
    changes = presenting.ui.changesText.toPlainText()
    assert written in changes
    problems["supervision changes"] = _document_problems(changes, allowed) + _problems(presenting, allowed)
    presenting.clear()

    found = {where: found for where, found in problems.items() if found}
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(lines) for where, lines in found.items())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the PDF back")
def test_a_printed_supervision_pack_is_translated_and_keeps_the_persons_words(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    from wellbeing_desktop.gui.printing.offscreen import write_document_pdf
    from wellbeing_desktop.services.supervision_pack import render_supervision_pack

    window = demo_window
    written = _changes_to_talk_about(window)
    vault = window.session.vault
    allowed = data_strings(vault) | content_strings(window.content)
    pdf = tmp_path / "pack.pdf"
    write_document_pdf(pdf, render_supervision_pack(vault, NOW.date(), content=window.content))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())  # the page wraps lines: compare words, not lines
    assert written in flat, "the person's own words are printed as they wrote them"
    assert "[" in flat and "Prepared on" not in flat, "the pack's own words are pseudo-translated"
    data = sorted({" ".join(a.split()) for a in allowed}, key=len, reverse=True)
    assert not leftover(flat, data), leftover(flat, data)


def test_the_vaults_common_problems_are_said_in_the_persons_language(
    tmp_path: Path, pseudo_locale: None
) -> None:
    """Raised by plain-Python code, shown in the app's dialogs: translated where they are raised, the
    folder's name left as it is."""
    from wellbeing_desktop.errors import NotAVault, WellbeingError, WrongPassphrase
    from wellbeing_desktop.vault.database import storage_error

    folder = tmp_path / "vault"
    Vault.create(folder, demo.PASSPHRASE).lock()
    said: list[str] = []
    for attempt in (
        lambda: Vault.open(folder, "not the passphrase"),
        lambda: Vault.open(tmp_path / "nowhere", "x"),
    ):
        with pytest.raises((WrongPassphrase, NotAVault)) as raised:
            attempt()
        said.append(str(raised.value))
    with pytest.raises(WellbeingError) as raised:
        Vault.create(folder, demo.PASSPHRASE)
    said.append(str(raised.value))
    said.append(str(storage_error(OSError("database or disk is full"))))
    assert str(tmp_path / "nowhere") in said[1] and str(folder) in said[2]
    assert not [s for s in said if leftover(s, [str(tmp_path / "nowhere"), str(folder)])], said


def test_a_refused_content_packs_message_is_said_in_the_persons_language(
    qtbot: QtBot, tmp_path: Path, session: VaultSession, pseudo_locale: None
) -> None:
    """A malformed pack's refusal, as the Content packs dialog shows it: every word translated, the
    file's name, the line and the key left as they are written."""
    from wellbeing_desktop.gui.dialogs.content_packs_dialog import ContentPacksDialog

    example = Path(__file__).resolve().parents[2] / "docs" / "example-pack" / "riverside-peer-support"
    broken = tmp_path / "broken"
    shutil.copytree(example, broken)
    templates = broken / "templates.toml"
    templates.write_text(templates.read_text().replace('key = "riverside-after-group"', "key = 42"))
    line = templates.read_text().split("\n").index("key = 42") + 1
    dialog = ContentPacksDialog(session, None, tmp_path / "content-packs")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.add_pack(broken) is None
    said = dialog.ui.statusLabel.text()
    assert "templates.toml" in said and str(line) in said and '"key"' in said, said
    assert not leftover(said, ["templates.toml", '"key"']), said


def test_an_invalid_import_files_problems_are_said_in_the_persons_language(
    qtbot: QtBot, tmp_path: Path, session: VaultSession, pseudo_locale: None
) -> None:
    """A journal file that cannot be imported, as the import dialog lists its problems: what is wrong
    is translated; the places (`entries[2].timeZone`) and the file's own values stay as written."""
    import json
    from zoneinfo import ZoneInfo

    from wellbeing_desktop.gui.dialogs.journal_import_dialog import JournalImportDialog

    journals = Path(__file__).resolve().parents[1] / "fixtures" / "journals"
    data = json.loads((journals / "dayone-journal.json").read_text(encoding="utf-8"))
    data["entries"][0]["starred"] = "yes"
    data["entries"][1]["tags"] = ["work", 42]
    data["entries"][2]["timeZone"] = "Mars/Olympus_Mons"
    bad = tmp_path / "Journal.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    dialog = JournalImportDialog(session, zone=ZoneInfo("Europe/London"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_source("dayone")
    dialog.load_file(bad)
    qtbot.waitUntil(lambda: not dialog.ui.busyBar.isVisible(), timeout=10_000)
    said = dialog.ui.errorLabel.text()
    places = ["entries[0].starred", "entries[1].tags[1]", "entries[2].timeZone"]
    assert all(place in said for place in places), said
    assert "'Mars/Olympus_Mons'" in said, said
    assert not leftover(said, [*places, "'Mars/Olympus_Mons'"]), said


def test_the_data_rules_problems_are_translated_and_their_places_kept(pseudo_locale: None) -> None:
    """The domain's sentences (an import's details, a record the vault refuses) after the place."""
    from datetime import datetime

    from wellbeing_desktop.domain import rules

    found = rules.Problems()
    found.add("checkins[3].mood", rules.check_scale(11))
    found.add("checkins[3].at", rules.check_aware(datetime(2026, 6, 5, 20, 10)))
    found.add_words("checkins[3].emotions", ["calm", "Calm"])
    found.add("entries[0].id", rules.check_uuid("abc"))
    assert [p.split(": ", 1)[0] for p in found] == [
        *("checkins[3].mood", "checkins[3].at", "checkins[3].emotions[1]", "entries[0].id")
    ]
    values = ["'Calm'", "'abc'", "2026-06-05T20:10:00"]
    assert not [p for p in found if leftover(p.split(": ", 1)[1], values)], found
