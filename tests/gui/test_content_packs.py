"""Content packs on a real vault: the dialog adds the example pack and refuses a malformed one naming the
file and line (nothing of it kept or used); a pack removed while entries use its template leaves those
entries readable; "Share my templates" writes a pack of templates and never any diary writing."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import PASSPHRASE
from wellbeing_desktop.content import installed as packs
from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.content.addon import read_addon
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.dialogs.content_packs_dialog import ContentPacksDialog
from wellbeing_desktop.gui.dialogs.my_template_dialog import MyTemplateDialog
from wellbeing_desktop.gui.dialogs.share_templates_dialog import ShareTemplatesDialog
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import my_templates
from wellbeing_desktop.services.markdown_export import diary_markdown

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "example-pack" / "riverside-peer-support"
MARKER = "Marker-7f3a: the tense phone call I wrote about"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "content-packs"


@pytest.fixture
def dialog(qtbot: QtBot, session: VaultSession, folder: Path) -> ContentPacksDialog:
    made = ContentPacksDialog(session, None, folder)
    qtbot.addWidget(made)
    made.show()
    return made


def rows(dialog: ContentPacksDialog) -> list[str]:
    return [dialog.ui.packList.item(i).text() for i in range(dialog.ui.packList.count())]


def test_the_builtin_pack_is_listed_first_and_cannot_be_removed(dialog: ContentPacksDialog) -> None:
    (first,) = rows(dialog)
    assert first.startswith("Wellbeing Desktop 1.0.0, comes with the app\n3 templates, 8 plan sections, ")
    assert first.endswith("support contacts")
    assert not dialog.ui.removePackButton.isEnabled()


def test_adding_the_example_pack_lists_what_it_adds(dialog: ContentPacksDialog, folder: Path) -> None:
    added = dialog.add_pack(EXAMPLE)
    assert added is not None
    assert rows(dialog)[1] == (
        "Riverside Peer Support 1.0, by The Riverside peer team, written together at our team day\n"
        "2 templates, 1 plan section, 4 feeling words, 3 coping ideas, 2 support contacts"
    )
    assert "next time you open" in dialog.ui.statusLabel.text()
    dialog.ui.packList.setCurrentRow(1)
    assert dialog.ui.removePackButton.isEnabled()
    assert "Two reflections our team uses" in dialog.ui.packDetailsLabel.text()


def test_a_malformed_pack_is_refused_with_file_and_line_and_nothing_of_it_is_used(
    dialog: ContentPacksDialog, folder: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(EXAMPLE, broken)
    templates = broken / "templates.toml"
    templates.write_text(templates.read_text().replace('key = "riverside-after-group"', "key = 42"))
    line = templates.read_text().split("\n").index("key = 42") + 1
    assert dialog.add_pack(broken) is None
    assert dialog.ui.statusLabel.text() == (
        f'This pack was not added. templates.toml, line {line}: "key" in template 2 should be text, '
        "not a whole number."
    )
    assert len(rows(dialog)) == 1
    assert not folder.exists() or list(folder.iterdir()) == []
    assert packs.load_content(folder).templates == load_builtin().templates


def test_a_pack_removed_while_entries_use_its_template(
    qtbot: QtBot, session: VaultSession, folder: Path, clock: FakeClock, dialog: ContentPacksDialog
) -> None:
    dialog.add_pack(EXAMPLE)
    session.lock()  # the app opened again, with the pack
    window = MainWindow(session, packs.load_content(folder), clock)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    window.write("riverside-shift-end")
    editor = window.diary.editor.ui
    assert editor.promptQuestionLabel.text() == "What from today would you like to leave at work?"
    qtbot.keyClicks(editor.bodyEdit, MARKER)
    window.diary.save_now()
    entry_id = window.diary.current_entry_id()
    assert entry_id is not None
    window.close()  # saves, then locks

    dialog.ui.packList.setCurrentRow(1)
    dialog.remove_chosen_pack(ask=False)
    assert len(rows(dialog)) == 1 and not (folder / "riverside-peer-support").exists()

    # The app opened again: the pack is gone, the entry is as it was.
    again = MainWindow(session, packs.load_content(folder), clock)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    assert again.diary.open_entry(entry_id)
    shown = again.diary.editor.ui
    assert MARKER in shown.bodyEdit.toPlainText()
    assert "## What I'm leaving here" in shown.bodyEdit.toPlainText()
    assert "From a template that is no longer installed (riverside-shift-end)" in shown.dateLabel.text()
    assert not shown.promptPanel.isVisible()
    stored = session.vault.entries.get(entry_id)
    assert stored is not None and stored.template == "riverside-shift-end"
    assert "Reflection: riverside-shift-end" in diary_markdown([stored], "2026-11-26")
    again.diary.new_entry(None)  # the rest of the diary carries on
    again.close()


def test_a_template_of_my_own_is_checked_and_kept_in_the_vault(
    qtbot: QtBot, dialog: ContentPacksDialog, session: VaultSession
) -> None:
    editor = dialog.edit_template(None)
    assert isinstance(editor, MyTemplateDialog)
    editor.nameEdit.setText("Closing the shift")
    editor.descriptionEdit.setText("Before I go home.")
    editor.save()
    assert editor.isVisible() and "no prompts" in editor.errorLabel.text()
    editor.stepsEdit.setPlainText(
        "Leaving here: What would you like to leave at work?\nTonight: What would help you rest?"
    )
    with qtbot.waitSignal(editor.accepted):
        editor.save()
    (mine,) = my_templates.load(session.vault)
    assert mine.name == "Closing the shift" and [p.heading for p in mine.prompts] == [
        "Leaving here",
        "Tonight",
    ]
    assert dialog.ui.templateList.count() == 1 and dialog.ui.shareButton.isEnabled()


def test_share_my_templates_holds_no_diary_writing(
    qtbot: QtBot,
    dialog: ContentPacksDialog,
    session: VaultSession,
    clock: FakeClock,
    tmp_path: Path,
    folder: Path,
) -> None:
    from wellbeing_desktop.services.diary import DiaryService

    diary = DiaryService(session.vault, clock.now)
    entry = diary.new_entry("debrief", load_builtin())
    diary.save(entry.__class__(**{**entry.__dict__, "title": MARKER, "body": f"## What happened\n{MARKER}"}))
    my_templates.save(
        session.vault,
        my_templates.from_form("After a group", "A short look back.", "How it went: How did the group go?"),
    )
    dialog._show_my_templates()
    share = dialog.share_templates()
    assert isinstance(share, ShareTemplatesDialog)
    assert "This file holds only your templates, no diary writing." in share.contentsLabel.text()
    share.authorEdit.setText("A peer supporter")
    target = tmp_path / "shared.zip"
    assert share.save_to(target)
    assert str(target) in dialog.ui.statusLabel.text()

    with zipfile.ZipFile(target) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    assert sorted(files) == ["pack.toml", "templates.toml"]
    everything = b"".join(files.values()) + target.read_bytes()
    assert MARKER.encode() not in everything and b"Marker-7f3a" not in everything
    pack = read_addon(files)
    assert [t.name for t in pack.templates] == ["After a group"]
    assert packs.install(target, folder).info.author == "A peer supporter"  # a peer can add it


def test_the_content_packs_screenshot_is_made(tmp_path: Path) -> None:
    from tests.gui.screenshots import grab_content_packs

    (path,) = grab_content_packs(tmp_path)
    assert path.stat().st_size > 10_000


def test_a_pack_broken_on_disk_is_left_out_and_said_once_after_unlocking(
    qtbot: QtBot, locked_session: VaultSession, folder: Path, clock: FakeClock
) -> None:
    packs.install(EXAMPLE, folder)
    (folder / "riverside-peer-support" / "coping-ideas.toml").write_text("[[idea]]\nkey = 1\n")
    content = packs.load_content(folder)
    window = MainWindow(locked_session, content, clock)
    qtbot.addWidget(window)
    window.show()
    assert window.statusBar().currentMessage() == ""  # nothing about packs on the lock screen
    with qtbot.waitSignal(locked_session.unlocked, timeout=20_000):
        locked_session.unlock(PASSPHRASE)
    assert window.statusBar().currentMessage() == (
        "The content pack “riverside-peer-support” was left out: coping-ideas.toml, line 2: "
        '"key" in idea 1 should be text, not a whole number.'
    )
    assert window.diary.content.template("riverside-shift-end") is None
    window.close()
