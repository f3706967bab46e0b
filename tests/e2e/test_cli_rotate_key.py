"""`rotate-key`: a new data key, the same passphrase, the recovery key removed (and said so), and the
usual exit codes and one-line errors."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import init_vault, run_cli, with_passphrase


def test_rotate_key_keeps_the_passphrase_and_retires_the_old_key_file(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    assert with_passphrase("recovery-key", vault).code == 0
    leaked = (vault / "vault.keys").read_bytes()

    result = with_passphrase("rotate-key", vault)
    assert result.code == 0, result.err
    assert "now encrypted with a new key" in result.out
    assert "Your recovery key was removed" in result.out
    assert with_passphrase("check", vault).code == 0

    current = (vault / "vault.keys").read_bytes()
    (vault / "vault.keys").write_bytes(leaked)
    stale = with_passphrase("check", vault)
    assert stale.code == 4
    assert stale.err.splitlines()[-1].endswith("it is damaged or not a Wellbeing Desktop vault.")
    (vault / "vault.keys").write_bytes(current)
    again = with_passphrase("rotate-key", vault)
    assert again.code == 0
    assert "recovery key" not in again.out  # none to remove this time


def test_rotate_key_refusals(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    keys = (vault / "vault.keys").read_bytes()
    wrong = with_passphrase("rotate-key", vault, passphrase="not the passphrase")
    assert (wrong.code, wrong.err) == (3, "wellbeing-desktop: That passphrase does not open this vault.\n")
    assert (vault / "vault.keys").read_bytes() == keys
    nowhere = with_passphrase("rotate-key", tmp_path / "nowhere")
    assert nowhere.code == 4
    assert run_cli("rotate-key", "--vault", vault).code == 2  # no terminal and no --passphrase-stdin
    (vault / "vault.db-wal").write_bytes(b"")  # as while the app has the vault open
    busy = with_passphrase("rotate-key", vault)
    assert busy.code == 1
    assert "Close the app and try again" in busy.err
