"""Resident memory after unlocking, on the Diary screen and before any chart, against a bare window
holding the same list.

Ours (gui_children/unlocked_app.py): `wellbeing_desktop.app.main --vault V`, the passphrase typed into the
unlock screen, Unlock pressed, View ▸ Diary, and the diary list painted; then VmRSS, the memory resident
now. The key derivation's memory was released when it returned: it shows in the peak (VmHWM, reported
for information), not in VmRSS. The baseline (gui_children/bare_list.py): a bare PySide6 QMainWindow with
a QListView over a QStringListModel of the very rows our list held (date, title, first line, tags), at
the same window size. Interleaved rounds, medians.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import report, timing
from .gui_children import fixtures
from .gui_children.fixtures import GuiVault
from .stores import PASSPHRASE

LIMIT = 1.3
ROUNDS = 5
KIB = 1 / 1024  # report.compare's scale: KiB to MiB


@pytest.fixture(scope="session")
def gui_vault(request: pytest.FixtureRequest) -> GuiVault:
    return fixtures.gui_vault(request)


@pytest.mark.bench
def test_resident_memory_after_unlock(gui_vault: GuiVault, tmp_path: Path) -> None:
    env = fixtures.child_env(tmp_path, gui_vault.pycache)
    rows_json = tmp_path / "rows.json"
    ours_runs: list[fixtures.ChildRun] = []
    bare_runs: list[fixtures.ChildRun] = []

    def ours() -> float:
        run = fixtures.run_child(
            "unlocked_app.py", str(gui_vault.folder), PASSPHRASE, str(rows_json), env=env
        )
        assert run.figures["diary_shown"] and run.figures["rows"] > 0, run.figures
        assert "matplotlib" not in run.figures["modules"], "matplotlib imported before any chart was shown"
        ours_runs.append(run)
        return float(run.figures["rss_kib"])

    def bare() -> float:
        if not rows_json.exists():
            ours()  # the baseline holds the rows our list held
        size = (str(ours_runs[-1].figures["width"]), str(ours_runs[-1].figures["height"]))
        run = fixtures.run_child("bare_list.py", str(rows_json), *size, env=env)
        assert run.figures["rows"] == ours_runs[-1].figures["rows"]
        bare_runs.append(run)
        return float(run.figures["rss_kib"])

    ours_kib, bare_kib = timing.cold(ours, bare, repeats=ROUNDS)
    rows = ours_runs[-1].figures["rows"]
    report.record(
        report.Row(
            size=gui_vault.size,
            metric="matplotlib imported after unlock, Diary shown",
            unit="",
            ours=0.0,
            baseline=None,
            target="not imported",
            passed=True,  # asserted in every run above
            note="sys.modules in the child once the diary list has painted",
        )
    )
    row = report.compare(
        gui_vault.size,
        f"resident memory after unlock, Diary list shown ({rows} rows loaded)",
        ours_kib,
        bare_kib,
        LIMIT,
        unit="MiB",
        scale=KIB,
        note=(
            "VmRSS once the list has painted, key derivation done and released (vault key slot at "
            "kdf.MINIMUM, 19 MiB). Ours: wellbeing_desktop.app.main, unlocked through the unlock screen, "
            "View ▸ Diary (gui_children/unlocked_app.py); baseline: QMainWindow + QListView over a "
            "QStringListModel of the same rows (gui_children/bare_list.py). "
            f"Median of {ROUNDS} interleaved rounds"
        ),
    )
    report.compare(
        gui_vault.size,
        "memory after unlock: peak, key derivation included (VmHWM; info)",
        [float(r.figures["hwm_kib"]) for r in ours_runs[-ROUNDS:]],
        [float(r.figures["hwm_kib"]) for r in bare_runs[-ROUNDS:]],
        None,
        unit="MiB",
        scale=KIB,
    )
    sqlite_mib = report.median([float(r.figures["sqlite_kib"]) for r in ours_runs[-ROUNDS:]]) / 1024
    report.record(
        report.Row(
            size=gui_vault.size,
            metric="memory after unlock: of which SQLite holds (page cache; info)",
            unit="MiB",
            ours=sqlite_mib,
            baseline=None,
            target="—",
            passed=None,
            note="sqlite3_memory_used() of the SQLCipher build in the same children, at the same moment",
        )
    )
    assert row.passed, row.message()
