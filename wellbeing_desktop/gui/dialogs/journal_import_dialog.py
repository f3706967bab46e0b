"""File ▸ Import from another journal…: choose the app (jrnl, Day One, Daylio) and its export file, read
what importing would do, then Import. Reading the file and the import itself run off the GUI thread;
nothing is written before Import, and the same file twice adds nothing (services/journal_import).

Signals:
    imported(str)   one sentence: what came in (the main window shows it in the status bar)
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from wellbeing_desktop.errors import ValidationError, WellbeingError
from wellbeing_desktop.gui.background import run_in_background
from wellbeing_desktop.gui.forms.ui_journal_import_dialog import Ui_JournalImportDialog
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.interchange import ImportSummary
from wellbeing_desktop.services.journal_import import (
    SOURCES,
    Journal,
    import_journal,
    preview,
    read_journal,
    summary_sentence,
)

PROBLEMS_SHOWN = 5


class JournalImportDialog(QDialog):
    imported = Signal(str)

    def __init__(
        self, session: VaultSession, parent: QWidget | None = None, zone: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_JournalImportDialog()
        self.ui.setupUi(self)
        self.session = session
        self._zone = zone  # for times written without one; None is this computer's zone
        self._journal: Journal | None = None
        self._reading = 0  # which read is the latest: an earlier one finishing late is ignored
        self.running = False
        ui = self.ui
        ui.headingLabel.setFont(heading_font(ui.headingLabel.font(), 1.3))
        self.hints = {
            "jrnl": self.tr(
                "In a terminal: jrnl --format json --file my-journal.json, then choose that file."
            ),
            "dayone": self.tr(
                "In Day One: File ▸ Export ▸ JSON (on a phone: Settings ▸ Import/Export). Unzip what it "
                "saves and choose the journal's .json file inside."
            ),
            "daylio": self.tr(
                "In Daylio: More ▸ Export entries ▸ CSV, then copy the file to this computer and choose it."
            ),
        }
        for key, source in SOURCES.items():
            ui.sourceCombo.addItem(source.name, key)
        self.importButton = ui.buttonBox.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.importButton.setObjectName("importButton")
        self.importButton.setAccessibleDescription(self.tr("Adds the entries from the file to your diary"))
        self.importButton.setEnabled(False)
        self.cancelButton = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancelButton.setObjectName("cancelButton")
        self.cancelButton.setAccessibleDescription(
            self.tr("Closes this window; nothing is added until you press Import")
        )
        ui.sourceCombo.currentIndexChanged.connect(lambda _index: self._source_changed())
        ui.chooseFileButton.clicked.connect(self.choose_file)
        ui.buttonBox.accepted.connect(self.start_import)
        ui.buttonBox.rejected.connect(self.reject)
        session.locked.connect(self._forget)
        self._source_changed()
        self.adjustSize()

    @property
    def source(self) -> str:
        return str(self.ui.sourceCombo.currentData())

    def choose_source(self, key: str) -> None:
        self.ui.sourceCombo.setCurrentIndex(self.ui.sourceCombo.findData(key))

    def choose_file(self) -> None:
        """Qt's own dialog: the desktop's may add the file to a recent-files list."""
        source = SOURCES[self.source]
        kind = self.tr("%1 export (*.%2)").replace("%1", f"{source.name} {source.file_kind}")
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your %1 export").replace("%1", source.name),
            str(Path.home()),
            kind.replace("%2", source.suffix) + ";;" + self.tr("All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Read and check the whole file off the GUI thread; the preview follows."""
        self.ui.fileEdit.setText(str(path))
        self._read()

    # -- reading and the preview ---------------------------------------------------------------------

    def _source_changed(self) -> None:
        self.ui.hintLabel.setText(self.hints[self.source])
        if self.ui.fileEdit.text():
            self._read()  # the same file, read as the app now chosen

    def _read(self) -> None:
        self._journal = None
        self._reading += 1
        reading, source, path, zone = self._reading, self.source, Path(self.ui.fileEdit.text()), self._zone
        self.ui.doneLabel.hide()
        self._show_problem("")
        self.ui.previewLabel.setText(self.tr("Reading the file…"))
        self._set_busy(True)
        run_in_background(
            lambda: read_journal(source, path, zone),
            lambda journal: self._read_done(reading, journal),
            lambda error: self._read_failed(reading, error),
        )

    def _read_done(self, reading: int, journal: Journal) -> None:
        if not shiboken6.isValid(self) or reading != self._reading or not self.session.is_unlocked:
            return
        self._set_busy(False)
        self._journal = journal
        seen = preview(self.session.vault, journal)
        self.ui.previewLabel.setText("\n".join(seen.count_lines()) + "\n\n" + "\n".join(seen.notes))
        self.importButton.setEnabled(seen.changes_anything)
        if seen.changes_anything:
            self.importButton.setDefault(True)

    def _read_failed(self, reading: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or reading != self._reading:
            return
        self._set_busy(False)
        if not isinstance(error, WellbeingError):
            raise error
        self.ui.previewLabel.setText(self.tr("Nothing will be imported from this file."))
        if isinstance(error, ValidationError):
            shown = error.problems[:PROBLEMS_SHOWN]
            more = len(error.problems) - len(shown)
            text = self.tr("This file cannot be imported as it is, so nothing was changed:")
            text += "".join(f"\n• {problem}" for problem in shown)
            if more:
                text += "\n" + self.tr("…and %n more.", "", more)
            self._show_problem(text)
        else:
            self._show_problem(error.message)

    # -- importing -----------------------------------------------------------------------------------

    def start_import(self) -> None:
        journal = self._journal
        if journal is None or self.running or not self.importButton.isEnabled():
            return
        self.running = True
        self._set_busy(True)
        self.ui.previewLabel.setText(self.tr("Importing…"))
        self.session.run_with_vault(
            lambda vault: import_journal(vault, journal),
            lambda summary: self._imported(journal.source, summary),
            self._import_failed,
        )

    def _imported(self, source: str, summary: object) -> None:
        if not shiboken6.isValid(self):  # closed when the vault locked; the import itself is done
            return
        self.running = False
        self._set_busy(False)
        assert isinstance(summary, ImportSummary)
        sentence = summary_sentence(source, summary)
        self._journal = None
        self.ui.previewLabel.setText(self.tr("Imported. Choose another file to bring more."))
        self.ui.doneLabel.setText(sentence)
        self.ui.doneLabel.show()
        self.cancelButton.setText(self.tr("Close"))
        self.cancelButton.setDefault(True)
        if summary.entries_added or summary.entries_updated:
            self.session.changed.emit("entries")
        if summary.checkins_added:
            self.session.changed.emit("checkins")
        self.imported.emit(sentence)

    def _import_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        self._set_busy(False)
        if not isinstance(error, WellbeingError):
            raise error
        self.ui.previewLabel.setText(self.tr("Nothing was imported."))
        self._show_problem(error.message)

    # -- state ---------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.sourceCombo.setEnabled(not busy)
        self.ui.chooseFileButton.setEnabled(not busy)
        if busy:
            self.importButton.setEnabled(False)

    def _show_problem(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _forget(self) -> None:
        """Locked: what was read from the file goes, and the dialog closes."""
        self._journal = None
        self._reading += 1
        self.ui.previewLabel.clear()
        self.ui.doneLabel.clear()
        self._show_problem("")
        self.done(QDialog.DialogCode.Rejected)
