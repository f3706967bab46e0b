"""What supervision shows, as documents for a read-only text view: the plan section by section, the
entries brought (their Markdown rendered, HTML in it ignored), agreed actions and the plan's changes.

Everything a person wrote is escaped (or read as Markdown without HTML), so it can add no markup.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
)

from wellbeing_desktop.domain import Entry, SelfCarePlan
from wellbeing_desktop.gui.supervision.words import day_words, due_words, long_day
from wellbeing_desktop.i18n import Context
from wellbeing_desktop.services.plan_difference import PlanDifference
from wellbeing_desktop.vault.supervision import OpenAction

MARKDOWN = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


SupervisionDocuments = Context("SupervisionDocuments")  # lupdate reads the context from this name


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _list(items: Iterable[str]) -> str:
    rows = "".join(f'<li style="margin-bottom:6px">{html.escape(i)}</li>' for i in items)
    return f"<ul>{rows}</ul>"


def plan_html(plan: SelfCarePlan) -> str:
    """Each section with something in it, in the plan's order; then the review date, if set."""
    parts = [
        f"<h2>{html.escape(section.title)}</h2>{_list(item.text for item in section.items)}"
        for section in plan.sections
        if section.items
    ]
    if not parts:
        parts.append(_p(SupervisionDocuments.tr("Your self-care plan has nothing in it yet.")))
    if plan.review_on is not None:
        parts.append(_p(SupervisionDocuments.tr("Review date: %1").replace("%1", long_day(plan.review_on))))
    return "".join(parts)


def actions_html(actions: list[OpenAction], today: date) -> str:
    if not actions:
        return _p(SupervisionDocuments.tr("There are no open actions from earlier sessions."))
    rows = []
    for open_action in actions:
        agreed = SupervisionDocuments.tr("agreed %1").replace("%1", day_words(open_action.held_on, today))
        due = due_words(open_action.action.due_on, today)
        when = f"{due} · {agreed}" if due else agreed
        rows.append(
            f'<li style="margin-bottom:8px">{html.escape(open_action.action.text)}'
            f'<br><span style="font-size:small">{html.escape(when)}</span></li>'
        )
    return f"<ul>{''.join(rows)}</ul>"


def changes_html(changes: list[PlanDifference] | None) -> str:
    """A list of sentences, or a kind line before the first session or when nothing changed."""
    if changes is None:
        return _p(
            SupervisionDocuments.tr(
                "When you record your first session, a copy of your plan is kept with it. "
                "Next time, what changed since then will be listed here."
            )
        )
    if not changes:
        return _p(SupervisionDocuments.tr("Nothing has changed in your plan since your last session."))
    return _list(change.text for change in changes)


def _written(at: datetime) -> str:
    moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return QLocale().toString(moment, SupervisionDocuments.tr("dddd d MMMM yyyy, HH:mm"))


def fill_entries(document: QTextDocument, entries: list[Entry], base_points: float) -> None:
    """The entries one after another: title, when it was written, then the writing from its Markdown."""
    document.clear()
    cursor = QTextCursor(document)
    if not entries:
        cursor.insertText(
            SupervisionDocuments.tr(
                "No entries are flagged to bring to supervision. In the diary, tick "
                "“Bring to supervision” on an entry to show it here."
            )
        )
        return
    title_format = QTextCharFormat()
    title_format.setFontPointSize(base_points * 1.6)
    title_format.setFontWeight(700)
    quiet_format = QTextCharFormat()
    quiet_format.setFontPointSize(base_points * 0.85)
    quiet_format.setFontItalic(True)
    for number, entry in enumerate(entries):
        block = QTextBlockFormat()
        block.setTopMargin(0 if number == 0 else base_points * 2.5)
        if number:
            cursor.insertBlock(block, QTextCharFormat())
        else:
            cursor.setBlockFormat(block)
        cursor.insertText(entry.title or SupervisionDocuments.tr("Untitled entry"), title_format)
        cursor.insertBlock(QTextBlockFormat(), quiet_format)
        cursor.insertText(_written(entry.created_at), quiet_format)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        body = QTextDocument()
        body.setMarkdown(entry.body, MARKDOWN)
        _calm_headings(body.firstBlock(), base_points)
        cursor.insertFragment(QTextDocumentFragment(body))
        cursor.movePosition(QTextCursor.MoveOperation.End)


def _calm_headings(block: QTextBlock, base_points: float) -> None:
    """A template's prompts are Markdown headings: shown a little larger than the writing, never as
    large as the entry's title."""
    while block.isValid():
        if block.blockFormat().headingLevel():
            heading = QTextCursor(block)
            heading.select(QTextCursor.SelectionType.BlockUnderCursor)
            calm = QTextCharFormat()
            calm.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            calm.setFontPointSize(base_points * 1.1)
            calm.setFontWeight(700)
            heading.mergeCharFormat(calm)
        block = block.next()
