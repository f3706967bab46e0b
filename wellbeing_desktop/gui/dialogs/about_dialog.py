"""Help ▸ About: the version, what the app is, and the licences of the app and what it ships with."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop import __version__, resources
from wellbeing_desktop.licences import APP_LICENCE, COMPONENTS


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Wellbeing Desktop"))
        self.resize(620, 520)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(self._about_page(), self.tr("About"))
        self.tabs.setTabToolTip(0, self.tr("What this app is, and who made it"))
        self.tabs.addTab(self._licences_page(), self.tr("Licences"))
        self.tabs.setTabToolTip(1, self.tr("The free software this app is built with, and its licences"))
        licence_text = self._licence_text_page()
        if licence_text is not None:
            self.tabs.addTab(licence_text, self.tr("GNU GPL"))
            self.tabs.setTabToolTip(2, self.tr("The full text of the licence this app is shared under"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Closes this window")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _about_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("aboutPage")
        icon = QLabel(page)
        icon.setPixmap(QIcon(str(resources.assets() / "icons" / "wellbeing-desktop.svg")).pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text = QLabel(page)
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setText(
            self.tr(
                "<h2>Wellbeing Desktop</h2><p>Version %1</p>"
                "<p>A private place for peer supporters to reflect, plan their self-care and notice how "
                "they are doing.</p><p>Everything stays on this computer, encrypted. Nothing is ever sent "
                "anywhere.</p><p>Free software under the GNU General Public License, version 3 or later: "
                "you may use, share and change it.</p>"
            ).replace("%1", __version__)
        )
        versions = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}", page
        )
        versions.setObjectName("aboutVersions")
        versions.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(icon)
        layout.addWidget(text)
        layout.addWidget(versions)
        layout.addStretch(1)
        return page

    def _licences_page(self) -> QWidget:
        browser = QTextBrowser(self)
        browser.setObjectName("licencesText")
        browser.setAccessibleName(self.tr("Licences"))
        browser.setOpenLinks(False)
        rows = "".join(
            f"<tr><td><b>{html.escape(c.name)}</b></td><td>{html.escape(c.licence)}</td>"
            f"<td>{html.escape(c.used_for)}</td></tr>"
            for c in COMPONENTS
        )
        intro = self.tr(
            "Wellbeing Desktop is licensed %1. It is built with the free software below; each part keeps "
            "its own licence, and all of them allow it to be shared under the GNU GPL."
        ).replace("%1", APP_LICENCE)
        part, licence, used_for = (
            html.escape(w) for w in (self.tr("Part"), self.tr("Licence"), self.tr("Used for"))
        )
        browser.setHtml(
            f"<p>{html.escape(intro)}</p><table cellpadding='4'>"
            f"<tr><th align='left'>{part}</th><th align='left'>{licence}</th>"
            f"<th align='left'>{used_for}</th></tr>{rows}</table>"
        )
        return browser

    def _licence_text_page(self) -> QWidget | None:
        path = resources.data_root() / "LICENSE"
        if not path.is_file():
            return None
        text = QPlainTextEdit(self)
        text.setObjectName("gplText")
        text.setAccessibleName(self.tr("The GNU General Public License, version 3"))
        text.setAccessibleDescription(self.tr("The licence's full text, to read"))
        text.setReadOnly(True)
        text.setPlainText(path.read_text(encoding="utf-8"))
        return text
