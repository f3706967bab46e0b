"""Choosing a folder (for backups, a backup to restore, a content pack) with Qt's own dialog: the
desktop's may add the folder to a recent-places list, which would say where a diary's backups are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def choose_folder(parent: QWidget, title: str, start: Path | str | None = None) -> Path | None:
    """The folder the person chose, or None if they cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        title,
        str(start or Path.home()),
        QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
    )
    return Path(chosen) if chosen else None
