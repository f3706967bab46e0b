"""Share my templates: a .zip content pack holding only my templates (their names and steps), never any
diary writing, saved where the person chooses after saying plainly what is in it.

Signals: shared(str) with the path written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QWidget

from wellbeing_desktop.content.model import Template
from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.services import my_templates


class ShareTemplatesDialog(QDialog):
    shared = Signal(str)

    def __init__(self, templates: Sequence[Template], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareTemplatesDialog")
        self.setWindowTitle(self.tr("Share my templates"))
        self.setMinimumWidth(480)
        self._templates = list(templates)
        self.packNameEdit = QLineEdit(self.tr("Templates from a peer supporter"), self)
        self.packNameEdit.setObjectName("packNameEdit")
        self.packNameEdit.setAccessibleName(self.tr("The pack's name"))
        self.packNameEdit.setAccessibleDescription(self.tr("The name people see when they add your pack"))
        self.authorEdit = QLineEdit(self)
        self.authorEdit.setObjectName("authorEdit")
        self.authorEdit.setAccessibleName(self.tr("Who made it"))
        self.authorEdit.setPlaceholderText(self.tr("Your first name, your team, or “a peer supporter”"))
        names = ", ".join(t.name for t in self._templates)
        self.contentsLabel = QLabel(
            self.tr(
                "The pack will hold %1: their names and steps. This file holds only your templates, no diary "
                "writing. It is not encrypted: anyone who has the file can read them."
            ).replace("%1", names),
            self,
        )
        self.contentsLabel.setObjectName("contentsLabel")
        self.contentsLabel.setWordWrap(True)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("buttonBox")
        self.saveButton = buttons.addButton(self.tr("Save the pack…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.saveButton.setObjectName("saveButton")
        self.saveButton.setAccessibleDescription(
            self.tr("Saves your templates as a pack file to give to others; you choose where")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes without saving a pack")
        )
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.contentsLabel)
        form.addRow(self.tr("The pack's name"), self.packNameEdit)
        form.addRow(self.tr("Who made it"), self.authorEdit)
        form.addRow(self.errorLabel)
        form.addRow(buttons)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the pack"),
            str(Path.home() / "my-templates.zip"),
            self.tr("Content packs (*.zip)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.save_to(Path(path if path.lower().endswith(".zip") else f"{path}.zip"))

    def save_to(self, target: Path) -> bool:
        try:
            my_templates.share(self._templates, target, self.packNameEdit.text(), self.authorEdit.text())
        except WellbeingError as error:
            self.errorLabel.setText(error.message)
            return False
        except OSError as error:
            self.errorLabel.setText(
                self.tr("The pack could not be saved: %1.").replace("%1", error.strerror or "")
            )
            return False
        self.shared.emit(str(target))
        self.accept()
        return True
