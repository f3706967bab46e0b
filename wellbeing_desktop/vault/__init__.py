"""The encrypted store: a key file that wraps a random data key, and a SQLCipher database keyed with it.

Plain Python: never imports Qt. See DESIGN.md "The vault". Names load on first use, so that
importing vault.unlock (to derive a key) does not also load the database layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wellbeing_desktop.vault.kdf import KdfParams
    from wellbeing_desktop.vault.search import SearchHit
    from wellbeing_desktop.vault.vault import Vault

__all__ = ["KdfParams", "SearchHit", "Vault"]


def __getattr__(name: str) -> Any:
    if name == "Vault":
        from wellbeing_desktop.vault.vault import Vault

        return Vault
    if name == "SearchHit":
        from wellbeing_desktop.vault.search import SearchHit

        return SearchHit
    if name == "KdfParams":
        from wellbeing_desktop.vault.kdf import KdfParams

        return KdfParams
    raise AttributeError(name)
