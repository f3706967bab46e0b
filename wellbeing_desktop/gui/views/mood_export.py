"""Save the chart on screen as a PNG, after saying plainly that the file will not be encrypted.

The file dialog is Qt's own, not the desktop's: a native dialog may add the file to the desktop's list of
recent files, which would leave a trace outside the vault (DESIGN.md privacy rules).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wellbeing_desktop.gui.charts.chart_area import ChartArea
from wellbeing_desktop.i18n import Context

MoodExport = Context("MoodExport")  # lupdate reads the context from this name


def confirm_unencrypted(parent: QWidget) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("unencryptedWarning")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(MoodExport.tr("Save chart as PNG"))
    box.setText(MoodExport.tr("The picture will not be encrypted."))
    box.setInformativeText(
        MoodExport.tr(
            "Anyone who can open the file will see the chart. It holds the chart only — "
            "no notes or diary text."
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Save).setText(MoodExport.tr("Choose where to save…"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Save


def choose_png_path(parent: QWidget, suggested: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        MoodExport.tr("Save chart as PNG"),
        str(Path(folder or Path.home()) / suggested),
        MoodExport.tr("PNG image (*.png)"),
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".png" else chosen.with_name(chosen.name + ".png")


def save_chart(parent: QWidget, chart: ChartArea, today: date) -> Path | None:
    """Ask, then save. Returns where the PNG went, or None when the person changed their mind."""
    if chart.figure is None or not chart.figure.axes:
        return None
    if not confirm_unencrypted(parent):
        return None
    path = choose_png_path(parent, f"mood-{chart.kind.replace('_', '-')}-{today.isoformat()}.png")
    if path is None:
        return None
    try:
        chart.save_png(path)
    except OSError as error:
        QMessageBox.warning(
            parent,
            MoodExport.tr("Save chart as PNG"),
            MoodExport.tr("The chart couldn't be saved there: %1").replace(
                "%1", error.strerror or str(error)
            ),
        )
        return None
    return path
