"""Before any file that is not encrypted: say so plainly, then let the person choose where it goes.

Qt's own file dialog, as for backups: a desktop's dialog may add the file to a recent-files list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def not_encrypted_sentence() -> str:
    return QCoreApplication.translate(
        "SaveFlow",
        "The file you save will not be encrypted: anyone who can open the folder you save it in can read it.",
    )


def confirm_not_encrypted(parent: QWidget | None, sentence: str) -> bool:
    """One plain sentence, then Continue or Cancel (Cancel is the default)."""
    box = QMessageBox(parent)
    box.setObjectName("notEncryptedBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SaveFlow", "This file will not be encrypted"))
    box.setText(sentence)
    go = box.addButton(QCoreApplication.translate("SaveFlow", "Continue…"), QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("continueButton")
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is go


def choose_save_path(
    parent: QWidget | None, caption: str, suggested_name: str, file_filter: str, extension: str
) -> Path | None:
    """Where to save; None when the person cancels. A name typed without an extension gets one."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(Path.home() / suggested_name),
        file_filter,
        "",
        QFileDialog.Option.DontUseNativeDialog,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_name(f"{path.name}.{extension}")
        if path.exists():
            answer = QMessageBox.question(
                parent,
                caption,
                QCoreApplication.translate("SaveFlow", "%1 already exists. Replace it?").replace(
                    "%1", path.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
    return path
