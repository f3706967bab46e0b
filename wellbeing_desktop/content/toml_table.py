"""A TOML table that knows where it sits in its file, with typed field readers that name the line.

Each reader checks presence, type and length and raises ContentError with one sentence such as
`templates.toml, line 14: template 'gibbs' has no prompts.` so a pack author can fix it by hand.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from wellbeing_desktop.content.source import ContentError, ContentErrors, Source, header_pattern, key_pattern
from wellbeing_desktop.domain import rules
from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, fill, number, translate


@dataclass(frozen=True)
class Table:
    """A table's data plus its place: `line` is its header (1 for the whole file), `end` its last line.

    `located` is False when the table was written inline, so its keys cannot be found line by line.
    """

    source: Source
    data: Mapping[str, object]
    path: str  # the dotted TOML name, e.g. "template.prompt"; "" for the whole file
    label: str  # how sentences name it, e.g. "prompt 2 of template 'gibbs'"
    line: int
    end: int
    located: bool = True

    def named(self, label: str) -> Table:
        return replace(self, label=label)

    def fail(self, problem: str, key: str | None = None) -> ContentError:
        return self.source.error(self.line if key is None else self.line_of(key), problem)

    def line_of(self, key: str, item: str | None = None) -> int:
        """The line of `key = ...` among this table's own keys (or of one text item in its list)."""
        if not self.located:
            return self.line
        first = self.line + 1 if self.path else 1
        stop = min([h for h in self.source.headers if h >= first] + [self.end + 1])
        found = self.source.matching(key_pattern(key), first, stop - 1)
        if not found:
            return self.line
        if item is not None:
            quoted = (f'"{item}"', f"'{item}'")
            for n in range(found[0], stop):
                if any(q in self.source.lines[n - 1] for q in quoted):
                    return n
        return found[0]

    def check_fields(self, allowed: Collection[str]) -> None:
        for key in self.data:
            if key not in allowed:
                unknown = ContentErrors.tr('%1 has an unknown field "%2"; the fields it can have are %3.')
                raise self.fail(fill(unknown, self.label, key, listed(allowed, "and")), key)

    def text(self, key: str, *, most: int, one_line: bool = True, required: bool = True) -> str:
        """Text, trimmed; a missing optional field reads as "". Required text may not be blank."""
        value = self.data.get(key)
        if value is None or (not required and isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(fill(ContentErrors.tr('%1 has no "%2".'), self.label, key))
            return ""
        if not isinstance(value, str):
            raise self.fail(_not_text(key, self.label, value), key)
        text = value.strip()
        if problem := _text_problem(text, most, one_line):
            raise self.fail(fill(ContentErrors.tr('"%1" in %2 %3.'), key, self.label, problem), key)
        return text

    def blank_or_text(self, key: str, *, most: int) -> str:
        """A field that must be there but may be "" for the person to fill in (a contact, say)."""
        if key not in self.data:
            blank = ContentErrors.tr('%1 has no "%2"; write %2 = "" to leave it blank.')
            raise self.fail(fill(blank, self.label, key))
        value = self.data[key]
        if isinstance(value, str) and not value.strip():
            return ""
        return self.text(key, most=most)

    def slug(self, key: str = "key") -> str:
        value = self.data.get(key)
        if value is None:
            raise self.fail(fill(ContentErrors.tr('%1 has no "%2".'), self.label, key))
        if not isinstance(value, str):
            raise self.fail(_not_text(key, self.label, value), key)
        if problem := rules.check_slug(value):
            raise self.fail(fill(ContentErrors.tr('"%1" in %2: %3.'), key, self.label, problem), key)
        return value

    def choice(self, key: str, options: Collection[str]) -> str:
        value = self.text(key, most=100)
        if value not in options:
            should = ContentErrors.tr('"%1" in %2 should be %3, not "%4".')
            raise self.fail(fill(should, key, self.label, listed(options, "or"), value), key)
        return value

    def texts(self, key: str, *, most_chars: int, least: int, most: int) -> tuple[str, ...]:
        """A list of short one-line texts, no two the same (ignoring case)."""
        value = self.data.get(key)
        if not isinstance(value, list):
            if value is None:
                raise self.fail(fill(ContentErrors.tr('%1 has no "%2".'), self.label, key))
            not_list = ContentErrors.tr('"%1" in %2 should be a list of text, not %3.')
            raise self.fail(fill(not_list, key, self.label, describe(value)), key)
        self._check_count(key, len(value), key, least, most)
        out: list[str] = []
        for place, item in enumerate(value, start=1):
            where = fill(ContentErrors.tr('item %1 of "%2" in %3'), str(place), key, self.label)
            if not isinstance(item, str):
                raise self.fail(
                    fill(ContentErrors.tr("%1 should be text, not %2."), where, describe(item)), key
                )
            text = item.strip()
            line = self.line_of(key, item)
            if problem := _text_problem(text, most_chars, one_line=True):
                raise self.source.error(line, fill(ContentErrors.tr("%1 %2."), where, problem))
            if text.casefold() in (seen.casefold() for seen in out):
                twice = ContentErrors.tr('%1 appears twice in "%2" in %3.')
                raise self.source.error(line, fill(twice, repr(text), key, self.label))
            out.append(text)
        return tuple(out)

    def tables(self, key: str, *, noun: str, plural: str, most: int) -> list[Table]:
        """An array of tables (`[[key]]`), at least one, each labelled "noun N" and located by header."""
        value = self.data.get(key, [])
        if not isinstance(value, list):
            not_list = ContentErrors.tr('"%1" in %2 should be a list of %3, not %4.')
            raise self.fail(
                fill(not_list, key, self.label, translate("ContentErrors", plural), describe(value)), key
            )
        self._check_count(key, len(value), translate("ContentErrors", plural), 1, most)
        path = f"{self.path}.{key}" if self.path else key
        headers = (
            self.source.matching(header_pattern(path, array=True), self.line, self.end)
            if self.located
            else []
        )
        out: list[Table] = []
        for index, item in enumerate(value):
            label = fill(ContentErrors.tr("%1 %2"), translate("ContentErrors", noun), str(index + 1))
            if self.path:
                label = fill(ContentErrors.tr("%1 of %2"), label, self.label)
            if not isinstance(item, dict):
                not_table = ContentErrors.tr("%1 should be a table, like [[%2]], not %3.")
                raise self.fail(fill(not_table, label, path, describe(item)), key)
            if len(headers) == len(value):
                end = headers[index + 1] - 1 if index + 1 < len(headers) else self.end
                out.append(Table(self.source, item, path, label, headers[index], end))
            else:
                out.append(Table(self.source, item, path, label, self.line_of(key), self.end, located=False))
        return out

    def table(self, key: str) -> Table:
        """A single sub-table (`[key]`), labelled by its name."""
        value = self.data.get(key)
        path = f"{self.path}.{key}" if self.path else key
        if value is None:
            raise self.fail(fill(ContentErrors.tr("%1 has no [%2] table."), self.label, path))
        if not isinstance(value, dict):
            not_table = ContentErrors.tr('"%1" in %2 should be a table, like [%3], not %4.')
            raise self.fail(fill(not_table, key, self.label, path, describe(value)), key)
        found = (
            self.source.matching(header_pattern(path, array=False), self.line, self.end)
            if self.located
            else []
        )
        if not found:
            return Table(self.source, value, path, f"[{path}]", self.line_of(key), self.end, located=False)
        end = min([h - 1 for h in self.source.headers if h > found[0]] + [self.end])
        return Table(self.source, value, path, f"[{path}]", found[0], end)

    def _check_count(self, key: str, count: int, plural: str, least: int, most: int) -> None:
        if count == 0 and least > 0:
            raise self.fail(fill(ContentErrors.tr("%1 has no %2."), self.label, plural), key)
        if count < least:
            fewer = ContentErrors.tr("%1 needs at least %2 %3, not %4.")
            raise self.fail(fill(fewer, self.label, number(least), plural, number(count)), key)
        if count > most:
            more = ContentErrors.tr("%1 has %2 %3; the most is %4.")
            raise self.fail(fill(more, self.label, number(count), plural, number(most)), key)


# The kinds of table a pack holds, as sentences name them ("template 2", "has no prompts"): marked here so
# that lupdate finds them; callers pass the English and the sentences translate it.
_NOUNS = (
    *(QT_TRANSLATE_NOOP("ContentErrors", "template"), QT_TRANSLATE_NOOP("ContentErrors", "templates")),
    *(QT_TRANSLATE_NOOP("ContentErrors", "prompt"), QT_TRANSLATE_NOOP("ContentErrors", "prompts")),
    *(QT_TRANSLATE_NOOP("ContentErrors", "section"), QT_TRANSLATE_NOOP("ContentErrors", "sections")),
    *(QT_TRANSLATE_NOOP("ContentErrors", "group"), QT_TRANSLATE_NOOP("ContentErrors", "groups")),
    *(QT_TRANSLATE_NOOP("ContentErrors", "idea"), QT_TRANSLATE_NOOP("ContentErrors", "ideas")),
    *(QT_TRANSLATE_NOOP("ContentErrors", "signpost"), QT_TRANSLATE_NOOP("ContentErrors", "signposts")),
    *(QT_TRANSLATE_NOOP("ContentErrors", "theme"), QT_TRANSLATE_NOOP("ContentErrors", "themes")),
    *(QT_TRANSLATE_NOOP("ContentErrors", "question"), QT_TRANSLATE_NOOP("ContentErrors", "questions")),
    QT_TRANSLATE_NOOP("ContentErrors", "feeling word"),
)


def describe(value: object) -> str:
    """A TOML value's type in plain words, for 'should be text, not a whole number'."""
    kinds: list[tuple[type, str]] = [
        (bool, QT_TRANSLATE_NOOP("ContentErrors", "true or false")),
        (int, QT_TRANSLATE_NOOP("ContentErrors", "a whole number")),
        (float, QT_TRANSLATE_NOOP("ContentErrors", "a number")),
        (str, QT_TRANSLATE_NOOP("ContentErrors", "text")),
        (list, QT_TRANSLATE_NOOP("ContentErrors", "a list")),
        (dict, QT_TRANSLATE_NOOP("ContentErrors", "a table")),
    ]
    words = next((words for kind, words in kinds if isinstance(value, kind)), None)
    return translate("ContentErrors", words) if words else ContentErrors.tr("a date or time")


def _not_text(key: str, label: str, value: object) -> str:
    return fill(ContentErrors.tr('"%1" in %2 should be text, not %3.'), key, label, describe(value))


def listed(words: Collection[str], last: Literal["and", "or"]) -> str:
    """'"a", "b" and "c"': field names and choices as a reader would say them."""
    quoted = [f'"{word}"' for word in words]
    if len(quoted) == 1:
        return quoted[0]
    joined = ContentErrors.tr("%1 and %2") if last == "and" else ContentErrors.tr("%1 or %2")
    return fill(joined, ", ".join(quoted[:-1]), quoted[-1])


def _text_problem(text: str, most: int, one_line: bool) -> str | None:
    if problem := rules.check_text(text, max_chars=most):
        return problem
    if not text:
        return ContentErrors.tr("is empty")
    if one_line and ("\n" in text or "\r" in text):
        return ContentErrors.tr("should fit on one line")
    return None
