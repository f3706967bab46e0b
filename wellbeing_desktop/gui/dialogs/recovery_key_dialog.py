"""Show a new recovery key once, and ask the person to retype two of its groups, so that it is really
written down before the dialog closes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.services.print_html import PrintableDocument

CHECKED_GROUPS = (2, 7)  # the third and the eighth of eleven
PDF_WARNING = (
    "Anyone who has this file and your vault can open your diary — "
    "keep it somewhere safe, like a locked drawer."
)


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, parent: QWidget | None = None, *, vault_folder: Path | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._vault_folder = vault_folder or _vault_folder_of(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setMinimumWidth(540)
        self._groups = key.split("-")
        heading = QLabel(self.tr("Your recovery key"), self)
        heading.setFont(heading_font(heading.font(), 1.3))
        intro = QLabel(
            self.tr(
                "If you ever forget your passphrase, this key opens your vault. It is shown only now. "
                "Print it or write it down, and keep it somewhere safe away from this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.keyLabel = QLabel(key, self)
        self.keyLabel.setObjectName("keyLabel")
        mono = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self.keyLabel.setFont(mono)
        self.keyLabel.setWordWrap(True)
        self.keyLabel.setAccessibleName(self.tr("Recovery key"))
        check = QLabel(self.tr("To be sure it is written down, type two of its groups:"), self)
        check.setWordWrap(True)
        form = QFormLayout()
        self.checks: list[QLineEdit] = []
        for index in CHECKED_GROUPS:
            field = QLineEdit(self)
            field.setObjectName(f"group{index + 1}Edit")
            field.setMaxLength(5)
            label = self.tr("Group %1").replace("%1", str(index + 1))
            field.setAccessibleName(label)
            field.setAccessibleDescription(self.tr("Type this group of your key as you wrote it down"))
            field.textChanged.connect(self._update)
            form.addRow(label, field)
            self.checks.append(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Closes once you've typed the two groups of your key back")
        )
        self.buttons.accepted.connect(self.accept)
        self.printButton = QPushButton(self.tr("Print…"), self)
        self.printButton.setObjectName("printButton")
        self.printButton.setAccessibleDescription(self.tr("Prints your key, to keep somewhere safe"))
        self.printButton.setAutoDefault(False)
        self.printButton.clicked.connect(self.print_key)
        self.savePdfButton = QPushButton(self.tr("Save as PDF…"), self)
        self.savePdfButton.setObjectName("savePdfButton")
        self.savePdfButton.setAccessibleDescription(self.tr("Saves your key as a PDF; you choose where"))
        self.savePdfButton.setAutoDefault(False)
        self.savePdfButton.clicked.connect(self.save_pdf)
        self.savedLabel = QLabel(self)
        self.savedLabel.setObjectName("savedLabel")
        self.savedLabel.setWordWrap(True)
        self.savedLabel.hide()
        paper = QHBoxLayout()
        paper.addWidget(self.printButton)
        paper.addWidget(self.savePdfButton)
        paper.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (heading, intro, self.keyLabel):
            layout.addWidget(widget)
        layout.addLayout(paper)
        layout.addWidget(self.savedLabel)
        layout.addWidget(check)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        typed = [field.text().strip().upper() for field in self.checks]
        wanted = [self._groups[i] for i in CHECKED_GROUPS]
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(typed == wanted)

    def reject(self) -> None:
        """Escape does not close it: the key would be lost unseen. Closing is by confirming two groups."""

    # -- on paper ------------------------------------------------------------------------------------

    def document(self) -> PrintableDocument:
        from wellbeing_desktop.services.print_recovery_key import recovery_key_document

        return recovery_key_document(self._key, self._vault_folder, date.today())

    def print_key(self) -> bool:
        from wellbeing_desktop.gui.printing.printer import print_document

        document = self.document()
        return print_document(document.html, self, document.images, title=document.title)

    def save_pdf(self) -> Path | None:
        """The warning first, then where; a small file, written at once (0600, all or nothing)."""
        from wellbeing_desktop.gui.printing.render import write_pdf
        from wellbeing_desktop.gui.printing.save_flow import choose_save_path, confirm_not_encrypted

        if not confirm_not_encrypted(self, self.tr(PDF_WARNING)):
            return None
        path = choose_save_path(
            self,
            self.tr("Save the recovery key as PDF"),
            "recovery-key.pdf",
            self.tr("PDF files (*.pdf)"),
            "pdf",
        )
        if path is None:
            return None
        document = self.document()
        try:
            write_pdf(path, document.html, document.images, title=document.title, overwrite=True)
        except WellbeingError as error:
            self.savedLabel.setText(error.message)
        else:
            self.savedLabel.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        self.savedLabel.show()
        return path


def _vault_folder_of(parent: QWidget | None) -> Path | None:
    """The vault being worked on, from the window that opened the dialog (its `session`)."""
    widget = parent
    while widget is not None:
        session = getattr(widget, "session", None)
        folder = getattr(session, "folder", None)
        if isinstance(folder, Path):
            return folder
        widget = widget.parentWidget()
    return None
