"""An optional 1–10 slider for stress or energy: it records nothing until the person touches it.

A plain slider always holds a value, which would save a number nobody chose. This one shows
"Not recorded" until a drag, click, key or wheel moves it, and "Clear" takes the answer back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QSlider

from wellbeing_desktop.content.model import ScaleWords

MIDDLE = 5


class OptionalScale(QObject):
    """Signals: changed() when the answer is given, moved or cleared."""

    changed = Signal()

    def __init__(
        self,
        slider: QSlider,
        value_label: QLabel,
        clear_button: QAbstractButton,
        ends: tuple[QLabel, QLabel],
        words: ScaleWords,
    ) -> None:
        super().__init__(slider)
        self._slider = slider
        self._label = value_label
        self._clear_button = clear_button
        self._touched = False
        low, high = ends
        low.setText(self.tr("1 · %1").replace("%1", words.low))
        high.setText(self.tr("10 · %1").replace("%1", words.high))
        slider.setAccessibleDescription(
            self.tr("From 1, %1, to 10, %2. Not recorded until you move it.")
            .replace("%1", words.low)
            .replace("%2", words.high)
        )
        slider.actionTriggered.connect(self._on_touched)  # a person moved it: mouse, keys or wheel
        slider.sliderPressed.connect(self._on_touched)
        slider.valueChanged.connect(self._show)
        clear_button.clicked.connect(self.clear)
        self._show()

    def value(self) -> int | None:
        return self._slider.value() if self._touched else None

    def set_value(self, value: int | None) -> None:
        self._touched = value is not None
        self._slider.setValue(MIDDLE if value is None else value)
        self._show()
        self.changed.emit()

    def clear(self) -> None:
        self.set_value(None)

    def _on_touched(self) -> None:
        self._touched = True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        # sliderPosition already holds where an action is taking the slider; value() follows just after.
        if self._touched:
            self._label.setText(self.tr("%1 of 10").replace("%1", str(self._slider.sliderPosition())))
        else:
            self._label.setText(self.tr("Not recorded"))
        self._label.setEnabled(self._touched)  # dimmed while nothing is recorded
        # No coloured fill up to the handle while nothing is recorded: the fill would read as an answer.
        # Only that one colour is set; every other follows the theme.
        palette = QPalette()
        if not self._touched:
            parent = self._slider.parentWidget() or self._slider
            palette.setColor(QPalette.ColorRole.Highlight, parent.palette().button().color())
        self._slider.setPalette(palette)
        self._clear_button.setEnabled(self._touched)
