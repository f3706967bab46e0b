"""Peak memory of a CLI search, less the key derivation's deliberate memory, vs a plain sqlite3 script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wellbeing_desktop.vault import database
from wellbeing_desktop.vault.search import to_fts_query

from . import child_plain, report
from .corpus import COMMON_WORD, EVERY_WORD, RARE_WORD
from .stores import PASSPHRASE, Stores

LIMIT = 1.5
RUNS = 3
HERE = Path(__file__).parent


def _run(argv: list[str], stdin: str, tmp: Path) -> tuple[dict[str, Any], str]:
    peak_file = tmp / "peak.json"
    peak_file.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WELLBEING_")}
    result = subprocess.run(
        argv,
        input=stdin,
        capture_output=True,
        text=True,
        env={**env, "BENCH_PEAK_FILE": str(peak_file)},
        cwd=tmp,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{argv[1]} exited {result.returncode}: {result.stderr.strip()}"
    return json.loads(peak_file.read_text()), result.stdout


def _titles(output: str) -> list[str]:
    return [line for line in output.splitlines() if line and not line.startswith(" ")]


@pytest.mark.bench
@pytest.mark.parametrize("word", [COMMON_WORD, RARE_WORD, EVERY_WORD], ids=["common", "rare", "every"])
def test_peak_memory_of_cli_search(built: Stores, word: str, tmp_path: Path) -> None:
    assert child_plain.CACHE_KIB == database.CACHE_KIB
    folder = built.calibrated_folder
    m_kib = built.kdf_params(folder).memory_kib
    cli = [sys.executable, str(HERE / "child_cli.py"), "search", "--vault", str(folder)]
    cli += ["--passphrase-stdin", "--limit", "20", word]
    plain = [sys.executable, str(HERE / "child_plain.py"), str(built.plain_path), to_fts_query(word), "20"]
    ours_kib: list[float] = []
    plain_kib: list[float] = []
    after_kdf_kib: list[float] = []  # ours: the peak once the key derivation's memory is released
    for _ in range(RUNS):
        ours, ours_out = _run(cli, PASSPHRASE + "\n", tmp_path)
        base, plain_out = _run(plain, "", tmp_path)
        assert _titles(ours_out) == _titles(plain_out) != []
        ours_kib.append(ours["peak_kib"] - m_kib)
        plain_kib.append(base["peak_kib"])
        after_kdf_kib.append(ours["hwm_after_kdf_kib"])
    label = f"peak memory: CLI search {word!r} ({built.corpus.expected[word]:,} entries)"
    row = report.compare(
        built.size,
        f"{label}, less KDF m={m_kib // 1024} MiB",
        ours_kib,
        plain_kib,
        LIMIT,
        note=(
            "each child's own VmHWM, median of 3; ours = `python -m wellbeing_desktop search --vault V "
            "--passphrase-stdin --limit 20 WORD` on the calibrated vault; baseline = "
            "tests/benchmarks/child_plain.py"
        ),
        unit="MiB",
        scale=1 / 1024,
    )
    report.compare(
        built.size,
        f"{label}: peak after the key derivation (info)",
        after_kdf_kib,
        plain_kib,
        None,
        note="ours: the high-water mark reset when the key derivation returns, i.e. the peak of opening the "
        "database and searching with every library loaded; beside the baseline's whole peak",
        unit="MiB",
        scale=1 / 1024,
    )
    assert row.passed, row.message()
