"""A vault folder: create, unlock, lock, check, change the passphrase.

vault = Vault.create(folder, passphrase)      # or Vault.open(folder, passphrase)
with vault.transaction():
    vault.entries.save(entry)
vault.lock()                                  # closes the database, zeroes the key
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from wellbeing_desktop.domain.rules import new_id
from wellbeing_desktop.errors import VaultDamaged, VaultErrors, VaultLocked, WellbeingError, WrongPassphrase
from wellbeing_desktop.vault import database, kdf, keyfile, migrations, recovery_key
from wellbeing_desktop.vault import search as fts
from wellbeing_desktop.vault.checkins import CheckInRepository
from wellbeing_desktop.vault.database import Connection
from wellbeing_desktop.vault.development import DevelopmentGoalRepository
from wellbeing_desktop.vault.entries import EntryRepository
from wellbeing_desktop.vault.kdf import KdfParams
from wellbeing_desktop.vault.learning_log import LearningLogRepository
from wellbeing_desktop.vault.people import PeopleRepository
from wellbeing_desktop.vault.plan import PlanRepository
from wellbeing_desktop.vault.reflections import ReflectionRepository
from wellbeing_desktop.vault.supervision import SupervisionRepository
from wellbeing_desktop.vault.unlock import DB_NAME, KEYS_NAME, locate, unwrap_key
from wellbeing_desktop.vault.vocabulary import VocabularyRepository

MIN_PASSPHRASE_CHARS = 8


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise WellbeingError(
            VaultErrors.tr("Please choose a passphrase of at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_CHARS)
            )
        )


class Vault:
    def __init__(self, folder: Path, key_file: keyfile.KeyFile, data_key: bytearray) -> None:
        self.folder = folder
        self.vault_id = key_file.vault_id
        self._key_file = key_file
        self._data_key: bytearray | None = data_key
        self._conn: Connection | None = None
        self._depth = 0
        # Held through each transaction and through a key rotation's re-key, which may run on another
        # thread on the same connection: neither ever runs inside the other.
        self._writing = threading.RLock()
        try:
            self._conn = database.connect(folder / DB_NAME, data_key)
            migrations.migrate(self._conn)
        except BaseException:
            self.lock()  # a refused open still zeroes the unwrapped key
            raise

    # -- opening and closing -------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: str, params: KdfParams | None = None) -> Vault:
        """A new, empty vault in `folder`, which must not exist yet or be empty."""
        check_new_passphrase(passphrase)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise WellbeingError(
                VaultErrors.tr("%1 already holds files; a new vault needs a new or empty folder.").replace(
                    "%1", str(folder)
                )
            )
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.chmod(0o700)
        data_key = bytearray(os.urandom(kdf.KEY_BYTES))
        vault_id = new_id()
        conn = database.connect(folder / DB_NAME, data_key, create=True)
        try:
            migrations.migrate(conn)
        finally:
            conn.close()
        slot = keyfile.wrap(
            data_key,
            keyfile.normalise_passphrase(passphrase),
            vault_id,
            "passphrase",
            params or kdf.calibrated(),
        )
        key_file = keyfile.KeyFile(vault_id, (slot,))
        # The key file is written last: a folder without one is "not a vault", never half of one.
        keyfile.write(folder / KEYS_NAME, key_file)
        return cls(folder, key_file, data_key)

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Vault:
        key_file, data_key = unwrap_key(folder, passphrase)
        return cls(folder, key_file, data_key)

    @classmethod
    def open_with_key(cls, folder: Path, data_key: bytes | bytearray) -> Vault:
        """Open with a data key already unwrapped (checking a backup just written with it)."""
        return cls(folder, locate(folder), bytearray(data_key))

    def data_key_copy(self) -> bytearray:
        """A copy of the data key for writing a backup; the caller zeroes it when done."""
        return bytearray(self._key())

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    def lock(self) -> None:
        """Close the database and zero the data key. Safe to call twice."""
        if self._conn is not None:
            with contextlib.suppress(database.driver().DatabaseError):
                self._conn.close()
            self._conn = None
        if self._data_key is not None:
            self._data_key[:] = bytes(len(self._data_key))
            self._data_key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- working with the database -------------------------------------------------------------------

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All-or-nothing writes. Nested use joins the outer transaction."""
        with self._writing, self._transaction() as conn:
            yield conn

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Connection]:
        conn = self.connection
        if self._depth:
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        failure = database.driver().OperationalError
        try:
            conn.execute("BEGIN IMMEDIATE")
        except failure as error:
            raise database.storage_error(error) from None
        self._depth = 1
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as error:
            self._depth = 0
            with contextlib.suppress(database.driver().Error):
                conn.execute("ROLLBACK")
            if isinstance(error, failure):
                # A full disk or a failing drive: rolled back, and said in one sentence.
                raise database.storage_error(error) from None
            raise
        self._depth = 0

    @property
    def entries(self) -> EntryRepository:
        return EntryRepository(self.connection)

    @property
    def checkins(self) -> CheckInRepository:
        return CheckInRepository(self.connection)

    @property
    def plan(self) -> PlanRepository:
        return PlanRepository(self.connection)

    @property
    def supervision(self) -> SupervisionRepository:
        return SupervisionRepository(self.connection)

    @property
    def people(self) -> PeopleRepository:
        return PeopleRepository(self.connection)

    @property
    def vocabulary(self) -> VocabularyRepository:
        return VocabularyRepository(self.connection)

    @property
    def development_goals(self) -> DevelopmentGoalRepository:
        return DevelopmentGoalRepository(self.connection)

    @property
    def learning_log(self) -> LearningLogRepository:
        return LearningLogRepository(self.connection)

    @property
    def reflections(self) -> ReflectionRepository:
        return ReflectionRepository(self.connection)

    def search(self, text: str, limit: int = 20, offset: int = 0) -> list[fts.SearchHit]:
        return fts.search(self.connection, text, limit, offset)

    def problems(self) -> list[str]:
        """Both integrity checks; an empty list means the vault is healthy."""
        return database.problems(self.connection)

    # -- keys ----------------------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str, params: KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase, after checking the old one. The database is
        not touched."""
        check_new_passphrase(new)
        current = keyfile.read(self.folder / KEYS_NAME)
        proof = keyfile.unwrap(current, keyfile.normalise_passphrase(old))
        proof[:] = bytes(len(proof))
        self.set_passphrase(new, params)

    def set_passphrase(self, new: str, params: KdfParams | None = None) -> None:
        """A new passphrase slot for the open vault (after unlocking with the recovery key)."""
        check_new_passphrase(new)
        slot = keyfile.wrap(
            self._key(),
            keyfile.normalise_passphrase(new),
            self.vault_id,
            "passphrase",
            params or kdf.calibrated(),
        )
        self._replace_slots(lambda current: current.with_slot(slot))

    def rotate_key(self, passphrase: str, params: KdfParams | None = None) -> bool:
        """Re-encrypt the database with a new random data key and re-wrap it under `passphrase`, so a
        copy of the old key file no longer opens it (vault/rotate.py: crash-safe). The recovery key
        cannot be re-wrapped without being typed, so it is removed; returns whether there was one."""
        from wellbeing_desktop.vault import rotate

        done = rotate.rotate(self.folder, self.connection, self._key(), passphrase, params, self._writing)
        old, self._data_key = self._data_key, done.data_key
        if old is not None:
            old[:] = bytes(len(old))
        self._key_file = done.key_file
        return done.removed_recovery_key

    # -- the recovery key ----------------------------------------------------------------------------

    @classmethod
    def open_with_recovery_key(cls, folder: Path, typed: str) -> Vault:
        """Unlock with the recovery key; the caller then asks for a new passphrase (set_passphrase)."""
        key_file = locate(folder)
        secret = recovery_key.parse_key(typed)
        if not any(slot.kind == "recovery" for slot in key_file.slots):
            raise WellbeingError(VaultErrors.tr("This vault has no recovery key."))
        try:
            data_key = keyfile.unwrap(key_file, secret, kind="recovery")
        except WrongPassphrase:
            raise WrongPassphrase(VaultErrors.tr("That recovery key does not open this vault.")) from None
        try:
            return cls(folder, key_file, data_key)
        except VaultDamaged:
            if key_file.pending_rotation is None:
                raise
            # The crash came after the database took its new key, which only the passphrase unwraps.
            raise WellbeingError(
                VaultErrors.tr(
                    "A change of encryption key was interrupted; unlock with your passphrase to finish it."
                )
            ) from None

    @property
    def has_recovery_key(self) -> bool:
        return any(slot.kind == "recovery" for slot in keyfile.read(self.folder / KEYS_NAME).slots)

    def create_recovery_key(self, secret: bytes | None = None) -> str:
        """A new recovery key (or `secret`, already shown to the person), replacing any earlier one.
        Returned once, to be shown once."""
        secret = secret or recovery_key.new_key()
        slot = keyfile.wrap(self._key(), secret, self.vault_id, "recovery", None)
        self._replace_slots(lambda current: current.with_slot(slot))
        return recovery_key.format_key(secret)

    def remove_recovery_key(self) -> None:
        self._replace_slots(
            lambda current: keyfile.KeyFile(
                current.vault_id, tuple(s for s in current.slots if s.kind != "recovery")
            )
        )

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked()
        return self._data_key

    def _replace_slots(self, change: Callable[[keyfile.KeyFile], keyfile.KeyFile]) -> None:
        current = keyfile.read(self.folder / KEYS_NAME)
        self._key_file = change(current)
        keyfile.write(self.folder / KEYS_NAME, self._key_file)
