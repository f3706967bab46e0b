"""Fill a Qt .ts file with pseudo-translations: accented and about 40% longer, in brackets.

usage: python packaging/pseudo_translate.py assets/i18n/wellbeing_desktop_en_XA.ts (make translations)

Run the app with WELLBEING_LANG=en_XA to see at a glance which words are not translatable yet (they
stay plain) and which layouts cut off longer languages. Placeholders (%1, %n), HTML tags, entities and
the & of a keyboard accelerator are kept as they are.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ACCENTS = str.maketrans("aeiouyAEIOUYcnsCNSgzGZ", "áéîõüýÅÉÎÕÜÝçñšÇÑŠğžĞŽ")
# Kept whole: tags, entities, %1 / %n / %Ln / %L1 placeholders, {names}, and an accelerator's "&".
KEEP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;|%L?\d|%L?n|\{[^}]*\}|&")
PADDING = " ·~"  # the extra ~40% is made of these, so it reads as padding
# A QLocale date or time pattern ("dddd d MMMM yyyy, HH:mm", "d MMMM yyyy 'at' HH:mm") is offered for
# translation so a language can reorder it; accents would break it, so it is kept as it is.
DATE_PATTERN = re.compile(r"(?:d{1,4}|M{1,4}|yy(?:yy)?|[Hhms]{1,2}|AP|ap|'[^']*'|[\s,.:/·–-])+")


def pseudo(text: str) -> str:
    if not text.strip() or DATE_PATTERN.fullmatch(text):
        return text
    parts: list[str] = []
    position = 0
    for match in KEEP.finditer(text):
        parts.append(text[position : match.start()].translate(ACCENTS))
        parts.append(match.group())
        position = match.end()
    parts.append(text[position:].translate(ACCENTS))
    visible = len(KEEP.sub("", text))
    extra = max(1, round(visible * 0.4))
    padding = (PADDING * extra)[:extra]
    return f"[{''.join(parts)}{padding}]"


def fill(path: Path) -> int:
    tree = ET.parse(path)  # noqa: S314 - a file this project generates
    count = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)  # finished: lrelease keeps it
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            for form in forms:
                form.text = pseudo(source)
            if len(forms) < 2:
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
        count += 1
    root = tree.getroot()
    root.set("language", "en_XA")
    ET.indent(tree)
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return count


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} messages pseudo-translated")
