"""A full disk (simulated with max_page_count, which gives SQLite's own 'database or disk is full')
becomes one clear sentence, the transaction is rolled back, and the vault stays healthy."""

from __future__ import annotations

import pytest

from tests.unit.vault.builders import make_entry
from wellbeing_desktop.errors import StorageError
from wellbeing_desktop.vault import Vault


def _fill_the_disk(vault: Vault) -> None:
    pages = vault.connection.execute("PRAGMA page_count").fetchone()[0]
    vault.connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_one_sentence_and_nothing_half_written(vault: Vault) -> None:
    with vault.transaction():
        vault.entries.save(make_entry(title="kept"))
    _fill_the_disk(vault)
    with pytest.raises(StorageError) as raised, vault.transaction():
        vault.entries.save(make_entry(title="too big", body="words " * 200_000))
    assert (
        str(raised.value) == "Your vault could not be saved: the disk is full. Free some space and try again."
    )
    assert raised.value.exit_code == 1
    assert [e.title for e in vault.entries.all()] == ["kept"]
    assert vault.problems() == []
    # Once there is room again, saving works.
    vault.connection.execute("PRAGMA max_page_count = 1073741823")
    with vault.transaction():
        vault.entries.save(make_entry(title="later"))
    assert vault.entries.count() == 2
