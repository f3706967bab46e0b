"""Schema versions: from version 0 (a keyed, empty SQLCipher database) to the latest;
idempotent; a newer schema is refused.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.vault.builders import PASSPHRASE, make_checkin, make_entry
from wellbeing_desktop.errors import NewerVaultVersion
from wellbeing_desktop.vault import Vault, database, keyfile, migrations, schema
from wellbeing_desktop.vault.database import Connection
from wellbeing_desktop.vault.kdf import MINIMUM

V1_TABLES = {
    "entries",
    "entry_tags",
    "entry_emotions",
    "entries_fts",
    "checkins",
    "checkin_emotions",
    "plan",
    "plan_sections",
    "plan_items",
    "preferences",
}


@pytest.fixture
def data_key() -> bytearray:
    return bytearray(os.urandom(32))


@pytest.fixture
def v0(tmp_path: Path, data_key: bytearray) -> Iterator[Connection]:
    """Version 0: what database.connect(create=True) gives before any migration."""
    conn = database.connect(tmp_path / "vault.db", data_key, create=True)
    try:
        yield conn
    finally:
        conn.close()


def tables(conn: Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def schema_sql(conn: Connection) -> list[tuple[str, str, str]]:
    return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def test_latest_is_the_last_migration() -> None:
    versions = [version for version, _ in schema.MIGRATIONS]
    assert versions == sorted(versions) == list(range(1, len(versions) + 1))
    assert versions[-1] == schema.LATEST


def test_a_new_connection_starts_at_version_0(v0: Connection) -> None:
    assert migrations.schema_version(v0) == 0
    assert tables(v0) == set()
    assert v0.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert v0.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert v0.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert v0.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_version_0_migrates_to_latest(v0: Connection) -> None:
    assert migrations.migrate(v0) == schema.LATEST
    assert migrations.schema_version(v0) == schema.LATEST
    assert tables(v0) >= V1_TABLES
    assert v0.execute("SELECT id, review_on FROM plan").fetchall() == [(1, None)]
    assert v0.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    assert v0.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert not v0.in_transaction


def test_migrate_is_idempotent(v0: Connection) -> None:
    migrations.migrate(v0)
    before = schema_sql(v0)
    assert migrations.migrate(v0) == schema.LATEST
    assert migrations.migrate(v0) == schema.LATEST
    assert schema_sql(v0) == before
    assert v0.execute("SELECT count(*) FROM plan").fetchone()[0] == 1


def test_migrate_upto_stops_early(v0: Connection) -> None:
    assert migrations.migrate(v0, upto=0) == 0
    assert tables(v0) == set()


def test_a_migration_that_fails_changes_nothing(v0: Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    def half_done(conn: Connection) -> None:
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "MIGRATIONS", [(1, half_done)])
    with pytest.raises(RuntimeError):
        migrations.migrate(v0)
    assert migrations.schema_version(v0) == 0
    assert tables(v0) == set()
    assert not v0.in_transaction


def test_migrated_version_0_database_works_as_a_vault(
    tmp_path: Path, v0: Connection, data_key: bytearray
) -> None:
    """The migrated fixture, given a key file, opens as a vault and takes data."""
    migrations.migrate(v0)
    v0.close()
    folder = tmp_path  # v0 lives in tmp_path / "vault.db"
    vault_id = "00000000-0000-4000-8000-000000000001"
    slot = keyfile.wrap(data_key, keyfile.normalise_passphrase(PASSPHRASE), vault_id, "passphrase", MINIMUM)
    keyfile.write(folder / "vault.keys", keyfile.KeyFile(vault_id, (slot,)))
    with Vault.open(folder, PASSPHRASE) as vault:
        with vault.transaction():
            vault.entries.save(make_entry(title="after migrating"))
            vault.checkins.save(make_checkin())
        assert vault.search("migrating")
        assert vault.problems() == []


def test_newer_schema_is_refused_by_migrate(v0: Connection) -> None:
    migrations.migrate(v0)
    v0.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    before = schema_sql(v0)
    with pytest.raises(NewerVaultVersion) as caught:
        migrations.migrate(v0)
    assert caught.value.exit_code == 4
    assert migrations.schema_version(v0) == schema.LATEST + 1
    assert schema_sql(v0) == before


def test_newer_schema_is_refused_by_open_and_left_alone(vault: Vault) -> None:
    vault.connection.execute(f"PRAGMA user_version = {schema.LATEST + 5}")
    vault.lock()
    db = vault.folder / "vault.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    with pytest.raises(NewerVaultVersion) as caught:
        Vault.open(vault.folder, PASSPHRASE)
    assert caught.value.exit_code == 4
    assert "newer version" in str(caught.value)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in vault.folder.iterdir()) == ["vault.db", "vault.keys"]


def test_statements_keeps_triggers_whole() -> None:
    statements = schema.statements(schema.SCHEMA_V1)
    triggers = [s for s in statements if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 3
    assert all(s.rstrip().endswith("END;") for s in triggers)
    with pytest.raises(ValueError, match="incomplete"):
        schema.statements("CREATE TABLE x (a);\nCREATE TABLE y (")


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_a_version_1_vault_migrates_to_version_2_with_everything_kept(tmp_path: Path) -> None:
    """tests/fixtures/vault-v1 was written by the schema-1 code (see make_vault_v1.py beside it)."""
    folder = tmp_path / "old"
    shutil.copytree(FIXTURES / "vault-v1", folder)
    keys_before = hashlib.sha256((folder / "vault.keys").read_bytes()).hexdigest()
    with Vault.open(folder, "version one passphrase") as vault:
        conn = vault.connection
        assert migrations.schema_version(conn) == schema.LATEST >= 2
        assert {"supervision_sessions", "supervision_actions"} <= tables(conn)
        [entry] = vault.entries.all()
        assert (entry.title, entry.template, entry.tags, entry.for_supervision, entry.mood) == (
            "A hard call",
            "debrief",
            ["calls"],
            True,
            4,
        )
        assert [c.mood for c in vault.checkins.all()] == [5]
        plan = vault.plan.load()
        assert [i.text for s in plan.sections for i in s.items] == ["A walk at lunchtime"]
        assert conn.execute("SELECT count(*) FROM plan_changes").fetchone()[0] == 1
        assert vault.search("difficult")
        assert vault.supervision.all() == []
        assert vault.problems() == []
    assert hashlib.sha256((folder / "vault.keys").read_bytes()).hexdigest() == keys_before


def test_version_1_stops_before_supervision(v0: Connection) -> None:
    assert migrations.migrate(v0, upto=1) == 1
    assert "supervision_sessions" not in tables(v0)
    assert migrations.migrate(v0) == schema.LATEST
    assert "supervision_sessions" in tables(v0)


def test_version_2_gains_people_development_and_reflections_and_keeps_check_ins(v0: Connection) -> None:
    migrations.migrate(v0, upto=2)
    v0.execute("INSERT INTO checkins (id, at, at_ts, mood) VALUES ('c', '2026-11-26T09:00:00+00:00', 0, 6)")
    assert migrations.migrate(v0) == schema.LATEST >= 3
    assert {"people", "checkin_people", "development_goals", "development_steps", "learning_log"} <= tables(
        v0
    )
    assert {"learning_entries", "reflections", "reflection_answers"} <= tables(v0)
    assert v0.execute("SELECT mood, talked_with_someone FROM checkins").fetchall() == [(6, 0)]
    assert v0.execute("PRAGMA foreign_key_check").fetchall() == []
