"""The Mood screen on a real temporary vault: empty state, the charts and their figures, period and theme,
saving a PNG, redrawing only when on show, and clearing on lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.dates import num2date
from matplotlib.figure import Figure
from matplotlib.text import Text
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.mood_samples import COPING, NOW, TODAY, fill_vault, mood_lines
from tests.gui.screenshots import themed as app_theme
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui import theme
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views import mood_export
from wellbeing_desktop.gui.views.mood_view import MoodView
from wellbeing_desktop.services.checkin import CheckInService

OVER_TIME, YEAR, FEELINGS, HELPS = range(4)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def filled(session: VaultSession) -> VaultSession:
    fill_vault(session.vault)
    return session


def make_view(qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock) -> MoodView:
    view = MoodView(session, content, clock)
    qtbot.addWidget(view)
    view.resize(1000, 640)
    return view


@pytest.fixture
def view(qtbot: QtBot, filled: VaultSession, content: ContentPack, clock: FakeClock) -> Iterator[MoodView]:
    view = make_view(qtbot, filled, content, clock)
    view.show()
    yield view


def words_in(figure: Figure) -> list[Text]:
    """Every piece of text on show in the figure (tick labels, title, legend, ...)."""
    found = figure.findobj(lambda a: isinstance(a, Text) and a.get_visible() and bool(a.get_text()))
    return [t for t in found if isinstance(t, Text)]


def x_days(view: MoodView) -> tuple[date, date]:
    left, right = view.chart.figure.axes[0].get_xlim()
    return num2date(left).date(), num2date(right).date()


def test_empty_state_offers_a_check_in(
    qtbot: QtBot, session: VaultSession, content: ContentPack, clock: FakeClock
) -> None:
    view = make_view(qtbot, session, content, clock)
    view.show()
    assert view.ui.moodPages.currentWidget() is view.ui.emptyPage
    assert view.findChild(QLabel, "emptyLabel").text() == (
        "No check-ins yet. When you're ready, tell the app how you're doing — it only takes a moment."
    )
    assert view.findChild(QPushButton, "emptyCheckInButton").isVisible()
    assert view.chart.figure is None, "no chart, so no matplotlib figure yet"


def test_the_chart_holds_a_new_check_in_in_the_same_figure(view: MoodView, filled: VaultSession) -> None:
    figure = view.chart.figure
    before = len(mood_lines(view)["mood"].get_ydata())
    CheckInService(filled.vault, lambda: NOW + timedelta(minutes=5)).check_in(10)
    filled.changed.emit("checkins")
    assert view.chart.figure is figure
    line = mood_lines(view)["mood"]
    assert len(line.get_ydata()) == before + 1
    assert line.get_ydata()[-1] == 10


def test_series_differ_by_line_style_and_marker_not_colour_alone(view: MoodView) -> None:
    view.ui.stressCheck.setChecked(True)
    view.ui.energyCheck.setChecked(True)
    lines = mood_lines(view)
    looks = {gid: (line.get_linestyle(), line.get_marker()) for gid, line in lines.items()}
    assert set(looks) == {"mood", "mood-rolling", "stress", "energy", "entries"}
    assert len(set(looks.values())) == len(looks)
    assert len(lines["entries"].get_xdata()) > 10, "diary days are marked on the time axis"
    view.ui.stressCheck.setChecked(False)
    assert "stress" not in mood_lines(view)


def test_switching_the_period_changes_the_time_axis(view: MoodView) -> None:
    combo = view.findChild(QComboBox, "rangeCombo")
    assert combo.currentText() == "Three months"
    assert x_days(view) == (date(2025, 12, 5), TODAY + timedelta(days=1))
    combo.setCurrentIndex(0)
    assert x_days(view) == (TODAY - timedelta(days=13), TODAY + timedelta(days=1))
    assert view.ui.overTimeTable.item(1, 1).text() != ""
    combo.setCurrentIndex(3)
    first = min(d.day for d in view.figures.all_days)
    assert x_days(view) == (first, TODAY + timedelta(days=1))


def test_figures_beside_the_chart(view: MoodView) -> None:
    table = view.findChild(QTableWidget, "overTimeTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    summary = view.figures.summary
    assert rows["Average mood"] == f"{summary.mean:.1f}"
    assert rows["Over this period"] == summary.trend_words
    assert rows["Days with check-ins"] == str(summary.count_days)


def test_every_tab_draws_into_the_one_figure(view: MoodView) -> None:
    figure = view.chart.figure
    tabs = view.findChild(QTabWidget, "chartTabs")
    tabs.setCurrentIndex(YEAR)
    assert view.chart.figure is figure and view.chart.kind == "year_grid"
    (mesh,) = [c for c in figure.axes[0].collections if c.get_gid() == "year"]
    assert mesh.get_array().count() == len([d for d in view.figures.all_days if d.day.year == 2026])
    assert not view.ui.rangeCombo.isEnabled(), "the year grid has its own year"
    tabs.setCurrentIndex(FEELINGS)
    bars = [p.get_width() for p in figure.axes[0].patches]
    assert bars == [n for _, n in view.figures.feelings] != []
    assert view.ui.feelingsTable.rowCount() == len(bars)
    tabs.setCurrentIndex(HELPS)
    assert view.chart.kind == "helps_bars"
    labels = [t.get_text().replace("\n", " ") for t in figure.axes[0].get_yticklabels()]
    assert labels == [c.text for c in view.figures.helps if c.compared] != []
    assert {p.get_gid() for p in figure.axes[0].patches} == {"helps-used", "helps-other"}


def test_what_helps_is_worded_without_causes(view: MoodView) -> None:
    text = view.findChild(QTextEdit, "helpsText").toPlainText()
    assert "A walk at lunchtime" in text and "averaged" in text
    lowered = text.lower()
    for claim in ("because", "improve", "boost", "makes you", "lifts", "better mood", "works"):
        assert claim not in lowered


def test_the_dark_theme_darkens_the_chart(qtbot: QtBot, view: MoodView) -> None:
    dark = theme.dark_palette()
    base = dark.color(QPalette.ColorRole.Base).name()
    light = to_hex(view.chart.figure.axes[0].get_facecolor())
    with app_theme(dark=True):
        qtbot.waitUntil(lambda: to_hex(view.chart.figure.axes[0].get_facecolor()) == base)
        assert to_hex(view.chart.figure.get_facecolor()) == dark.color(QPalette.ColorRole.Window).name()
        mood = mood_lines(view)["mood"].get_color()
        colours = {to_hex(t.get_color()) for t in words_in(view.chart.figure)}
    assert light != base
    assert mood == "#56B4E9", "the lighter Okabe–Ito blue on a dark background"
    assert colours == {dark.color(QPalette.ColorRole.WindowText).name()}, "every word in the text colour"


def test_a_theme_change_while_hidden_shows_on_the_next_show(qtbot: QtBot, view: MoodView) -> None:
    view.hide()
    with app_theme(dark=True):
        QApplication.processEvents()
        view.show()
        qtbot.waitUntil(lambda: theme.is_dark(view.palette()))
        base = theme.dark_palette().color(QPalette.ColorRole.Base).name()
        assert to_hex(view.chart.figure.axes[0].get_facecolor()) == base


def test_charts_follow_a_larger_text_size(qtbot: QtBot, view: MoodView) -> None:
    def tick_size() -> float:
        return float(view.chart.figure.axes[0].yaxis.get_ticklabels()[0].get_fontsize())

    normal = tick_size()
    with app_theme(dark=False, text_percent=150):
        qtbot.waitUntil(lambda: tick_size() > normal * 1.4)
        figure = view.chart.figure
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()
        inside = figure.bbox.padded(1)
        texts = words_in(figure)
        assert len(texts) > 15
        for text in texts:  # nothing clipped at the edges of the figure
            box = text.get_window_extent(renderer)
            assert inside.contains(box.x0, box.y0) and inside.contains(box.x1, box.y1), text.get_text()


def test_redraws_only_when_on_show(qtbot: QtBot, view: MoodView, filled: VaultSession) -> None:
    drawn: list[str] = []
    real_draw = view.chart.draw
    view.chart.draw = lambda kind, data, theme: (drawn.append(kind), real_draw(kind, data, theme))  # type: ignore[method-assign]
    view.hide()
    CheckInService(filled.vault, lambda: NOW).check_in(2)
    filled.changed.emit("checkins")
    filled.changed.emit("entries")
    assert drawn == []
    view.show()
    assert drawn == ["mood_line"]
    assert mood_lines(view)["mood"].get_ydata()[-1] == 2


def test_save_chart_as_png_says_it_is_not_encrypted_first(
    qtbot: QtBot, view: MoodView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(mood_export, "confirm_unencrypted", lambda parent: asked.append("warned") or False)
    monkeypatch.setattr(mood_export, "choose_png_path", lambda parent, name: asked.append(name) or None)
    button = view.findChild(QPushButton, "saveChartButton")
    button.click()
    assert asked == ["warned"], "declining the warning asks nothing more"

    target = tmp_path / "chart.png"
    monkeypatch.setattr(mood_export, "confirm_unencrypted", lambda parent: asked.append("warned") or True)
    monkeypatch.setattr(mood_export, "choose_png_path", lambda parent, name: asked.append(name) or target)
    button.click()
    assert asked[1:] == ["warned", "mood-mood-line-2026-03-04.png"]
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert b"A walk" not in target.read_bytes()


def visible_texts(root: QWidget) -> list[str]:
    """Every piece of text any widget under `root` holds."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            items = (widget.item(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount()))
            texts += [item.text() for item in items if item is not None]
    return texts


def test_locking_clears_every_figure_and_word(qtbot: QtBot, view: MoodView, filled: VaultSession) -> None:
    view.ui.chartTabs.setCurrentIndex(HELPS)
    before = "\n".join(visible_texts(view))
    assert "A walk at lunchtime" in before and "hopeful" in view.ui.feelingsTable.item(0, 0).text() + before
    figure = view.chart.figure
    with qtbot.waitSignal(filled.locked):
        filled.lock()
    after = "\n".join(visible_texts(view))
    for content in (*COPING, "averaged", "hopeful", "tired", "2026", "Glad I took a break"):
        assert content not in after
    assert view.chart.figure is figure and figure.axes == [] and not figure.texts and not figure.legends
    pixels = np.asarray(figure.canvas.buffer_rgba())
    assert (pixels == pixels[0, 0]).all(), "no picture of the chart left in the renderer's buffer"
    assert view.ui.overTimeTable.rowCount() == view.ui.yearCombo.count() == 0
    assert view.figures is None
