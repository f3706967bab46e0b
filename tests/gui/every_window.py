"""Every window of the app, opened in turn on a demo vault, for checks that must see them all (the
accessibility walk, keyboard and text-size tests). Works without pytest too (python -m tests.gui.every_window
lists what the accessibility rule finds).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.gui.screenshots import NOW, SIZE, _record_sessions, _settle
from wellbeing_desktop.content import load_builtin
from wellbeing_desktop.gui.clock import FakeClock
from wellbeing_desktop.gui.main_window import MainWindow
from wellbeing_desktop.gui.vault_session import VaultSession
from wellbeing_desktop.services import demo
from wellbeing_desktop.vault import Vault

SCREEN_NAMES = ("today", "diary", "plan", "mood", "supervision", "people", "growth")


@contextmanager
def demo_window(folder: Path, *, unlocked: bool = True) -> Iterator[MainWindow]:
    """A main window on a demo vault in `folder` (made if need be), unlocked unless asked otherwise."""
    if not folder.exists():
        vault = Vault.create(folder, demo.PASSPHRASE)
        demo.fill(vault, NOW.date())
        _record_sessions(vault)
        vault.create_recovery_key()
        vault.lock()
    session = VaultSession(folder)
    window = MainWindow(session, load_builtin(), FakeClock(NOW))
    window.resize(*SIZE)
    window.show()
    if unlocked:
        session.adopt(Vault.open(folder, demo.PASSPHRASE))
    _settle()
    try:
        yield window
    finally:
        session.lock()
        window.close()
        window.deleteLater()
        _settle()


def show_screen(window: MainWindow, index: int) -> QWidget:
    """Screen `index`, in the state that shows most of it: an entry, a person or a session open."""
    from wellbeing_desktop.gui.main_window import DIARY, PEOPLE, SUPERVISION

    window.show_view(index)
    view = window.current_view()
    vault = window.session.vault
    if index == DIARY:
        row = vault.connection.execute("SELECT id FROM entries ORDER BY created_ts DESC LIMIT 1").fetchone()
        if row:
            window.diary.open_entry(row[0])
    elif index == PEOPLE:
        people = vault.people.all()
        if people:
            view.open_person(people[0].id)  # type: ignore[attr-defined]
    elif index == SUPERVISION:
        sessions = view.findChild(QWidget, "sessionList")
        if sessions is not None and hasattr(sessions, "setCurrentRow"):
            sessions.setCurrentRow(0)
    _settle()
    return view


def dialogs(window: MainWindow, tmp: Path) -> Iterator[tuple[str, QWidget]]:
    """Each dialog over `window` (unlocked), shown, then closed once the caller has looked."""
    from wellbeing_desktop.gui.crash_dialog import CrashDialog
    from wellbeing_desktop.gui.dialogs.about_dialog import AboutDialog
    from wellbeing_desktop.gui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
    from wellbeing_desktop.gui.dialogs.checkin_dialog import CheckInDialog
    from wellbeing_desktop.gui.dialogs.content_packs_dialog import ContentPacksDialog
    from wellbeing_desktop.gui.dialogs.export_dialog import ExportDialog
    from wellbeing_desktop.gui.dialogs.journal_import_dialog import JournalImportDialog
    from wellbeing_desktop.gui.dialogs.my_template_dialog import MyTemplateDialog
    from wellbeing_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
    from wellbeing_desktop.gui.dialogs.recovery_key_dialog import RecoveryKeyDialog
    from wellbeing_desktop.gui.dialogs.reflection_dialog import ReflectionDialog
    from wellbeing_desktop.gui.dialogs.restore_dialog import RestoreDialog
    from wellbeing_desktop.gui.dialogs.rotate_key_dialog import RotateKeyDialog
    from wellbeing_desktop.gui.dialogs.share_templates_dialog import ShareTemplatesDialog
    from wellbeing_desktop.gui.dialogs.support_dialog import SupportDialog
    from wellbeing_desktop.vault.backup import write_backup
    from wellbeing_desktop.vault.recovery_key import format_key

    session, content, clock = window.session, window.content, window.clock
    backup = tmp / "backup"
    if not backup.exists():
        write_backup(session.vault, backup)
    makers: list[tuple[str, Callable[[], QDialog]]] = [
        ("check-in", lambda: CheckInDialog(session, content, clock, window)),
        ("preferences", lambda: PreferencesDialog(session, window)),
        ("support", lambda: SupportDialog(session, content.signposts, window)),
        ("export", lambda: ExportDialog(session, clock, window)),
        ("journal-import", lambda: JournalImportDialog(session, window)),
        ("content-packs", lambda: ContentPacksDialog(session, window, tmp / "content-packs")),
        ("my-template", lambda: MyTemplateDialog(session.vault, None, window)),
        ("share-templates", lambda: ShareTemplatesDialog(list(content.templates)[:2], window)),
        ("change-passphrase", lambda: ChangePassphraseDialog(session, window)),
        ("rotate-key", lambda: RotateKeyDialog(session, window)),
        ("restore", lambda: RestoreDialog(backup, tmp / "kept aside", window)),
        ("recovery-key", lambda: RecoveryKeyDialog(format_key(bytes(range(32))), window)),
        ("reflection", lambda: ReflectionDialog(session, content, clock, window)),
        ("about", lambda: AboutDialog(window)),
        ("crash", lambda: CrashDialog("A report for the test.", window)),
    ]
    for name, make in makers:
        dialog = make()
        dialog.show()
        _settle()
        yield name, dialog
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()
        _settle()


def supervision_mode(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """The supervision-mode window, and the dialog that asks for the passphrase to leave it."""
    from wellbeing_desktop.gui.supervision.leave_dialog import LeaveDialog
    from wellbeing_desktop.gui.supervision.mode import SupervisionMode

    mode = SupervisionMode.of(window)
    mode.enter(full_screen=False)
    shown = mode.window
    assert shown is not None
    shown.resize(*SIZE)
    _settle()
    yield "supervision-mode", shown
    leave = LeaveDialog(window.session.folder, shown)
    leave.show()
    _settle()
    yield "leave-supervision", leave
    leave.done(QDialog.DialogCode.Rejected)
    leave.deleteLater()


def lock_screens(tmp: Path) -> Iterator[tuple[str, QWidget]]:
    """The create-vault view (no vault yet), the unlock view and the recovery dialog."""
    from wellbeing_desktop.gui.dialogs.recover_dialog import RecoverDialog

    fresh = VaultSession(tmp / "not yet made")
    window = MainWindow(fresh, load_builtin(), FakeClock(NOW))
    window.resize(*SIZE)
    window.show()
    _settle()
    yield "create-vault", window.ui.lockPage
    window.close()
    window.deleteLater()
    with demo_window(tmp / "vault", unlocked=False) as locked:
        yield "unlock", locked.ui.lockPage
        recover = RecoverDialog(locked.session, locked)
        recover.show()
        _settle()
        yield "recover", recover
        recover.done(QDialog.DialogCode.Rejected)
        recover.deleteLater()


def every_window(tmp: Path) -> Iterator[tuple[str, QWidget, tuple[QWidget, ...]]]:
    """(name, widget, parts to leave out) for each screen, the window around them, every dialog,
    supervision mode and the lock screens: each shown while the caller looks at it."""
    with demo_window(tmp / "vault") as window:
        for index, screen in enumerate(SCREEN_NAMES):
            yield screen, show_screen(window, index), ()
        yield "main-window", window, (window.ui.viewStack,)
        for name, dialog in dialogs(window, tmp):
            yield name, dialog, ()
        for name, shown in supervision_mode(window):
            yield name, shown, ()
    for name, shown in lock_screens(tmp):
        yield name, shown, ()


def main() -> int:
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WELLBEING_KDF", "minimum")
    from tests.gui.accessibility_walk import check
    from wellbeing_desktop.gui.application import make_application

    make_application(sys.argv[:1])
    found: list[str] = []
    with tempfile.TemporaryDirectory() as name:
        for window_name, widget, skip in every_window(Path(name)):
            found += check(widget, window_name, skip)
    print("\n".join(found))
    print(len(found), "problems")
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
