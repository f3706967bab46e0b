"""Reading fields of another app's JSON, each problem named at its place (`entries[3].date: ...`).

Other apps add fields over the years, so unknown fields are ignored here (unlike our own format,
which refuses them): only what we read is checked.
"""

from __future__ import annotations

from typing import Any

from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, fill, translate
from wellbeing_desktop.services.journal_import.journal import JournalImport, Problems


def kind(value: object) -> str:
    if value is None:
        return "null"
    words = {
        bool: QT_TRANSLATE_NOOP("JournalImport", "true/false"),
        int: QT_TRANSLATE_NOOP("JournalImport", "a number"),
        float: QT_TRANSLATE_NOOP("JournalImport", "a number"),
        str: QT_TRANSLATE_NOOP("JournalImport", "text"),
        list: QT_TRANSLATE_NOOP("JournalImport", "a list"),
        dict: QT_TRANSLATE_NOOP("JournalImport", "an object"),
    }.get(type(value))
    return translate("JournalImport", words) if words else type(value).__name__


def entry_list(data: Any, problems: Problems, what: str) -> list[Any]:
    """The top-level `entries` list of a JSON export, or a problem saying the file is not one."""
    if not isinstance(data, dict):
        not_object = JournalImport.tr('should be an object with "entries", not %1, so it is not %2')
        problems.add(
            JournalImport.tr("(the file)"), fill(not_object, kind(data), translate("JournalImport", what))
        )
        return []
    if "entries" not in data:
        missing = JournalImport.tr("is missing, so this is not %1")
        problems.add("entries", missing.replace("%1", translate("JournalImport", what)))
        return []
    entries = data["entries"]
    if not isinstance(entries, list):
        problems.add("entries", JournalImport.tr("should be a list, not %1").replace("%1", kind(entries)))
        return []
    return entries


def text(
    obj: dict[str, Any], key: str, place: str, problems: Problems, *, required: bool = True
) -> str | None:
    if key not in obj or obj[key] is None:
        if required:
            problems.add(f"{place}.{key}", JournalImport.tr("is missing"))
        return None
    value = obj[key]
    if not isinstance(value, str):
        problems.add(f"{place}.{key}", JournalImport.tr("should be text, not %1").replace("%1", kind(value)))
        return None
    return value


def flag(obj: dict[str, Any], key: str, place: str, problems: Problems) -> bool:
    value = obj.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        not_flag = JournalImport.tr("should be true or false, not %1")
        problems.add(f"{place}.{key}", not_flag.replace("%1", kind(value)))
        return False
    return value


def word_list(obj: dict[str, Any], key: str, place: str, problems: Problems) -> list[str]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        not_words = JournalImport.tr("should be a list of words, not %1")
        problems.add(f"{place}.{key}", not_words.replace("%1", kind(value)))
        return []
    kept = []
    for i, word in enumerate(value):
        if isinstance(word, str):
            kept.append(word)
        else:
            problems.add(
                f"{place}.{key}[{i}]", JournalImport.tr("should be text, not %1").replace("%1", kind(word))
            )
    return kept
