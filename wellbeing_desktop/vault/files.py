"""The two files of a vault folder. Kept apart so that asking "is there a vault here?" at start-up
loads nothing else of the vault layer."""

KEYS_NAME = "vault.keys"
DB_NAME = "vault.db"
