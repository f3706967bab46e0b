"""Screenshots of every main screen, light and dark, on the demo vault: docs/screenshots/.

Run from the repository root:  QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.screenshots
The same code runs in the test suite (into a temporary folder), so it cannot rot.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellbeing_desktop.services.print_html import PrintableDocument
    from wellbeing_desktop.vault import Vault

SIZE = (1100, 720)
NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone(timedelta(0)))
OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@contextmanager
def themed(dark: bool, text_percent: int = 100) -> Iterator[None]:
    """The app's own light or dark theme and a text size; the system look comes back after."""
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.gui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, "dark" if dark else "light", text_percent)
    try:
        yield
    finally:
        theme.apply(app, "system", 100)


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(6):  # layouts settle over a few turns of the event loop
        QApplication.processEvents()


def grab_all(out: Path, themes: tuple[str, ...] = ("light", "dark")) -> list[Path]:
    """Every screen of a window on a demo vault; returns the files written."""
    from wellbeing_desktop.content import load_builtin
    from wellbeing_desktop.gui.clock import FakeClock
    from wellbeing_desktop.gui.main_window import MainWindow
    from wellbeing_desktop.gui.vault_session import VaultSession
    from wellbeing_desktop.services import demo, preferences
    from wellbeing_desktop.vault import Vault

    out.mkdir(parents=True, exist_ok=True)
    content = load_builtin()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        vault = Vault.create(folder, demo.PASSPHRASE)
        demo.fill(vault, NOW.date())
        _record_sessions(vault)
        vault.lock()
        for name in themes:
            with themed(name == "dark"):
                session = VaultSession(folder)
                window = MainWindow(session, content, FakeClock(NOW))
                window.resize(*SIZE)
                window.show()

                def shot(screen: str, window: MainWindow = window, name: str = name) -> None:
                    _settle()
                    path = out / f"{screen}-{name}.png"
                    window.grab().save(str(path))
                    written.append(path)

                shot("unlock")
                opened = Vault.open(folder, demo.PASSPHRASE)
                preferences.save(opened, {"theme": name})  # the theme a person would have chosen
                session.adopt(opened)
                screens: list[tuple[str, Callable[[], None]]] = [
                    ("today", lambda w=window: w.show_view(w.views.index(w.today))),
                    ("diary", lambda w=window: _open_first_flagged(w)),
                    ("plan", lambda w=window: w.show_view(w.views.index(w.plan))),
                    ("mood", lambda w=window: w.show_view(w.views.index(w.mood))),
                    ("supervision", lambda w=window: w.show_view(w.views.index(w.supervision))),
                    ("people", lambda w=window: _open_people(w)),
                ]
                for screen, show in screens:
                    show()
                    shot(screen)
                written.append(_grab_check_in(window, out / f"checkin-{name}.png"))
                written.extend(_grab_supervision_mode(window, out, name))
                session.lock()
                window.close()
                window.deleteLater()
                _settle()
    return written


def _grab_check_in(window: object, path: Path) -> Path:
    """The check-in dialog, filled in the way a person might after a long day."""
    from wellbeing_desktop.gui.dialogs.checkin_dialog import CheckInDialog
    from wellbeing_desktop.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    dialog = CheckInDialog(window.session, window.content, window.clock, window)
    dialog.ui.mood6Button.setChecked(True)
    dialog.energy.set_value(4)
    dialog.ui.feelingsEdit.setText("tired, hopeful")
    dialog.ui.noteEdit.setPlainText("Long group session, then a good chat with a colleague.")
    if dialog.coping_checks:
        dialog.coping_checks[0].setChecked(True)
    dialog.ui.talkedGroup.setChecked(True)  # "I talked with someone today", and who
    for check in dialog.talked.person_checks:
        check.setChecked(check.text() == "Jo")
    dialog.show()
    _settle()
    dialog.grab().save(str(path))
    dialog.reject()
    return path


def _record_sessions(vault: object) -> None:
    """Two supervision sessions before NOW, and a plan that has changed a little since the last."""
    from datetime import date

    from wellbeing_desktop.services.plan import PlanService
    from wellbeing_desktop.services.supervision import SupervisionService
    from wellbeing_desktop.vault import Vault

    assert isinstance(vault, Vault)
    service = SupervisionService(vault, lambda: NOW)
    service.record(
        date(2026, 10, 22),
        supervisor="Priya",
        discussed="The group session that went quiet, and how I felt afterwards.",
        actions=[("Read the lone-working guidance", None)],
    )
    service.record(
        date(2026, 11, 12),
        supervisor="Priya",
        discussed=(
            "The tense phone call last week: what I noticed in myself, and what helped afterwards. "
            "Talked about taking a proper break after difficult calls, and about training."
        ),
        actions=[
            ("Book the de-escalation refresher", date(2026, 12, 3)),
            ("Ask about the peer supporters' group", None),
        ],
    )
    plan = PlanService(vault, lambda: NOW)
    plan.add_item("after-difficult", "Ten minutes outside before the next call")
    plan.add_item("development", "Co-facilitate a group by spring")


def _grab_supervision_mode(window: object, out: Path, name: str) -> list[Path]:
    """Supervision mode in a window of the screenshots' size: the plan, then the mood summary."""
    from wellbeing_desktop.gui.main_window import MainWindow
    from wellbeing_desktop.gui.supervision.mode import SupervisionMode

    assert isinstance(window, MainWindow)
    mode = SupervisionMode.of(window)
    mode.enter(full_screen=False)
    shown = mode.window
    assert shown is not None
    shown.resize(*SIZE)
    written = []
    for screen, tab in (("supervision-mode", 0), ("supervision-mode-mood", 2)):
        shown.ui.pagesTabs.setCurrentIndex(tab)
        _settle()
        path = out / f"{screen}-{name}.png"
        shown.grab().save(str(path))
        written.append(path)
    return written


def _open_people(window: object) -> None:
    """People I can talk to, with Sam (whom the demo has left a while without a chat) open."""
    from wellbeing_desktop.gui.main_window import PEOPLE, MainWindow
    from wellbeing_desktop.gui.views.people_view import PeopleView

    assert isinstance(window, MainWindow)
    window.show_view(PEOPLE)
    view = window.current_view()
    assert isinstance(view, PeopleView)
    sam = next((p for p in window.session.vault.people.all() if p.name == "Sam"), None)
    if sam is not None:
        view.open_person(sam.id)


def _open_first_flagged(window: object) -> None:
    from wellbeing_desktop.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_view(window.views.index(window.diary))
    vault = window.session.vault
    first = vault.connection.execute(
        "SELECT id FROM entries WHERE template = 'debrief' ORDER BY created_ts DESC LIMIT 1"
    ).fetchone()
    if first:
        window.diary.open_entry(first[0])


def grab_printing(out: Path) -> list[Path]:
    """Page 1 of the plan, diary-entries and recovery-key PDFs (with pdftoppm, when it is installed) and
    the Export dialog, light, on the demo vault."""
    import shutil
    import subprocess

    from wellbeing_desktop.gui.clock import FakeClock
    from wellbeing_desktop.gui.dialogs.export_dialog import ExportDialog
    from wellbeing_desktop.gui.printing.render import pdf_bytes
    from wellbeing_desktop.gui.vault_session import VaultSession
    from wellbeing_desktop.services import demo
    from wellbeing_desktop.services.print_diary import render_diary
    from wellbeing_desktop.services.print_plan import render_plan
    from wellbeing_desktop.services.print_recovery_key import recovery_key_document
    from wellbeing_desktop.vault import Vault
    from wellbeing_desktop.vault.recovery_key import format_key

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        vault = Vault.create(folder, demo.PASSPHRASE)
        demo.fill(vault, NOW.date())
        rows = vault.connection.execute(
            "SELECT id FROM entries WHERE template IS NOT NULL ORDER BY created_ts DESC LIMIT 2"
        ).fetchall()
        chosen = [str(row[0]) for row in rows]
        key = format_key(bytes(range(32)))  # a made-up key for the picture
        shown = Path("~/.local/share/wellbeing-desktop/vault")
        documents: list[tuple[str, PrintableDocument]] = [
            ("pdf-plan", render_plan(vault, NOW.date())),
            ("pdf-diary", render_diary(vault, chosen, NOW.date())),
            ("recovery-key-pdf", recovery_key_document(key, shown, NOW.date())),
            ("pdf-supervision-pack", _supervision_pack(vault)),
        ]
        if shutil.which("pdftoppm"):
            for name, document in documents:
                pdf = Path(tmp) / f"{name}.pdf"
                pdf.write_bytes(pdf_bytes(document.html, document.images, title=document.title))
                stem = Path(tmp) / name
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        str(pdf),
                        str(stem),
                    ],
                    check=True,
                )
                path = out / f"{name}.png"
                shutil.move(str(stem.with_suffix(".png")), path)
                written.append(path)
        with themed(dark=False):
            session = VaultSession(folder)
            session.adopt(vault)
            dialog = ExportDialog(session, FakeClock(NOW), choice="entries-pdf", checked_ids=chosen)
            dialog.show()
            _settle()
            path = out / "export-light.png"
            dialog.grab().save(str(path))
            written.append(path)
            dialog.reject()
            session.lock()
            _settle()
    return written


def _supervision_pack(vault: Vault) -> PrintableDocument:
    """The demo vault's pack after a session two weeks ago and a change to the plan since."""
    from datetime import date, timedelta

    from wellbeing_desktop.services.plan import PlanService
    from wellbeing_desktop.services.supervision import SupervisionService
    from wellbeing_desktop.services.supervision_pack import render_supervision_pack

    held = NOW - timedelta(days=14)
    SupervisionService(vault, lambda: held).record(
        held.date(),
        supervisor="Priya",
        actions=[
            ("Book the de-escalation refresher", NOW.date() + timedelta(days=7)),
            ("Ask about cover for the Friday drop-in", None),
        ],
    )
    plan = PlanService(vault, lambda: NOW - timedelta(days=3))
    plan.add_item("boundaries", "I finish on time on Fridays, and say so at the start of the shift")
    plan.set_review_on(date(NOW.year + 1, 2, 26))
    return render_supervision_pack(vault, NOW.date())


def grab_journal_import(out: Path) -> list[Path]:
    """File ▸ Import from another journal…, light, previewing the sample Daylio export on the demo vault."""
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QThreadPool

    from wellbeing_desktop.gui.dialogs.journal_import_dialog import JournalImportDialog
    from wellbeing_desktop.gui.vault_session import VaultSession
    from wellbeing_desktop.services import demo
    from wellbeing_desktop.vault import Vault

    sample = Path(__file__).resolve().parents[1] / "fixtures" / "journals" / "daylio-export.csv"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, themed(dark=False):
        vault = Vault.create(Path(tmp) / "vault", demo.PASSPHRASE)
        demo.fill(vault, NOW.date())
        session = VaultSession(Path(tmp) / "vault")
        session.adopt(vault)
        dialog = JournalImportDialog(session, zone=ZoneInfo("Europe/London"))
        dialog.show()
        dialog.choose_source("daylio")
        dialog.load_file(sample)
        QThreadPool.globalInstance().waitForDone()  # the file is read off the GUI thread
        _settle()
        dialog.ui.fileEdit.setText("~/Downloads/daylio_export.csv")  # where a person would keep it
        dialog.adjustSize()
        _settle()
        path = out / "journal-import-light.png"
        dialog.grab().save(str(path))
        dialog.reject()
        session.lock()
        _settle()
    return [path]


def grab_content_packs(out: Path) -> list[Path]:
    """Preferences ▸ Content packs…, light, with the example pack added and one template of my own."""
    from wellbeing_desktop.gui.dialogs.content_packs_dialog import ContentPacksDialog
    from wellbeing_desktop.gui.vault_session import VaultSession
    from wellbeing_desktop.services import demo, my_templates
    from wellbeing_desktop.vault import Vault

    example = Path(__file__).resolve().parents[2] / "docs" / "example-pack" / "riverside-peer-support"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, themed(dark=False):
        vault = Vault.create(Path(tmp) / "vault", demo.PASSPHRASE)
        my_templates.save(
            vault,
            my_templates.from_form(
                "Before a home visit",
                "A moment to get ready.",
                "How I am: How are you arriving today?\nWhat I need: What would help you feel steady?",
            ),
        )
        session = VaultSession(Path(tmp) / "vault")
        session.adopt(vault)
        dialog = ContentPacksDialog(session, None, Path(tmp) / "content-packs")
        dialog.show()
        dialog.add_pack(example)
        dialog.ui.packList.setCurrentRow(1)
        dialog.ui.templateList.setCurrentRow(0)
        dialog.resize(640, 640)
        _settle()
        path = out / "content-packs-light.png"
        dialog.grab().save(str(path))
        dialog.reject()
        session.lock()
        _settle()
    return [path]


def grab_growth(out: Path, themes: tuple[str, ...] = ("light", "dark")) -> list[Path]:
    """The Growing screen's three tabs on the demo vault, light and dark, and the monthly reflection
    dialog, light, with the answers a person might give at the end of a heavy month."""
    from wellbeing_desktop.content import load_builtin
    from wellbeing_desktop.gui.clock import FakeClock
    from wellbeing_desktop.gui.dialogs.reflection_dialog import ReflectionDialog
    from wellbeing_desktop.gui.main_window import GROWTH, MainWindow
    from wellbeing_desktop.gui.vault_session import VaultSession
    from wellbeing_desktop.gui.views.growth_view import GOALS, LEARNING, REFLECTION, GrowthView
    from wellbeing_desktop.services import demo, preferences
    from wellbeing_desktop.vault import Vault

    out.mkdir(parents=True, exist_ok=True)
    content = load_builtin()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        vault = Vault.create(folder, demo.PASSPHRASE)
        demo.fill(vault, NOW.date())
        vault.lock()
        for name in themes:
            with themed(name == "dark"):
                opened = Vault.open(folder, demo.PASSPHRASE)
                preferences.save(opened, {"theme": name})
                session = VaultSession(folder)
                window = MainWindow(session, content, FakeClock(NOW))
                window.resize(*SIZE)
                window.show()
                session.adopt(opened)
                window.show_view(GROWTH)
                view = window.current_view()
                assert isinstance(view, GrowthView)
                for screen, tab in (
                    ("growth-goals", GOALS),
                    ("growth-learning", LEARNING),
                    ("growth-reflection", REFLECTION),
                ):
                    view.show_tab(tab)
                    _settle()
                    path = out / f"{screen}-{name}.png"
                    window.grab().save(str(path))
                    written.append(path)
                if name == "light":
                    dialog = ReflectionDialog(session, content, window.clock, window)
                    for key, value in (
                        ("worthwhile", 4),
                        ("glad-of", 3),
                        ("own-story", 4),
                        ("energy-left", 2),
                    ):
                        dialog.groups[key].button(value).setChecked(True)
                    dialog.ui.noteEdit.setPlainText("A heavy month, but the group is going well.")
                    dialog.resize(640, 760)
                    dialog.show()
                    _settle()
                    path = out / "reflection-dialog-light.png"
                    dialog.grab().save(str(path))
                    written.append(path)
                    dialog.reject()
                session.lock()
                window.close()
                window.deleteLater()
                _settle()
    return written


@contextmanager
def themed_as(name: str, text_percent: int = 100) -> Iterator[None]:
    """Any of the app's themes ("light", "dark", "high-contrast") and a text size, then the system look."""
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.gui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, name, text_percent)
    try:
        yield
    finally:
        theme.apply(app, "system", 100)


LARGE_TEXT_DIALOGS = ("check-in", "preferences", "support", "export", "reflection", "change-passphrase")


def grab_large_text(
    out: Path,
    text_percent: int = 200,
    theme: str = "light",
    suffix: str = "200",
    only: frozenset[str] | None = None,
) -> list[Path]:
    """Every main screen and the main dialogs with text at `text_percent`, in a window of the usual
    size: {screen}-200.png (or just those named in `only`). What does not fit scrolls; nothing should
    be cut off."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QDialog

    from tests.gui.every_window import SCREEN_NAMES, demo_window, dialogs, show_screen
    from wellbeing_desktop.services import demo, preferences
    from wellbeing_desktop.vault import Vault

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    wanted = set(LARGE_TEXT_DIALOGS) if only is None else set(only)
    with tempfile.TemporaryDirectory() as tmp, themed_as(theme, text_percent):
        folder = Path(tmp) / "vault"
        with demo_window(folder, unlocked=False) as window:
            _settle()
            if only is None or "unlock" in only:
                path = out / f"unlock-{suffix}.png"
                window.grab().save(str(path))
                written.append(path)
            opened = Vault.open(folder, demo.PASSPHRASE)
            preferences.save(opened, {"theme": theme, "text_size": text_percent})
            window.session.adopt(opened)
            for index, screen in enumerate(SCREEN_NAMES):
                if only is not None and screen not in only:
                    continue
                show_screen(window, index)
                _settle()
                path = out / f"{screen}-{suffix}.png"
                window.grab().save(str(path))
                written.append(path)
            for name, dialog in dialogs(window, Path(tmp)):
                if name in wanted:
                    if isinstance(dialog, QDialog):
                        # As the dialog opens on a laptop's screen (the offscreen one is small, and
                        # adjustSize keeps to two-thirds of it): as big as it asks, within the window's size.
                        wanted_size = dialog.sizeHint().boundedTo(QSize(*SIZE))
                        dialog.resize(wanted_size.expandedTo(dialog.minimumSizeHint()))
                        _settle()
                    path = out / f"{name}-{suffix}.png"
                    dialog.grab().save(str(path))
                    written.append(path)
    return written


def grab_high_contrast(out: Path) -> list[Path]:
    """Today, Mood, Growing, Preferences and the check-in in the high-contrast theme:
    {screen}-high-contrast.png."""
    shown = frozenset({"today", "mood", "growth", "preferences", "check-in"})
    return grab_large_text(out, 100, "high-contrast", "high-contrast", only=shown)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WELLBEING_KDF", "minimum")
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.gui.application import make_application

    app = make_application(sys.argv[:1])
    for path in grab_all(OUT):
        print(path.relative_to(OUT.parents[1]))
    for path in grab_printing(OUT):
        print(path.relative_to(OUT.parents[1]))
    for path in grab_journal_import(OUT):
        print(path.relative_to(OUT.parents[1]))
    for path in grab_content_packs(OUT):
        print(path.relative_to(OUT.parents[1]))
    for path in grab_growth(OUT):
        print(path.relative_to(OUT.parents[1]))
    for path in grab_large_text(OUT) + grab_high_contrast(OUT):
        print(path.relative_to(OUT.parents[1]))
    app.processEvents()
    return 0 if isinstance(app, QApplication) else 1


if __name__ == "__main__":
    sys.exit(main())
