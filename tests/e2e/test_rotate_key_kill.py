"""kill -9 during `wellbeing-desktop rotate-key`: afterwards exactly one data key works, the vault opens
with the passphrase, and every entry and check-in is there with both integrity checks passing.

A child process runs the real command line; the parent kills it with SIGKILL at a random moment of the
rotation (timed from a first, complete rotation), then looks at what is on disk before opening it.
"""

from __future__ import annotations

import random
import signal
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.unit.vault.builders import PASSPHRASE, make_checkin, make_entry
from tests.unit.vault.test_crash_safety import child
from wellbeing_desktop.errors import VaultDamaged
from wellbeing_desktop.vault import Vault, keyfile, rotate
from wellbeing_desktop.vault.files import DB_NAME, KEYS_NAME
from wellbeing_desktop.vault.recovery_key import parse_key

ENTRIES = 300
KILLS = 20

ROTATOR = textwrap.dedent(
    """
    import sys
    from wellbeing_desktop import cli
    from wellbeing_desktop.vault import database, rotate, vault  # loaded first: the kill lands in the work
    import cryptography.hazmat.primitives.ciphers.aead
    database.driver()
    print("ready", flush=True)
    code = cli.main(["rotate-key", "--vault", sys.argv[1], "--passphrase-stdin"])
    print(f"exit {code}", flush=True)
    """
)

Fingerprint = tuple[frozenset[tuple[str, str, str]], frozenset[str]]


def _fingerprint(vault: Vault) -> Fingerprint:
    entries = frozenset((e.id, e.title, e.body) for e in vault.entries.all())
    return entries, frozenset(vault.checkins.ids())


def _make_vault(folder: Path) -> tuple[Fingerprint, str]:
    with Vault.create(folder, PASSPHRASE) as vault:
        with vault.transaction():
            for i in range(ENTRIES):
                vault.entries.save(
                    make_entry(title=f"Shift {i}", body=f"A long day on the ward, number {i}. " * 25)
                )
                if i % 3 == 0:
                    vault.checkins.save(make_checkin(mood=1 + i % 10))
        recovery = vault.create_recovery_key()
        return _fingerprint(vault), recovery


def _keys_in(key_file: keyfile.KeyFile, recovery: str) -> dict[str, set[bytes]]:
    """Every data key each kind of slot holds, unwrapped with the passphrase or the recovery key."""
    found: dict[str, set[bytes]] = {}
    for slot in key_file.slots:
        secret = parse_key(recovery) if slot.kind == "recovery" else keyfile.normalise_passphrase(PASSPHRASE)
        opened = keyfile.open_slot(key_file, slot, secret)
        assert opened is not None, f"a {slot.kind} slot does not open with its secret"
        found.setdefault(slot.kind, set()).add(bytes(opened[0]))
    return found


def _rotate_fully(folder: Path, tmp_path: Path) -> float:
    with child(ROTATOR, str(folder), stderr_path=tmp_path / "stderr-full.txt") as rotator:
        assert rotator.read_line() == "ready"
        started = time.monotonic()
        while not (line := rotator.read_line(timeout=60)).startswith("exit"):
            pass  # the command's own sentences
        took = time.monotonic() - started
        assert line == "exit 0", rotator.stderr_text()
    return took


@pytest.mark.slow
def test_kill_9_during_rotation_leaves_exactly_one_working_key(tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    print(f"rotation kill test seed: {seed}")
    rng = random.Random(seed)
    folder = tmp_path / "vault"
    expected, recovery = _make_vault(folder)
    took = _rotate_fully(folder, tmp_path)  # also: a whole rotation through the command line works
    print(f"rotate-key of {ENTRIES} entries took {took:.3f} s after start-up")
    with Vault.open(folder, PASSPHRASE) as vault:
        assert _fingerprint(vault) == expected
        recovery = vault.create_recovery_key()  # rotation removed it; the kills below start with one again
        current = bytes(vault.data_key_copy())

    outcomes: Counter[str] = Counter()
    for kill in range(KILLS):
        with child(ROTATOR, str(folder), stderr_path=tmp_path / f"stderr-{kill}.txt") as rotator:
            assert rotator.read_line() == "ready"
            time.sleep(rng.uniform(0.4, 1.3) * took)  # the key work comes after two key derivations
            status = rotator.kill_and_drain()
            assert status in (-signal.SIGKILL, 0), rotator.stderr_text()

        # What a kill left on disk, before anything opens it: whatever the key file holds, exactly one
        # of the data keys in it opens vault.db.
        on_disk = keyfile.read(folder / KEYS_NAME)
        pending = on_disk.pending_rotation is not None
        held = _keys_in(on_disk, recovery)
        candidates = set().union(*held.values())
        working = [key for key in candidates if rotate.opens(folder / DB_NAME, key)]
        assert len(working) == 1, f"kill {kill}: {len(working)} of {len(candidates)} keys open vault.db"
        (key,) = working
        assert held["passphrase"] | held.get(keyfile.ROTATION, set()) >= {key}

        with Vault.open(folder, PASSPHRASE) as vault:
            assert bytes(vault.data_key_copy()) == key
            assert _fingerprint(vault) == expected, f"kill {kill}: data differ"
            assert vault.problems() == [], f"kill {kill}"
        settled = keyfile.read(folder / KEYS_NAME)
        assert settled.pending_rotation is None
        assert all(keys == {key} for keys in _keys_in(settled, recovery).values())
        rotated = key != current
        if rotated:
            with pytest.raises(VaultDamaged):
                Vault.open_with_key(folder, current)
            assert "recovery" not in held or pending, "a finished rotation leaves no recovery slot"
            with Vault.open(folder, PASSPHRASE) as vault:
                recovery = vault.create_recovery_key()
        else:
            Vault.open_with_recovery_key(folder, recovery).lock()
        outcomes[
            f"{'rotated' if rotated else 'kept the old key'}{', finished on opening' if pending else ''}"
        ] += 1
        current = key

    print(f"after {KILLS} kills: {dict(outcomes)}")
    assert len(outcomes) >= 2, f"every kill landed in the same phase ({outcomes}); the timing is off"
