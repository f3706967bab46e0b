"""kill -9 during an automatic backup: the backups made before it are untouched and still open, and no
half-written backup ever stands under a backup's name.

A child process runs the real backup (services/auto_backup.py, as closing the app does) into a folder
that already holds seven; the parent kills it with SIGKILL at a random moment (timed from a first,
complete backup), then opens every backup on disk before the next round.
"""

from __future__ import annotations

import random
import signal
import textwrap
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.unit.vault.builders import PASSPHRASE, make_checkin, make_entry
from tests.unit.vault.test_crash_safety import child
from wellbeing_desktop.services import auto_backup
from wellbeing_desktop.vault import Vault

ENTRIES = 300
KILLS = 12
FIRST_DAY = datetime(2026, 11, 1, 18, 0)

BACKER = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from pathlib import Path
    from wellbeing_desktop.services import auto_backup
    from wellbeing_desktop.vault import Vault

    vault = Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
    key = vault.data_key_copy()
    vault.lock()
    print("ready", flush=True)
    at = datetime.fromisoformat(sys.argv[3])
    done = auto_backup.back_up_if_due(Path(sys.argv[2]), Path(sys.argv[1]), key, at)
    print(f"done {done is not None}", flush=True)
    """
)

Fingerprint = tuple[frozenset[tuple[str, str]], frozenset[str]]


def _fingerprint(vault: Vault) -> Fingerprint:
    return frozenset((e.id, e.body) for e in vault.entries.all()), frozenset(vault.checkins.ids())


def _backups(folder: Path) -> list[Path]:
    return [path for _, path in auto_backup.automatic_backups(folder)]


def _all_open(folder: Path, expected: Fingerprint) -> list[Path]:
    found = _backups(folder)
    for path in found:
        with Vault.open(path, PASSPHRASE) as backup:
            assert _fingerprint(backup) == expected, path.name
            assert backup.problems() == [], path.name
    return found


@pytest.mark.slow
def test_kill_9_during_a_backup_leaves_the_earlier_backups_intact(tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    print(f"backup kill test seed: {seed}")
    rng = random.Random(seed)
    vault_folder, backups = tmp_path / "vault", tmp_path / "backups"
    backups.mkdir()
    with Vault.create(vault_folder, PASSPHRASE) as vault:
        with vault.transaction():
            for i in range(ENTRIES):
                vault.entries.save(make_entry(body=f"A long day on the ward, number {i}. " * 25))
                if i % 3 == 0:
                    vault.checkins.save(make_checkin(mood=1 + i % 10))
        expected = _fingerprint(vault)
        key = vault.data_key_copy()
    for day in range(auto_backup.KEEP):
        assert auto_backup.back_up_if_due(backups, vault_folder, key, FIRST_DAY + timedelta(days=day))
    assert len(_all_open(backups, expected)) == auto_backup.KEEP

    def run(at: datetime, name: str) -> tuple[float, str]:
        with child(BACKER, str(vault_folder), str(backups), at.isoformat(), stderr_path=tmp_path / name) as c:
            assert c.read_line() == "ready"
            started = time.monotonic()
            line = c.read_line(timeout=60)
            return time.monotonic() - started, line

    took, line = run(FIRST_DAY + timedelta(days=auto_backup.KEEP), "stderr-full.txt")
    assert line == "done True"
    print(f"an automatic backup of {ENTRIES} entries took {took:.3f} s")
    at = FIRST_DAY + timedelta(days=auto_backup.KEEP + 1)
    outcomes: Counter[str] = Counter()
    for kill in range(KILLS):
        before = _backups(backups)
        with child(
            BACKER, str(vault_folder), str(backups), at.isoformat(), stderr_path=tmp_path / f"e{kill}"
        ) as c:
            assert c.read_line() == "ready"
            time.sleep(rng.uniform(0.1, 1.2) * took)
            assert c.kill_and_drain() in (-signal.SIGKILL, 0), c.stderr_text()
        after = _all_open(backups, expected)  # every backup under a backup's name opens and checks
        newest_before = before[-1]
        assert newest_before in after, f"kill {kill}: the newest earlier backup is gone"
        kept = before[-(auto_backup.KEEP - 1) :]  # pruning keeps the newest seven, the new one among them
        assert set(kept) <= set(after), f"kill {kill}: one of the newest earlier backups went"
        outcomes["written" if set(after) - set(before) else "not written"] += 1
        at += timedelta(days=1)
    left = sorted(p.name for p in backups.iterdir())
    print(f"after {KILLS} kills: {dict(outcomes)}; left in the folder: {left}")
    assert outcomes["not written"], "no kill landed before a backup was finished; the timing is off"
    assert len(_backups(backups)) >= auto_backup.KEEP
    # The next backup that runs to its end clears what the cut-short ones left, and keeps seven.
    assert run(at, "stderr-last.txt")[1] == "done True"
    assert len(_all_open(backups, expected)) == auto_backup.KEEP
    assert not [p.name for p in backups.iterdir() if ".partial-" in p.name]
