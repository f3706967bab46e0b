"""The desktop app's options are read without argparse (a faster start); anything else goes to the full
command line, which explains itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellbeing_desktop import app, cli


@pytest.mark.parametrize(
    ("argv", "vault", "demo", "no_dialog"),
    [
        (["--vault", "/v"], Path("/v"), False, False),
        (["--vault=/v w", "--demo"], Path("/v w"), True, False),
        (["--no-crash-dialog", "--vault", "rel"], Path("rel"), False, True),
    ],
)
def test_the_desktop_options_read_as_the_full_parser_reads_them(
    argv: list[str], vault: Path, demo: bool, no_dialog: bool
) -> None:
    fast = app.desktop_arguments(argv)
    assert fast is not None
    assert (fast.vault, fast.demo, fast.no_crash_dialog, fast.command) == (vault, demo, no_dialog, None)
    full = cli.parse(argv)
    assert (full.vault, full.demo, full.no_crash_dialog, full.command) == (vault, demo, no_dialog, None)


def test_no_options_mean_the_default_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WELLBEING_HOME", str(tmp_path))
    fast = app.desktop_arguments([])
    assert fast is not None and fast.vault == cli.parse([]).vault


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["--help"],
        ["--version"],
        ["--self-test"],
        ["--vault"],
        ["--vault", "--demo"],
        ["--vault="],
        ["--demo", "search", "word"],
        ["--dmeo"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert app.desktop_arguments(argv) is None


def test_a_mistake_is_still_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["--dmeo"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
