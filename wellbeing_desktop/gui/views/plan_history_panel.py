"""The plan's history as a short, readable list: when, then what changed, newest first."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextBrowser

from wellbeing_desktop.gui.dates import shown
from wellbeing_desktop.i18n import Context
from wellbeing_desktop.services.plan_history import PlanChange

PlanHistory = Context("PlanHistory")  # lupdate reads the context from this name


def when_words(at: datetime, today: date) -> str:
    """'Today, 14:05', 'Yesterday, 09:10', 'Mon 4 May, 18:30', or '4 May 2025' for another year."""
    clock = shown(at, "HH:mm")
    day = at.date()
    if day == today:
        return PlanHistory.tr("Today, %1").replace("%1", clock)
    if day == today - timedelta(days=1):
        return PlanHistory.tr("Yesterday, %1").replace("%1", clock)
    if day.year == today.year:
        return shown(at, "ddd d MMMM, HH:mm")
    return shown(day, "d MMMM yyyy")


def history_html(changes: list[PlanChange], today: date, quiet: QColor) -> str:
    if not changes:
        return "<p>{}</p>".format(
            html.escape(
                PlanHistory.tr(
                    "Changes you make will be listed here, newest first, so you can look back on how "
                    "your plan has grown."
                )
            )
        )
    rows = [
        f'<p style="margin-bottom:10px"><span style="color:{quiet.name()}">'
        f"{html.escape(when_words(change.at, today))}</span><br>{html.escape(change.text)}</p>"
        for change in changes
    ]
    return "".join(rows)


def show_history(browser: QTextBrowser, changes: list[PlanChange], today: date, quiet: QColor) -> None:
    """Fill the panel, keeping the reader's place when it only grows at the top."""
    scroll = browser.verticalScrollBar().value()
    browser.setHtml(history_html(changes, today, quiet))
    browser.verticalScrollBar().setValue(scroll)
