"""Size of the built bundle, and its time to the unlock window against `python -m wellbeing_desktop`.

usage: python packaging/measure_startup.py [--bundle dist/wellbeing-desktop] [--rounds 9]

Both sides start the same way (`--vault V`, offscreen, a throwaway WELLBEING_HOME) with
WELLBEING_STARTUP_PROBE=1, which prints the moment the main window is first painted and leaves
(gui/startup_probe.py). Time is from just before the process starts to that moment, on one monotonic
clock. One warm-up run each, then interleaved rounds (the order swaps each round); medians.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "FIRST_PAINT "
PASSPHRASE = "a quiet walk by the river"  # noqa: S105 - a throwaway vault


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def first_paint(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith(PREFIX)]
    if done.returncode != 0 or len(lines) != 1:
        raise RuntimeError(f"{command[0]} exited {done.returncode}: {done.stderr[-1500:]}")
    return float(lines[0].removeprefix(PREFIX)) - started


def measure(bundle: Path, rounds: int) -> dict[str, float]:
    executable = bundle / ("wellbeing-desktop.exe" if os.name == "nt" else "wellbeing-desktop")
    home = Path(tempfile.mkdtemp(prefix="wellbeing-startup-"))
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("WELLBEING_", "QT_"))}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            WELLBEING_HOME=str(home / "home"),
            XDG_CONFIG_HOME=str(home / "config"),
            WELLBEING_KDF="minimum",
        )
        vault = home / "vault"
        subprocess.run(
            [sys.executable, "-m", "wellbeing_desktop", "init", "--vault", str(vault), "--passphrase-stdin"],
            input=PASSPHRASE + "\n",
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        env["WELLBEING_STARTUP_PROBE"] = "1"
        sides = {
            "bundle": [str(executable), "--vault", str(vault)],
            "source": [sys.executable, "-m", "wellbeing_desktop", "--vault", str(vault)],
        }
        samples: dict[str, list[float]] = {name: [] for name in sides}
        for command in sides.values():  # warm-up: the page cache and compiled modules
            first_paint(command, env)
        for round_number in range(rounds):
            names = list(sides) if round_number % 2 == 0 else list(reversed(sides))
            for name in names:
                samples[name].append(first_paint(sides[name], env))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    return {**medians, "ratio": medians["bundle"] / medians["source"], "size": folder_size(bundle)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "wellbeing-desktop")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    figures = measure(args.bundle, args.rounds)
    print(f"bundle size: {figures['size'] / 1e6:.0f} MB ({figures['size'] / 2**20:.0f} MiB)")
    print(
        f"to the unlock window (median of {args.rounds}): bundle {figures['bundle'] * 1000:.0f} ms, "
        f"source {figures['source'] * 1000:.0f} ms, ratio {figures['ratio']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
