"""The Mood screen's charts: the first chart against a bare matplotlib script, and fifty redraws.

First chart: each side runs in a fresh interpreter (matplotlib not yet imported) and times itself from
"show the chart" to the first finished Agg render. Ours: the Mood screen of an unlocked window reads the
vault, imports matplotlib, builds and styles the figure and renders it into its Qt widget. The baseline: a
bare script importing matplotlib and drawing the same points (the check-ins, the 7-day average and the
diary ticks our chart drew, read back from its Line2D objects) with FigureCanvasAgg at the same figure size
and dpi. Interleaved rounds (timing.cold), medians.
"""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.mood_samples import NOW, fill_vault
from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.mood_view import MoodView
from wellbeing_desktop.vault import Vault, kdf

from . import report, timing

LIMIT = 1.2
DAYS = 365
PASSPHRASE = "a benchmark passphrase"
VIEW_SIZE = (1000, 640)
REDRAWS = 50
GROWTH_LIMIT_KIB = 256

OURS = r"""
import json, sys, time
from datetime import datetime
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

folder, passphrase, now, out, width, height = sys.argv[1:7]
app = QApplication(sys.argv[:1])
from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.gui.views.mood_view import MoodView

session = VaultSession(Path(folder))
waiting = QEventLoop()
session.unlocked.connect(waiting.quit)
session.unlock(passphrase)
waiting.exec()
view = MoodView(session, load_builtin(), FakeClock(datetime.fromisoformat(now)))
view.resize(int(width), int(height))
before = "matplotlib" in sys.modules
rendered = []
start = time.perf_counter()
view.show()  # reads the figures, imports matplotlib, draws; the render follows on the event loop
view.chart.figure.canvas.mpl_connect("draw_event", lambda event: rendered.append(time.perf_counter()))
while not rendered:
    app.processEvents()
seconds = rendered[0] - start
from matplotlib.dates import num2date
figure = view.chart.figure
lines = {line.get_gid(): line for line in figure.axes[0].get_lines()}

def xy(gid):  # the same moments as datetimes: what a bare script would plot
    line = lines[gid]
    moments = [num2date(x).replace(tzinfo=None).isoformat() for x in line.get_xdata()]
    return moments, [float(y) for y in line.get_ydata()]

json.dump({
    "seconds": seconds,
    "matplotlib_before_show": before,
    "size": [float(v) for v in figure.get_size_inches()],
    "dpi": float(figure.dpi),
    "mood": xy("mood"),
    "rolling": xy("mood-rolling"),
    "entries": xy("entries"),
    "series": ["mood", "rolling", "entries"],
}, open(out, "w"))
session.lock()
"""

BARE = r"""
import json, sys, time
from datetime import datetime

data = json.load(open(sys.argv[1]))
series = {k: ([datetime.fromisoformat(x) for x in data[k][0]], data[k][1]) for k in data["series"]}
start = time.perf_counter()
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

figure = Figure(figsize=data["size"], dpi=data["dpi"])
canvas = FigureCanvasAgg(figure)
axes = figure.add_subplot()
axes.plot(*series["mood"], "o")
axes.plot(*series["rolling"], "-")
axes.plot(series["entries"][0], [0.5] * len(series["entries"][0]), "|")
canvas.draw()
print(json.dumps({"seconds": time.perf_counter() - start}))
"""


@pytest.fixture(scope="module")
def chart_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    folder = tmp_path_factory.mktemp("charts") / "vault"
    vault = Vault.create(folder, PASSPHRASE, params=kdf.MINIMUM)
    try:
        fill_vault(vault, days=DAYS)
        count = vault.checkins.count()
    finally:
        vault.lock()
    yield folder, count


def _child(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300, check=False, env=env
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.bench
def test_first_chart(chart_vault: tuple[Path, int], tmp_path: Path) -> None:
    folder, count = chart_vault
    drawn = tmp_path / "ours.json"
    args = (str(folder), PASSPHRASE, NOW.isoformat(), str(drawn), *map(str, VIEW_SIZE))
    firsts: list[dict[str, Any]] = []

    def ours() -> float:
        _child(OURS, *args)
        firsts.append(json.loads(drawn.read_text()))
        return float(firsts[-1]["seconds"])

    def bare() -> float:
        if not drawn.exists():
            ours()  # the baseline draws what our chart drew
        result = _child(BARE, str(drawn))
        return float(json.loads(result.stdout)["seconds"])

    ours_s, bare_s = timing.cold(ours, bare)
    points = firsts[-1]
    assert not any(f["matplotlib_before_show"] for f in firsts)
    width, height = (round(v * points["dpi"]) for v in points["size"])
    report.record(
        report.Row(
            size=count,
            metric="matplotlib imported before the first chart is shown",
            unit="",
            ours=0.0,
            baseline=None,
            target="not imported",
            passed=True,
            note="checked in every run of the first-chart benchmark (sys.modules just before view.show())",
        )
    )
    row = report.compare(
        count,
        f"first chart: Mood screen, 3 months ({len(points['mood'][1])} check-ins), {width}×{height} px",
        ours_s,
        bare_s,
        LIMIT,
        note=(
            "size = check-ins in the vault. Ours: view.show() to the first Agg render, in a fresh unlocked "
            "app (vault read, matplotlib import, styled chart). Baseline: a bare script importing "
            "matplotlib and drawing the same points with FigureCanvasAgg at the same size and dpi"
        ),
    )
    assert row.passed, row.message()


def _rss_kib() -> int:
    status = Path("/proc/self/status").read_text()
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


@pytest.mark.bench
def test_fifty_redraws(qtbot: QtBot, chart_vault: tuple[Path, int]) -> None:
    folder, count = chart_vault
    session = VaultSession(folder)
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.unlock(PASSPHRASE)
    try:
        view = MoodView(session, load_builtin(), FakeClock(NOW))
        qtbot.addWidget(view)
        view.resize(*VIEW_SIZE)
        view.show()
        tabs = view.ui.chartTabs

        def redraw(i: int) -> None:
            tabs.setCurrentIndex(i % tabs.count())  # each change of tab draws another chart
            QApplication.processEvents()  # and renders it

        for i in range(tabs.count() * 2):
            redraw(i)
        figure = view.chart.figure

        def measure() -> tuple[int, int]:
            redraw(0)  # back to the chart that was on show: the live figure is the same at each measure
            gc.collect()
            return tracemalloc.get_traced_memory()[0], _rss_kib()

        # Resident size first, without tracemalloc (whose own records would count as growth).
        for i in range(tabs.count()):
            redraw(i)
        _, rss_before = measure()
        for i in range(REDRAWS):
            redraw(i)
        _, rss_after = measure()
        # Then Python allocations, from a point where one chart's live artists were already made under
        # tracemalloc: objects made before tracing started are not counted when they are freed.
        tracemalloc.start()
        try:
            for i in range(tabs.count()):
                redraw(i)
            before, _ = measure()
            for i in range(REDRAWS):
                redraw(i)
            after, _ = measure()
        finally:
            tracemalloc.stop()
        assert view.chart.figure is figure, "one figure, reused"
    finally:
        session.lock()
    growth = (after - before) / 1024
    row = report.record(
        report.Row(
            size=count,
            metric=f"memory growth over {REDRAWS} chart redraws (tracemalloc)",
            unit="KiB",
            ours=growth,
            baseline=None,
            target=f"≤ {GROWTH_LIMIT_KIB} KiB",
            passed=growth <= GROWTH_LIMIT_KIB,
            note="all four charts in turn, each rendered, after a first round to warm matplotlib's caches",
        )
    )
    report.record(
        report.Row(
            size=count,
            metric=f"resident size change over {REDRAWS} chart redraws (VmRSS; info)",
            unit="KiB",
            ours=float(rss_after - rss_before),
            baseline=None,
            target="—",
            passed=None,
            note="the process's VmRSS before and after, without tracemalloc; allocator pages may stay mapped",
        )
    )
    assert row.passed, row.message()
