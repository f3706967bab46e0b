"""The two stores every benchmark compares: the real vault, and a plain sqlite3 file with the same schema.

The baseline runs the app's own code — the same schema script, PRAGMAs, repositories, search and import —
on a stdlib sqlite3 connection, so a ratio measures what encryption (and the SQLCipher build) costs, not
differences in SQL or Python.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from wellbeing_desktop.services.interchange import import_document
from wellbeing_desktop.vault import Vault, database, kdf, keyfile, schema
from wellbeing_desktop.vault import search as fts
from wellbeing_desktop.vault.unlock import DB_NAME, KEYS_NAME

from .corpus import Corpus, generate

PASSPHRASE = "a benchmark passphrase"
_derive = kdf.derive  # the real one, even while a test wraps kdf.derive to time it


def plain_connect(path: Path) -> sqlite3.Connection:
    """What database.connect() does, minus the cipher: the same checks and PRAGMAs, in the same order."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        assert str(mode).lower() == "wal"
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{database.CACHE_KIB}")
        conn.execute("PRAGMA user_version").fetchone()  # migrations.migrate() reads it on every open
    except BaseException:
        conn.close()
        raise
    return conn


def create_plain(path: Path) -> sqlite3.Connection:
    """A new plain database with the latest schema, made by the same ordered migrations as a vault's."""
    conn = plain_connect(path)
    conn.execute("BEGIN IMMEDIATE")
    for _version, step in schema.MIGRATIONS:
        step(conn)  # type: ignore[arg-type]  # the same SQL, on a plain sqlite3 connection
    conn.execute(f"PRAGMA user_version = {schema.LATEST}")
    conn.execute("COMMIT")
    return conn


class PlainVault(Vault):
    """The app's Vault (transactions, repositories, search) over a plain sqlite3 connection.

    Vault.__init__ is deliberately not called: it would open SQLCipher. Only the state the inherited
    methods use is set, and `connection` is checked to be the plain one.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.folder = Path(os.devnull)
        self.vault_id = "plain-baseline"
        self._key_file = None  # type: ignore[assignment]
        self._data_key = None
        self._conn = conn
        self._depth = 0
        self._writing = threading.RLock()
        if self.connection is not conn:
            raise RuntimeError("Vault's internals changed; update PlainVault in tests/benchmarks/stores.py")


def import_corpus(vault: Vault, corpus: Corpus) -> None:
    """The app's import: validate the whole document, then write it all in one transaction."""
    summary = import_document(vault, corpus.document)
    assert summary.entries_added == len(corpus.entries), summary
    assert summary.checkins_added == len(corpus.checkins), summary


def _time_import(vault: Vault, corpus: Corpus) -> float:
    try:
        start = time.perf_counter()
        import_corpus(vault, corpus)
        return time.perf_counter() - start
    finally:
        vault.lock()


@dataclass
class Stores:
    """One corpus size: the vault and the plain file after import, both open and warmed by use."""

    size: int
    corpus: Corpus
    root: Path
    folder: Path  # the vault, with its key slot at kdf.MINIMUM (fast to open again and again)
    plain_path: Path
    import_ours: list[float]
    import_plain: list[float]
    vault: Vault = field(init=False)
    plain: PlainVault = field(init=False)

    def __post_init__(self) -> None:
        self.vault = Vault.open(self.folder, PASSPHRASE)
        self.plain = PlainVault(plain_connect(self.plain_path))

    @functools.cached_property
    def calibrated_folder(self) -> Path:
        """A copy of the vault whose passphrase slot has the app's default, calibrated key derivation."""
        target = self.root / "calibrated"
        target.mkdir(mode=0o700)
        for name in (DB_NAME, KEYS_NAME):  # the working vault was closed cleanly: its WAL is empty
            shutil.copy2(self.folder / name, target / name)
        with pytest.MonkeyPatch.context() as mp:
            mp.delenv("WELLBEING_KDF", raising=False)  # the test-only shortcut to kdf.MINIMUM
            params = kdf.calibrated()
        with Vault.open(target, PASSPHRASE) as vault:
            vault.change_passphrase(PASSPHRASE, PASSPHRASE, params=params)
            assert vault.entries.count() == self.size
        return target

    def kdf_params(self, folder: Path) -> kdf.KdfParams:
        return keyfile.read(folder / KEYS_NAME).slots[0].params

    def derive_like_unlock(self, folder: Path) -> None:
        """The key derivation Vault.open(folder) runs, alone: a baseline measured right after it starts from
        the same state (Argon2 sweeps the CPU caches; what follows runs slower, in any app)."""
        slot = keyfile.read(folder / KEYS_NAME).slots[0]
        _derive(keyfile.normalise_passphrase(PASSPHRASE), slot.salt, slot.params)

    def db_sizes(self) -> dict[str, int]:
        return {
            "ours_bytes": (self.folder / DB_NAME).stat().st_size,
            "plain_bytes": self.plain_path.stat().st_size,
        }

    def close(self) -> None:
        self.vault.lock()
        self.plain.lock()


def build(size: int, root: Path, repeats: int) -> Stores:
    """Generate the corpus and import it `repeats` times into each store (alternating which goes first);
    the last pair is kept."""
    corpus = generate(size)
    import_ours: list[float] = []
    import_plain: list[float] = []
    for rep in range(repeats):
        folder, plain_path = root / f"vault-{rep}", root / f"plain-{rep}.db"

        def ours(folder: Path = folder) -> None:
            import_ours.append(_time_import(Vault.create(folder, PASSPHRASE, params=kdf.MINIMUM), corpus))

        def plain(plain_path: Path = plain_path) -> None:
            import_plain.append(_time_import(PlainVault(create_plain(plain_path)), corpus))

        for step in (ours, plain) if rep % 2 == 0 else (plain, ours):
            step()
        if rep < repeats - 1:
            shutil.rmtree(folder)
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{plain_path}{suffix}").unlink()
    stores = Stores(size, corpus, root, folder, plain_path, import_ours, import_plain)
    check_same_content(stores)
    return stores


def check_same_content(stores: Stores) -> None:
    """Both stores hold the whole corpus, and each search word matches exactly the planned entries."""
    for vault in (stores.vault, stores.plain):
        assert vault.entries.count() == stores.size
        assert vault.checkins.count() == len(stores.corpus.checkins)
        for word, expected in stores.corpus.expected.items():
            assert fts.count(vault.connection, word) == expected, (word, expected)


def counts(stores: Stores) -> dict[str, Any]:
    return {
        "entries": stores.size,
        "checkins": len(stores.corpus.checkins),
        "body_words": stores.corpus.words,
        "search_words": stores.corpus.expected,
        **stores.db_sizes(),
    }
