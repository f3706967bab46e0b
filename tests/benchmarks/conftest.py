"""Benchmarks (make bench): one vault and one plain sqlite3 baseline per corpus size, built once a session.

BENCH_SIZES="200" (comma-separated) overrides the sizes for a quick smoke run; BENCH_IMPORT_REPEATS sets how
many times each store is imported (default 5). Results: the terminal summary and bench-results/.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

from . import report, stores

DEFAULT_SIZES = (3650, 20000)


def _sizes() -> list[int]:
    raw = os.environ.get("BENCH_SIZES", "").strip()
    return [int(s) for s in raw.replace(" ", "").split(",") if s] if raw else list(DEFAULT_SIZES)


SIZES = _sizes()
IMPORT_REPEATS = int(os.environ.get("BENCH_IMPORT_REPEATS", "5"))


@pytest.fixture(scope="session", params=SIZES, ids=[f"{n}-entries" for n in SIZES])
def built(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[stores.Stores]:
    size: int = request.param
    root = tmp_path_factory.mktemp(f"bench-{size}")
    built = stores.build(size, root, IMPORT_REPEATS)
    report.CORPORA[size] = stores.counts(built)
    try:
        yield built
    finally:
        built.close()
        shutil.rmtree(root, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not report.ROWS:
        return
    terminalreporter.section("benchmarks: medians, ours vs a baseline measured in the same run")
    rows = report.ordered(report.ROWS)
    terminalreporter.write_line(report.text_table(rows))
    for line in report.notes(rows):
        terminalreporter.write_line(f"note: {line}")
    terminalreporter.write_line(
        f"written to {terminalreporter.config.rootpath / 'bench-results'}/results.{{json,md}}"
    )


def pytest_sessionfinish(session: pytest.Session) -> None:
    # Runs before the terminal summary, so the summary can say where the files are.
    report.write(session.config.rootpath)
