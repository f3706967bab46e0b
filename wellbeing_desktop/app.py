"""Start-up: arguments, safety settings, then either a CLI command or the desktop app.

Qt is imported only when the desktop app starts, so the command line stays light and Qt-free.
"""

from __future__ import annotations

import contextlib
import resource
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def disable_core_dumps() -> None:
    """A core dump would hold decrypted diary text and the key: never write one."""
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def desktop_arguments(argv: Sequence[str]) -> SimpleNamespace | None:
    """The desktop app's own options (`--vault PATH`, `--demo`, `--no-crash-dialog`), read without
    argparse, the command line and what it loads, so the unlock window comes up sooner. Anything else
    (a command, --help, a mistake) returns None and goes to the full parser, which says what is wrong."""
    args = SimpleNamespace(command=None, self_test=False, vault=None, demo=False, no_crash_dialog=False)
    words = list(argv)
    while words:
        word = words.pop(0)
        if word in ("--demo", "--no-crash-dialog"):
            setattr(args, word[2:].replace("-", "_"), True)
        elif word == "--vault" and words and not words[0].startswith("-"):
            args.vault = Path(words.pop(0))
        elif word.startswith("--vault=") and len(word) > len("--vault="):
            args.vault = Path(word.removeprefix("--vault="))
        else:
            return None
    if args.vault is None:
        from wellbeing_desktop import paths

        args.vault = paths.default_vault()
    return args


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    argv = sys.argv[1:] if argv is None else list(argv)
    args: argparse.Namespace | SimpleNamespace | None = desktop_arguments(argv)
    if args is None:
        from wellbeing_desktop import cli
        from wellbeing_desktop.errors import UsageError

        try:
            args = cli.parse(argv)
        except UsageError as error:
            print(f"{cli.PROG}: {error}", file=sys.stderr)
            return error.exit_code
        if args.command is not None:
            return cli.run(args, sys.stdin, sys.stdout, sys.stderr)
        if args.self_test:
            from wellbeing_desktop import self_test

            return self_test.run(sys.stdout)
    from wellbeing_desktop import crash_handler

    # Reports show in a dialog, and the fault log starts, once the window is up (unless told not to).
    crash_handler.install(fault_log=False)
    from wellbeing_desktop.gui.application import run_desktop_app

    return run_desktop_app(args)
