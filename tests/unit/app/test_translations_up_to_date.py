"""The committed catalogue holds every word the code and the forms mark for translation, each one
translated, and the .qm is the one compiled from it: a word added without `make translations` would
show untranslated in every language. (pyside6-lupdate reads the whole package in well under a second.)"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CATALOGUE = ROOT / "assets" / "i18n" / "wellbeing_desktop_en_XA"
BIN = Path(sys.executable).parent
Message = tuple[str, str, str, bool]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(ts: Path) -> set[Message]:
    tree = ET.parse(ts)
    return {
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment") or "",
            message.get("numerus") == "yes",
        )
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def _sources() -> list[str]:
    package = ROOT / "wellbeing_desktop"
    python = sorted(str(p) for p in package.rglob("*.py") if "forms" not in p.relative_to(package).parts)
    return python + sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))


def test_the_catalogue_holds_every_marked_word(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *_sources(), "-ts", str(fresh)],
        check=True,
        cwd=ROOT,
    )
    wanted, committed = _messages(fresh), _messages(CATALOGUE.with_suffix(".ts"))
    missing = sorted(wanted - committed)
    stale = sorted(committed - wanted)
    assert not missing and not stale, (
        f"assets/i18n is out of date with the code: run make translations\n"
        f"missing: {missing[:10]}\nno longer in the code: {stale[:10]}"
    )


def test_every_word_of_the_pseudo_locale_is_translated_and_compiled(tmp_path: Path) -> None:
    ts = CATALOGUE.with_suffix(".ts")
    unfinished = [
        message.findtext("source")
        for message in ET.parse(ts).iter("message")
        if (translation := message.find("translation")) is None or translation.get("type") == "unfinished"
    ]
    assert not unfinished, f"run make translations: {unfinished[:5]}"
    compiled = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == CATALOGUE.with_suffix(".qm").read_bytes(), "run make translations"


def test_each_context_is_named_as_lupdate_reads_it() -> None:
    """`Name = Context("Name")`: lupdate takes a word's context from the name before `.tr`, the app
    from the string, so the two must agree or the word is never found in the catalogue."""
    wrong = []
    for path in (ROOT / "wellbeing_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id == "Context"
                and node.value.args
                and isinstance(node.value.args[0], ast.Constant)
            ):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if names != [node.value.args[0].value]:
                    wrong.append(f"{path.name}:{node.lineno}")
    assert not wrong


def test_no_word_is_marked_inside_an_f_string() -> None:
    """pyside6-lupdate reads an f-string as one string and never sees a `.tr("…")` inside its braces,
    so such a word would show in English in every language."""
    hidden = []
    for path in (ROOT / "wellbeing_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [
                    f"{path.name}:{call.lineno}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr in ("tr", "translate")
                ]
    assert not hidden, f"take the .tr(…) out of the f-string: {hidden}"
