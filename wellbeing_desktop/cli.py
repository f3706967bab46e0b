"""The command line: scripting, backups and tests. Imports neither Qt nor matplotlib.

Exit codes (DESIGN.md): 0 success · 1 other error · 2 usage · 3 wrong passphrase · 4 not a vault, or damaged.
Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from wellbeing_desktop import __version__, paths
from wellbeing_desktop.errors import UsageError, WellbeingError
from wellbeing_desktop.plural import count_of
from wellbeing_desktop.services.print_scopes import PERIODS, SCOPES  # names only; builders load when used

if TYPE_CHECKING:
    from wellbeing_desktop.vault import Vault

PROG = "wellbeing-desktop"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block.
        raise UsageError(f"{message} (see {self.prog} --help)")


class _Passphrases:
    """Reads passphrases from the terminal without echo, or lines from standard input."""

    def __init__(self, from_stdin: bool, stdin: TextIO) -> None:
        self._lines = (line.rstrip("\r\n") for line in stdin) if from_stdin else None
        self._stdin = stdin

    @property
    def interactive(self) -> bool:
        """A person at a terminal (who can answer a question), not a script."""
        return self._lines is None and self._stdin.isatty()

    def ask(self, prompt: str) -> str:
        if self._lines is not None:
            line = next(self._lines, None)
            if line is None:
                raise UsageError(f"Expected a line on standard input for: {prompt.rstrip(': ')}.")
            return line
        if not self._stdin.isatty():
            raise UsageError("There is no terminal to ask for the passphrase; use --passphrase-stdin.")
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str) -> str:
        first = self.ask(prompt)
        if self._lines is None and self.ask("Type it again: ") != first:
            raise WellbeingError("The two passphrases are different; nothing was changed.")
        return first


def _vault_options() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--vault", type=Path, default=argparse.SUPPRESS, metavar="PATH", help="the vault folder"
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read the passphrase from the first line of standard input",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Your private wellbeing diary, self-care plan and mood record.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--vault", type=Path, metavar="PATH", help="the vault folder (default: %(default)s)")
    parser.add_argument("--passphrase-stdin", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway vault of sample entries, for trying the app (deleted on exit)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that the app works, on a temporary vault (your own vault is not touched)",
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="if something goes wrong, print the report on standard error instead of showing a dialog",
    )
    common = _vault_options()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("init", parents=[common], help="create a new vault")
    imp = commands.add_parser(
        "import",
        parents=[common],
        help="import a Wellbeing Desktop JSON export, or a jrnl, Day One or Daylio export",
    )
    imp.add_argument(
        "--from",
        dest="source",
        choices=["wellbeing-desktop", "jrnl", "dayone", "daylio"],
        default="wellbeing-desktop",
        help="the app FILE comes from: jrnl or Day One (JSON export), Daylio (CSV export)",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="with --from: say what would be imported, and write nothing"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    exp = commands.add_parser("export", parents=[common], help="export the vault (not encrypted)")
    exp.add_argument("--format", choices=["json", "markdown", "csv", "pdf"], required=True)
    exp.add_argument("--output", type=Path, required=True, metavar="PATH")
    exp.add_argument("--force", action="store_true", help="replace PATH if it exists")
    exp.add_argument("--scope", choices=list(SCOPES), help="what a PDF holds (with --format pdf)")
    exp.add_argument(
        "--entry",
        action="append",
        default=[],
        metavar="ID",
        help="a diary entry for --scope diary (repeat for more; search --json shows ids)",
    )
    exp.add_argument(
        "--period",
        choices=PERIODS,
        default="three-months",
        help="the time the supervision pack's mood summary covers (default: three-months)",
    )
    find = commands.add_parser("search", parents=[common], help="search the diary")
    find.add_argument("--limit", type=_positive, default=20, metavar="N")
    find.add_argument("--json", action="store_true", help="print the results as JSON")
    find.add_argument("query", nargs="+", metavar="QUERY")
    commands.add_parser("check", parents=[common], help="run both integrity checks")
    back = commands.add_parser("backup", parents=[common], help="write a verified backup to a new folder")
    back.add_argument("--output", type=Path, required=True, metavar="PATH")
    back_in = commands.add_parser(
        "restore", parents=[common], help="replace the vault with a backup (the current one is kept aside)"
    )
    back_in.add_argument("--from", dest="source", type=Path, required=True, metavar="PATH")
    back_in.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    commands.add_parser("passwd", parents=[common], help="change the passphrase")
    commands.add_parser(
        "rotate-key",
        parents=[common],
        help="re-encrypt the vault with a new key, so an old copy of the key file no longer opens it",
    )
    rkey = commands.add_parser(
        "recovery-key", parents=[common], help="make a recovery key (shown once), replacing any earlier one"
    )
    rkey.add_argument("--remove", action="store_true", help="remove the recovery key instead")
    commands.add_parser(
        "recover", parents=[common], help="unlock with the recovery key and choose a new passphrase"
    )
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 10_000:
        raise argparse.ArgumentTypeError("choose a number from 1 to 10000")
    return value


def parse(argv: Sequence[str]) -> argparse.Namespace:
    args = build_parser().parse_args(list(argv))
    if args.vault is None:
        args.vault = paths.default_vault()
    return args


# -- commands ----------------------------------------------------------------------------------------


def _init(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    from wellbeing_desktop.vault import Vault

    folder: Path = args.vault
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise WellbeingError(f"{folder} already holds files; a new vault needs a new or empty folder.")
    passphrase = ask.ask_new("Choose a passphrase: ")
    Vault.create(folder, passphrase).lock()
    print(f"Created a new vault at {folder}. Keep your passphrase safe: it cannot be recovered.", file=out)
    return 0


def _open(args: argparse.Namespace, ask: _Passphrases, prompt: str = "Passphrase: ") -> Vault:
    from wellbeing_desktop.vault.unlock import locate, unwrap_key

    found = locate(args.vault)  # a folder that is not a vault fails before anyone types a passphrase
    key_file, data_key = unwrap_key(args.vault, ask.ask(prompt), found)
    from wellbeing_desktop.vault.vault import Vault  # the database layer loads after the derivation

    return Vault(args.vault, key_file, data_key)


def _import(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    if args.source != "wellbeing-desktop":
        return _import_journal(args, ask, out)
    if args.dry_run:
        raise UsageError("--dry-run is for --from jrnl, dayone or daylio.")
    from wellbeing_desktop.services.interchange import import_document
    from wellbeing_desktop.services.interchange_read import load_json_file

    data = load_json_file(args.file)  # a broken file fails before the passphrase is asked
    with _open(args, ask) as vault:
        summary = import_document(vault, data)
    print(summary.sentence(), file=out)
    return 0


def _import_journal(args: argparse.Namespace, ask: _Passphrases, out: TextIO) -> int:
    """Another app's export: the preview first, then the import (docs/importing.md)."""
    from wellbeing_desktop.services import journal_import

    journal = journal_import.read_journal(args.source, args.file)  # checked before the passphrase
    with _open(args, ask) as vault:
        print("\n".join(journal_import.preview(vault, journal).lines()), file=out)
        if args.dry_run:
            print("Nothing was written (--dry-run).", file=out)
            return 0
        summary = journal_import.import_journal(vault, journal)
    print(journal_import.summary_sentence(journal.source, summary), file=out)
    return 0


def _export(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    from wellbeing_desktop.services.export import NOT_ENCRYPTED, render, write_export

    output: Path = args.output
    if args.period != "three-months" and args.scope != "supervision":
        raise UsageError("--period is only for --scope supervision.")
    if args.format != "pdf" and (args.scope or args.entry):
        raise UsageError("--scope and --entry are only for --format pdf.")
    if args.format == "pdf" and not args.scope:
        raise UsageError(f"--format pdf needs --scope {'|'.join(SCOPES)}.")
    if output.exists() and not args.force:
        raise WellbeingError(f"{output} already exists; choose a new name or add --force to replace it.")
    if args.format == "pdf":
        _export_pdf(args, ask)
    else:
        with _open(args, ask) as vault:
            text = render(vault, args.format)
        write_export(output, text, overwrite=args.force)
    print(f"Exported to {output}.", file=out)
    print("Note: " + NOT_ENCRYPTED.format(path=output), file=err)
    return 0


def _export_pdf(args: argparse.Namespace, ask: _Passphrases) -> None:
    """Qt renders the PDF offscreen; only this path loads it."""
    from datetime import date

    from wellbeing_desktop.services.mood_ranges import Range
    from wellbeing_desktop.services.print_scopes import PrintRequest, check_request

    entry_ids = tuple(args.entry)
    scope = check_request(args.scope, entry_ids)  # before the passphrase
    with _open(args, ask) as vault:
        document = scope.render(vault, PrintRequest(date.today(), entry_ids, Range(args.period)))
    from wellbeing_desktop.gui.printing.offscreen import write_document_pdf

    write_document_pdf(args.output, document, overwrite=args.force)


def _search(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    from wellbeing_desktop.vault.search import to_fts_query

    text = " ".join(args.query)
    to_fts_query(text)  # an empty query fails before the passphrase is asked
    with _open(args, ask) as vault:
        hits = vault.search(text, limit=args.limit)
    if args.json:
        rows = [
            {
                "id": h.id,
                "title": h.title,
                "created_at": h.created_at.isoformat(),
                "snippet": h.snippet_marked(),
            }
            for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2), file=out)
        return 0
    if not hits:
        print("No entries match.", file=out)
    for h in hits:
        snippet = " ".join(h.snippet_marked().split())
        print(f"{h.created_at:%Y-%m-%d}  {h.title or 'Untitled entry'}\n    {snippet}", file=out)
    return 0


def _check(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    from wellbeing_desktop.errors import VaultDamaged

    with _open(args, ask) as vault:
        problems = vault.problems()
        if problems:
            raise VaultDamaged(f"The vault is damaged: {problems[0]}")
        entries, checkins = vault.entries.count(), vault.checkins.count()
    counts = f"{count_of(entries, 'entry', 'entries')}, {count_of(checkins, 'check-in', 'check-ins')}"
    print(f"The vault is healthy: both integrity checks passed ({counts}).", file=out)
    return 0


def _backup(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    from wellbeing_desktop.vault.backup import write_backup

    output: Path = args.output
    if output.exists():  # fail before anyone types a passphrase
        raise WellbeingError(f"{output} already exists; a backup goes into a new folder.")
    with _open(args, ask) as vault:
        summary = write_backup(vault, output)
    entries = count_of(summary.entries, "entry", "entries")
    checkins = count_of(summary.checkins, "check-in", "check-ins")
    print(
        f"Backed up {entries} and {checkins} to {output}, checked. It opens with the same passphrase.",
        file=out,
    )
    return 0


def _restore(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    from datetime import datetime

    from wellbeing_desktop.vault.restore import check_not_in_use, restore_backup
    from wellbeing_desktop.vault.unlock import locate, unwrap_key

    source: Path = args.source
    target: Path = args.vault
    found = locate(source)  # a backup that is not a vault fails before any question
    if target.exists():
        check_not_in_use(target)
    if not args.yes:
        if not ask.interactive:
            raise UsageError("Restoring replaces the vault; add --yes to confirm when not at a terminal.")
        print(f"This replaces the vault at {target} with the backup at {source}.", file=err)
        print("Your current vault is kept beside it, not deleted.", file=err)
        if input("Restore? [y/N] ").strip().lower() not in {"y", "yes"}:
            print("Nothing was changed.", file=out)
            return 0
    _, data_key = unwrap_key(source, ask.ask("The backup's passphrase: "), found)
    try:
        summary = restore_backup(source, data_key, target, datetime.now().strftime("%Y-%m-%d %H.%M.%S"))
    finally:
        data_key[:] = bytes(len(data_key))
    entries = count_of(summary.restored.entries, "entry", "entries")
    print(f"Restored {entries} from {source} into {target}, checked.", file=out)
    if summary.kept_aside is not None:
        print(f"Your previous vault is kept at {summary.kept_aside}.", file=out)
    return 0


def _passwd(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    from wellbeing_desktop.vault import Vault
    from wellbeing_desktop.vault.unlock import locate

    locate(args.vault)
    old = ask.ask("Current passphrase: ")
    with Vault.open(args.vault, old) as vault:
        vault.change_passphrase(old, ask.ask_new("New passphrase: "))
    print("Your passphrase has been changed.", file=out)
    return 0


def _rotate_key(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    from wellbeing_desktop.vault.restore import check_not_in_use
    from wellbeing_desktop.vault.unlock import locate, unwrap_key

    found = locate(args.vault)
    check_not_in_use(args.vault)  # the app's connection would go on writing with the old key
    passphrase = ask.ask("Passphrase: ")
    key_file, data_key = unwrap_key(args.vault, passphrase, found)
    from wellbeing_desktop.vault.vault import Vault

    with Vault(args.vault, key_file, data_key) as vault:
        had_recovery_key = vault.rotate_key(passphrase)
    print(
        "Your vault is now encrypted with a new key: an old copy of its key file no longer opens it. "
        "Your passphrase is unchanged.",
        file=out,
    )
    if had_recovery_key:
        print(
            "Your recovery key was removed with the old key; make a new one with "
            "wellbeing-desktop recovery-key.",
            file=out,
        )
    return 0


def _recovery_key(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    with _open(args, ask) as vault:
        if args.remove:
            vault.remove_recovery_key()
            print("The recovery key has been removed; only your passphrase opens the vault now.", file=out)
            return 0
        key = vault.create_recovery_key()
    print("Your recovery key (shown only this once):", file=err)
    print(key, file=out)
    print(
        "Print it or write it down and keep it somewhere safe, away from this computer. With it you can "
        "open your vault if you forget your passphrase: wellbeing-desktop recover. Any earlier recovery "
        "key no longer works.",
        file=err,
    )
    return 0


def _recover(args: argparse.Namespace, ask: _Passphrases, out: TextIO, err: TextIO) -> int:
    from wellbeing_desktop.vault import Vault
    from wellbeing_desktop.vault.unlock import locate

    locate(args.vault)
    with Vault.open_with_recovery_key(args.vault, ask.ask("Recovery key: ")) as vault:
        vault.set_passphrase(ask.ask_new("Choose a new passphrase: "))
    print("Your vault is open again with your new passphrase. Your recovery key still works.", file=out)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, _Passphrases, TextIO, TextIO], int]] = {
    "init": _init,
    "import": _import,
    "export": _export,
    "search": _search,
    "check": _check,
    "backup": _backup,
    "restore": _restore,
    "recovery-key": _recovery_key,
    "recover": _recover,
    "passwd": _passwd,
    "rotate-key": _rotate_key,
}


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    """Run a parsed subcommand, turning every error into one line and an exit code."""
    try:
        return COMMANDS[args.command](args, _Passphrases(bool(args.passphrase_stdin), stdin), out, err)
    except WellbeingError as error:
        print(f"{PROG}: {error}", file=err)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: stopped.", file=err)
        return 130
    except Exception as error:
        if os.environ.get("WELLBEING_DEBUG"):
            raise
        # The type only: an exception's text could quote diary content.
        print(f"{PROG}: something went wrong ({type(error).__name__}); nothing was lost.", file=err)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse(sys.argv[1:] if argv is None else argv)
    except UsageError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return error.exit_code
    if args.command is None:
        print(f"{PROG}: choose a command (see {PROG} --help)", file=sys.stderr)
        return 2
    return run(args, sys.stdin, sys.stdout, sys.stderr)
