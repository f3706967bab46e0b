"""What the desktop app's benchmarks share, on the parent's side: the diary vault, built once a session,
and how to run and read a child process.

The corpus is tests/benchmarks/corpus.py's, imported with the app's own import_document (as stores.py
does). Its size is the largest of BENCH_SIZES (20,000 by default; BENCH_SIZES=200 for a smoke run).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.conftest import SIZES
from tests.benchmarks.corpus import Corpus, generate
from tests.benchmarks.stores import PASSPHRASE, PlainVault, create_plain, import_corpus, plain_connect
from wellbeing_desktop.vault import Vault, kdf

SIZE = max(SIZES)
HERE = Path(__file__).parent
REPORT_PREFIX = "BENCH "  # common.REPORT_PREFIX: the one line a child prints for its parent


@dataclass
class GuiVault:
    """A vault of SIZE entries (its key slot at kdf.MINIMUM: the key derivation is not what is measured)
    and, on first use, a plain sqlite3 copy with the same schema and repository code."""

    size: int
    corpus: Corpus
    root: Path
    folder: Path
    pycache: Path  # the children's compiled modules, as an installed app keeps them
    _plain: PlainVault | None = field(default=None, repr=False)

    @property
    def plain(self) -> PlainVault:
        if self._plain is None:
            path = self.root / "plain.db"
            store = PlainVault(create_plain(path))
            import_corpus(store, self.corpus)
            store.lock()
            self._plain = PlainVault(plain_connect(path))
        return self._plain

    def close(self) -> None:
        if self._plain is not None:
            self._plain.lock()
        shutil.rmtree(self.root, ignore_errors=True)


@functools.cache
def _built(root: Path) -> GuiVault:
    corpus = generate(SIZE)
    folder = root / "vault"
    vault = Vault.create(folder, PASSPHRASE, params=kdf.MINIMUM)
    try:
        import_corpus(vault, corpus)
    finally:
        vault.lock()
    return GuiVault(SIZE, corpus, root, folder, root / "pycache")


def gui_vault(request: pytest.FixtureRequest) -> GuiVault:
    """The session's vault: each test module's fixture calls this; the first call builds it."""
    tmp_path_factory: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
    root = tmp_path_factory.getbasetemp() / f"gui-bench-{SIZE}"
    fresh = not root.exists()
    root.mkdir(exist_ok=True)
    built = _built(root)
    if fresh:
        request.config.add_cleanup(built.close)
    return built


def child_env(tmp: Path, pycache: Path) -> dict[str, str]:
    """Offscreen, no real user data or settings touched, and modules compiled once into `pycache`:
    PYTHONDONTWRITEBYTECODE (if set for the tests) would make every child compile the app from source,
    which an installed app never does."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("WELLBEING_", "QT_")) and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WELLBEING_TESTING="1",
        WELLBEING_HOME=str(tmp / "home"),
        XDG_CONFIG_HOME=str(tmp / "config"),  # QSettings (window geometry) goes here
        PYTHONPYCACHEPREFIX=str(pycache),
    )
    return env


@dataclass
class ChildRun:
    started: float  # time.perf_counter() just before the child was started
    figures: dict[str, Any]

    @property
    def seconds(self) -> float:
        """From starting the child to its report: one monotonic clock for both processes."""
        return float(self.figures["at"]) - self.started


def run_child(script: str, *args: str, env: dict[str, str], timeout: float = 120) -> ChildRun:
    argv = [sys.executable, str(HERE / script), *args]
    started = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=timeout, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith(REPORT_PREFIX)]
    assert result.returncode == 0 and len(lines) == 1, (
        f"{script} exited {result.returncode}\n"
        f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}"
    )
    return ChildRun(started, json.loads(lines[0].removeprefix(REPORT_PREFIX)))
