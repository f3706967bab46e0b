"""The Qt-free seam on its own (the command line's English): counts read as British English without a
catalogue, placeholders are filled in one pass, dates and decimals are written the same everywhere."""

from __future__ import annotations

from datetime import date, datetime

from wellbeing_desktop import i18n
from wellbeing_desktop.i18n import Context

Words = Context("Words")


def test_a_count_without_a_catalogue_reads_as_english() -> None:
    assert Words.tr("%Ln days", "%Ln day", 1) == "1 day"
    assert Words.tr("%Ln days", "%Ln day", 0) == "0 days"
    assert Words.tr("%Ln days", "%Ln day", 1234) == "1,234 days"
    assert Words.tr("%n chosen", "", 1) == "1 chosen"


def test_a_translated_count_is_left_as_the_catalogue_says() -> None:
    i18n.use(lambda context, text, disambiguation, n: f"[{text.replace('%Ln', str(n))}]")
    try:
        assert Words.tr("%Ln days", "%Ln day", 1) == "[1 days]"
    finally:
        i18n.use_english()


def test_placeholders_are_filled_in_one_pass() -> None:
    assert (
        i18n.fill("Moved “%1” from %2 to %3", "a %2 b", "Here", "There")
        == "Moved “a %2 b” from Here to There"
    )
    assert i18n.fill("%2 before %1", "one", "two") == "two before one"


def test_dates_and_decimals_on_the_command_line() -> None:
    assert i18n.long_date(date(2026, 3, 5)) == "5 March 2026"
    assert i18n.date_time(datetime(2026, 9, 25, 20, 10)) == "Friday 25 September 2026, 20:10"
    assert i18n.decimal(6.25) == "6.2"
    assert i18n.decimal(7, 0) == "7"


def test_whole_numbers_and_a_documents_english_form_on_the_command_line() -> None:
    assert i18n.number(1234567) == "1,234,567"
    moment = datetime(2026, 6, 5, 20, 10)
    assert i18n.date_time(moment, english_form="%A %d %B %Y, %H:%M") == "Friday 05 June 2026, 20:10"


def test_the_app_writes_numbers_and_a_documents_moment_in_its_locale() -> None:
    def same(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return text

    i18n.use(same, date_time=lambda moment: "in the locale", number=lambda n: f"<{n}>")
    try:
        assert i18n.number(1234) == "<1234>"
        assert i18n.date_time(datetime(2026, 6, 5, 20, 10), english_form="%A") == "in the locale"
    finally:
        i18n.use_english()
