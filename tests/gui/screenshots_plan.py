"""Screenshots of the Plan screen, and `main()` to regenerate docs/screenshots/plan-*.png.

Run from the repository root:  .venv/bin/python -m tests.gui.screenshots_plan

The plan is built the way a peer supporter might build it over a winter — a few items at a time, some
reworded, one moved — so the history panel reads like a real one. The review date has just come, so
the calm note shows. No real person's details.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

NOW = datetime(2026, 3, 4, 20, 30, tzinfo=UTC)
STARTED = NOW - timedelta(days=93)
SIZE = (1100, 720)
# (days after STARTED, section, words) — added in this order.
STORY: list[tuple[int, str, str]] = [
    (0, "daily", "A walk at lunch"),
    (0, "daily", "Cooking something proper on a Sunday"),
    (0, "warning-signs", "Snapping at people I love is my early sign"),
    (0, "coping", "Text Priya after a hard shift"),
    (6, "boundaries", "I don't check work messages after 7pm"),
    (6, "warning-signs", "Replaying calls on the bus home"),
    (13, "after-difficult", "Ten minutes outside before I see anyone else"),
    (13, "after-difficult", "Tell my supervisor the same day"),
    (27, "people", "Priya, another peer supporter on my team"),
    (27, "people", "My supervisor, sooner than our session if I need to"),
    (41, "coping", "Five slow breaths before I pick up the next call"),
    (41, "coping", "Headphones and the long way home"),
    (58, "daily", "Phone on charge in the kitchen, not by the bed"),
    (72, "warning-signs", "Groups where someone talks about self-harm can stir up my own past"),
]


def build_plan(view, clock) -> None:  # type: ignore[no-untyped-def]  # PlanView, FakeClock
    """Fill an open Plan screen through its own changes, moving the fake clock along the way."""
    changes = view.changes
    clock._now = STARTED.replace(hour=19, minute=10)
    assert changes.set_review_on(date(2026, 3, 2))
    for days, key, words in STORY:
        clock._now = datetime.combine(
            (STARTED + timedelta(days=days)).date(), time(19, 10 + days % 40), NOW.tzinfo
        )
        assert changes.add_item(key, words)
    clock._now = NOW - timedelta(days=2, hours=3)
    walk = view.section("daily").model.items()[0].id
    assert changes.edit_item(walk, "A walk at lunchtime, even a short one")
    clock._now = NOW - timedelta(hours=1)
    breaths = view.section("coping").model.items()[1].id
    assert changes.move_item(breaths, "coping", 0)
    clock._now = NOW
    view.undo_stack.clear()


def dark_palette():  # type: ignore[no-untyped-def]  # -> QPalette; Qt imported lazily
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#202124"),
        (role.WindowText, "#e8eaed"),
        (role.Base, "#2a2b2e"),
        (role.AlternateBase, "#35363a"),
        (role.Text, "#e8eaed"),
        (role.Button, "#303134"),
        (role.ButtonText, "#e8eaed"),
        (role.Highlight, "#8ab4f8"),
        (role.HighlightedText, "#202124"),
        (role.Link, "#8ab4f8"),
        (role.ToolTipBase, "#303134"),
        (role.ToolTipText, "#e8eaed"),
        (role.PlaceholderText, "#9aa0a6"),
        (role.Mid, "#5f6368"),
        (role.Midlight, "#4a4c50"),
        (role.Dark, "#17181a"),
        (role.Light, "#3c4043"),
    ):
        palette.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor("#80868b"))
    return palette


@contextmanager
def app_palette(dark: bool) -> Iterator[None]:
    """Fusion style and a light or dark palette for the grab; the application's own look afterwards."""
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


def grab_plan(session, content, clock, out: Path, *, fill: bool = True) -> list[Path]:  # type: ignore[no-untyped-def]
    """plan-light.png and plan-dark.png in `out` (plan-empty-light.png too), from an unlocked session."""
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.gui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    shots = [("plan-empty-light", False, False), ("plan-light", False, True), ("plan-dark", True, True)]
    for name, dark, filled in shots:
        with app_palette(dark):
            window = MainWindow(session, content, clock)
            view = window.plan
            window.resize(*SIZE)
            window.show()
            window._show_app()
            window.show_view(window.views.index(view))
            view.vault_opened()
            if filled and fill and not view.section("daily").model.items():
                build_plan(view, clock)
            for key in view.sections:
                view.section(key).item_list.clearSelection()
            for _ in range(6):  # layouts settle over a few turns of the event loop
                QApplication.processEvents()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            saved.append(path)
            window.hide()
            window.deleteLater()
            QApplication.processEvents()
    return saved
