"""The first window: what the app is, and where the vault lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from wellbeing_desktop.gui.forms.ui_welcome import Ui_WelcomeWindow


class WelcomeWindow(QWidget):
    def __init__(self, vault_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeWindow()
        self.ui.setupUi(self)
        heading = QFont(self.ui.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        self.ui.headingLabel.setFont(heading)
        self.ui.vaultLabel.setText(self.tr("Your vault's folder: %1").replace("%1", str(vault_folder)))
        self.ui.closeButton.setAccessibleName(self.tr("Close Wellbeing Desktop"))
        self.ui.closeButton.clicked.connect(self.close)
