"""The recovery key on paper: Print… and Save as PDF… in the dialog that shows it once. The PDF holds the
grouped key, the vault's folder and how to use it; the warning comes before the file chooser."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed to read the PDFs back"
)
KEY = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH-IIIII-JJJJJ-KKKKK"


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def _squeezed(text: str) -> str:
    """Without spaces: a long folder name wraps on the page."""
    return "".join(text.split())


def _answer_warning(seen: list[str], button: str) -> None:
    """Read the warning box when it shows, then press Continue… or Cancel."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        if button == "continue":
            found = box.findChild(QPushButton, "continueButton")
            assert found is not None
            found.click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)


def test_save_as_pdf_warns_first_then_writes_the_key_and_the_vault_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "my vault"
    dialog = RecoveryKeyDialog(KEY, vault_folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    order: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a: (order.append("chooser"), (str(tmp_path / "key.pdf"), ""))[1],
    )
    _answer_warning(order, "continue")
    written = dialog.save_pdf()
    assert written == tmp_path / "key.pdf"
    assert order[0].startswith("Anyone who has this file and your vault can open your diary")
    assert "locked drawer" in order[0] and order[1] == "chooser"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = pdf_text(written)
    assert "AAAAA BBBBB CCCCC DDDDD" in text and "KKKKK" in text
    assert (
        _squeezed(str(folder)) in _squeezed(text)
        and "Forgot your passphrase?" in text
        and "wellbeing-desktop recover" in text
    )
    assert dialog.savedLabel.text() == f"Saved to {written}."


def test_cancelling_the_warning_asks_for_no_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: pytest.fail("no file chooser after Cancel")
    )
    seen: list[str] = []
    _answer_warning(seen, "cancel")
    assert dialog.save_pdf() is None
    assert seen and list(tmp_path.iterdir()) == []


def test_print_uses_the_vault_folder_of_the_window_it_was_opened_from(
    qtbot: QtBot,
    session: VaultSession,
    content: ContentPack,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    printed = tmp_path / "printed.pdf"

    def choose_printer(printing: QPrintDialog) -> int:
        printing.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_printer)
    dialog = RecoveryKeyDialog(KEY, window)
    qtbot.addWidget(dialog)
    assert dialog.print_key()
    text = pdf_text(printed)
    assert "HHHHH" in text and _squeezed(str(session.folder)) in _squeezed(text)
