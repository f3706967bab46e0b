"""The recovery key on paper: the grouped key, which vault it opens, the date, and how to use it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wellbeing_desktop.i18n import QT_TRANSLATE_NOOP, Context
from wellbeing_desktop.services.print_html import PrintableDocument, escape, long_date, page

PrintedRecoveryKey = Context("PrintedRecoveryKey")
TITLE = QT_TRANSLATE_NOOP("PrintedRecoveryKey", "My Wellbeing Desktop recovery key")
KEY_LINE_GROUPS = 4  # groups per printed line, so the key is easy to read and to type back


def recovery_key_document(key: str, vault_folder: Path | None, printed_on: date) -> PrintableDocument:
    groups = key.split("-")
    safe = [escape(group) for group in groups]
    lines = ["&nbsp;&nbsp;".join(safe[i : i + KEY_LINE_GROUPS]) for i in range(0, len(safe), KEY_LINE_GROUPS)]
    made = PrintedRecoveryKey.tr("Made on %1.").replace("%1", escape(long_date(printed_on)))
    where = (
        PrintedRecoveryKey.tr("It opens the vault in <b>%1</b>.").replace("%1", escape(str(vault_folder)))
        if vault_folder is not None
        else escape(PrintedRecoveryKey.tr("It opens the vault you had open when you made it."))
    )
    steps = (
        PrintedRecoveryKey.tr(
            "Open Wellbeing Desktop and choose <b>Forgot your passphrase?</b> on the unlock screen "
            "(or, on the command line, run <b>wellbeing-desktop recover</b>)."
        ),
        PrintedRecoveryKey.tr(
            "Type the key above: %1 groups of five letters and digits. Capitals or small letters "
            "are both fine; a typo is caught and you can try again."
        ).replace("%1", str(len(groups))),
        PrintedRecoveryKey.tr(
            "Choose a new passphrase. Your diary, plan and check-ins are all still there, and this key "
            "keeps working."
        ),
    )
    safety = (
        PrintedRecoveryKey.tr(
            "Anyone who has this key and your vault can open your diary. Keep this page somewhere safe, "
            "away from your computer, like a locked drawer."
        ),
        PrintedRecoveryKey.tr("If you make a new recovery key in Preferences, this one stops working."),
        PrintedRecoveryKey.tr("Your passphrase is not on this page."),
    )
    forgot = escape(PrintedRecoveryKey.tr("If you forget your passphrase"))
    keeping = escape(PrintedRecoveryKey.tr("Keeping it safe"))
    body = f"""
<p class="lead">{made} {where}</p>
<table cellpadding="16" cellspacing="0" border="1"
 style="margin-top: 8px; margin-bottom: 16px; border-color: #9fb3bf; border-style: solid;"><tr><td>
<p class="key">{"<br>".join(lines)}</p>
</td></tr></table>
<h2>{forgot}</h2>
<ol>
{_items(steps)}</ol>
<h2>{keeping}</h2>
<ul>
{_items(safety)}</ul>
"""
    title = PrintedRecoveryKey.tr(TITLE)
    return PrintableDocument(title, page(title, body, printed_on))


def _items(lines: tuple[str, ...]) -> str:
    """List items of our own words (their markup is ours, from the catalogue)."""
    return "".join(f"<li>{line}</li>\n" for line in lines)
