"""File ▸ Export… (Ctrl+E) and File ▸ Print or save my plan as PDF… (Ctrl+P): choose what, read the
sentence that says the file will not be encrypted, choose where; the file is written off the GUI thread.

Signals:
    saved(str)   the path just written (the main window says "Saved to …")
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.background import run_in_background
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.dates import shown
from wellbeing_desktop.gui.dialogs.export_choices import CHOICES, ExportChoice, read_document, write_choice
from wellbeing_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from wellbeing_desktop.gui.printing.save_flow import choose_save_path, not_encrypted_sentence
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import diary_queries
from wellbeing_desktop.services.mood_ranges import Range
from wellbeing_desktop.services.print_scopes import PrintRequest

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_LISTED = 100_000


PERIODS = (Range.TWO_WEEKS, Range.THREE_MONTHS, Range.ONE_YEAR, Range.ALL)  # as periodCombo lists them


class ExportDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        session: VaultSession,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        choice: str = "everything",
        checked_ids: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.session = session
        self._clock = clock
        self.running = False
        ui = self.ui
        ui.headingLabel.setFont(heading_font(ui.headingLabel.font(), 1.3))
        ui.warningLabel.setText(not_encrypted_sentence())
        ui.statusLabel.hide()
        self.radios = {
            "everything": ui.everythingRadio,
            "diary-markdown": ui.diaryMarkdownRadio,
            "checkins-csv": ui.checkinsCsvRadio,
            "plan-pdf": ui.planPdfRadio,
            "supervision-pdf": ui.supervisionPdfRadio,
            "entries-pdf": ui.entriesPdfRadio,
        }
        self.radios[choice].setChecked(True)
        ui.periodCombo.setCurrentIndex(PERIODS.index(Range.THREE_MONTHS))
        self._load_entries(set(checked_ids))
        ui.choiceGroup.buttonToggled.connect(lambda *_: self._update())
        ui.filterEdit.textChanged.connect(self._filter)
        ui.entryList.itemChanged.connect(lambda *_: self._update())
        ui.chooseShownButton.clicked.connect(lambda: self._check_shown(Qt.CheckState.Checked))
        ui.clearChosenButton.clicked.connect(self._clear_chosen)
        ui.saveButton.clicked.connect(self.save)
        ui.printButton.clicked.connect(self.print_chosen)
        ui.cancelButton.clicked.connect(self.reject)
        session.locked.connect(self._forget)
        self._update()

    # -- what is chosen ------------------------------------------------------------------------------

    @property
    def choice_key(self) -> str:
        return next(key for key, radio in self.radios.items() if radio.isChecked())

    @property
    def choice(self) -> ExportChoice:
        return CHOICES[self.choice_key]

    def chosen_ids(self) -> list[str]:
        """The ticked entries, newest first as listed (hidden by the filter or not)."""
        items = (self.ui.entryList.item(row) for row in range(self.ui.entryList.count()))
        return [str(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _request(self) -> PrintRequest:
        ids = tuple(self.chosen_ids()) if self.choice.scope == "diary" else ()
        period = PERIODS[self.ui.periodCombo.currentIndex()]
        return PrintRequest(self._clock.now().date(), ids, period)

    def _load_entries(self, checked: set[str]) -> None:
        """Date and title of every entry (never a body), newest first."""
        summaries = diary_queries.page(
            self.session.vault.connection, diary_queries.DiaryFilters(), MAX_LISTED, 0
        )
        self.ui.entryList.setUpdatesEnabled(False)
        for summary in summaries:
            title = summary.title.strip() or summary.first_line or self.tr("Untitled entry")
            when = shown(summary.created_at, "ddd d MMM yyyy")
            item = QListWidgetItem(f"{when}  ·  {title}")
            item.setData(ID_ROLE, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if summary.id in checked else Qt.CheckState.Unchecked)
            self.ui.entryList.addItem(item)
        self.ui.entryList.setUpdatesEnabled(True)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.ui.entryList.count()):
            item = self.ui.entryList.item(row)
            shown = item.text().casefold()
            item.setHidden(not all(word in shown for word in words))

    def _check_shown(self, state: Qt.CheckState) -> None:
        for row in range(self.ui.entryList.count()):
            item = self.ui.entryList.item(row)
            if not item.isHidden():
                item.setCheckState(state)

    def _clear_chosen(self) -> None:
        for row in range(self.ui.entryList.count()):
            self.ui.entryList.item(row).setCheckState(Qt.CheckState.Unchecked)

    def _update(self) -> None:
        ui, choice = self.ui, self.choice
        entries = choice.scope == "diary"
        ui.entriesPanel.setEnabled(entries)
        ui.periodLabel.setEnabled(choice.scope == "supervision")
        ui.periodCombo.setEnabled(choice.scope == "supervision")
        count = len(self.chosen_ids())
        if count:
            ui.chosenLabel.setText(self.tr("%n chosen", "", count))
        else:
            ui.chosenLabel.setText(self.tr("None chosen yet"))
        ready = not self.running and (count > 0 or not entries)
        ui.saveButton.setText(self.tr("Save as PDF…") if choice.is_pdf else self.tr("Save…"))
        ui.saveButton.setEnabled(ready)
        ui.printButton.setVisible(choice.is_pdf)
        ui.printButton.setEnabled(ready)

    # -- saving and printing -------------------------------------------------------------------------

    def save(self) -> None:
        """The not-encrypted sentence is on screen above the button; then where, then write."""
        if self.running or not self.session.is_unlocked:
            return
        choice, request = self.choice, self._request()
        path = choose_save_path(
            self,
            self.tr("Save the export"),
            choice.suggested_name(request.today),
            self.tr(choice.file_filter),
            choice.extension,
        )
        if path is None:
            return
        folder, data_key = self.session.folder, self.session.vault.data_key_copy()
        self._set_running(True)
        run_in_background(
            lambda: write_choice(folder, data_key, choice, path, request),
            lambda written: self._finished(written, None),
            lambda error: self._finished(None, error),
        )

    def print_chosen(self) -> None:
        if not self.choice.is_pdf or not self.session.is_unlocked:
            return
        from wellbeing_desktop.gui.printing.printer import print_document

        document = read_document(self.session.vault, self.choice, self._request())
        if print_document(document.html, self, document.images, title=document.title):
            self.accept()

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.ui.statusLabel.setText(self.tr("Saving…"))
        self.ui.statusLabel.setVisible(running)
        self.setCursor(Qt.CursorShape.BusyCursor if running else Qt.CursorShape.ArrowCursor)
        self._update()

    def _finished(self, written: Path | None, error: BaseException | None) -> None:
        if not shiboken6.isValid(self):  # closed by a lock while writing: the file is written or not
            if error is not None and not isinstance(error, WellbeingError):
                raise error
            return
        self._set_running(False)
        if written is not None:
            self.saved.emit(str(written))
            self.accept()
        elif isinstance(error, WellbeingError):
            self.ui.statusLabel.setText(error.message)
            self.ui.statusLabel.show()
        elif error is not None:
            raise error

    def _forget(self) -> None:
        """Locked: no entry titles stay behind in a hidden dialog."""
        self.ui.entryList.clear()
        self.ui.filterEdit.clear()
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected)
