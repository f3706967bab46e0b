"""The built desktop bundle (dist/wellbeing-desktop, `make package`): its --self-test passes, it holds
what the app needs and not what it does not, it is under 250 MB and it reaches the unlock window about
as fast as the source run. Run by `make test-package`, which builds it first; never by `make test`."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wellbeing_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "wellbeing-desktop"
EXECUTABLE = BUNDLE / "wellbeing-desktop"
MODULES_TOC = ROOT / "build" / "pyinstaller" / "wellbeing-desktop" / "PYZ-00.toc"
MAX_BYTES = 250 * 10**6
MAX_RATIO = 1.2

pytestmark = [pytest.mark.slow, pytest.mark.package]

sys.path.insert(0, str(ROOT / "packaging"))
import measure_startup  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def built() -> None:
    assert EXECUTABLE.is_file(), "no bundle in dist/: run `make test-package` (it builds one first)"


def _clean_env(tmp_path: Path) -> dict[str, str]:
    scratch = tmp_path / "tmp"
    scratch.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WELLBEING_", "PYTHON", "QT_"))}
    env.update(TMPDIR=str(scratch), HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def test_the_bundle_passes_its_self_test(tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    done = subprocess.run(
        [str(EXECUTABLE), "--self-test"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1].startswith("Self-test passed"), done.stdout
    assert list((tmp_path / "tmp").iterdir()) == []
    assert not (tmp_path / "home").exists(), "the self-test touched the person's home folder"
    version = subprocess.run([str(EXECUTABLE), "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"wellbeing-desktop {__version__}"


def test_the_bundle_holds_what_the_app_needs_and_leaves_out_the_rest() -> None:
    internal = BUNDLE / "_internal"
    files = {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}
    needed = [
        "wellbeing_desktop/_data/assets/content/pack.toml",
        "wellbeing_desktop/_data/assets/i18n/wellbeing_desktop_en_XA.qm",
        "wellbeing_desktop/_data/ui/main_window.ui",
        "wellbeing_desktop/_data/LICENSE",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    ]
    assert [n for n in needed if n not in files] == []
    assert any(n.startswith("sqlcipher3/_sqlite3") for n in files), "the SQLCipher extension is missing"
    unwanted = ("libQt6Network", "libQt6Qml", "libQt6Quick", "_tkinter", "_tkagg", "designer_", "linguist_")
    assert [n for n in files if any(u in n for u in unwanted)] == []
    _, entries = ast.literal_eval(MODULES_TOC.read_text(encoding="utf-8"))  # (archive, [(name, path, kind)])
    modules = {entry[0] for entry in entries}
    backends = ("tkagg", "gtk4", "wx", "webagg", "macosx")
    absent = [
        "tkinter",
        "pytest",
        "tests",
        "hypothesis",
        *(f"matplotlib.backends.backend_{b}" for b in backends),
    ]
    assert [name for name in absent if name in modules] == []
    assert {"wellbeing_desktop.self_test", "matplotlib.backends.backend_agg", "sqlcipher3"} <= modules


def test_the_bundle_is_small_and_starts_as_fast_as_the_source_run() -> None:
    figures = measure_startup.measure(BUNDLE, rounds=7)
    bundle_ms, source_ms = figures["bundle"] * 1000, figures["source"] * 1000
    print(
        f"\nbundle {figures['size'] / 1e6:.0f} MB; to the unlock window: bundle {bundle_ms:.0f} ms,"
        f" source {source_ms:.0f} ms, ratio {figures['ratio']:.2f}"
    )
    assert figures["size"] < MAX_BYTES
    assert figures["ratio"] <= MAX_RATIO
