"""Where things live. WELLBEING_HOME overrides the platform's user data folder; folders are 0700."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "wellbeing-desktop"


def home() -> Path:
    """The app's own folder. Under tests it must be set explicitly, so no test touches real data."""
    override = os.environ.get("WELLBEING_HOME")
    if override:
        return Path(override).expanduser()
    if os.environ.get("WELLBEING_TESTING"):
        raise RuntimeError("WELLBEING_HOME must be set under tests, so that no test touches real data")
    import platformdirs  # only when no folder is given: keeps scripted CLI runs light

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_vault() -> Path:
    return home() / "vault"


def content_packs_folder() -> Path:
    """Installed content packs (content/installed.py): TOML words, not personal, so outside the vault."""
    return home() / "content-packs"


def log_folder() -> Path:
    if os.environ.get("WELLBEING_HOME"):
        return home() / "logs"
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def private_folder(path: Path) -> Path:
    """Create `path` (and parents) readable by the owner only."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)
    return path
