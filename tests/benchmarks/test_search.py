"""Full-text search: warm (the vault already open and used), and the first search after unlocking."""

from __future__ import annotations

import time

import pytest

from wellbeing_desktop.vault import Vault
from wellbeing_desktop.vault import search as fts

from . import report, timing
from .corpus import COMMON_WORD, EVERY_WORD, RARE_WORD
from .stores import PASSPHRASE, Stores, plain_connect

WARM_LIMIT = 1.3
FIRST_LIMIT = 2.0
WORDS = pytest.mark.parametrize(
    "kind, word",
    [("common", COMMON_WORD), ("rare", RARE_WORD), ("every-entry", EVERY_WORD)],
    ids=["common", "rare", "every"],
)


def _label(built: Stores, kind: str, word: str) -> str:
    return f"{kind} word {word!r} ({built.corpus.expected[word]:,} entries)"


@pytest.mark.bench
@WORDS
def test_warm_search(built: Stores, kind: str, word: str) -> None:
    ours_hits = built.vault.search(word)
    assert [h.id for h in ours_hits] == [h.id for h in built.plain.search(word)]
    assert len(ours_hits) == min(20, built.corpus.expected[word])
    ours, plain = timing.warm(lambda: built.vault.search(word), lambda: built.plain.search(word))
    row = report.compare(built.size, f"warm search: {_label(built, kind, word)}", ours, plain, WARM_LIMIT)
    assert row.passed, row.message()


@pytest.mark.bench
@WORDS
def test_first_search_after_unlock(built: Stores, kind: str, word: str) -> None:
    folder = built.calibrated_folder  # unlocked with the app's default key derivation

    def ours() -> float:
        vault = Vault.open(folder, PASSPHRASE)
        try:
            start = time.perf_counter()
            vault.search(word)
            return time.perf_counter() - start
        finally:
            vault.lock()

    def plain() -> float:
        built.derive_like_unlock(folder)  # the same machine state as just after unlocking
        conn = plain_connect(built.plain_path)
        try:
            start = time.perf_counter()
            fts.search(conn, word)
            return time.perf_counter() - start
        finally:
            conn.close()

    ours_s, plain_s = timing.cold(ours, plain)
    row = report.compare(
        built.size,
        f"first search after unlock: {_label(built, kind, word)}",
        ours_s,
        plain_s,
        FIRST_LIMIT,
        note="each round: unlock (Argon2, untimed) then time the first search; baseline: the same Argon2 "
        "derivation, sqlite3.connect + PRAGMAs, then time the first search",
    )
    assert row.passed, row.message()
