"""The recovery key: shown once, checked for typos, opens the vault when the passphrase is forgotten,
and never touches the database."""

from __future__ import annotations

import hashlib

import pytest

from tests.unit.vault.builders import PASSPHRASE, make_entry
from wellbeing_desktop.errors import WellbeingError, WrongPassphrase
from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault.recovery_key import RecoveryKeyTypo, format_key, new_key, parse_key


def test_format_and_parse_forgive_case_spaces_and_lookalikes() -> None:
    key = new_key()
    text = format_key(key)
    groups = text.split("-")
    assert len(groups) == 11 and all(len(g) == 5 for g in groups)
    assert parse_key(text) == key
    assert parse_key(" ".join(groups).lower()) == key
    assert parse_key(text.replace("O", "0").replace("I", "1").replace("B", "8")) == key


def test_a_typo_is_called_a_typo() -> None:
    text = format_key(new_key())
    first = text[0]
    swapped = ("B" if first != "B" else "C") + text[1:]
    with pytest.raises(RecoveryKeyTypo):
        parse_key(swapped)
    with pytest.raises(RecoveryKeyTypo):
        parse_key(text[:-7])
    with pytest.raises(RecoveryKeyTypo):
        parse_key("not a key at all!")


def test_the_recovery_key_opens_the_vault_and_a_new_passphrase_is_set(vault: Vault) -> None:
    with vault.transaction():
        vault.entries.save(make_entry(title="years of writing"))
    assert not vault.has_recovery_key
    shown = vault.create_recovery_key()
    assert vault.has_recovery_key
    folder = vault.folder
    vault.lock()
    db = hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest()
    keys_text = (folder / "vault.keys").read_text(encoding="utf-8")
    assert shown.replace("-", "") not in keys_text.replace("-", "")

    with Vault.open_with_recovery_key(folder, shown.lower()) as opened:
        assert [e.title for e in opened.entries.all()] == ["years of writing"]
        opened.set_passphrase("a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    with Vault.open(folder, "a brand new passphrase") as reopened:
        assert reopened.has_recovery_key, "the recovery key keeps working"
    assert hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest() == db


def test_a_new_recovery_key_replaces_the_old_and_removing_it_works(vault: Vault) -> None:
    first = vault.create_recovery_key()
    second = vault.create_recovery_key()
    folder = vault.folder
    vault.lock()
    with pytest.raises(WrongPassphrase, match="recovery key does not open"):
        Vault.open_with_recovery_key(folder, first)
    with Vault.open_with_recovery_key(folder, second) as opened:
        opened.remove_recovery_key()
        assert not opened.has_recovery_key
    with pytest.raises(WellbeingError, match="has no recovery key"):
        Vault.open_with_recovery_key(folder, second)
    with Vault.open(folder, PASSPHRASE) as still:
        assert still.entries.count() == 0
