"""Words the app shows, through Qt's translations once the desktop app starts, without importing Qt.

Services, content and the command line are plain Python; the GUI hands Qt's translate function to
`use()` at start-up (gui/translations.py), so the same sentence reads in the person's language there and
in British English (the source language) on the command line, which never installs a translator.

Marking words so that pyside6-lupdate finds them (make translations), in any module:

    PeopleWords = Context("PeopleWords")          # the name must be the context: lupdate reads "X.tr"
    PeopleWords.tr("You haven't been in touch with %1 for a while.").replace("%1", name)
    PeopleWords.tr("%n entries", "", n)           # a plural; lupdate marks it numerus

and a constant compared in code and translated only when shown:

    STEADY = QT_TRANSLATE_NOOP("MoodSummary", "fairly steady")   # later translate("MoodSummary", STEADY)

Sentences with numbers or names use %1, %2 (never f-strings), so a language can change the word order.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text as it is, with %n for n (as Qt does when no catalogue has the text)."""
    return text.replace("%n", str(n)) if n >= 0 else text


_translate: Translate = _english


def use(function: Translate) -> None:
    """Translate from now on with `function` (QCoreApplication.translate, from gui/translations.py)."""
    global _translate
    _translate = function


def use_english() -> None:
    """Back to the source text (a test that installed a catalogue puts things back)."""
    use(_english)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the person's language, looked up under `context` (British English when none)."""
    return _translate(context, text, disambiguation, n)


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
        return _translate(self.name, text, disambiguation, n)
