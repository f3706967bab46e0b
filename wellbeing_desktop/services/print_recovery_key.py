"""The recovery key on paper: the grouped key, which vault it opens, the date, and how to use it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wellbeing_desktop.services.print_html import PrintableDocument, escape, long_date, page

TITLE = "My Wellbeing Desktop recovery key"
KEY_LINE_GROUPS = 4  # groups per printed line, so the key is easy to read and to type back


def recovery_key_document(key: str, vault_folder: Path | None, printed_on: date) -> PrintableDocument:
    groups = key.split("-")
    safe = [escape(group) for group in groups]
    lines = ["&nbsp;&nbsp;".join(safe[i : i + KEY_LINE_GROUPS]) for i in range(0, len(safe), KEY_LINE_GROUPS)]
    where = (
        f"It opens the vault in <b>{escape(str(vault_folder))}</b>."
        if vault_folder is not None
        else "It opens the vault you had open when you made it."
    )
    body = f"""
<p class="lead">Made on {escape(long_date(printed_on))}. {where}</p>
<table cellpadding="16" cellspacing="0" border="1"
 style="margin-top: 8px; margin-bottom: 16px; border-color: #9fb3bf; border-style: solid;"><tr><td>
<p class="key">{"<br>".join(lines)}</p>
</td></tr></table>
<h2>If you forget your passphrase</h2>
<ol>
<li>Open Wellbeing Desktop and choose <b>Forgot your passphrase?</b> on the unlock screen
(or, on the command line, run <b>wellbeing-desktop recover</b>).</li>
<li>Type the key above: {len(groups)} groups of five letters and digits. Capitals or small letters
are both fine; a typo is caught and you can try again.</li>
<li>Choose a new passphrase. Your diary, plan and check-ins are all still there, and this key keeps
working.</li>
</ol>
<h2>Keeping it safe</h2>
<ul>
<li>Anyone who has this key and your vault can open your diary. Keep this page somewhere safe, away
from your computer, like a locked drawer.</li>
<li>If you make a new recovery key in Preferences, this one stops working.</li>
<li>Your passphrase is not on this page.</li>
</ul>
"""
    return PrintableDocument(TITLE, page(TITLE, body, printed_on))
