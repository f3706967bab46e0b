"""Help ▸ About shows the version and every licence; the pseudo-locale's translation loads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from wellbeing_desktop import __version__
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui import translations
from wellbeing_desktop.gui.dialogs.about_dialog import AboutDialog
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.licences import COMPONENTS


def test_help_about_shows_the_version_and_the_licences(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack
) -> None:
    window = MainWindow(locked_session, content)
    qtbot.addWidget(window)
    window.show()
    window.ui.actionAbout.trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(w, AboutDialog) and w.isVisible() for w in window.findChildren(AboutDialog))
    )
    (dialog,) = window.findChildren(AboutDialog)
    about = dialog.findChild(QLabel, "aboutText")
    assert about is not None and f"Version {__version__}" in about.text()
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs[:2] == ["About", "Licences"]
    licences = dialog.findChild(QTextBrowser, "licencesText")
    assert licences is not None
    text = licences.toPlainText()
    assert "GPL-3.0-or-later" in text
    for component in COMPONENTS:
        assert component.name in text and component.licence in text
    dialog.close()


@pytest.fixture
def pseudo_locale(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    monkeypatch.setenv("WELLBEING_LANG", "en_XA")
    installed = translations.install(qapp)
    yield installed  # type: ignore[misc]
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_pseudo_locale_translates_the_app_and_its_forms(pseudo_locale: list[object]) -> None:
    assert len(pseudo_locale) >= 1
    licences = QCoreApplication.translate("AboutDialog", "Licences")
    assert licences.startswith("[") and "Lîçéñçéš" in licences
    assert QCoreApplication.translate("MainWindow", "&Help") != "&Help"  # a Designer form's words too


def test_the_pseudo_translation_keeps_placeholders_tags_and_accelerators() -> None:
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "packaging" / "pseudo_translate.py"
    spec = importlib.util.spec_from_file_location("pseudo_translate", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = module.pseudo("<b>Save</b> %1 &amp; &Quit")
    assert "<b>" in out and "</b>" in out and "%1" in out and "&amp;" in out and "&Q" in out
    assert "Šávé" in out and len(out) >= 1.4 * len("Save  & Quit")
