"""The pipx / pip path: the wheel carries the forms, ui/, assets/ (content, icons, .qm translations) and
the licence, and `wellbeing-desktop --self-test` passes from a fresh venv with only the wheel installed
(about 20 s with pip's cache warm, as it is after `make test` has made .venv)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from wellbeing_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, env=env, cwd=cwd, timeout=600, check=False
    )
    assert done.returncode == 0, f"{args}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", out, ROOT)
    (built,) = out.glob("wellbeing_desktop-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_carries_forms_assets_translations_and_the_licence(wheel: Path) -> None:
    assert wheel.name == f"wellbeing_desktop-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "wellbeing_desktop/_data"
    expected = {
        "wellbeing_desktop/gui/forms/ui_main_window.py",
        "wellbeing_desktop/gui/forms/ui_unlock.py",
        f"{data}/ui/main_window.ui",
        f"{data}/assets/content/pack.toml",
        f"{data}/assets/icons/wellbeing-desktop.svg",
        f"{data}/assets/i18n/wellbeing_desktop_en_XA.qm",
        f"{data}/LICENSE",
    }
    assert expected <= names, sorted(expected - names)
    assert not any(name.startswith("tests/") for name in names)
    entry_points = zipfile.ZipFile(wheel).read(f"wellbeing_desktop-{__version__}.dist-info/entry_points.txt")
    assert b"wellbeing-desktop = wellbeing_desktop.app:main" in entry_points


@pytest.mark.slow
def test_the_self_test_passes_from_a_fresh_venv_with_the_wheel(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv)
    python, command = venv / "bin" / "python", venv / "bin" / "wellbeing-desktop"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WELLBEING_", "PYTHON", "VIRTUAL_ENV"))}
    _run(python, "-m", "pip", "install", "--quiet", wheel, env=env)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env.update(TMPDIR=str(scratch), HOME=str(tmp_path / "home"))
    where = _run(
        python, "-c", "import wellbeing_desktop; print(wellbeing_desktop.__file__)", env=env, cwd=tmp_path
    )
    assert where.startswith(str(venv)), where
    assert _run(command, "--version", env=env, cwd=tmp_path).strip() == f"wellbeing-desktop {__version__}"
    out = _run(command, "--self-test", env=env, cwd=tmp_path)
    assert "ok    find the app's files" in out and out.splitlines()[-1].startswith("Self-test passed")
    assert list(scratch.iterdir()) == []
