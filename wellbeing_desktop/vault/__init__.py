"""The encrypted store: a key file that wraps a random data key, and a SQLCipher database keyed with it.

Plain Python: never imports Qt. See DESIGN.md "The vault".
"""

from wellbeing_desktop.vault.kdf import KdfParams
from wellbeing_desktop.vault.search import SearchHit
from wellbeing_desktop.vault.vault import Vault

__all__ = ["KdfParams", "SearchHit", "Vault"]
