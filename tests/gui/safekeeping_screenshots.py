"""Screenshots of the safekeeping dialogs (Preferences, change passphrase, rotate the key, restore) into
docs/screenshots/, light and dark, on a demo vault.

Run from the repository root:  QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.safekeeping_screenshots
The test suite runs the same code into a temporary folder (test_safekeeping_dialogs.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.gui.screenshots import NOW, OUT, themed


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(6):
        QApplication.processEvents()


def grab_dialogs(out: Path, themes: tuple[str, ...] = ("light", "dark")) -> list[Path]:
    from PySide6.QtWidgets import QDialog

    from wellbeing_desktop.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
    from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
    from wellbeing_desktop.gui.dialogs.restore_dialog import RestoreDialog
    from wellbeing_desktop.gui.dialogs.rotate_key_dialog import RotateKeyDialog
    from wellbeing_desktop.gui.vault_session import VaultSession
    from wellbeing_desktop.services import demo, preferences
    from wellbeing_desktop.vault import Vault
    from wellbeing_desktop.vault.backup import write_backup

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "wellbeing-desktop"
        folder = home / "vault"
        vault = Vault.create(folder, demo.PASSPHRASE)
        demo.fill(vault, NOW.date())
        vault.create_recovery_key()
        usb = Path(tmp) / "usb" / "Wellbeing backups"
        usb.mkdir(parents=True)
        preferences.save(vault, {"auto_backup_folder": str(usb)})
        backup = usb / "Wellbeing automatic backup 2026-11-19 18.02.41"
        write_backup(vault, backup)
        session = VaultSession(folder)
        session.adopt(vault)
        shown = Path("~/.local/share/wellbeing-desktop")  # the folder names a person would see
        dialogs: list[tuple[str, QDialog]] = []
        for name in themes:
            with themed(name == "dark"):
                # The folder as it would be on a person's laptop (the dialog only shows it).
                preferences.save(vault, {"auto_backup_folder": "/media/sam/USB stick/Wellbeing backups"})
                dialogs = [
                    ("preferences", PreferencesDialog(session)),
                    ("change-passphrase", ChangePassphraseDialog(session)),
                    ("rotate-key", RotateKeyDialog(session)),
                    (
                        "restore",
                        RestoreDialog(backup, shown / "vault before restore 2026-11-26 18.30.00"),
                    ),
                ]
                for screen, dialog in dialogs:
                    dialog.show()
                    _settle()
                    path = out / f"{screen}-{name}.png"
                    dialog.grab().save(str(path))
                    written.append(path)
                    dialog.done(QDialog.DialogCode.Rejected)
                    dialog.deleteLater()
                _settle()
        session.lock()
        _settle()
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WELLBEING_KDF", "minimum")
    from wellbeing_desktop.gui.application import make_application

    app = make_application(sys.argv[:1])
    for path in grab_dialogs(OUT):
        print(path.relative_to(OUT.parents[1]))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
