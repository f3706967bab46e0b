"""The one place the desktop app opens, creates and locks its vault.

Signals:
    opening()               the vault is open and `unlocked` comes next: build what must hear it
    unlocked()              the vault is open; views may load
    about_to_lock()         views save pending edits now, while the vault is still open
    locked()                the vault is closed and the key zeroed; views have cleared themselves
    failed(str)             creating or unlocking failed; one sentence for the person
    busy_changed(bool)      key derivation is running in the background
    changed(str)            something was saved: "entries", "checkins", "plan", "preferences",
                            "supervision" (sessions and their agreed actions), "people" (the address
                            book), "reflection" (a monthly work-wellbeing reflection) or "templates"
                            (my own reflection templates)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from wellbeing_desktop.errors import VaultLocked, WellbeingError
from wellbeing_desktop.gui.background import run_in_background
from wellbeing_desktop.vault.files import KEYS_NAME

if TYPE_CHECKING:
    from wellbeing_desktop.vault import Vault


class VaultSession(QObject):
    opening = Signal()
    unlocked = Signal()
    about_to_lock = Signal()
    locked = Signal()
    failed = Signal(str)
    busy_changed = Signal(bool)
    changed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._vault: Vault | None = None
        self._busy = False
        self._in_use: Vault | None = None  # a vault that work on another thread still holds
        self._close_when_done = False

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked()
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    @property
    def busy(self) -> bool:
        return self._busy

    def exists(self) -> bool:
        return (self.folder / KEYS_NAME).exists()

    def unlock(self, passphrase: str) -> None:
        from wellbeing_desktop.vault import Vault  # the database layer loads when first needed

        self._start(lambda: Vault.open(self.folder, passphrase))

    def create(self, passphrase: str) -> None:
        from wellbeing_desktop.vault import Vault

        self._start(lambda: Vault.create(self.folder, passphrase))

    def adopt(self, vault: Vault) -> None:
        """Use a vault that is already open (the demo opens its own)."""
        self._vault = vault
        self.opening.emit()
        self.unlocked.emit()

    def lock(self) -> None:
        if self._vault is None:
            return
        self.about_to_lock.emit()
        vault, self._vault = self._vault, None
        if vault is self._in_use:
            self._close_when_done = True  # the screens clear now; the vault closes when the work ends
        else:
            vault.lock()
        self.locked.emit()

    def run_with_vault(
        self,
        work: Callable[[Vault], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Slow work on the open vault (a new passphrase's key derivation, a key rotation) off the GUI
        thread. Locking meanwhile clears the screens at once; the vault itself is closed, and its key
        zeroed, as soon as the work has ended."""
        vault = self.vault
        if self._in_use is not None:
            on_failure(WellbeingError("Please wait: the vault is still busy with the last change."))
            return
        self._in_use = vault

        def finish(handler: Callable[[Any], None], value: object) -> None:
            self._in_use = None
            if self._close_when_done:
                self._close_when_done = False
                vault.lock()
            handler(value)

        run_in_background(
            lambda: work(vault),
            lambda result: finish(on_success, result),
            lambda error: finish(on_failure, error),
        )

    def replace(self, work: Callable[[], Vault], done: Callable[[BaseException | None], None]) -> None:
        """Lock, then open the vault that `work` returns off the GUI thread (a restore puts a backup in
        place this way); the unlock screen is busy meanwhile. `done` hears None once `unlocked` has
        been emitted, or the error (a sentence the person can act on also goes to `failed`)."""
        self.lock()
        if self._busy:
            done(WellbeingError("Please wait: the vault is busy."))
            return
        self._set_busy(True)

        def opened(vault: Vault) -> None:
            self._opened(vault)
            done(None)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if isinstance(error, WellbeingError):
                self.failed.emit(error.message)
            done(error)

        run_in_background(work, opened, failed)

    def _start(self, work: Callable[[], Vault]) -> None:
        if self._busy:
            return
        self._set_busy(True)
        run_in_background(work, self._opened, self._failed)

    def _opened(self, vault: Vault) -> None:
        self._vault = vault
        self._set_busy(False)
        self.opening.emit()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WellbeingError):
            self.failed.emit(error.message)
        else:
            raise error

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)
