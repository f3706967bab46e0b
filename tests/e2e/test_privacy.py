"""Privacy promises that hold for the whole app: no network, no Qt or matplotlib on the CLI path."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.cli_runner import PASSPHRASE, init_vault

PACKAGE = Path(__file__).resolve().parents[2] / "wellbeing_desktop"

# Runs the app's own main() in a child process with an audit hook that records any socket use.
_WATCHED = """
import json, sys
events = []
def hook(event, args):
    if event.startswith("socket."):
        events.append(event)
sys.addaudithook(hook)
from wellbeing_desktop.app import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "matplotlib", "shiboken6"})
print(json.dumps({"code": code, "sockets": events, "heavy": heavy}), file=sys.stderr)
"""


def _watched(*args: str | Path, stdin: str = "") -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _WATCHED, *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_cli_commands_open_no_socket_and_load_neither_qt_nor_matplotlib(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    runs = [
        _watched("init", "--vault", folder, "--passphrase-stdin", stdin=PASSPHRASE + "\n"),
        _watched("search", "--vault", folder, "--passphrase-stdin", "tea", stdin=PASSPHRASE + "\n"),
        _watched("check", "--vault", folder, "--passphrase-stdin", stdin=PASSPHRASE + "\n"),
        _watched(
            "export",
            "--vault",
            folder,
            "--passphrase-stdin",
            "--format",
            "csv",
            "--output",
            tmp_path / "c.csv",
            stdin=PASSPHRASE + "\n",
        ),
    ]
    for run in runs:
        assert run["code"] == 0
        assert run["sockets"] == []
        assert run["heavy"] == []


def test_a_whole_desktop_session_opens_no_socket(tmp_path: Path) -> None:
    """Unlock, write, search, check in, chart, lock: the audit hook sees every socket Python opens."""
    init_vault(tmp_path / "v")
    done = subprocess.run(
        [sys.executable, "-m", "tests.e2e.scripts.gui_session", "--vault", str(tmp_path / "v")],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PASSPHRASE": PASSPHRASE},
    )
    result = json.loads(done.stderr.strip().splitlines()[-1])
    assert result["steps"] == ["unlocked", "wrote", "searched", "checked in", "charted", "locked"], (
        done.stderr
    )
    assert result["code"] == 0
    assert result["sockets"] == []


NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "xmlrpc",
}


def network_imports(source: str) -> list[str]:
    """Modules imported by `source` that could reach a network."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
    return [n for n in found if n.split(".")[0] in NETWORK_MODULES or n.startswith("PySide6.QtNetwork")]


def test_no_network_module_is_imported_anywhere_in_the_package() -> None:
    offenders = {
        path.name: hits
        for path in PACKAGE.rglob("*.py")
        if (hits := network_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_scanner_would_see_a_network_import() -> None:
    source = (
        "import os, urllib.request\nfrom PySide6.QtNetwork import QTcpSocket\nfrom PySide6.QtCore import Qt\n"
    )
    assert network_imports(source) == ["urllib.request", "PySide6.QtNetwork"]
