"""Kill -9 at a random moment: every acknowledged commit survives, an unfinished transaction leaves no trace,
and both integrity checks pass afterwards.

A child Python process writes through the real vault; it prints an id only after the commit has returned
("acknowledged"). The parent kills it with SIGKILL and reopens the vault.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.unit.vault.builders import PASSPHRASE
from wellbeing_desktop.vault import Vault

REPO = Path(__file__).resolve().parents[3]
IMPORT_SIZE = 2000
NAMESPACE = uuid.UUID("6f1d8a52-3c0e-4b7e-9a55-1f2e3d4c5b6a")

CHECKIN_WRITER = textwrap.dedent(
    """
    import sys, uuid
    from datetime import UTC, datetime
    from pathlib import Path
    from wellbeing_desktop.domain import CheckIn
    from wellbeing_desktop.vault import Vault

    vault = Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
    print("ready", flush=True)
    for i in range(1_000_000):
        checkin = CheckIn(str(uuid.uuid4()), datetime.now(UTC), mood=1 + i % 10, emotions=["calm"],
                          note="a note that takes some room " * (i % 7))
        with vault.transaction():
            vault.checkins.save(checkin)
        sys.stdout.write(checkin.id + "\\n")  # acknowledged: the commit has returned
        sys.stdout.flush()
    """
)

IMPORTER = textwrap.dedent(
    """
    import sys, uuid
    from datetime import UTC, datetime
    from pathlib import Path
    from wellbeing_desktop.domain import Entry
    from wellbeing_desktop.vault import Vault

    folder, size, namespace = Path(sys.argv[1]), int(sys.argv[2]), uuid.UUID(sys.argv[3])
    cache_pages, pause_halfway = sys.argv[4], sys.argv[5] == "pause"
    vault = Vault.open(folder, sys.stdin.readline().rstrip("\\n"))
    if cache_pages != "default":
        vault.connection.execute(f"PRAGMA cache_size = {int(cache_pages)}")  # spill pages to the WAL early
    now = datetime.now(UTC)
    with vault.transaction():
        print("started", flush=True)
        for i in range(size):
            entry_id = str(uuid.uuid5(namespace, str(i)))
            vault.entries.save(Entry(entry_id, now, now, f"Imported {i}", f"imported words number {i} " * 30,
                                     tags=["imported"], emotions=["calm"]))
            if i == size // 2:
                print("halfway", flush=True)
                if pause_halfway:
                    sys.stdin.readline()  # hold the transaction open until the parent kills us
    print("done", flush=True)
    """
)


class Child:
    """A child process whose stdout is read line by line with a timeout (never hangs the test run)."""

    def __init__(self, script: str, *args: str, stderr_path: Path) -> None:
        env = dict(os.environ, WELLBEING_KDF="minimum", PYTHONPATH=str(REPO))
        self._stderr = stderr_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
            cwd=REPO,
            bufsize=0,
        )
        self.stderr_path = stderr_path
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(PASSPHRASE.encode() + b"\n")  # stdin stays open: a child may wait on it
        self._fd = self.proc.stdout.fileno()
        self._pending = b""
        self.lines: list[str] = []  # every complete line read so far

    def read_line(self, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._pending:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"child said nothing for {timeout} s; stderr: {self.stderr_text()}")
            ready, _, _ = select.select([self._fd], [], [], left)
            if ready:
                chunk = os.read(self._fd, 65536)
                if not chunk:
                    raise AssertionError(
                        f"child ended early ({self.proc.wait()}); stderr: {self.stderr_text()}"
                    )
                self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        self.lines.append(line.decode())
        return self.lines[-1]

    def kill_and_drain(self) -> int:
        """SIGKILL, then collect every complete line written before death; returns the exit status."""
        self.proc.send_signal(signal.SIGKILL)
        rest = self.proc.stdout.read() if self.proc.stdout else b""  # type: ignore[union-attr]
        data = self._pending + (rest or b"")
        complete, _, _partial = data.rpartition(b"\n")
        if complete:
            self.lines += complete.decode().split("\n")
        self._pending = b""
        return self.proc.wait(timeout=10)

    def stderr_text(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(errors="replace")[-2000:]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe:
                pipe.close()
        self._stderr.close()


@contextmanager
def child(script: str, *args: str, stderr_path: Path) -> Iterator[Child]:
    running = Child(script, *args, stderr_path=stderr_path)
    try:
        yield running
    finally:
        running.close()


@pytest.fixture
def rng() -> random.Random:
    seed = int(os.environ.get("WELLBEING_CRASH_SEED", random.randrange(2**32)))
    print(f"crash test seed: WELLBEING_CRASH_SEED={seed}")
    return random.Random(seed)


@pytest.mark.slow
def test_kill_9_loop_never_loses_an_acknowledged_checkin(
    vault: Vault, tmp_path: Path, rng: random.Random
) -> None:
    folder = vault.folder
    vault.lock()
    acknowledged: set[str] = set()
    iterations = 30
    started = time.monotonic()

    for iteration in range(iterations):
        with child(CHECKIN_WRITER, str(folder), stderr_path=tmp_path / f"stderr-{iteration}.txt") as writer:
            assert writer.read_line() == "ready"
            for _ in range(rng.randint(1, 25)):
                writer.read_line()
            time.sleep(rng.uniform(0, 0.005))
            status = writer.kill_and_drain()
            assert status == -signal.SIGKILL, f"child did not die by SIGKILL: {writer.stderr_text()}"
            ids = [line for line in writer.lines[1:] if line]
            assert ids, "nothing was acknowledged"
            acknowledged.update(ids)

        with Vault.open(folder, PASSPHRASE) as reopened:
            present = reopened.checkins.ids()
            missing = acknowledged - present
            assert not missing, f"iteration {iteration}: {len(missing)} acknowledged check-ins lost"
            assert reopened.problems() == [], f"iteration {iteration}"
            # Each check-in is whole: its feeling word came with it in the same transaction.
            orphans = reopened.connection.execute(
                "SELECT count(*) FROM checkins WHERE n NOT IN (SELECT checkin_n FROM checkin_emotions)"
            ).fetchone()[0]
            assert orphans == 0

    assert time.monotonic() - started < 60


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kill_after", "cache_pages"),
    [
        ("random", "default"),
        ("random", "default"),
        ("random", "20"),
        ("random", "20"),
        ("halfway", "default"),
        ("halfway", "20"),
    ],
)
def test_kill_during_one_big_import_leaves_all_or_nothing(
    tmp_path: Path, rng: random.Random, kill_after: str, cache_pages: str
) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE).lock()
    expected = {str(uuid.uuid5(NAMESPACE, str(i))) for i in range(IMPORT_SIZE)}

    pause = "pause" if kill_after == "halfway" else "run"
    args = (str(folder), str(IMPORT_SIZE), str(NAMESPACE), cache_pages, pause)
    with child(IMPORTER, *args, stderr_path=tmp_path / "stderr.txt") as importer:
        assert importer.read_line() == "started"
        if kill_after == "halfway":
            # The child now waits inside its open transaction: the kill certainly lands before COMMIT.
            assert importer.read_line() == "halfway"
            if cache_pages != "default":
                wal = folder / "vault.db-wal"
                assert wal.stat().st_size > 100_000, (
                    "uncommitted pages were meant to be in the WAL when killed"
                )
        else:
            time.sleep(rng.uniform(0, 0.15))  # a random moment: before, during or after COMMIT
        assert importer.kill_and_drain() == -signal.SIGKILL or "done" in importer.lines
        said_done = "done" in importer.lines

    with Vault.open(folder, PASSPHRASE) as reopened:
        ids = {entry.id for entry in reopened.entries.all()}
        assert reopened.problems() == []
        if said_done:
            assert ids == expected
        else:
            assert ids in (set(), expected), f"partial import: {len(ids)} of {IMPORT_SIZE}"
        assert reopened.entries.count() in (0, IMPORT_SIZE)
        hits = len(reopened.search("imported", limit=IMPORT_SIZE + 1))
        assert hits == len(ids), "the search index must match the table"
        if kill_after == "halfway":
            assert ids == set(), "killed inside the transaction, before COMMIT: nothing may be kept"
        print(f"import killed after {kill_after!r}: kept {len(ids)} of {IMPORT_SIZE}")
