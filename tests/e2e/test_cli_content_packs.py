"""The command line's export names a template as the app does, from the packs installed in the app's
folder (WELLBEING_HOME), and still loads neither Qt nor matplotlib."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.cli_runner import PASSPHRASE, init_vault, with_passphrase
from tests.e2e.test_privacy import _WATCHED
from tests.unit.services.documents import document, entry
from wellbeing_desktop.content import installed as packs

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "example-pack" / "riverside-peer-support"


def test_the_markdown_export_names_an_installed_packs_template(tmp_path: Path) -> None:
    home = tmp_path / "home"
    packs.install(EXAMPLE, home / "content-packs")
    folder = init_vault(tmp_path / "vault")
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document(entries=[entry(1, template="riverside-shift-end")])))
    assert with_passphrase("import", folder, source).code == 0
    output = tmp_path / "diary.md"

    export = ("export", "--vault", folder, "--passphrase-stdin", "--format", "markdown", "--output", output)
    done = subprocess.run(
        [sys.executable, "-c", _WATCHED, *map(str, export)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "WELLBEING_HOME": str(home)},
    )
    watched = json.loads(done.stderr.strip().splitlines()[-1])
    assert watched["code"] == 0, done.stderr
    assert watched["heavy"] == [] and watched["sockets"] == []
    assert "- Reflection: Closing the shift\n" in output.read_text(encoding="utf-8")
