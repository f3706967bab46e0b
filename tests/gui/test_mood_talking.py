"""'What helps' on the Mood screen includes talking with someone, from the figures themselves (no wrapper
in the view), and the chart's title fits strategies and talking alike without saying either causes a mood."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from matplotlib.text import Text
from PySide6.QtWidgets import QTabWidget, QTextEdit
from pytestqt.qtbot import QtBot

from tests.gui.mood_samples import NOW, TODAY
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.domain import CheckIn
from wellbeing_desktop.domain.rules import new_id
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.mood_figures import load_figures
from wellbeing_desktop.gui.views.mood_view import MoodView
from wellbeing_desktop.services.mood_helps import TALKING_ID, TALKING_TEXT
from wellbeing_desktop.services.mood_stats import Range

HELPS = 3


def _check_ins(session: VaultSession) -> None:
    """Ten days; talked with someone on the even ones."""
    with session.vault.transaction():
        for offset in range(10):
            day = TODAY - timedelta(days=offset)
            session.vault.checkins.save(
                CheckIn(
                    id=new_id(),
                    at=datetime.combine(day, time(18, 0), tzinfo=NOW.tzinfo),
                    mood=7 if offset % 2 == 0 else 5,
                    talked_with_someone=offset % 2 == 0,
                )
            )


def test_the_figures_hold_talking_with_someone(session: VaultSession) -> None:
    _check_ins(session)
    figures = load_figures(session.vault, Range.THREE_MONTHS, TODAY)
    [talking] = figures.helps
    assert (talking.item_id, talking.text) == (TALKING_ID, TALKING_TEXT)
    assert (talking.days_used, talking.mean_on_days_used, talking.mean_on_other_days) == (5, 7.0, 5.0)


def test_the_helps_chart_shows_talking_under_a_title_that_fits_it(
    qtbot: QtBot, session: VaultSession, content: ContentPack
) -> None:
    _check_ins(session)
    view = MoodView(session, content, FakeClock(NOW))
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    view.findChild(QTabWidget, "chartTabs").setCurrentIndex(HELPS)
    axes = view.chart.figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == [TALKING_TEXT]
    shown = [t.get_text() for t in view.chart.figure.findobj(Text) if isinstance(t, Text)]
    [title] = [t for t in shown if t.startswith("Average mood:")]
    assert "talked with someone" in title and "strategy" in title
    text = view.findChild(QTextEdit, "helpsText").toPlainText()
    assert "talked with someone" in text
    for claim in ("because", "improve", "boost", "helps you", "lifts", "better mood", "works"):
        assert claim not in f"{title} {text}".lower()
