"""File ▸ Import from another journal… on a real vault: each format previewed with its counts before
anything is written, imported off the GUI thread, the diary and mood screens told; a bad file named and
nothing written; the same file again adding nothing."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.journal_import_dialog import JournalImportDialog
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.interchange import export_document

JOURNALS = Path(__file__).resolve().parents[1] / "fixtures" / "journals"
LONDON = ZoneInfo("Europe/London")
WAIT = 10_000


def _dialog(qtbot: QtBot, session: VaultSession) -> JournalImportDialog:
    dialog = JournalImportDialog(session, zone=LONDON)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _previewed(qtbot: QtBot, dialog: JournalImportDialog, source: str, path: Path) -> str:
    dialog.choose_source(source)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.ui.busyBar.isVisible(), timeout=WAIT)
    return dialog.ui.previewLabel.text()


def _contents(session: VaultSession) -> dict[str, object]:
    document = export_document(session.vault)
    del document["exported_at"]
    return document


@pytest.mark.parametrize(
    ("source", "name", "holds", "adds", "changed"),
    [
        (
            "jrnl",
            "jrnl-export.json",
            "This jrnl file holds 3 diary entries from 3 March 2026 to 29 March 2026.",
            "Importing adds 3 new diary entries.",
            ["entries"],
        ),
        (
            "dayone",
            "dayone-journal.json",
            "This Day One file holds 3 diary entries from 10 March 2026 to 20 March 2026.",
            "Importing adds 3 new diary entries.",
            ["entries"],
        ),
        (
            "daylio",
            "daylio-export.csv",
            "This Daylio file holds 6 check-ins from 23 March 2026 to 29 March 2026.",
            "Importing adds 6 new check-ins.",
            ["checkins"],
        ),
    ],
)
def test_each_format_is_previewed_then_imported_once(
    qtbot: QtBot, session: VaultSession, source: str, name: str, holds: str, adds: str, changed: list[str]
) -> None:
    dialog = _dialog(qtbot, session)
    before = _contents(session)
    lines = _previewed(qtbot, dialog, source, JOURNALS / name).splitlines()
    assert lines[:2] == [holds, adds]
    assert dialog.importButton.isEnabled()
    assert _contents(session) == before  # the preview wrote nothing

    heard: list[str] = []
    session.changed.connect(heard.append)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as imported:
        qtbot.mouseClick(dialog.importButton, Qt.MouseButton.LeftButton)
    assert str(imported.args[0]).startswith("Brought in ")
    assert dialog.ui.doneLabel.isVisible() and dialog.ui.doneLabel.text() == imported.args[0]
    assert heard == changed
    after_first = _contents(session)
    assert after_first != before

    again = _previewed(qtbot, dialog, source, JOURNALS / name)
    assert "Everything in this file is already in your vault; importing it would change nothing." in again
    assert not dialog.importButton.isEnabled()
    assert _contents(session) == after_first


def test_the_daylio_preview_says_how_its_moods_map(qtbot: QtBot, session: VaultSession) -> None:
    dialog = _dialog(qtbot, session)
    text = _previewed(qtbot, dialog, "daylio", JOURNALS / "daylio-export.csv")
    assert "Daylio's moods become your 1–10 mood: rad 9, good 7, meh 5, bad 3, awful 1." in text
    assert "this computer's time (Europe/London)" in text


def test_each_app_has_a_hint_on_how_to_export(qtbot: QtBot, session: VaultSession) -> None:
    dialog = _dialog(qtbot, session)
    hints = []
    for source in ("jrnl", "dayone", "daylio"):
        dialog.choose_source(source)
        hints.append(dialog.ui.hintLabel.text())
    assert "jrnl --format json" in hints[0]
    assert "JSON" in hints[1] and "Unzip" in hints[1]
    assert "CSV" in hints[2]
    assert dialog.ui.sourceCombo.accessibleName() and dialog.ui.fileEdit.accessibleName()


def test_a_bad_file_is_named_and_nothing_can_be_imported(
    qtbot: QtBot, session: VaultSession, tmp_path: Path
) -> None:
    data = json.loads((JOURNALS / "dayone-journal.json").read_text(encoding="utf-8"))
    data["entries"][2]["timeZone"] = "Mars/Olympus_Mons"
    bad = tmp_path / "Journal.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    dialog = _dialog(qtbot, session)
    before = _contents(session)
    _previewed(qtbot, dialog, "dayone", bad)
    assert dialog.ui.errorLabel.isVisible()
    assert "entries[2].timeZone: 'Mars/Olympus_Mons' is not a time zone this computer knows" in (
        dialog.ui.errorLabel.text()
    )
    assert not dialog.importButton.isEnabled()
    dialog.start_import()  # even asked directly, there is nothing to import
    assert _contents(session) == before


def test_the_wrong_app_chosen_for_a_file_says_so(qtbot: QtBot, session: VaultSession) -> None:
    dialog = _dialog(qtbot, session)
    _previewed(qtbot, dialog, "daylio", JOURNALS / "jrnl-export.json")
    assert "has no 'full_date' column, so this is not a Daylio CSV export" in dialog.ui.errorLabel.text()
    dialog.choose_source("jrnl")  # the same file, read again as jrnl
    qtbot.waitUntil(lambda: dialog.importButton.isEnabled(), timeout=WAIT)
    assert not dialog.ui.errorLabel.isVisible()


def test_the_menu_opens_it_only_when_unlocked_and_the_diary_shows_what_came_in(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = MainWindow(locked_session, content, clock)
    qtbot.addWidget(window)
    window.show()
    assert not window.ui.actionImportJournal.isEnabled()
    with qtbot.waitSignal(locked_session.unlocked, timeout=20_000):
        locked_session.unlock(PASSPHRASE)
    assert window.ui.actionImportJournal.isEnabled()
    window.show_view(window.views.index(window.diary))
    window.ui.actionImportJournal.trigger()
    dialog = window.findChild(JournalImportDialog)
    assert isinstance(dialog, JournalImportDialog) and dialog.isVisible()
    _previewed(qtbot, dialog, "jrnl", JOURNALS / "jrnl-export.json")
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.importButton.click()
    model = window.diary.ui.entryList.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT)
    assert "Brought in 3 new diary entries from jrnl." in window.statusBar().currentMessage()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT) as closed:
        locked_session.lock()  # locking closes it, and what it read is forgotten
    assert closed.args == [QDialog.DialogCode.Rejected.value]


def test_the_screenshot_of_the_preview_is_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from tests.gui.screenshots import grab_journal_import

    (path,) = grab_journal_import(tmp_path)
    image = QImage(str(path))
    assert image.width() > 400 and image.height() > 300
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 10, "the picture is mostly blank"
