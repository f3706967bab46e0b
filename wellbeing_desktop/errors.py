"""Errors a person can act on. Each carries one clear sentence and the CLI exit code (DESIGN.md).

Anything that is not one of these is a bug and is reported as such, never shown as a traceback.
"""

from __future__ import annotations


class WellbeingError(Exception):
    """An error the user can act on: its message is one plain sentence."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(WellbeingError):
    exit_code = 2


class WrongPassphrase(WellbeingError):
    exit_code = 3

    def __init__(self, message: str = "That passphrase does not open this vault.") -> None:
        super().__init__(message)


class NotAVault(WellbeingError):
    """The folder is not a vault, or the vault is damaged: never silently replaced by a new one."""

    exit_code = 4


class VaultDamaged(NotAVault):
    exit_code = 4


class NewerVaultVersion(WellbeingError):
    exit_code = 4


class VaultLocked(WellbeingError):
    def __init__(self) -> None:
        super().__init__("The vault is locked.")


class StorageError(WellbeingError):
    """The vault could not be written or read (a full disk, a failing drive, another program holding
    it). The transaction was rolled back: nothing half-written remains."""


class ValidationError(WellbeingError):
    """One or more fields break the domain rules; `problems` lists each as 'place: what is wrong'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        first = problems[0] if problems else "invalid data"
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""
        super().__init__(first + suffix)


class EmptySearch(WellbeingError):
    def __init__(self) -> None:
        super().__init__("Type one or more words to search for.")
