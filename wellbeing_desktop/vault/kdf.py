"""Argon2id parameters: their limits, the default, and calibration to this machine."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from _argon2_cffi_bindings import ffi, lib

from wellbeing_desktop.errors import VaultErrors

SALT_BYTES = 16
KEY_BYTES = 32
TARGET_SECONDS = 0.5  # how long unlocking should take on the machine that made the vault


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    parallelism: int

    def problem(self) -> str | None:
        """Why these parameters are refused, checked before any memory is allocated."""
        low, high = MINIMUM, MAXIMUM
        if self.memory_kib < low.memory_kib or self.iterations < low.iterations or self.parallelism < 1:
            return VaultErrors.tr("its key-derivation settings are weaker than this app allows")
        if (
            self.memory_kib > high.memory_kib
            or self.iterations > high.iterations
            or self.parallelism > high.parallelism
        ):
            return VaultErrors.tr("its key-derivation settings are far beyond what this app would ever write")
        return None


MINIMUM = KdfParams(memory_kib=19 * 1024, iterations=2, parallelism=1)
DEFAULT = KdfParams(memory_kib=64 * 1024, iterations=3, parallelism=4)
MAXIMUM = KdfParams(memory_kib=4 * 1024 * 1024, iterations=100, parallelism=64)


def _argon2id(secret: bytes, salt: bytes, iterations: int, memory_kib: int, parallelism: int) -> bytes:
    """Raw Argon2id through argon2-cffi's own C bindings. The same call argon2.low_level makes, without
    importing the argon2 package's password-hashing layer: unlocking then holds fewer modules in
    memory while the derivation's working memory is allocated."""
    out = ffi.new("uint8_t[]", KEY_BYTES)
    status = lib.argon2_hash(
        iterations,
        memory_kib,
        parallelism,
        ffi.new("uint8_t[]", secret),
        len(secret),
        ffi.new("uint8_t[]", salt),
        len(salt),
        out,
        KEY_BYTES,
        ffi.NULL,
        0,
        lib.Argon2_id,
        lib.ARGON2_VERSION_NUMBER,
    )
    if status != lib.ARGON2_OK:
        raise MemoryError(ffi.string(lib.argon2_error_message(status)).decode())
    return bytes(ffi.buffer(out, KEY_BYTES))


def derive(passphrase: bytes, salt: bytes, params: KdfParams) -> bytes:
    if params.problem():
        raise ValueError(params.problem())
    return _argon2id(passphrase, salt, params.iterations, params.memory_kib, params.parallelism)


def _fastest(passes: int) -> float:
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        _argon2id(b"calibration", bytes(SALT_BYTES), passes, DEFAULT.memory_kib, DEFAULT.parallelism)
        timings.append(time.perf_counter() - start)
    return min(timings)


def calibrated(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """The default memory and lanes, with as many passes as fit the target time on this machine.

    The DESIGN default (t=3) takes about 0.1 s on a fast laptop; more passes keep unlocking near half a
    second, which is what makes guessing passphrases slow. Tests may ask for the DESIGN minimum with
    WELLBEING_KDF=minimum (never below it).
    """
    if os.environ.get("WELLBEING_KDF") == "minimum":
        return MINIMUM
    # Timed at one and at four passes, fastest of three each, so that the fixed cost of allocating the
    # memory is told apart from the cost of a pass, and a busy moment cannot leave weak settings.
    one, four = _fastest(1), _fastest(4)
    per_pass = max((four - one) / 3, 1e-6)
    setup = max(one - per_pass, 0.0)
    iterations = round((target_seconds - setup) / per_pass)
    iterations = max(DEFAULT.iterations, min(iterations, 40))
    return KdfParams(DEFAULT.memory_kib, iterations, DEFAULT.parallelism)
