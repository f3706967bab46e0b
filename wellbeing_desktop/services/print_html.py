"""The shared shape of a printed page: escaping, a calm style, a minimal safe Markdown, the footer line.

Builders (print_plan, print_diary, and the supervision pack) return a PrintableDocument; the Qt renderer
in gui/printing turns it into a PDF or sends it to a printer. Every piece of user text passes through
`escape` or `markdown_html`, so nothing a person wrote can add markup of its own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from wellbeing_desktop import i18n
from wellbeing_desktop.i18n import Context

PrintedPage = Context("PrintedPage")

# QTextDocument understands this subset of CSS; it reads well in a browser too.
STYLE = """
body { font-size: 11pt; color: #222222; }
h1 { font-size: 19pt; font-weight: 600; color: #1f3b4d; margin-top: 0px; margin-bottom: 6px; }
h2 { font-size: 13pt; font-weight: 600; color: #1f3b4d; margin-top: 22px; margin-bottom: 8px; }
h3 { font-size: 11pt; font-weight: 600; color: #33505f; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 8px; line-height: 135%; }
ul, ol { margin-top: 0px; margin-bottom: 6px; margin-left: 0px; }
li { margin-bottom: 6px; line-height: 130%; }
.meta { color: #55656e; font-size: 9.5pt; margin-bottom: 8px; }
.quiet { color: #6b7b84; font-style: italic; }
.lead { font-size: 11pt; color: #33505f; margin-bottom: 10px; }
.contact { font-weight: 600; }
.key { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 15pt; font-weight: 600; }
.footer { color: #6b7b84; font-size: 9pt; margin-top: 28px; }
"""


@dataclass(frozen=True)
class PrintableDocument:
    """One document to print or save as PDF: its title (PDF metadata), self-contained HTML, and the
    images the HTML names in <img src="NAME">, as PNG bytes (a mood chart, say)."""

    title: str
    html: str
    images: Mapping[str, bytes] = field(default_factory=dict)


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def long_date(day: date) -> str:
    """26 November 2026: no leading zero, the month in words (the locale's words in the desktop app)."""
    return i18n.long_date(day)


def footer(printed_on: date) -> str:
    words = PrintedPage.tr("Private — printed from Wellbeing Desktop on %1.").replace(
        "%1", long_date(printed_on)
    )
    return f'<p class="footer">{escape(words)}</p>'


def page(title: str, body: str, printed_on: date) -> str:
    """A whole HTML document: the title as its heading, `body` (already safe HTML), the footer line."""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n"
        f"<body>\n<h1>{escape(title)}</h1>\n{body}\n{footer(printed_on)}\n</body></html>\n"
    )


def bullet_list(items: Iterable[str]) -> str:
    """An unordered list of plain texts, each escaped."""
    return "<ul>\n" + "".join(f"<li>{escape(text)}</li>\n" for text in items) + "</ul>\n"


# -- a minimal, safe Markdown ---------------------------------------------------------------------------

_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")


def inline(text: str) -> str:
    """Escape, then turn **bold** and *italic* into tags: the only markup that can come out is ours."""
    safe = escape(text)
    safe = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", safe)
    return _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", safe)


def markdown_html(text: str, heading_tag: str = "h3") -> str:
    """The Markdown people write in the diary, as plain HTML: headings (a template's prompts), bullet
    and numbered lists, paragraphs with their line breaks. Anything else stays as the words typed."""
    out: list[str] = []
    paragraph: list[str] = []
    list_tag = ""

    def close_paragraph() -> None:
        if paragraph:
            out.append("<p>" + "<br>".join(paragraph) + "</p>")
            paragraph.clear()

    def close_list() -> None:
        nonlocal list_tag
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = ""

    for line in text.splitlines():
        if not line.strip():
            close_paragraph()
            close_list()
            continue
        if heading := _HEADING.match(line):
            close_paragraph()
            close_list()
            out.append(f"<{heading_tag}>{inline(heading.group(1))}</{heading_tag}>")
            continue
        item = _BULLET.match(line)
        tag = "ul"
        if item is None:
            item, tag = _NUMBERED.match(line), "ol"
        if item is not None:
            close_paragraph()
            if list_tag != tag:
                close_list()
                out.append(f"<{tag}>")
                list_tag = tag
            out.append(f"<li>{inline(item.group(1))}</li>")
            continue
        close_list()
        quote = _QUOTE.match(line)
        paragraph.append(inline(quote.group(1) if quote else line.strip()))
    close_paragraph()
    close_list()
    return "\n".join(out) + ("\n" if out else "")
