"""`wellbeing-desktop import --from jrnl|dayone|daylio FILE`: the preview and counts, --dry-run writing
nothing, a bad file changing nothing (exit 1, one line naming the place), and a second import adding
nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_runner import init_vault, run_cli, with_passphrase

JOURNALS = Path(__file__).resolve().parents[1] / "fixtures" / "journals"
LONDON = {"TZ": "Europe/London"}
SAMPLES = [
    (
        "jrnl",
        "jrnl-export.json",
        "This jrnl file holds 3 diary entries",
        "Brought in 3 new diary entries from jrnl.",
    ),
    (
        "dayone",
        "dayone-journal.json",
        "This Day One file holds 3 diary entries",
        "Brought in 3 new diary entries from Day One.",
    ),
    (
        "daylio",
        "daylio-export.csv",
        "This Daylio file holds 6 check-ins",
        "Brought in 6 new check-ins from Daylio.",
    ),
]


def _import(folder: Path, source: str, path: Path, *extra: str) -> tuple[int, str, str]:
    result = run_cli(
        "import",
        "--vault",
        folder,
        "--passphrase-stdin",
        "--from",
        source,
        *extra,
        path,
        stdin="a quiet walk by the river\n",
        env=LONDON,
    )
    return result.code, result.out, result.err


def _counts(folder: Path) -> str:
    result = with_passphrase("check", folder)
    assert result.code == 0, result.err
    return result.out


@pytest.mark.parametrize(("source", "name", "holds", "brought"), SAMPLES)
def test_each_format_previews_then_imports_once(
    tmp_path: Path, source: str, name: str, holds: str, brought: str
) -> None:
    folder = init_vault(tmp_path / "vault")
    code, out, err = _import(folder, source, JOURNALS / name, "--dry-run")
    assert code == 0, err
    assert holds in out and out.endswith("Nothing was written (--dry-run).\n")
    assert "(0 entries, 0 check-ins)" in _counts(folder)

    code, out, err = _import(folder, source, JOURNALS / name)
    assert code == 0, err
    assert out.splitlines()[0].startswith(holds)
    assert out.splitlines()[-1] == brought
    after_first = _counts(folder)

    code, out, err = _import(folder, source, JOURNALS / name)
    assert code == 0, err
    assert "Everything in this file is already in your vault; importing it would change nothing." in out
    assert out.splitlines()[-1].startswith(f"Nothing new from {brought.split(' from ')[1][:-1]};")
    assert _counts(folder) == after_first


def test_the_daylio_preview_says_how_moods_map_and_which_zone_times_are_read_in(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "vault")
    code, out, _ = _import(folder, "daylio", JOURNALS / "daylio-export.csv", "--dry-run")
    assert code == 0
    assert "Daylio's moods become your 1–10 mood: rad 9, good 7, meh 5, bad 3, awful 1." in out
    assert "read as this computer's time (Europe/London)" in out


def test_a_bad_file_changes_nothing_and_names_the_place(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "vault")
    _import(folder, "daylio", JOURNALS / "daylio-export.csv")
    before = _counts(folder)
    data = json.loads((JOURNALS / "jrnl-export.json").read_text(encoding="utf-8"))
    data["entries"][1]["time"] = "quarter past"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = _import(folder, "jrnl", bad)
    assert code == 1
    assert out == ""
    assert err == (
        "wellbeing-desktop: entries[1]: '2026-03-05' at 'quarter past' is not a date like 2024-03-01 "
        "and a time like 09:15\n"
    )
    assert _counts(folder) == before


def test_a_bad_file_fails_before_the_passphrase_is_asked(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "vault")
    bad = tmp_path / "moods.csv"
    bad.write_text("date,mood\n", encoding="utf-8")
    result = run_cli("import", "--vault", folder, "--passphrase-stdin", "--from", "daylio", bad, stdin="")
    assert result.code == 1
    assert "line 1: has no 'full_date' column, so this is not a Daylio CSV export" in result.err


def test_usage_mistakes_exit_2(tmp_path: Path) -> None:
    folder = init_vault(tmp_path / "vault")
    unknown = run_cli("import", "--vault", folder, "--from", "diaro", tmp_path / "x.json")
    assert unknown.code == 2 and "invalid choice: 'diaro'" in unknown.err
    dry = with_passphrase("import", folder, "--dry-run", tmp_path / "x.json")
    assert dry.code == 2 and "--dry-run is for --from jrnl, dayone or daylio." in dry.err


def test_importing_a_journal_opens_no_socket_and_loads_neither_qt_nor_matplotlib(tmp_path: Path) -> None:
    from tests.e2e.test_privacy import _watched

    folder = init_vault(tmp_path / "vault")
    run = _watched(
        "import",
        "--vault",
        folder,
        "--passphrase-stdin",
        "--from",
        "dayone",
        JOURNALS / "dayone-journal.json",
        stdin="a quiet walk by the river\n",
    )
    assert run == {"code": 0, "sockets": [], "heavy": []}
