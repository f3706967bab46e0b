"""Dates and times as the person's locale writes them (QLocale: the system's language and order), never
strftime, whose month and day names are always English."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def full_date(day: date) -> str:
    """ "Thursday 26 November 2026", in the locale's own long form and order."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def shown(moment: date | datetime, form: str) -> str:
    """`moment` in a QLocale pattern ("d MMMM yyyy", "MMM yyyy", "ddd d MMMM, HH:mm")."""
    if isinstance(moment, datetime):
        when = QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))
        return QLocale().toString(when, form)
    return QLocale().toString(qdate(moment), form)
