"""The recovery key: 256 random bits shown once, for the day the passphrase is forgotten.

Written as eleven groups of five Base32 letters and digits, with a built-in checksum, so a typo is
caught as a typo ("check each group") rather than reported as the wrong key.
"""

from __future__ import annotations

import base64
import hashlib
import os

from wellbeing_desktop.errors import WellbeingError

KEY_BYTES = 32
CHECK_BYTES = 2
GROUP = 5
# Letters people confuse with Base32's digits, read as the letter they must have meant.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class RecoveryKeyTypo(WellbeingError):
    def __init__(self) -> None:
        super().__init__("That recovery key doesn't look right; please check each group of five.")


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _check(key: bytes) -> bytes:
    return hashlib.sha256(b"wellbeing-desktop recovery key" + key).digest()[:CHECK_BYTES]


def format_key(key: bytes) -> str:
    """ABCDE-FGHIJ-… : the key and its checksum in Base32, without padding, in groups of five."""
    text = base64.b32encode(key + _check(key)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_key(text: str) -> bytes:
    """The 32 key bytes from what the person typed (any case, spaces or dashes); RecoveryKeyTypo if the
    checksum does not match."""
    cleaned = "".join(text.split()).replace("-", "").upper().translate(_LOOKALIKES)
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except ValueError:
        raise RecoveryKeyTypo() from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if len(key) != KEY_BYTES or check != _check(key):
        raise RecoveryKeyTypo()
    return key
