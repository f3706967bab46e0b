"""The Diary's screenshots can be made (light and dark, at the README's size) from the sample entries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tests.gui.screenshots_diary import NOW, SIZE, fill_vault, grab_screens
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession


def test_diary_screenshots(session: VaultSession, content: ContentPack, tmp_path: Path) -> None:
    entries = fill_vault(session.vault)
    paths = grab_screens(session, content, FakeClock(NOW), tmp_path, entries[-1].id)
    assert [p.name for p in paths] == ["diary-light.png", "diary-search-light.png", "diary-dark.png"]
    light, _, dark = (QImage(str(p)) for p in paths)
    assert (light.width(), light.height()) == SIZE == (dark.width(), dark.height())
    # The dark variant really is dark: its top-left corner is the window background.
    assert dark.pixelColor(5, 5).lightness() < 80 < light.pixelColor(5, 5).lightness()
