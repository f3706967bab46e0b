"""Real vaults in a temporary folder, with key derivation at the DESIGN minimum so tests stay fast."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("WELLBEING_KDF", "minimum")

from tests.unit.services.documents import PASSPHRASE
from wellbeing_desktop.vault import Vault


@pytest.fixture(autouse=True)
def minimum_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WELLBEING_KDF", "minimum")


@pytest.fixture
def vault(tmp_path: Path, minimum_kdf: None) -> Iterator[Vault]:
    """A new, empty, unlocked vault; locked again after the test."""
    made = Vault.create(tmp_path / "v", PASSPHRASE)
    try:
        yield made
    finally:
        made.lock()
