"""Reading fields of another app's JSON, each problem named at its place (`entries[3].date: ...`).

Other apps add fields over the years, so unknown fields are ignored here (unlike our own format,
which refuses them): only what we read is checked.
"""

from __future__ import annotations

from typing import Any

from wellbeing_desktop.services.journal_import.journal import Problems


def kind(value: object) -> str:
    if value is None:
        return "null"
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def entry_list(data: Any, problems: Problems, what: str) -> list[Any]:
    """The top-level `entries` list of a JSON export, or a problem saying the file is not one."""
    if not isinstance(data, dict):
        problems.add(
            "(the file)", f'should be an object with "entries", not {kind(data)}, so it is not {what}'
        )
        return []
    if "entries" not in data:
        problems.add("entries", f"is missing, so this is not {what}")
        return []
    entries = data["entries"]
    if not isinstance(entries, list):
        problems.add("entries", f"should be a list, not {kind(entries)}")
        return []
    return entries


def text(
    obj: dict[str, Any], key: str, place: str, problems: Problems, *, required: bool = True
) -> str | None:
    if key not in obj or obj[key] is None:
        if required:
            problems.add(f"{place}.{key}", "is missing")
        return None
    value = obj[key]
    if not isinstance(value, str):
        problems.add(f"{place}.{key}", f"should be text, not {kind(value)}")
        return None
    return value


def flag(obj: dict[str, Any], key: str, place: str, problems: Problems) -> bool:
    value = obj.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        problems.add(f"{place}.{key}", f"should be true or false, not {kind(value)}")
        return False
    return value


def word_list(obj: dict[str, Any], key: str, place: str, problems: Problems) -> list[str]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problems.add(f"{place}.{key}", f"should be a list of words, not {kind(value)}")
        return []
    kept = []
    for i, word in enumerate(value):
        if isinstance(word, str):
            kept.append(word)
        else:
            problems.add(f"{place}.{key}[{i}]", f"should be text, not {kind(word)}")
    return kept
