"""Sample diary entries for the Diary screen's screenshots, and `main()` to regenerate docs/screenshots.

Run from the repository root:  .venv/bin/python -m tests.gui.screenshots_diary

Eight entries from a peer supporter's fortnight: a group session, a tense phone call, a good conversation
with a colleague, a tired evening, a debrief after raised voices at the drop-in (open in the editor).
No real person's details.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.domain.rules import new_id
from wellbeing_desktop.vault import Vault

UK = timezone(timedelta(0))
NOW = datetime(2026, 11, 26, 18, 30, tzinfo=UK)
SIZE = (1100, 720)
PASSPHRASE = "a calm walk by the sea"

DEBRIEF = """## What happened
Raised voices at the drop-in this afternoon. A visitor was angry about a letter and shouted at me across \
the table. My colleague came over and we moved somewhere quieter.

## How I reacted
My hands were shaking and my face went hot. I stayed calm on the outside, but afterwards I felt \
close to tears.

## What I did well
I kept my voice low, didn't argue, and asked for help when I needed it. I remembered we can always step away.

## What I need now
A cup of tea, a walk home the long way, and an early night.

## Who I will talk to
I'll talk it through with my supervisor on Monday, and text another peer supporter tonight.
"""

ENTRIES: list[dict[str, Any]] = [
    {
        "days": 9,
        "title": "Tuesday group session",
        "body": "Seven people came to the hope group tonight. Two were new and stayed quiet until the end, "
        "then one of them said it was the first time she'd felt listened to in months. I came home tired "
        "but proud.",
        "tags": ["group", "evening"],
        "emotions": ["tired", "proud"],
        "mood": 7,
    },
    {
        "days": 8,
        "title": "A hard phone call",
        "template": "debrief",
        "body": "## What happened\nA caller told me they had been thinking about ending their life. I stayed "
        "with them and we called the crisis team together.\n\n## How I reacted\nShaky afterwards, and numb "
        "on the bus home.\n\n## What I did well\nI listened and didn't rush.\n\n## What I need now\nRest.\n\n"
        "## Who I will talk to\nMy supervisor, first thing tomorrow.\n",
        "tags": ["phone"],
        "emotions": ["shaken"],
        "for_supervision": True,
        "mood": 4,
    },
    {
        "days": 7,
        "title": "",
        "body": "Slept badly. Kept thinking about yesterday's call. A slow morning, then a walk at lunchtime "
        "helped more than I expected.",
        "emotions": ["tired"],
    },
    {
        "days": 5,
        "title": "Good conversation with a colleague",
        "template": "driscoll",
        "body": "## What?\nLunch with another peer supporter from the team. We swapped stories about the "
        "first year in the role.\n\n## So what?\nIt helped to hear that she found the phone work hard "
        "too.\n\n"
        "## Now what?\nWe'll meet every other Friday.\n",
        "tags": ["team", "peer support"],
        "emotions": ["connected", "hopeful"],
        "mood": 8,
    },
    {
        "days": 4,
        "title": "Training day: listening skills",
        "body": "Role plays all afternoon. I noticed I jump in with solutions when silences go on. Trying "
        "to count to five before speaking.",
        "tags": ["training"],
        "emotions": ["motivated"],
    },
    {
        "days": 2,
        "title": "Tired evening",
        "body": "Long day of back-to-back calls. Nothing went wrong, I'm just empty. Tea, a bath and no "
        "screens after nine.",
        "tags": ["evening"],
        "emotions": ["drained"],
        "mood": 5,
    },
    {
        "days": 1,
        "title": "Quiet day at the drop-in",
        "body": "Only a few visitors. Used the time to tidy the leaflets and update the signposting list.",
        "tags": ["drop-in"],
        "emotions": ["calm"],
    },
    {
        "days": 0,
        "title": "Raised voices at the drop-in",
        "template": "debrief",
        "body": DEBRIEF,
        "tags": ["drop-in", "aggression"],
        "emotions": ["shaken", "relieved"],
        "for_supervision": True,
        "mood": 5,
    },
]


def fill_vault(vault: Vault, now: datetime = NOW) -> list[Entry]:
    """The sample entries, oldest first, ending with today's debrief; written in one transaction."""
    made = []
    for spec in ENTRIES:
        fields = {k: v for k, v in spec.items() if k != "days"}
        at = (now - timedelta(days=spec["days"])).replace(hour=17 if spec["days"] == 0 else 21, minute=40)
        made.append(Entry(id=new_id(), created_at=at, updated_at=at, **fields))
    with vault.transaction():
        for entry in made:
            vault.entries.save(entry)
    return made


def dark_palette():  # type: ignore[no-untyped-def]  # -> QPalette; Qt imported lazily
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#202124"),
        (role.WindowText, "#e8eaed"),
        (role.Base, "#2a2b2e"),
        (role.AlternateBase, "#303134"),
        (role.Text, "#e8eaed"),
        (role.Button, "#303134"),
        (role.ButtonText, "#e8eaed"),
        (role.Highlight, "#8ab4f8"),
        (role.HighlightedText, "#202124"),
        (role.ToolTipBase, "#303134"),
        (role.ToolTipText, "#e8eaed"),
        (role.PlaceholderText, "#9aa0a6"),
        (role.Mid, "#5f6368"),
        (role.Dark, "#17181a"),
        (role.Light, "#3c4043"),
    ):
        palette.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor("#80868b"))
    return palette


@contextmanager
def app_palette(dark: bool) -> Iterator[None]:
    """Fusion style, and a dark palette if asked; the application's own look comes back afterwards."""
    from PySide6.QtWidgets import QApplication, QStyleFactory

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before_style, before_palette = app.style().name(), app.palette()
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    try:
        yield
    finally:
        app.setStyle(QStyleFactory.create(before_style))
        app.setPalette(before_palette)


def grab_screens(session, content, clock, out: Path, open_id: str) -> list[Path]:  # type: ignore[no-untyped-def]
    """diary-light.png, diary-search-light.png and diary-dark.png in `out`: the main window on the Diary,
    `open_id` in the editor."""
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.gui.main_window import MainWindow
    from wellbeing_desktop.gui.views.diary_view import DiaryView

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for dark in (False, True):
        with app_palette(dark):
            window = MainWindow(session, content, clock)
            view = next((v for v in window.views if isinstance(v, DiaryView)), None)
            if view is None:  # until the main window registers the Diary itself
                view = DiaryView(session, content, clock)
                window.add_view(view)
            view.vault_opened()  # the session was unlocked before this window existed
            window.resize(*SIZE)
            window.show()
            window._show_app()
            window.show_view(window.views.index(view))
            view.open_entry(open_id)
            view.editor.ui.bodyEdit.setFocus()
            QApplication.processEvents()
            path = out / f"diary-{'dark' if dark else 'light'}.png"
            window.grab().save(str(path))
            saved.append(path)
            if not dark:  # searching, with the filters open
                view.ui.filtersButton.setChecked(True)
                view.ui.searchEdit.setText("tired")
                view.browser.search_timer.timeout.emit()
                view.ui.entryList.setFocus()
                QApplication.processEvents()
                path = out / "diary-search-light.png"
                window.grab().save(str(path))
                saved.append(path)
            window.hide()
            window.deleteLater()
            QApplication.processEvents()
    return saved
