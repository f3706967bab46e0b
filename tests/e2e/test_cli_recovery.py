"""`recovery-key` shows a key once; `recover` opens the vault with it and sets a new passphrase."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli_runner import init_vault, run_cli, with_passphrase


def test_forgotten_passphrase_recovered_with_the_recovery_key(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    made = with_passphrase("recovery-key", vault)
    assert made.code == 0, made.err
    key = made.out.strip()
    assert len(key.split("-")) == 11
    assert "shown only this once" in made.err

    typed = key.lower().replace("-", " ")
    result = run_cli(
        "recover", "--vault", vault, "--passphrase-stdin", stdin=f"{typed}\na new long passphrase\n"
    )
    assert result.code == 0, result.err
    assert with_passphrase("check", vault, passphrase="a new long passphrase").code == 0
    assert with_passphrase("check", vault).code == 3


def test_recover_with_a_typo_or_the_wrong_key(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    key = with_passphrase("recovery-key", vault).out.strip()
    keys_before = (vault / "vault.keys").read_bytes()
    typo = run_cli(
        "recover", "--vault", vault, "--passphrase-stdin", stdin=f"{key[:-8]}\nanother passphrase\n"
    )
    assert typo.code == 1
    assert "check each group of five" in typo.err
    other = init_vault(tmp_path / "other")
    other_key = with_passphrase("recovery-key", other).out.strip()
    wrong = run_cli(
        "recover", "--vault", vault, "--passphrase-stdin", stdin=f"{other_key}\nanother passphrase\n"
    )
    assert wrong.code == 3
    assert (vault / "vault.keys").read_bytes() == keys_before


def test_without_a_recovery_key(tmp_path: Path) -> None:
    vault = init_vault(tmp_path / "vault")
    key = with_passphrase("recovery-key", vault).out.strip()
    assert with_passphrase("recovery-key", vault, "--remove").code == 0
    result = run_cli("recover", "--vault", vault, "--passphrase-stdin", stdin=f"{key}\nanother passphrase\n")
    assert result.code == 1
    assert "has no recovery key" in result.err
