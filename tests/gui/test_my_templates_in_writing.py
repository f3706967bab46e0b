"""My own templates, made in Content packs ▸ My templates, are offered wherever writing starts (Today, the
diary's New menu and its filter) as soon as they are saved; an entry written from one is guided like a
pack's; removing it leaves the entry readable; and locking takes their names off every screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from tests.gui.test_diary_lock import every_text
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.content_packs_dialog import ContentPacksDialog
from wellbeing_desktop.gui.dialogs.my_template_dialog import MyTemplateDialog
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import my_templates

NAME = "Closing the Quillwort shift"
DESCRIPTION = "Before I go home from the Quillwort drop-in."
FIRST_QUESTION = "What would you like to leave at work?"


@pytest.fixture
def window(qtbot: QtBot, locked_session: VaultSession, content: ContentPack, clock: FakeClock) -> MainWindow:
    made = MainWindow(locked_session, content, clock)
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitSignal(locked_session.unlocked, timeout=20_000):
        locked_session.unlock(PASSPHRASE)
    return made


def make_template(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> tuple[ContentPacksDialog, str]:
    dialog = ContentPacksDialog(window.session, window, tmp_path / "content-packs")
    dialog.show()
    editor = dialog.edit_template(None)
    assert isinstance(editor, MyTemplateDialog)
    editor.nameEdit.setText(NAME)
    editor.descriptionEdit.setText(DESCRIPTION)
    editor.stepsEdit.setPlainText(f"Leaving here: {FIRST_QUESTION}\nTonight: What would help you rest?")
    with qtbot.waitSignal(window.session.changed, check_params_cb=lambda what: what == "templates"):
        editor.save()
    (mine,) = my_templates.load(window.session.vault)
    return dialog, mine.key


def combo_items(combo: QComboBox) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def new_menu(window: MainWindow) -> QMenu:
    menu = window.diary.ui.newButton.menu()
    assert menu is not None and menu.objectName() == "newEntryMenu"
    return menu


def every_word(root: QWidget) -> list[str]:
    """every_text, and the menus' actions too (their words and tooltips)."""
    actions = [a for menu in root.findChildren(QMenu) for a in menu.actions()]
    return every_text(root) + [a.text() for a in actions] + [a.toolTip() for a in actions]


def test_my_template_is_offered_and_guides_the_writing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _dialog, key = make_template(qtbot, window, tmp_path)
    today_combo = window.today.ui.templateCombo
    assert combo_items(today_combo)[-1] == (NAME, key), "own templates come after the packs'"
    assert ("After a difficult conversation", "debrief") in combo_items(today_combo)
    actions = [a for a in new_menu(window).actions() if a.text() == NAME]
    assert len(actions) == 1 and actions[0].toolTip() == DESCRIPTION
    assert (NAME, key) in combo_items(window.diary.ui.templateCombo)

    # Today: choose it and write.
    today_combo.setCurrentIndex(today_combo.findData(key))
    qtbot.mouseClick(window.today.ui.writeButton, Qt.MouseButton.LeftButton)
    editor = window.diary.editor.ui
    assert editor.promptQuestionLabel.text() == FIRST_QUESTION
    assert window.diary.editor.ui.promptPanel.isVisible()
    assert editor.dateLabel.text().endswith(f" · {NAME}")
    assert "## Leaving here" in editor.bodyEdit.toPlainText()
    qtbot.keyClicks(editor.bodyEdit, "The kettle, the rota.")
    assert window.diary.save_now()
    entry_id = window.diary.current_entry_id()
    assert entry_id is not None
    stored = window.session.vault.entries.get(entry_id)
    assert stored is not None and stored.template == key

    # The New menu starts one too, and the filter finds the entries written from it.
    actions[0].trigger()
    assert editor.promptStepLabel.text().startswith(f"{NAME} · step 1 of 2")
    window.diary.ui.filtersButton.setChecked(True)
    filter_combo = window.diary.ui.templateCombo
    filter_combo.setCurrentIndex(filter_combo.findData(key))
    assert window.diary.browser.model.rowCount() == 1
    assert window.diary.browser.filters.filters().template == key


def test_removing_my_template_leaves_its_entries_readable(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog, key = make_template(qtbot, window, tmp_path)
    window.write(key)
    editor = window.diary.editor.ui
    qtbot.keyClicks(editor.bodyEdit, "A long day at the drop-in.")
    assert window.diary.save_now()
    entry_id = window.diary.current_entry_id()
    assert entry_id is not None

    dialog.ui.templateList.setCurrentRow(0)
    with qtbot.waitSignal(window.session.changed, check_params_cb=lambda what: what == "templates"):
        dialog.remove_chosen_template()
    assert NAME not in [t for t, _ in combo_items(window.today.ui.templateCombo)]
    assert NAME not in [a.text() for a in new_menu(window).actions()]
    assert key not in [d for _, d in combo_items(window.diary.ui.templateCombo)]
    # The open entry says where it came from at once; so does opening it again later.
    assert f"From a template that is no longer installed ({key})" in editor.dateLabel.text()
    assert not editor.promptPanel.isVisible()
    window.diary.new_entry(None)
    assert window.diary.open_entry(entry_id)
    assert f"From a template that is no longer installed ({key})" in editor.dateLabel.text()
    assert "A long day at the drop-in." in editor.bodyEdit.toPlainText()
    assert not editor.promptPanel.isVisible()


def test_locking_takes_my_templates_names_off_every_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _dialog, key = make_template(qtbot, window, tmp_path)  # left open: locking closes it
    window.write(key)
    window.diary.ui.filtersButton.setChecked(True)
    assert any("Quillwort" in text for text in every_word(window))

    window.session.lock()
    qtbot.waitUntil(lambda: not window.findChildren(MyTemplateDialog))  # closed, and deleted soon after
    assert [t for t in every_word(window) if "Quillwort" in t] == []
    assert window.diary.ui.templateCombo.findData(key) < 0
    assert window.today.ui.templateCombo.findData("debrief") > 0, "the packs' templates stay"

    with qtbot.waitSignal(window.session.unlocked, timeout=20_000):
        window.session.unlock(PASSPHRASE)
    assert window.today.ui.templateCombo.findData(key) > 0
    assert NAME in [a.text() for a in new_menu(window).actions()]
