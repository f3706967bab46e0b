"""Fixtures for driving real widgets against a real temporary vault (never a mocked database)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from wellbeing_desktop import i18n
from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.content.pack import ContentPack
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.vault_session import VaultSession

PASSPHRASE = "a calm walk by the sea"


@pytest.fixture(autouse=True)
def plain_words_in_english() -> Iterator[None]:
    """Each test starts with the plain-Python words, dates and numbers in English, as a test that ran
    the whole app (which hands them QLocale's) would otherwise leave them for the next."""
    yield
    i18n.use_english()


@pytest.fixture(scope="session")
def content() -> ContentPack:
    return load_builtin()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(qtbot: QtBot, tmp_path: Path) -> Iterator[VaultSession]:
    """An unlocked session on a new vault in a temporary folder."""
    session = VaultSession(tmp_path / "vault")
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.create(PASSPHRASE)
    yield session
    session.lock()


@pytest.fixture
def locked_session(qtbot: QtBot, tmp_path: Path) -> VaultSession:
    """A session on an existing vault that is locked."""
    session = VaultSession(tmp_path / "vault")
    with qtbot.waitSignal(session.unlocked, timeout=20_000):
        session.create(PASSPHRASE)
    session.lock()
    return session
