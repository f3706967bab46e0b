"""vault.keys: accidental damage is VaultDamaged, a deliberate tamper never opens, and a passphrase change
re-wraps the data key without touching the database."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.unit.vault.builders import OTHER_PASSPHRASE, PASSPHRASE, make_entry
from wellbeing_desktop.errors import NewerVaultVersion, VaultDamaged, WellbeingError, WrongPassphrase
from wellbeing_desktop.vault import Vault, keyfile
from wellbeing_desktop.vault.kdf import MINIMUM

Edit = Callable[[dict[str, Any]], None]


# -- helpers -----------------------------------------------------------------------------------------------


def checksum(body: dict[str, Any]) -> str:
    """Written from DESIGN/keyfile docs, not imported: sha256 of the canonical JSON of the other fields."""
    fields = {k: v for k, v in body.items() if k != "checksum"}
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    return "sha256:" + hashlib.sha256(canonical).hexdigest()


def load(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "vault.keys").read_text())


def save(folder: Path, data: dict[str, Any], *, recompute: bool) -> None:
    if recompute:
        data["checksum"] = checksum(data)
    (folder / "vault.keys").write_text(json.dumps(data, indent=2))


def tamper(folder: Path, edit: Edit, *, recompute: bool) -> None:
    data = load(folder)
    edit(data)
    save(folder, data, recompute=recompute)


def slot(data: dict[str, Any]) -> dict[str, Any]:
    return data["slots"][0]


def flip_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[0] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def set_kdf(name: str, value: object) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        slot(data)["kdf"][name] = value

    return edit


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the file as written -----------------------------------------------------------------------------------


def test_key_file_shape_and_checksum(locked_vault: Path) -> None:
    data = load(locked_vault)
    assert data["format"] == "wellbeing-desktop-keys"
    assert data["version"] == 1
    assert data["checksum"] == checksum(data)
    assert [s["kind"] for s in data["slots"]] == ["passphrase"]
    kdf = slot(data)["kdf"]
    assert kdf["name"] == "argon2id"
    assert (kdf["memory_kib"], kdf["iterations"], kdf["parallelism"]) == (
        MINIMUM.memory_kib,
        MINIMUM.iterations,
        MINIMUM.parallelism,
    )
    assert len(base64.b64decode(kdf["salt"])) == 16
    assert len(base64.b64decode(slot(data)["nonce"])) == 12
    assert len(base64.b64decode(slot(data)["wrapped_key"])) == 48
    assert stat.S_IMODE((locked_vault / "vault.keys").stat().st_mode) == 0o600
    assert stat.S_IMODE(locked_vault.stat().st_mode) == 0o700


def test_to_json_and_read_round_trip(locked_vault: Path) -> None:
    key_file = keyfile.read(locked_vault / "vault.keys")
    assert keyfile.to_json(key_file) == (locked_vault / "vault.keys").read_bytes()
    assert keyfile.parse(json.loads(keyfile.to_json(key_file)), locked_vault) == key_file


def test_unchanged_key_file_rewritten_with_fresh_checksum_still_opens(locked_vault: Path) -> None:
    """Guard for the tamper tests below: re-serialising alone does not break anything."""
    tamper(locked_vault, lambda data: None, recompute=True)
    with Vault.open(locked_vault, PASSPHRASE) as vault:
        assert vault.entries.count() == 1


# -- accidental damage: the checksum no longer matches ------------------------------------------------------


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(set_kdf("salt", base64.b64encode(bytes(16)).decode()), id="salt"),
        pytest.param(lambda d: slot(d).update(nonce=flip_b64(slot(d)["nonce"])), id="nonce"),
        pytest.param(
            lambda d: slot(d).update(wrapped_key=flip_b64(slot(d)["wrapped_key"])), id="wrapped_key"
        ),
        pytest.param(lambda d: d.update(vault_id="00000000-0000-4000-8000-000000000000"), id="vault_id"),
        pytest.param(set_kdf("iterations", 3), id="iterations"),
    ],
)
def test_stale_checksum_is_damage(locked_vault: Path, edit: Edit) -> None:
    tamper(locked_vault, edit, recompute=False)
    with pytest.raises(VaultDamaged, match="checksum") as caught:
        Vault.open(locked_vault, PASSPHRASE)
    assert caught.value.exit_code == 4


# -- deliberate tampering: the checksum is recomputed, the slot header (GCM associated data) catches it -----


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: slot(d)["kdf"].update(salt=flip_b64(slot(d)["kdf"]["salt"])), id="salt"),
        pytest.param(lambda d: slot(d).update(nonce=flip_b64(slot(d)["nonce"])), id="nonce"),
        pytest.param(
            lambda d: slot(d).update(wrapped_key=flip_b64(slot(d)["wrapped_key"])), id="wrapped_key"
        ),
        pytest.param(lambda d: d.update(vault_id="00000000-0000-4000-8000-000000000000"), id="vault_id"),
        pytest.param(set_kdf("iterations", MINIMUM.iterations + 1), id="iterations-raised"),
        pytest.param(set_kdf("memory_kib", MINIMUM.memory_kib + 1024), id="memory-raised"),
        pytest.param(set_kdf("parallelism", 2), id="parallelism"),
    ],
)
def test_tamper_with_recomputed_checksum_never_opens(locked_vault: Path, edit: Edit) -> None:
    tamper(locked_vault, edit, recompute=True)
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(locked_vault, PASSPHRASE)
    assert caught.value.exit_code == 3


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(set_kdf("memory_kib", 1024), id="memory-1MiB"),
        pytest.param(set_kdf("memory_kib", MINIMUM.memory_kib - 1), id="memory-just-below"),
        pytest.param(set_kdf("iterations", 1), id="iterations-1"),
        pytest.param(set_kdf("parallelism", 0), id="parallelism-0"),
        pytest.param(set_kdf("memory_kib", "19456"), id="memory-as-text"),
        pytest.param(set_kdf("iterations", True), id="iterations-bool"),
        pytest.param(set_kdf("name", "pbkdf2"), id="other-kdf"),
        pytest.param(set_kdf("salt", base64.b64encode(bytes(8)).decode()), id="short-salt"),
        pytest.param(set_kdf("salt", "not base64!"), id="bad-base64"),
        pytest.param(lambda d: slot(d).update(kind="fingerprint"), id="unknown-slot-kind"),
        pytest.param(lambda d: slot(d).update(kind="recovery"), id="no-passphrase-slot"),
        pytest.param(lambda d: d.update(slots=[]), id="no-slots"),
        pytest.param(lambda d: d.update(extra="field"), id="unknown-field"),
        pytest.param(lambda d: d.update(vault_id=""), id="empty-vault-id"),
        pytest.param(lambda d: d.update(format="something-else"), id="other-format"),
        pytest.param(lambda d: d.update(version=0), id="version-0"),
        pytest.param(lambda d: d.update(version="1"), id="version-as-text"),
    ],
)
def test_invalid_key_file_is_damage(locked_vault: Path, edit: Edit) -> None:
    tamper(locked_vault, edit, recompute=True)
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(locked_vault, PASSPHRASE)
    assert caught.value.exit_code == 4


@pytest.mark.parametrize("recompute", [True, False])
def test_newer_key_file_version(locked_vault: Path, recompute: bool) -> None:
    tamper(locked_vault, lambda d: d.update(version=99), recompute=recompute)
    with pytest.raises(NewerVaultVersion) as caught:
        Vault.open(locked_vault, PASSPHRASE)
    assert caught.value.exit_code == 4


@pytest.mark.parametrize(
    ("name", "value"),
    [("memory_kib", 2**30), ("iterations", 10**9), ("parallelism", 2**24), ("memory_kib", 2**62)],
)
def test_absurd_parameters_are_refused_quickly_before_any_allocation(
    locked_vault: Path, name: str, value: int
) -> None:
    tamper(locked_vault, set_kdf(name, value), recompute=True)
    start = time.perf_counter()
    with pytest.raises(VaultDamaged, match="far beyond"):
        Vault.open(locked_vault, PASSPHRASE)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
        pytest.param(lambda raw: b"", id="empty"),
        pytest.param(lambda raw: b"\xff\xfe" + raw, id="not-utf8"),
        pytest.param(lambda raw: b"[1, 2, 3]", id="a-list"),
        pytest.param(lambda raw: b"null", id="null"),
        pytest.param(lambda raw: raw + b" " * (64 * 1024), id="too-large"),
    ],
)
def test_unreadable_key_file_is_damage(locked_vault: Path, content: Callable[[bytes], bytes]) -> None:
    keys = locked_vault / "vault.keys"
    keys.write_bytes(content(keys.read_bytes()))
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(locked_vault, PASSPHRASE)
    assert caught.value.exit_code == 4


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(
            b'{"format": "wellbeing-desktop-keys", "version": ' + b"9" * 5000 + b"}", id="huge-number"
        ),
        pytest.param(b"[" * 5000 + b"]" * 5000, id="deeply-nested"),
    ],
)
def test_hostile_json_in_key_file_is_damage_not_a_crash(locked_vault: Path, content: bytes) -> None:
    """Both fit well under the 64 KiB limit. json.loads raises ValueError (int digit limit) and RecursionError
    for these, which are neither UnicodeDecodeError nor JSONDecodeError."""
    (locked_vault / "vault.keys").write_bytes(content)
    with pytest.raises(VaultDamaged):
        Vault.open(locked_vault, PASSPHRASE)


def test_a_vault_with_a_recovery_slot_still_opens_with_its_passphrase(locked_vault: Path) -> None:
    """Slots of other kinds are skipped when unwrapping with a passphrase."""
    key_file = keyfile.read(locked_vault / "vault.keys")
    with Vault.open(locked_vault, PASSPHRASE) as vault:
        data_key = keyfile.unwrap(key_file, keyfile.normalise_passphrase(PASSPHRASE))
        recovery = keyfile.wrap(data_key, b"\x01" * 32, vault.vault_id, "recovery", None)  # HKDF
    keyfile.write(
        locked_vault / "vault.keys", keyfile.KeyFile(key_file.vault_id, (recovery, *key_file.slots))
    )
    with Vault.open(locked_vault, PASSPHRASE) as vault:
        assert vault.entries.count() == 1
    assert keyfile.unwrap(keyfile.read(locked_vault / "vault.keys"), b"\x01" * 32, "recovery") == data_key


# -- changing the passphrase --------------------------------------------------------------------------------


def test_change_passphrase_leaves_the_database_byte_for_byte_identical(vault: Vault) -> None:
    entry = make_entry(title="Kept across the change", body="Still here.", tags=["a", "b"])
    with vault.transaction():
        vault.entries.save(entry)
    vault.lock()  # checkpoints the WAL into vault.db
    folder = vault.folder
    db = folder / "vault.db"
    before = digest(db)
    keys_before = digest(folder / "vault.keys")

    with Vault.open(folder, PASSPHRASE) as reopened:
        reopened.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    assert not (folder / "vault.db-wal").exists()

    assert digest(db) == before
    assert digest(folder / "vault.keys") != keys_before
    assert load(folder)["checksum"] == checksum(load(folder))
    assert stat.S_IMODE((folder / "vault.keys").stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.keys"]  # no temp file left

    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(folder, PASSPHRASE)
    assert caught.value.exit_code == 3

    with Vault.open(folder, OTHER_PASSPHRASE) as after:
        assert after.entries.get(entry.id) == entry
        assert after.problems() == []
    assert digest(db) == before


def test_change_passphrase_keeps_working_in_the_open_vault(vault: Vault) -> None:
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    with vault.transaction():
        vault.entries.save(make_entry(title="after the change"))
    vault.lock()
    with Vault.open(vault.folder, OTHER_PASSPHRASE) as reopened:
        assert reopened.entries.count() == 1


def test_change_passphrase_with_wrong_old_passphrase_changes_nothing(vault: Vault) -> None:
    keys = vault.folder / "vault.keys"
    before = digest(keys)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the passphrase", OTHER_PASSPHRASE)
    assert digest(keys) == before


def test_change_passphrase_to_a_short_one_is_refused(vault: Vault) -> None:
    keys = vault.folder / "vault.keys"
    before = digest(keys)
    with pytest.raises(WellbeingError, match="at least 8"):
        vault.change_passphrase(PASSPHRASE, "   short  ")
    assert digest(keys) == before


def test_change_passphrase_uses_a_new_salt_and_nonce(vault: Vault) -> None:
    old = slot(load(vault.folder))
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    new = slot(load(vault.folder))
    assert new["kdf"]["salt"] != old["kdf"]["salt"]
    assert new["nonce"] != old["nonce"]
    assert len(load(vault.folder)["slots"]) == 1
