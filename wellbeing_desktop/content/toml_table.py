"""A TOML table that knows where it sits in its file, with typed field readers that name the line.

Each reader checks presence, type and length and raises ContentError with one sentence such as
`templates.toml, line 14: template 'gibbs' has no prompts.` so a pack author can fix it by hand.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from wellbeing_desktop.content.source import ContentError, Source, header_pattern, key_pattern
from wellbeing_desktop.domain import rules


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
                known = listed(allowed, "and")
                raise self.fail(
                    f'{self.label} has an unknown field "{key}"; the fields it can have are {known}.', key
                )

    def text(self, key: str, *, most: int, one_line: bool = True, required: bool = True) -> str:
        """Text, trimmed; a missing optional field reads as "". Required text may not be blank."""
        value = self.data.get(key)
        if value is None or (not required and isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(f'{self.label} has no "{key}".')
            return ""
        if not isinstance(value, str):
            raise self.fail(f'"{key}" in {self.label} should be text, not {describe(value)}.', key)
        text = value.strip()
        if problem := _text_problem(text, most, one_line):
            raise self.fail(f'"{key}" in {self.label} {problem}.', key)
        return text

    def blank_or_text(self, key: str, *, most: int) -> str:
        """A field that must be there but may be "" for the person to fill in (a contact, say)."""
        if key not in self.data:
            raise self.fail(f'{self.label} has no "{key}"; write {key} = "" to leave it blank.')
        value = self.data[key]
        if isinstance(value, str) and not value.strip():
            return ""
        return self.text(key, most=most)

    def slug(self, key: str = "key") -> str:
        value = self.data.get(key)
        if value is None:
            raise self.fail(f'{self.label} has no "{key}".')
        if not isinstance(value, str):
            raise self.fail(f'"{key}" in {self.label} should be text, not {describe(value)}.', key)
        if problem := rules.check_slug(value):
            raise self.fail(f'"{key}" in {self.label}: {problem}.', key)
        return value

    def choice(self, key: str, options: Collection[str]) -> str:
        value = self.text(key, most=100)
        if value not in options:
            raise self.fail(f'"{key}" in {self.label} should be {listed(options, "or")}, not "{value}".', key)
        return value

    def texts(self, key: str, *, most_chars: int, least: int, most: int) -> tuple[str, ...]:
        """A list of short one-line texts, no two the same (ignoring case)."""
        value = self.data.get(key)
        if not isinstance(value, list):
            if value is None:
                raise self.fail(f'{self.label} has no "{key}".')
            raise self.fail(f'"{key}" in {self.label} should be a list of text, not {describe(value)}.', key)
        self._check_count(key, len(value), key, least, most)
        out: list[str] = []
        for number, item in enumerate(value, start=1):
            where = f'item {number} of "{key}" in {self.label}'
            if not isinstance(item, str):
                raise self.fail(f"{where} should be text, not {describe(item)}.", key)
            text = item.strip()
            line = self.line_of(key, item)
            if problem := _text_problem(text, most_chars, one_line=True):
                raise self.source.error(line, f"{where} {problem}.")
            if text.casefold() in (seen.casefold() for seen in out):
                raise self.source.error(line, f'{text!r} appears twice in "{key}" in {self.label}.')
            out.append(text)
        return tuple(out)

    def tables(self, key: str, *, noun: str, plural: str, most: int) -> list[Table]:
        """An array of tables (`[[key]]`), at least one, each labelled "noun N" and located by header."""
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(
                f'"{key}" in {self.label} should be a list of {plural}, not {describe(value)}.', key
            )
        self._check_count(key, len(value), plural, 1, most)
        path = f"{self.path}.{key}" if self.path else key
        headers = (
            self.source.matching(header_pattern(path, array=True), self.line, self.end)
            if self.located
            else []
        )
        out: list[Table] = []
        for index, item in enumerate(value):
            label = f"{noun} {index + 1}" + (f" of {self.label}" if self.path else "")
            if not isinstance(item, dict):
                raise self.fail(f"{label} should be a table, like [[{path}]], not {describe(item)}.", key)
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
            raise self.fail(f"{self.label} has no [{path}] table.")
        if not isinstance(value, dict):
            raise self.fail(
                f'"{key}" in {self.label} should be a table, like [{path}], not {describe(value)}.', key
            )
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
            raise self.fail(f"{self.label} has no {plural}.", key)
        if count < least:
            raise self.fail(f"{self.label} needs at least {least} {plural}, not {count}.", key)
        if count > most:
            raise self.fail(f"{self.label} has {count} {plural}; the most is {most}.", key)


def describe(value: object) -> str:
    """A TOML value's type in plain words, for 'should be text, not a whole number'."""
    kinds: list[tuple[type, str]] = [
        (bool, "true or false"),
        (int, "a whole number"),
        (float, "a number"),
        (str, "text"),
        (list, "a list"),
        (dict, "a table"),
    ]
    return next((words for kind, words in kinds if isinstance(value, kind)), "a date or time")


def listed(words: Collection[str], last: str) -> str:
    """'"a", "b" and "c"': field names and choices as a reader would say them."""
    quoted = [f'"{word}"' for word in words]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} {last} {quoted[-1]}"


def _text_problem(text: str, most: int, one_line: bool) -> str | None:
    if problem := rules.check_text(text, max_chars=most):
        return problem
    if not text:
        return "is empty"
    if one_line and ("\n" in text or "\r" in text):
        return "should fit on one line"
    return None
