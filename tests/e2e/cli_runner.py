"""Run the real command line as a separate process, the way a script or a person would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "a quiet walk by the river"


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str | Path, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
    done = subprocess.run(
        [sys.executable, "-m", "wellbeing_desktop", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Result(done.returncode, done.stdout, done.stderr)


def init_vault(folder: Path, passphrase: str = PASSPHRASE) -> Path:
    result = run_cli("init", "--vault", folder, "--passphrase-stdin", stdin=passphrase + "\n")
    assert result.code == 0, result.err
    return folder


def with_passphrase(command: str, folder: Path, *args: str | Path, passphrase: str = PASSPHRASE) -> Result:
    return run_cli(command, "--vault", folder, "--passphrase-stdin", *args, stdin=passphrase + "\n")
