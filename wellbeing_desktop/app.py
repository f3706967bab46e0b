"""Start-up: arguments, safety settings, then either a CLI command or the desktop app.

Qt is imported only when the desktop app starts, so the command line stays light and Qt-free.
"""

from __future__ import annotations

import contextlib
import resource
import sys
from collections.abc import Sequence

from wellbeing_desktop import cli
from wellbeing_desktop.errors import UsageError


def disable_core_dumps() -> None:
    """A core dump would hold decrypted diary text and the key: never write one."""
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    argv = sys.argv[1:] if argv is None else list(argv)
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

    crash_handler.install()  # the desktop app shows reports in a dialog once Qt is up (unless told not to)
    from wellbeing_desktop.gui.application import run_desktop_app

    return run_desktop_app(args)
