"""What the windows list: the diary's 100 most recent entries, and every check-in for the mood chart."""

from __future__ import annotations

import pytest

from . import report, timing
from .stores import Stores

LIMIT = 1.3


@pytest.mark.bench
def test_recent_entries(built: Stores) -> None:
    assert built.vault.entries.recent(100) == built.plain.entries.recent(100)
    ours, plain = timing.warm(
        lambda: built.vault.entries.recent(100), lambda: built.plain.entries.recent(100)
    )
    row = report.compare(built.size, "100 most recent entries (warm)", ours, plain, LIMIT)
    assert row.passed, row.message()


@pytest.mark.bench
def test_chart_points(built: Stores) -> None:
    points = built.vault.checkins.chart_points()
    assert len(points) == len(built.corpus.checkins)
    ours, plain = timing.warm(built.vault.checkins.chart_points, built.plain.checkins.chart_points)
    row = report.compare(built.size, f"all {len(points):,} check-ins for a chart (warm)", ours, plain, LIMIT)
    assert row.passed, row.message()
