"""`wellbeing-desktop --self-test`: the whole chain on a throwaway vault, never the person's own data.

Make a vault in a private temporary folder (key derivation at the DESIGN.md minimum, so it is quick),
write an entry and a check-in, search, draw a chart (matplotlib Agg), save a PDF (Qt, offscreen), back
up, run both integrity checks on the vault and on the backup, and remove everything. One line per step;
the first failure stops the run with exit status 1. The bundle's smoke test and support staff use it.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from wellbeing_desktop import __version__

if TYPE_CHECKING:
    from wellbeing_desktop.vault import Vault

WORDS = "A calm self-test entry about a walk by the river"


class SelfTestFailed(Exception):
    """A step ran but did not give what it should."""


@dataclass
class _Run:
    """What the steps share: the folder, the vault and what earlier steps made."""

    folder: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    vault: Vault | None = None
    entry_id: str = ""

    @property
    def open_vault(self) -> Vault:
        if self.vault is None:
            raise SelfTestFailed("the vault is not open")
        return self.vault


def _files(run: _Run) -> str:
    from wellbeing_desktop import resources
    from wellbeing_desktop.gui.translations import check_catalogues

    for needed in (resources.assets() / "content" / "pack.toml", resources.data_root() / "LICENSE"):
        if not needed.is_file():
            raise SelfTestFailed(f"{needed} is missing")
    return f"content, licence, {check_catalogues()}"


def _make_vault(run: _Run) -> str:
    from wellbeing_desktop.vault import Vault, kdf

    run.vault = Vault.create(run.folder / "vault", run.passphrase, params=kdf.MINIMUM)
    version = run.vault.connection.execute("PRAGMA cipher_version").fetchone()[0]
    return f"encrypted with SQLCipher {version}"


def _write(run: _Run) -> str:
    from wellbeing_desktop.domain.times import now
    from wellbeing_desktop.services.checkin import CheckInService
    from wellbeing_desktop.services.diary import DiaryService

    diary = DiaryService(run.open_vault, now)
    entry = diary.new_entry()
    entry.title, entry.body = "Self-test", WORDS
    run.entry_id = diary.save(entry).id
    CheckInService(run.open_vault).check_in(mood=7, stress=3, note="self-test")
    if diary.get(run.entry_id) is None:
        raise SelfTestFailed("the entry was not read back")
    return "an entry and a check-in"


def _search(run: _Run) -> str:
    hits = run.open_vault.search("walk river")
    if [hit.id for hit in hits] != [run.entry_id]:
        raise SelfTestFailed(f"expected the one entry, found {len(hits)}")
    return "found the entry"


def _chart(run: _Run) -> str:
    from wellbeing_desktop.services.mood_days import daily_means
    from wellbeing_desktop.services.print_mood_chart import mood_chart_png

    today = date.today()
    days = daily_means(run.open_vault.checkins.all())
    png = mood_chart_png(days, today.replace(day=1) if today.day > 1 else today, today)
    if not png.startswith(b"\x89PNG"):
        raise SelfTestFailed("the chart is not a PNG")
    return f"{len(png) // 1024} KiB PNG"


def _pdf(run: _Run) -> str:
    from wellbeing_desktop.gui.printing.offscreen import write_document_pdf
    from wellbeing_desktop.services.print_scopes import PrintRequest, render_scope

    document = render_scope(run.open_vault, "diary", PrintRequest(date.today(), (run.entry_id,)))
    path = run.folder / "self-test.pdf"
    write_document_pdf(path, document)
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SelfTestFailed("the file is not a PDF")
    return f"{len(data) // 1024} KiB PDF"


def _backup(run: _Run) -> str:
    from wellbeing_desktop.vault.backup import write_backup

    summary = write_backup(run.open_vault, run.folder / "backup")
    if (summary.entries, summary.checkins) != (1, 1):
        raise SelfTestFailed(f"the backup holds {summary.entries} entries and {summary.checkins} check-ins")
    return "verified"


def _checks(run: _Run) -> str:
    from wellbeing_desktop.vault import Vault

    problems = run.open_vault.problems()
    with Vault.open(run.folder / "backup", run.passphrase) as copy:  # the backup opens with the passphrase
        problems += copy.problems()
    if problems:
        raise SelfTestFailed(problems[0])
    return "cipher_integrity_check and integrity_check, vault and backup"


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("find the app's files", _files),
    ("make a temporary vault", _make_vault),
    ("write an entry", _write),
    ("search the diary", _search),
    ("draw a mood chart", _chart),
    ("save a PDF", _pdf),
    ("back up", _backup),
    ("integrity checks", _checks),
)


def _clean_up(run: _Run) -> str:
    if run.vault is not None:
        run.vault.lock()
    shutil.rmtree(run.folder)
    if run.folder.exists():
        raise SelfTestFailed(f"{run.folder} is still there")
    return "removed the temporary folder"


def _step(out: TextIO, name: str, action: Callable[[], str]) -> bool:
    started = time.perf_counter()
    try:
        detail = action()
    except Exception as error:
        # The self-test's data is its own, so the message is safe to show, and it is what support needs.
        print(f"FAIL  {name}: {type(error).__name__}: {error}", file=out, flush=True)
        return False
    print(f"ok    {name} ({detail}, {time.perf_counter() - started:.2f} s)", file=out, flush=True)
    return True


def run(out: TextIO) -> int:
    """Run every step; 0 when all passed, 1 at the first failure (the clean-up runs either way)."""
    started = time.perf_counter()
    print(f"Wellbeing Desktop {__version__} self-test, {datetime.now():%Y-%m-%d %H:%M}", file=out)
    state = _Run(Path(tempfile.mkdtemp(prefix="wellbeing-self-test-")))
    try:
        passed = all(_step(out, name, lambda action=action: action(state)) for name, action in STEPS)  # type: ignore[misc]
    finally:
        cleaned = _step(out, "clean up", lambda: _clean_up(state))
    if not (passed and cleaned):
        print("Self-test failed. Your own vault was not touched.", file=out)
        return 1
    print(f"Self-test passed: {len(STEPS) + 1} steps in {time.perf_counter() - started:.1f} s.", file=out)
    return 0
