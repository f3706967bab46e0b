"""Words the app shows, through Qt's translations once the desktop app starts, without importing Qt.

Services, content and the command line are plain Python; the GUI hands Qt's translate function to
`use()` at start-up (gui/translations.py), so the same sentence reads in the person's language there and
in British English (the source language) on the command line, which never installs a translator.

Marking words so that pyside6-lupdate finds them (make translations), in any module:

    PeopleWords = Context("PeopleWords")          # the name must be the context: lupdate reads "X.tr"
    PeopleWords.tr("You haven't been in touch with %1 for a while.").replace("%1", name)
    fill(PeopleWords.tr("Moved “%1” to %2"), text, section)   # several: one pass, as QString.arg
    PeopleWords.tr("%Ln entries", "%Ln entry", n)  # a count; lupdate marks it numerus

A count's disambiguation, when it holds %n or %Ln, is the English singular: British English has no
catalogue, so a count untranslated reads "1 entry" from it and "3 entries" from the text. %Ln writes the
number as the locale does ("1,234" on the command line).

and a constant compared in code and translated only when shown:

    STEADY = QT_TRANSLATE_NOOP("MoodSummary", "fairly steady")   # later translate("MoodSummary", STEADY)

Sentences with numbers or names use %1, %2 (never f-strings), so a language can change the word order.
Dates and decimals in such sentences go through `long_date()` and `decimal()`: the command line writes
"26 November 2026" and "6.5"; the GUI hands in QLocale's, so they follow the person's locale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

Translate = Callable[[str, str, "str | None", int], str]
LongDate = Callable[[date], str]
DateTime = Callable[[datetime], str]
Decimal = Callable[[float, int], str]
Number = Callable[[int], str]


def _count(text: str, n: int) -> str:
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text as it is, with %n for n (as Qt does when no catalogue has the text)."""
    return _count(text, n) if n >= 0 else text


def _english_date(day: date) -> str:
    """26 November 2026: no leading zero, the month in words, the same whatever the C library's locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


def _english_date_time(moment: datetime) -> str:
    """Friday 25 September 2026, 20:10."""
    return f"{_DAYS[moment.weekday()]} {_english_date(moment.date())}, {moment:%H:%M}"


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _english_decimal(value: float, places: int) -> str:
    return f"{value:.{places}f}"


_translate: Translate = _english
_long_date: LongDate = _english_date
_date_time: DateTime = _english_date_time
_decimal: Decimal = _english_decimal
_number: Number = "{:,}".format


def use(
    function: Translate,
    long_date: LongDate | None = None,
    decimal: Decimal | None = None,
    date_time: DateTime | None = None,
    number: Number | None = None,
) -> None:
    """Translate from now on with `function` (QCoreApplication.translate, from gui/translations.py),
    and write dates, decimals, moments and whole numbers with `long_date`, `decimal`, `date_time`, `number`
    when given (QLocale's)."""
    global _translate, _long_date, _decimal, _date_time, _number
    _translate = function
    _long_date = long_date or _english_date
    _decimal = decimal or _english_decimal
    _date_time = date_time or _english_date_time
    _number = number or "{:,}".format


def use_english() -> None:
    """Back to the source text (a test that installed a catalogue puts things back)."""
    use(_english)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the person's language, looked up under `context` (British English when none)."""
    found = _translate(context, text, disambiguation, n)
    if n == 1 and disambiguation and "%n" in disambiguation.replace("%Ln", "%n") and found == _count(text, n):
        return _count(disambiguation, n)  # no catalogue has it: the English singular
    return found


def fill(text: str, *values: str) -> str:
    """`text` with %1, %2… replaced by `values` in one pass, as QString.arg does: a value's own "%2"
    (a person's words may hold one) is left as it is."""
    return _PLACEHOLDER.sub(lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], text)


_PLACEHOLDER = re.compile(r"%([1-9])")


def long_date(day: date) -> str:
    """The day with the month in words ("26 November 2026"; the locale's order and names in the GUI)."""
    return _long_date(day)


def date_time(moment: datetime, english_form: str | None = None) -> str:
    """A moment with its weekday ("Friday 25 September 2026, 20:10"; the locale's words in the GUI).
    `english_form`, a strftime form, keeps a document's long-standing form on the command line."""
    if english_form is not None and _date_time is _english_date_time:
        return moment.strftime(english_form)
    return _date_time(moment)


def decimal(value: float, places: int = 1) -> str:
    """A number with `places` decimals ("6.5"; the locale's decimal mark in the GUI)."""
    return _decimal(value, places)


def number(value: int) -> str:
    """A whole number with the locale's digit grouping ("1,234,567" on the command line)."""
    return _number(value)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation under `context` and returns it unchanged: translate it when shown."""
    return text


class Context:
    """The words of one part of the app. Bind it to a variable of the same name as the context:
    pyside6-lupdate takes the context of `Name.tr("…")` from `Name` (a test checks they agree)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)
