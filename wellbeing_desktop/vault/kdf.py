"""Argon2id parameters: their limits, the default, and calibration to this machine."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

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
            return "its key-derivation settings are weaker than this app allows"
        if (
            self.memory_kib > high.memory_kib
            or self.iterations > high.iterations
            or self.parallelism > high.parallelism
        ):
            return "its key-derivation settings are far beyond what this app would ever write"
        return None


MINIMUM = KdfParams(memory_kib=19 * 1024, iterations=2, parallelism=1)
DEFAULT = KdfParams(memory_kib=64 * 1024, iterations=3, parallelism=4)
MAXIMUM = KdfParams(memory_kib=4 * 1024 * 1024, iterations=100, parallelism=64)


def derive(passphrase: bytes, salt: bytes, params: KdfParams) -> bytes:
    if params.problem():
        raise ValueError(params.problem())
    return hash_secret_raw(
        secret=passphrase,
        salt=salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def calibrated(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """The default memory and lanes, with as many passes as fit the target time on this machine.

    The DESIGN default (t=3) takes about 0.1 s on a fast laptop; more passes keep unlocking near half a
    second, which is what makes guessing passphrases slow. Tests may ask for the DESIGN minimum with
    WELLBEING_KDF=minimum (never below it).
    """
    if os.environ.get("WELLBEING_KDF") == "minimum":
        return MINIMUM
    start = time.perf_counter()
    derive(b"calibration", bytes(SALT_BYTES), DEFAULT)
    per_pass = (time.perf_counter() - start) / DEFAULT.iterations
    iterations = round(target_seconds / per_pass) if per_pass > 0 else DEFAULT.iterations
    iterations = max(DEFAULT.iterations, min(iterations, 40))
    return KdfParams(DEFAULT.memory_kib, iterations, DEFAULT.parallelism)
