"""The check-in dialog (Ctrl+K, or from Today): mood 1–10 and, if the person wants, a little more.

Save writes the check-in through CheckInService in one transaction and emits session.changed("checkins");
Cancel discards it. Locking while the dialog is open discards it too, and leaves no text behind.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import CopingUsed
from wellbeing_desktop.errors import WellbeingError
from wellbeing_desktop.gui.clock import Clock
from wellbeing_desktop.gui.dialogs.checkin_feelings import FeelingWordsField
from wellbeing_desktop.gui.dialogs.checkin_people import TalkedWithField
from wellbeing_desktop.gui.dialogs.checkin_scale import OptionalScale
from wellbeing_desktop.gui.forms.ui_checkin_dialog import Ui_CheckInDialog
from wellbeing_desktop.gui.style import heading_font
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services.checkin import CheckInService

NO_SLEEP = -0.5  # the sleep box's lowest value, shown as "Not recorded"
# The chosen number must be plain at a glance (Fusion's checked button is barely darker), and the
# keyboard focus visible as well.
MOOD_BUTTON_STYLE = """
QPushButton { border: 1px solid palette(mid); border-radius: 6px; background: palette(button); }
QPushButton:hover { border-color: palette(highlight); }
QPushButton:focus { border: 2px solid palette(highlight); }
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); font-weight: bold; }
"""


class CheckInDialog(QDialog):
    """Signals: saved(object) with the CheckIn just written."""

    saved = Signal(object)

    def __init__(
        self, session: VaultSession, content: ContentPack, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckInDialog()
        self.ui.setupUi(self)
        self.session = session
        self.service = CheckInService(session.vault, clock.now)
        ui, scale = self.ui, content.mood_scale
        ui.headingLabel.setText(scale.mood.question)
        ui.headingLabel.setFont(heading_font(ui.headingLabel.font(), 1.3))
        ui.moodLowLabel.setText(self.tr("1 · %1").replace("%1", scale.mood.low))
        ui.moodHighLabel.setText(self.tr("10 · %1").replace("%1", scale.mood.high))
        ui.stressLabel.setText(scale.stress.question)
        ui.energyLabel.setText(scale.energy.question)
        self.stress = OptionalScale(
            ui.stressSlider,
            ui.stressValueLabel,
            ui.stressClearButton,
            (ui.stressLowLabel, ui.stressHighLabel),
            scale.stress,
        )
        self.energy = OptionalScale(
            ui.energySlider,
            ui.energyValueLabel,
            ui.energyClearButton,
            (ui.energyLowLabel, ui.energyHighLabel),
            scale.energy,
        )
        self.feelings = FeelingWordsField(ui.feelingsEdit, ui.feelingsButton, content.feeling_words)
        for button in ui.moodGroup.buttons():
            button.setToolTip(self._mood_tip(int(button.text()), scale.mood.low, scale.mood.high))
            button.setStyleSheet(MOOD_BUTTON_STYLE)
        self._save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setObjectName("saveButton")
        self._save_button.setText(self.tr("Save check-in"))
        self._save_button.setAccessibleDescription(self.tr("Saves how you're doing now"))
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleDescription(self.tr("Closes without saving this check-in"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.moodGroup.idToggled.connect(lambda *_: self._update_save())
        ui.errorLabel.hide()
        self.coping_checks: list[QCheckBox] = []
        self.talked = TalkedWithField(
            ui.talkedGroup,
            ui.talkedBox,
            ui.talkedWhoLabel,
            ui.talkedPeopleLayout,
            ui.talkedNameEdit,
            self.service.people(),
        )
        self._add_coping_checks()
        self._update_save()
        session.about_to_lock.connect(self.reject)
        ui.mood1Button.setFocus()

    def _mood_tip(self, value: int, low: str, high: str) -> str:
        ends = {1: low, 10: high}
        return f"{value} · {ends[value]}" if value in ends else str(value)

    def _add_coping_checks(self) -> None:
        items = self.service.coping_strategies()
        self.ui.copingEmptyLabel.setVisible(not items)
        previous: QWidget = self.ui.noteEdit
        for index, item in enumerate(items):
            check = QCheckBox(item.text, self.ui.copingGroup)
            check.setObjectName(f"coping{index}Check")
            check.setProperty("item_id", item.id)
            check.setAccessibleName(item.text)
            check.setAccessibleDescription(self.tr("Tick if you used this today"))
            self.ui.copingLayout.addWidget(check)
            QWidget.setTabOrder(previous, check)
            previous = check
            self.coping_checks.append(check)
        QWidget.setTabOrder(self.talked.tab_chain(previous), self.ui.buttonBox)

    def mood(self) -> int | None:
        button = self.ui.moodGroup.checkedButton()
        return None if button is None else int(button.text())

    def sleep_hours(self) -> float | None:
        value = self.ui.sleepSpin.value()
        return None if value <= NO_SLEEP else value

    def coping_used(self) -> list[CopingUsed]:
        return [CopingUsed(str(c.property("item_id")), c.text()) for c in self.coping_checks if c.isChecked()]

    def _update_save(self) -> None:
        chosen = self.mood() is not None
        self._save_button.setEnabled(chosen)
        self.ui.moodHintLabel.setVisible(not chosen)

    def accept(self) -> None:
        mood = self.mood()
        if mood is None or not self.session.is_unlocked:
            return
        try:
            checkin = self.service.check_in(
                mood,
                stress=self.stress.value(),
                energy=self.energy.value(),
                sleep_hours=self.sleep_hours(),
                emotions=self.feelings.words(),
                note=self.ui.noteEdit.toPlainText(),
                coping=self.coping_used(),
                talked_with_someone=self.talked.talked(),
                talked_with=self.talked.talked_with(),
            )
        except WellbeingError as error:
            self.ui.errorLabel.setText(
                self.tr("This check-in couldn't be saved: %1").replace("%1", str(error))
            )
            self.ui.errorLabel.show()
            return
        self._forget()
        super().accept()
        self.saved.emit(checkin)
        self.session.changed.emit("checkins")  # the People screen hears it too: "last talked" moved

    def reject(self) -> None:
        self._forget()
        super().reject()

    def _forget(self) -> None:
        """Leave no text in any widget (the dialog may outlive this check-in until it is deleted)."""
        self.ui.noteEdit.clear()  # QPlainTextEdit.clear() empties the undo history as well
        self.feelings.clear()
        self.ui.errorLabel.clear()
        for check in self.coping_checks:
            check.setText("")
            check.setProperty("item_id", "")
        self.talked.clear()


def open_check_in(
    parent: QWidget, session: VaultSession, content: ContentPack, clock: Clock
) -> CheckInDialog:
    """Open the dialog without blocking (window-modal); it deletes itself when closed."""
    dialog = CheckInDialog(session, content, clock, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
