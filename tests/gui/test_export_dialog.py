"""File ▸ Export… and File ▸ Print or save my plan as PDF… on a real vault: the not-encrypted sentence is
on screen before the save dialog, the file is written off the GUI thread with 0600 permissions, and a PDF
holds exactly what was chosen. Only the operating system's dialogs are stood in for."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.export_dialog import ExportDialog
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.diary import DiaryService
from wellbeing_desktop.services.plan import PlanService
from wellbeing_desktop.vault import Vault

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed to read the PDFs back"
)
MARKERS = ("MARKER-FIRST-ENTRY", "MARKER-SECOND-ENTRY", "MARKER-THIRD-ENTRY")
PLAN_ITEMS = ("PLANITEM-lunch-walk", "PLANITEM-call-Priya")


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def _fill(vault: Vault, content: ContentPack, clock: FakeClock) -> None:
    diary = DiaryService(vault, clock.now)
    for n, marker in enumerate(MARKERS):
        entry = diary.new_entry()
        entry.title, entry.body = f"Title {n + 1}", f"{marker} and a cup of tea"
        diary.save(entry)
        clock.advance(timedelta(days=1).total_seconds())
    plan = PlanService(vault, clock.now, content)
    plan.add_item("daily", PLAN_ITEMS[0])
    plan.add_item("people", PLAN_ITEMS[1])


@pytest.fixture
def session(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> VaultSession:
    """A vault with three entries and a plan, unlocked the way a person unlocks it."""
    with Vault.open(locked_session.folder, PASSPHRASE) as vault:
        _fill(vault, content, clock)
    return locked_session


@pytest.fixture
def window(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    made = MainWindow(session, content, clock)
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    return made


def _unlocked(qtbot: QtBot, session: VaultSession) -> VaultSession:
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    return session


def _save_to(monkeypatch: pytest.MonkeyPatch, dialog: ExportDialog, path: Path) -> list[bool]:
    """Stand in for the file chooser; record whether the not-encrypted sentence was on screen first."""
    warned: list[bool] = []

    def choose(*args: object) -> tuple[str, str]:
        label = dialog.ui.warningLabel
        warned.append(label.isVisible() and "will not be encrypted" in label.text())
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return warned


def _open_export(qtbot: QtBot, window: MainWindow, action: str = "actionExport") -> ExportDialog:
    getattr(window.ui, action).trigger()
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@needs_pdftotext
def test_chosen_entries_as_pdf_hold_only_those_entries(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_export(qtbot, window)
    dialog.ui.entriesPdfRadio.setChecked(True)
    assert not dialog.ui.saveButton.isEnabled()  # nothing chosen yet
    assert dialog.ui.entryList.count() == 3
    dialog.ui.filterEdit.setText("title 3")
    assert [dialog.ui.entryList.item(r).isHidden() for r in range(3)] == [False, True, True]  # newest first
    dialog.ui.chooseShownButton.click()
    dialog.ui.filterEdit.setText("Title 1")
    dialog.ui.chooseShownButton.click()
    assert dialog.ui.chosenLabel.text() == "2 chosen"
    out = tmp_path / "entries"  # typed without an extension
    warned = _save_to(monkeypatch, dialog, out)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.ui.saveButton.click()
    written = tmp_path / "entries.pdf"
    assert warned == [True]
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert window.statusBar().currentMessage() == f"Saved to {written}."
    text = pdf_text(written)
    assert MARKERS[0] in text and MARKERS[2] in text
    assert MARKERS[1] not in text
    assert not any(item in text for item in PLAN_ITEMS)
    assert not any(p.name.startswith(".entries") for p in tmp_path.iterdir()), "no temp file left behind"


@needs_pdftotext
def test_print_or_save_my_plan_holds_the_plan_and_contacts_and_no_diary_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_export(qtbot, window, "actionPrintPlan")
    assert dialog.ui.planPdfRadio.isChecked()
    assert dialog.ui.printButton.isVisible() and dialog.ui.saveButton.text() == "Save as PDF…"
    out = tmp_path / "plan.pdf"
    warned = _save_to(monkeypatch, dialog, out)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.ui.saveButton.click()
    assert warned == [True]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    for words in (*PLAN_ITEMS, "Samaritans", "116 123", "999", "85258", "Boundaries I keep"):
        assert words in text
    assert "MARKER" not in text


@needs_pdftotext
def test_print_sends_the_plan_to_the_printer_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printer.pdf"

    def choose_printer(dialog: QPrintDialog) -> int:  # the person picks "print to file"
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_printer)
    dialog = _open_export(qtbot, window, "actionPrintPlan")
    dialog.ui.printButton.click()
    assert PLAN_ITEMS[0] in pdf_text(printed) and "MARKER" not in pdf_text(printed)
    assert not dialog.isVisible()


def test_everything_as_json_is_written_off_the_gui_thread_and_imports_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_export(qtbot, window)
    assert dialog.ui.everythingRadio.isChecked() and not dialog.ui.printButton.isVisible()
    out = tmp_path / "all.json"
    warned = _save_to(monkeypatch, dialog, out)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.ui.saveButton.click()
        assert dialog.running and not dialog.ui.saveButton.isEnabled()  # the window keeps going meanwhile
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)
    assert warned == [True]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert {e["body"].split()[0] for e in exported["entries"]} == set(MARKERS)


@pytest.mark.parametrize(
    ("radio", "suffix", "first"), [("diaryMarkdownRadio", ".md", "# My reflective diary")]
)
def test_the_diary_as_markdown(
    qtbot: QtBot,
    session: VaultSession,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    radio: str,
    suffix: str,
    first: str,
) -> None:
    dialog = ExportDialog(_unlocked(qtbot, session), clock)
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog.ui, radio).setChecked(True)
    out = tmp_path / f"diary{suffix}"
    _save_to(monkeypatch, dialog, out)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.ui.saveButton.click()
    assert out.read_text(encoding="utf-8").startswith(first)


def test_cancelling_the_file_chooser_writes_nothing(
    qtbot: QtBot, session: VaultSession, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ExportDialog(_unlocked(qtbot, session), clock)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    dialog.ui.saveButton.click()
    assert not dialog.running and dialog.isVisible()
    assert list(tmp_path.iterdir()) == [session.folder]


def test_locking_closes_the_dialog_and_forgets_the_entry_titles(
    qtbot: QtBot, window: MainWindow, session: VaultSession
) -> None:
    first = _first_id(session)
    window.open_entry(first)
    dialog = _open_export(qtbot, window)
    assert dialog.chosen_ids() == [first], "the entry open in the diary comes ticked"
    assert dialog.ui.entryList.count() == 3
    session.lock()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)


def _first_id(session: VaultSession) -> str:
    return str(session.vault.connection.execute("SELECT id FROM entries LIMIT 1").fetchone()[0])


def test_a_dialog_kept_open_over_a_lock_keeps_no_titles(
    qtbot: QtBot, session: VaultSession, clock: FakeClock
) -> None:
    dialog = ExportDialog(_unlocked(qtbot, session), clock, choice="entries-pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.entryList.count() == 3
    session.lock()
    assert dialog.ui.entryList.count() == 0 and not dialog.isVisible()


@needs_pdftotext
def test_the_supervision_pack_holds_flagged_entries_only(
    qtbot: QtBot, session: VaultSession, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = _unlocked(qtbot, session).vault
    diary = DiaryService(vault, clock.now)
    flagged = diary.get(_first_id(session))
    assert flagged is not None
    flagged.for_supervision = True
    diary.save(flagged)
    dialog = ExportDialog(session, clock, choice="supervision-pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.periodCombo.isEnabled()
    assert dialog.ui.periodCombo.currentText() == "the last three months"
    dialog.ui.periodCombo.setCurrentIndex(0)
    out = tmp_path / "pack.pdf"
    _save_to(monkeypatch, dialog, out)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.ui.saveButton.click()
    text = pdf_text(out)
    marker = flagged.body.split()[0]
    assert marker in text and PLAN_ITEMS[0] in text
    assert not any(m in text for m in MARKERS if m != marker)
    assert "the last two weeks" in text
    dialog.ui.planPdfRadio.setChecked(True)
    assert not dialog.ui.periodCombo.isEnabled()  # only the pack has a mood summary
