"""Real vaults in tmp_path, with key derivation at the DESIGN minimum so tests stay fast."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.vault.builders import PASSPHRASE, make_checkin, make_entry
from wellbeing_desktop.vault import Vault


@pytest.fixture(autouse=True)
def minimum_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """WELLBEING_KDF=minimum: kdf.calibrated() returns the DESIGN minimum (m=19 MiB, t=2)."""
    monkeypatch.setenv("WELLBEING_KDF", "minimum")


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_folder: Path, minimum_kdf: None) -> Iterator[Vault]:
    """A new, unlocked vault; locked again after the test."""
    made = Vault.create(vault_folder, PASSPHRASE)
    try:
        yield made
    finally:
        made.lock()


@pytest.fixture
def locked_vault(vault: Vault) -> Path:
    """The folder of a vault holding a little data, locked (so the WAL is checkpointed into vault.db)."""
    with vault.transaction():
        vault.entries.save(make_entry(title="First entry", body="Something to keep."))
        vault.checkins.save(make_checkin(mood=7))
    vault.lock()
    return vault.folder
