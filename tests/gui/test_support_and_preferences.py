"""Support is one click away, locked or not; preferences are saved in the vault and applied at once."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui import theme
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from wellbeing_desktop.gui.dialogs.support_dialog import SupportDialog
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import preferences, signposting


def test_support_shows_uk_contacts_while_locked(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack
) -> None:
    dialog = SupportDialog(locked_session, content.signposts)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.noteLabel)))
    for number in ("999", "111", "116 123", "85258"):
        assert number in texts
    assert dialog.findChildren(QLineEdit) == []
    assert "Unlock" in dialog.noteLabel.text()


def test_support_keeps_the_persons_own_contact(
    qtbot: QtBot, session: VaultSession, content: ContentPack
) -> None:
    dialog = SupportDialog(session, content.signposts)
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit, "contact-supervisor")
    assert field.text() == "" and field.placeholderText()
    qtbot.keyClicks(field, "Alex, 07700 900123")
    with qtbot.waitSignal(session.changed):
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    shown = {s.key: s.contact for s in signposting.signposts(content.signposts, session.vault)}
    assert shown["supervisor"] == "Alex, 07700 900123"


def test_f1_opens_support_from_the_lock_screen(
    qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = MainWindow(locked_session, content, clock)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.actionSupport.isEnabled()
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog else "")
        if dialog:
            dialog.close()

    QTimer.singleShot(0, close_it)
    window.ui.actionSupport.trigger()
    assert seen == ["supportDialog"]


def test_preferences_are_saved_and_applied(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    window = MainWindow(session, content, clock)
    qtbot.addWidget(window)
    window.apply_preferences()
    dialog = PreferencesDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.lockMinutesSpin.setValue(15)
    dialog.lockOnMinimiseCheck.setChecked(False)
    dialog.themeCombo.setCurrentIndex(dialog.themeCombo.findData("dark"))
    try:
        dialog.save()
        assert preferences.load(session.vault)["lock_minutes"] == 15
        assert window.autolock.timeout_minutes == 15
        assert window.autolock.lock_on_minimise is False
        assert theme.is_dark(QApplication.palette())
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply(app, "system", 100)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QPalette().color(
        QPalette.ColorRole.Window
    )
