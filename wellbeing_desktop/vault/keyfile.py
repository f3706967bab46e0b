"""vault.keys: key slots that each wrap the vault's random data key with AES-256-GCM.

The database is keyed with the data key; a passphrase only unwraps it. So changing the passphrase
rewrites this small file and never touches the database. The slot header is the GCM associated data,
so changing a salt or a parameter makes the slot fail to open. A checksum over the whole file tells
accidental damage ("the key file is damaged") apart from a wrong passphrase.

A "rotation" slot exists only while the data key is being replaced (vault/rotate.py): it wraps the
new data key under the passphrase, beside the passphrase slot that still wraps the old one, so that
whichever key vault.db holds at the moment of a crash can be unwrapped.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wellbeing_desktop.atomic_file import write_atomically
from wellbeing_desktop.errors import NewerVaultVersion, VaultDamaged, VaultErrors, WrongPassphrase
from wellbeing_desktop.i18n import fill
from wellbeing_desktop.vault import kdf
from wellbeing_desktop.vault.kdf import KdfParams

FORMAT = "wellbeing-desktop-keys"
VERSION = 1
NONCE_BYTES = 12
WRAPPED_BYTES = kdf.KEY_BYTES + 16  # data key + GCM tag
MAX_FILE_BYTES = 64 * 1024
SLOT_KINDS = ("passphrase", "recovery", "rotation")
ROTATION = "rotation"  # the new data key, under the passphrase, while a key rotation is under way


HKDF = "hkdf-sha256"  # recovery slots: the recovery key is 256 random bits, so no slow derivation


@dataclass(frozen=True)
class KeySlot:
    kind: str
    params: KdfParams | None  # Argon2id settings; None for a recovery slot (HKDF)
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def header(self, vault_id: str) -> bytes:
        """The associated data: everything about the slot except the nonce and the ciphertext."""
        fields = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": vault_id,
            "kind": self.kind,
            "salt": _b64(self.salt),
        }
        if self.params is None:
            fields["kdf"] = HKDF
        else:
            fields.update(
                memory_kib=self.params.memory_kib,
                iterations=self.params.iterations,
                parallelism=self.params.parallelism,
            )
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    slots: tuple[KeySlot, ...]
    # As read from disk: the checksum the file states, the bytes it covers, and where it came from.
    # Checked after the key derivation (see unwrap), so hashlib's OpenSSL is not loaded during it.
    stated: tuple[str, bytes, str] | None = field(default=None, compare=False, repr=False)

    def with_slot(self, slot: KeySlot) -> KeyFile:
        """This key file with `slot` replacing any slot of the same kind."""
        kept = tuple(s for s in self.slots if s.kind != slot.kind)
        return KeyFile(self.vault_id, (slot, *kept))

    @property
    def pending_rotation(self) -> KeySlot | None:
        """The slot of a key rotation that has not finished (a crash, or a failure to write), if any."""
        return next((s for s in self.slots if s.kind == ROTATION), None)

    def check_integrity(self) -> None:
        """Accidental damage (a flipped bit, a bad copy) is reported as damage, not as a wrong passphrase."""
        if self.stated is not None:
            checksum, canonical, path = self.stated
            if checksum != _digest(canonical):
                raise VaultDamaged(
                    fill(
                        VaultErrors.tr("The key file %1 is damaged (%2)."),
                        path,
                        VaultErrors.tr("its checksum does not match"),
                    )
                )


def _open_sealed(wrapping_key: bytes, nonce: bytes, sealed: bytes, header: bytes) -> bytes | None:
    """AES-256-GCM decryption; None when the key or the header does not match."""
    # Imported here, after the key derivation has run and released its memory, so that the large
    # OpenSSL binding and the Argon2 working memory are never resident at the same time.
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping_key).decrypt(nonce, sealed, header)
    except InvalidTag:
        return None


def _seal(wrapping_key: bytes, nonce: bytes, data: bytes, header: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(wrapping_key).encrypt(nonce, data, header)


def normalise_passphrase(passphrase: str) -> bytes:
    """The same passphrase typed on another keyboard or system gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def wrapping_key(secret: bytes, salt: bytes, params: KdfParams | None) -> bytes:
    """The key that seals a slot: Argon2id of the passphrase (slow on purpose), or HKDF of a recovery key."""
    if params is not None:
        return kdf.derive(secret, salt, params)
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF as HKDFFunction

    info = b"wellbeing-desktop recovery slot"
    return HKDFFunction(algorithm=hashes.SHA256(), length=kdf.KEY_BYTES, salt=salt, info=info).derive(secret)


def seal_slot(
    data_key: bytes | bytearray,
    sealing_key: bytes,
    salt: bytes,
    vault_id: str,
    kind: str,
    params: KdfParams | None,
) -> KeySlot:
    """A slot wrapping `data_key` with a key already derived from `salt` (and a fresh nonce)."""
    nonce = os.urandom(NONCE_BYTES)
    template = KeySlot(kind, params, salt, nonce, b"")
    wrapped = _seal(sealing_key, nonce, bytes(data_key), template.header(vault_id))
    return KeySlot(kind, params, salt, nonce, wrapped)


def wrap(
    data_key: bytes | bytearray, secret: bytes, vault_id: str, kind: str, params: KdfParams | None
) -> KeySlot:
    salt = os.urandom(kdf.SALT_BYTES)
    return seal_slot(data_key, wrapping_key(secret, salt, params), salt, vault_id, kind, params)


def open_slot(key_file: KeyFile, slot: KeySlot, secret: bytes) -> tuple[bytearray, bytes] | None:
    """The data key in `slot` and the key that sealed it (to seal it again without deriving twice);
    None when `secret` does not open it."""
    sealing_key = wrapping_key(secret, slot.salt, slot.params)
    key_file.check_integrity()
    data_key = _open_sealed(sealing_key, slot.nonce, slot.wrapped_key, slot.header(key_file.vault_id))
    return None if data_key is None else (bytearray(data_key), sealing_key)


def unwrap(key_file: KeyFile, secret: bytes, kind: str = "passphrase") -> bytearray:
    """The data key, from the first slot of `kind` that `secret` opens."""
    for slot in key_file.slots:
        if slot.kind != kind:
            continue
        opened = open_slot(key_file, slot, secret)
        if opened is not None:
            return opened[0]
    raise WrongPassphrase()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def _digest(canonical: bytes) -> str:
    import hashlib  # loads OpenSSL: kept off the path that runs before the key derivation

    return "sha256:" + hashlib.sha256(canonical).hexdigest()


def _checksum(body: dict[str, Any]) -> str:
    return _digest(_canonical(body))


def _kdf_json(slot: KeySlot) -> dict[str, Any]:
    if slot.params is None:
        return {"name": HKDF, "salt": _b64(slot.salt)}
    return {
        "name": "argon2id",
        "memory_kib": slot.params.memory_kib,
        "iterations": slot.params.iterations,
        "parallelism": slot.params.parallelism,
        "salt": _b64(slot.salt),
    }


def to_json(key_file: KeyFile) -> bytes:
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": key_file.vault_id,
        "slots": [
            {
                "kind": s.kind,
                "kdf": _kdf_json(s),
                "nonce": _b64(s.nonce),
                "wrapped_key": _b64(s.wrapped_key),
            }
            for s in key_file.slots
        ],
    }
    body["checksum"] = _checksum(body)
    return (json.dumps(body, indent=2) + "\n").encode()


def write(path: Path, key_file: KeyFile) -> None:
    write_atomically(path, to_json(key_file), mode=0o600)


def read(path: Path) -> KeyFile:
    """Parse and check vault.keys; anything unexpected is damage, reported before any key derivation."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise VaultDamaged(
            fill(VaultErrors.tr("The key file %1 could not be read (%2)."), str(path), error.strerror or "")
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise VaultDamaged(
            VaultErrors.tr("The key file %1 is damaged (it is far too large).").replace("%1", str(path))
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        # ValueError covers bad JSON and absurdly long numbers; RecursionError, absurd nesting.
        raise VaultDamaged(
            VaultErrors.tr("The key file %1 is damaged (it is not readable JSON).").replace("%1", str(path))
        ) from None
    return parse(data, path)


def parse(data: object, path: Path) -> KeyFile:
    def damaged(why: str) -> VaultDamaged:
        return VaultDamaged(fill(VaultErrors.tr("The key file %1 is damaged (%2)."), str(path), why))

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise damaged(VaultErrors.tr("it is not a Wellbeing Desktop key file"))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise damaged(VaultErrors.tr("its version is missing"))
    if version > VERSION:
        raise NewerVaultVersion(
            VaultErrors.tr(
                "This vault was made by a newer version of Wellbeing Desktop (key file version %1)."
            ).replace("%1", str(version))
        )
    if version != VERSION:
        raise damaged(VaultErrors.tr("version %1 is unknown").replace("%1", str(version)))
    body = {k: v for k, v in data.items() if k != "checksum"}
    stated = data.get("checksum")
    if not isinstance(stated, str):
        raise damaged(VaultErrors.tr("its checksum is missing"))
    if set(data) != {"format", "version", "vault_id", "slots", "checksum"}:
        raise damaged(VaultErrors.tr("it has unexpected fields"))
    vault_id = data["vault_id"]
    if not isinstance(vault_id, str) or not vault_id:
        raise damaged(VaultErrors.tr("its vault id is missing"))
    slots_data = data["slots"]
    if not isinstance(slots_data, list) or not slots_data:
        raise damaged(VaultErrors.tr("it has no key slots"))
    slots = tuple(_parse_slot(s, damaged) for s in slots_data)
    if not any(s.kind == "passphrase" for s in slots):
        raise damaged(VaultErrors.tr("it has no passphrase slot"))
    if sum(s.kind == ROTATION for s in slots) > 1:
        raise damaged(VaultErrors.tr("it has more than one rotation slot"))
    return KeyFile(vault_id, slots, stated=(stated, _canonical(body), str(path)))


def _parse_slot(slot: object, damaged: Any) -> KeySlot:
    if not isinstance(slot, dict) or slot.get("kind") not in SLOT_KINDS:
        raise damaged(VaultErrors.tr("a key slot is of an unknown kind"))
    kdf_data = slot.get("kdf")
    expected = HKDF if slot["kind"] == "recovery" else "argon2id"
    if not isinstance(kdf_data, dict) or kdf_data.get("name") != expected:
        raise damaged(VaultErrors.tr("a key slot uses an unknown key derivation"))
    params: KdfParams | None = None
    if expected == "argon2id":
        numbers = [kdf_data.get(k) for k in ("memory_kib", "iterations", "parallelism")]
        whole = [n for n in numbers if isinstance(n, int) and not isinstance(n, bool)]
        if len(whole) != 3:
            raise damaged(VaultErrors.tr("a key slot's settings are not whole numbers"))
        params = KdfParams(*whole)
        if problem := params.problem():
            raise damaged(problem)
    try:
        salt = base64.b64decode(kdf_data.get("salt", ""), validate=True)
        nonce = base64.b64decode(slot.get("nonce", ""), validate=True)
        wrapped = base64.b64decode(slot.get("wrapped_key", ""), validate=True)
    except (binascii.Error, TypeError, ValueError):
        raise damaged(VaultErrors.tr("a key slot is not valid Base64")) from None
    if len(salt) != kdf.SALT_BYTES or len(nonce) != NONCE_BYTES or len(wrapped) != WRAPPED_BYTES:
        raise damaged(VaultErrors.tr("a key slot has the wrong length"))
    return KeySlot(slot["kind"], params, salt, nonce, wrapped)
