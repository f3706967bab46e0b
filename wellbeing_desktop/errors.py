"""Errors a person can act on. Each carries one clear sentence and the CLI exit code (DESIGN.md).

Anything that is not one of these is a bug and is reported as such, never shown as a traceback.
"""

from __future__ import annotations

from wellbeing_desktop.i18n import Context

# The sentences the vault and the services raise, in the person's language in the app (translated where
# they are raised; the command line says them in English). Places such as `checkins[3].mood` stay as
# they are: they name the data, not the language.
VaultErrors = Context("VaultErrors")
ServiceErrors = Context("ServiceErrors")  # the services' (a file to import, the plan, the address book)


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

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or VaultErrors.tr("That passphrase does not open this vault."))


class NotAVault(WellbeingError):
    """The folder is not a vault, or the vault is damaged: never silently replaced by a new one."""

    exit_code = 4


class VaultDamaged(NotAVault):
    exit_code = 4


class NewerVaultVersion(WellbeingError):
    exit_code = 4


class VaultLocked(WellbeingError):
    def __init__(self) -> None:
        super().__init__(VaultErrors.tr("The vault is locked."))


class StorageError(WellbeingError):
    """The vault could not be written or read (a full disk, a failing drive, another program holding
    it). The transaction was rolled back: nothing half-written remains."""


class ValidationError(WellbeingError):
    """One or more fields break the domain rules; `problems` lists each as 'place: what is wrong'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        first = problems[0] if problems else VaultErrors.tr("invalid data")
        more = len(problems) - 1
        if more > 0:
            first = VaultErrors.tr("%1 (and %Ln more problems)", "%1 (and %Ln more problem)", more).replace(
                "%1", first
            )
        super().__init__(first)


class EmptySearch(WellbeingError):
    def __init__(self) -> None:
        super().__init__(VaultErrors.tr("Type one or more words to search for."))
