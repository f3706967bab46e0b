"""One figure, reused: fifty redraws of the charts leave no growing trail of Python objects.

(The benchmarks measure the same with tracemalloc, which is too slow for the everyday run.)
"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.mood_samples import NOW, fill_vault
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.mood_view import MoodView

REDRAWS = 50


def test_fifty_redraws_reuse_one_figure_without_growth(
    qtbot: QtBot, session: VaultSession, content: ContentPack
) -> None:
    fill_vault(session.vault)
    view = MoodView(session, content, FakeClock(NOW))
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    figure = view.chart.figure
    tabs = view.ui.chartTabs

    def visit_every_tab_then_the_first() -> None:
        for index in (*range(1, tabs.count()), 0):
            tabs.setCurrentIndex(index)  # a change of tab redraws
            QApplication.processEvents()  # and the chart renders

    visit_every_tab_then_the_first()  # warm caches (fonts, text layout, tick formatters)
    gc.collect()
    objects = len(gc.get_objects())
    artists = [len(a.get_children()) for a in figure.axes]
    drawn = 0
    while drawn < REDRAWS:
        visit_every_tab_then_the_first()
        view.redraw()
        QApplication.processEvents()
        drawn += tabs.count() + 1
    gc.collect()
    assert view.chart.figure is figure
    assert [len(a.get_children()) for a in figure.axes] == artists
    growth = len(gc.get_objects()) - objects
    assert growth < 200, f"{growth} more objects after {drawn} redraws"
