"""Dates as a supervision record says them: "3 December", or "3 December 2027" in another year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from wellbeing_desktop.i18n import Context

SupervisionWords = Context("SupervisionWords")  # lupdate reads the context from this name


def day_words(day: date, today: date) -> str:
    """The day, with its year only when it is not this year's."""
    form = "d MMMM" if day.year == today.year else "d MMMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def due_words(due: date | None, today: date) -> str:
    """'due 3 December', or '' without a due date."""
    return "" if due is None else SupervisionWords.tr("due %1").replace("%1", day_words(due, today))
