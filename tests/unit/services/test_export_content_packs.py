"""Exports and printouts name a template as the app does: the installed packs' names and the person's own
(not a fixed list of the built-in three); a pack that no longer loads is left out, never stopping one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.unit.services.documents import document, entry, entry_id
from wellbeing_desktop import paths
from wellbeing_desktop.content import installed as packs
from wellbeing_desktop.services import my_templates
from wellbeing_desktop.services.export import render
from wellbeing_desktop.services.interchange import import_document
from wellbeing_desktop.services.print_scopes import PrintRequest, render_scope
from wellbeing_desktop.vault import Vault

EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "example-pack" / "riverside-peer-support"
TODAY = date(2026, 11, 26)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's folder for this test, with the example pack installed in it."""
    monkeypatch.setenv("WELLBEING_HOME", str(tmp_path / "home"))
    packs.install(EXAMPLE, paths.content_packs_folder())
    return paths.content_packs_folder()


@pytest.fixture
def diary(vault: Vault, home: Path) -> tuple[Vault, str]:
    mine = my_templates.save(
        vault, my_templates.from_form("Quiet ten minutes", "After a long day.", "Now: What do I notice?")
    )
    entries = [
        entry(1, template="riverside-shift-end", for_supervision=True),
        entry(2, template=mine.key, for_supervision=True),
        entry(3, template="a-pack-long-gone"),
        entry(4, template="debrief"),
    ]
    import_document(vault, document(entries=entries))
    return vault, mine.key


def test_the_markdown_export_names_pack_and_own_templates(diary: tuple[Vault, str]) -> None:
    vault, _key = diary
    text = render(vault, "markdown")
    assert "- Reflection: Closing the shift\n" in text
    assert "- Reflection: Quiet ten minutes\n" in text
    assert "- Reflection: After a difficult conversation\n" in text
    assert "- Reflection: a-pack-long-gone\n" in text  # where it came from, though the pack has gone


def test_printouts_name_them_too(diary: tuple[Vault, str]) -> None:
    vault, _key = diary
    chosen = (entry_id(1), entry_id(2))
    printed = render_scope(vault, "diary", PrintRequest(TODAY, chosen)).html
    assert "Closing the shift" in printed and "Quiet ten minutes" in printed
    supervision = render_scope(vault, "supervision", PrintRequest(TODAY)).html
    assert "Closing the shift" in supervision and "Quiet ten minutes" in supervision
    assert "riverside-shift-end" not in supervision


def test_a_pack_broken_on_disk_never_stops_an_export(diary: tuple[Vault, str], home: Path) -> None:
    vault, _key = diary
    (home / "riverside-peer-support" / "templates.toml").write_text("[[template]]\nkey = 1\n")
    text = render(vault, "markdown")
    assert "- Reflection: riverside-shift-end\n" in text
    assert "- Reflection: Quiet ten minutes\n" in text
    printed = render_scope(vault, "diary", PrintRequest(TODAY, (entry_id(1),))).html
    assert "riverside-shift-end" in printed


def test_a_packs_folder_that_cannot_be_read_leaves_the_built_in_pack(tmp_path: Path) -> None:
    unreadable = tmp_path / ("x" * 300)  # too long a name: OSError, as for a folder we may not read
    with pytest.raises(OSError):
        packs.load_content(unreadable)
    assert packs.load_for_output(unreadable).templates == packs.load_builtin().templates
