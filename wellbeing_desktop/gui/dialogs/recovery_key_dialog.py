"""Show a new recovery key once, and ask the person to retype two of its groups, so that it is really
written down before the dialog closes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from wellbeing_desktop.gui.style import heading_font

CHECKED_GROUPS = (2, 7)  # the third and the eighth of eleven


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            field.textChanged.connect(self._update)
            form.addRow(label, field)
            self.checks.append(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (heading, intro, self.keyLabel, check):
            layout.addWidget(widget)
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
