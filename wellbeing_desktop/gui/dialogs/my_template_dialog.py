"""Write or change one of my own templates: a name, a line about it, and its steps ("Heading: question").
Checked by the same rules as any content pack; kept in the vault (services/my_templates.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from wellbeing_desktop.content.model import Template
from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.services import my_templates
from wellbeing_desktop.vault import Vault


class MyTemplateDialog(QDialog):
    def __init__(self, vault: Vault, template: Template | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myTemplateDialog")
        self.setWindowTitle(self.tr("My template"))
        self.setMinimumWidth(520)
        self._vault = vault
        self._key = template.key if template else ""
        self.saved: Template | None = None
        self.nameEdit = QLineEdit(template.name if template else "", self)
        self.nameEdit.setObjectName("nameEdit")
        self.nameEdit.setAccessibleName(self.tr("Name"))
        self.nameEdit.setPlaceholderText(self.tr("For example: Closing the shift"))
        self.descriptionEdit = QLineEdit(template.description if template else "", self)
        self.descriptionEdit.setObjectName("descriptionEdit")
        self.descriptionEdit.setAccessibleName(self.tr("What it is for"))
        self.descriptionEdit.setPlaceholderText(self.tr("One line: when it helps"))
        self.stepsEdit = QPlainTextEdit(self)
        self.stepsEdit.setObjectName("stepsEdit")
        self.stepsEdit.setAccessibleName(self.tr("Steps, one a line"))
        self.stepsEdit.setAccessibleDescription(self.tr("A short heading, a colon, then the question"))
        self.stepsEdit.setTabChangesFocus(True)
        self.stepsEdit.setPlaceholderText(
            self.tr("What happened: What happened, briefly?\nHow I feel now: How are you feeling now?")
        )
        if template:
            self.stepsEdit.setPlainText("\n".join(f"{p.heading}: {p.question}" for p in template.prompts))
        hint = QLabel(
            self.tr(
                "One step a line: a short heading, a colon, then the question. Only these words are kept."
            ),
            self,
        )
        hint.setObjectName("stepsHintLabel")
        hint.setWordWrap(True)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(
            self.tr("Keeps this template, ready to choose when you write")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes without keeping your changes")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.nameEdit)
        form.addRow(self.tr("What it is for"), self.descriptionEdit)
        form.addRow(self.tr("Steps"), self.stepsEdit)
        form.addRow("", hint)
        form.addRow(self.errorLabel)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            template = my_templates.from_form(
                self.nameEdit.text(), self.descriptionEdit.text(), self.stepsEdit.toPlainText(), self._key
            )
            self.saved = my_templates.save(self._vault, template)
        except WellbeingError as error:
            self.errorLabel.setText(error.message)
            return
        self.accept()
