"""The monthly work reflection ("How is the work sitting with you?…"): our own questions, a 1–5 scale
with words at both ends, any question may be skipped, an optional note. One a month: opening it again in
the same month shows the answers given and Save updates them. Locking closes it and leaves no text.

Save writes through ReflectionService and emits session.changed("reflection").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.content.reflection_questions import ReflectionQuestion
from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.dates import shown
from wellbeing_desktop.gui.forms.ui_reflection_dialog import Ui_ReflectionDialog
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.reflection import ReflectionService

CHANGED = "reflection"


class ReflectionDialog(QDialog):
    """Signals: saved(object) with the ReflectionSaved (what was written and what the month held)."""

    saved = Signal(object)

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionDialog")
        self.ui = Ui_ReflectionDialog()
        self.ui.setupUi(self)
        self.session = session
        self.service = ReflectionService(session.vault, clock.now, content)
        questions = self.service.questions
        ui = self.ui
        ui.monthLabel.setFont(heading_font(ui.monthLabel.font(), 1.3))
        ui.monthLabel.setText(
            self.tr("How is the work sitting with you? · %1").replace("%1", shown(clock.now(), "MMMM yyyy"))
        )
        ui.reflectionIntro.setText(questions.intro)
        ui.noteLabel.setText(questions.note)
        self.groups: dict[str, QButtonGroup] = {}
        for theme in questions.themes:
            heading = QLabel(theme.name, ui.questionsBox)
            heading.setObjectName(f"theme-{theme.key}")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setContentsMargins(0, 10, 0, 0)
            ui.questionsLayout.addWidget(heading)
            for question in theme.questions:
                self._add_question(question)
        ui.questionsLayout.addStretch(1)
        self._save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setObjectName("saveReflectionButton")
        self._save_button.setAccessibleDescription(self.tr("Keeps your answers for this month"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes without keeping your answers")
        )
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.noteEdit.textChanged.connect(self._update_save)
        existing = self.service.for_month()
        if existing is not None:
            for key, answer in existing.answers.items():
                group = self.groups.get(key)
                button = group.button(answer) if group is not None else None
                if button is not None:
                    button.setChecked(True)
            ui.noteEdit.setPlainText(existing.note)
        self._update_save()
        session.about_to_lock.connect(self.reject)

    def _add_question(self, question: ReflectionQuestion) -> None:
        box = self.ui.questionsBox
        label = QLabel(question.text, box)
        label.setObjectName(f"question-{question.key}")
        label.setWordWrap(True)
        self.ui.questionsLayout.addWidget(label)
        row = QWidget(box)
        row.setObjectName(f"scale-{question.key}")
        line = QHBoxLayout(row)
        line.setContentsMargins(12, 0, 0, 4)
        line.setSpacing(10)
        low = QLabel(question.low, row)
        low.setObjectName("lowLabel")
        line.addWidget(low)
        group = QButtonGroup(row)
        group.setExclusive(False)  # clicking the chosen answer again takes it back
        for value in range(1, 6):
            radio = QRadioButton(str(value), row)
            radio.setObjectName(f"answer-{question.key}-{value}")
            radio.setAccessibleName(
                self.tr("%1: %2 of 5").replace("%1", question.text).replace("%2", str(value))
            )
            radio.setAccessibleDescription(
                self.tr("1 is %1, 5 is %2").replace("%1", question.low).replace("%2", question.high)
            )
            group.addButton(radio, value)
            line.addWidget(radio)
        group.buttonToggled.connect(lambda button, checked, g=group: self._toggled(g, button, checked))
        high = QLabel(question.high, row)
        high.setObjectName("highLabel")
        line.addWidget(high)
        line.addStretch(1)
        self.ui.questionsLayout.addWidget(row)
        self.groups[question.key] = group

    def _toggled(self, group: QButtonGroup, button: QAbstractButton, checked: bool) -> None:
        if checked:
            for other in group.buttons():
                if other is not button and other.isChecked():
                    other.setChecked(False)
        self._update_save()

    def answers(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for key, group in self.groups.items():
            chosen = group.checkedButton()
            out[key] = None if chosen is None else group.id(chosen)
        return out

    def _update_save(self) -> None:
        given = any(v is not None for v in self.answers().values()) or bool(
            self.ui.noteEdit.toPlainText().strip()
        )
        self._save_button.setEnabled(given)

    def accept(self) -> None:
        if not self.session.is_unlocked or not self._save_button.isEnabled():
            return
        try:
            written = self.service.answer(self.answers(), self.ui.noteEdit.toPlainText())
        except WellbeingError as error:
            self.ui.reflectionIntro.setText(
                self.tr("This reflection couldn't be saved: %1").replace("%1", str(error))
            )
            return
        self._forget()
        super().accept()
        self.saved.emit(written)
        self.session.changed.emit(CHANGED)

    def reject(self) -> None:
        self._forget()
        super().reject()

    def _forget(self) -> None:
        """Leave no answer or note in any widget."""
        self.ui.noteEdit.clear()
        for group in self.groups.values():
            for button in group.buttons():
                button.setChecked(False)


def open_reflection(
    parent: QWidget, session: VaultSession, content: ContentPack, clock: Clock
) -> ReflectionDialog | None:
    """Open the dialog without blocking (window-modal); it deletes itself when closed."""
    if not session.is_unlocked:
        return None
    dialog = ReflectionDialog(session, content, clock, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
