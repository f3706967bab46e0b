"""Full-text search over entry titles, bodies and tags: the person types words, never FTS5 syntax.

Several words match all of them; "quoted words" match a phrase; word* matches a prefix; a hyphenated
word like self-care matches those words side by side. Anything else (stray quotes, AND/OR, a lone *,
punctuation) is read as plain words, so a query never raises a syntax error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from wellbeing_desktop.domain.times import parse_timestamp
from wellbeing_desktop.errors import EmptySearch
from wellbeing_desktop.vault.database import Connection

# The same characters the unicode61 tokenizer keeps together: letters and digits.
_TOKEN = re.compile(r"[^\W_]+")
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
SNIPPET_TOKENS = 16


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    created_at: datetime
    snippet: str  # highlights between HIGHLIGHT_START and HIGHLIGHT_END

    def snippet_marked(self, start: str = "**", end: str = "**") -> str:
        return self.snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


def _phrase(tokens: list[str], prefix: bool) -> str:
    # Tokens are letters and digits only, so double quotes around them can never break out.
    return '"' + " ".join(tokens) + '"' + (" *" if prefix else "")


def _words(segment: str) -> list[str]:
    terms = []
    for word in segment.split():
        tokens = _TOKEN.findall(word)
        if tokens:
            terms.append(_phrase(tokens, prefix=word.endswith("*")))
    return terms


def to_fts_query(text: str) -> str:
    """Translate what the person typed into a safe FTS5 query. Raises EmptySearch if no words remain."""
    text = unicodedata.normalize("NFC", text)
    parts = text.split('"')
    terms: list[str] = []
    # Even parts are outside quotes, odd parts inside. With an odd number of quotes the last
    # opened phrase never closed, so its words count as plain words.
    closed = len(parts) % 2 == 1
    for index, part in enumerate(parts):
        inside = index % 2 == 1 and (closed or index < len(parts) - 1)
        if inside:
            tokens = _TOKEN.findall(part)
            if tokens:
                terms.append(_phrase(tokens, prefix=False))
        else:
            terms += _words(part)
    if not terms:
        raise EmptySearch()
    return " ".join(terms)


def search(conn: Connection, text: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """The best-ranked page of matches. Snippets are made only for that page: computing them inside
    the ranked query over every match was measured three times slower."""
    query = to_fts_query(text)
    ranked = [
        row[0]
        for row in conn.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (query, limit, offset),
        )
    ]
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    rows = conn.execute(
        f"""
        SELECT entries_fts.rowid, e.id, e.title, e.created_at,
               snippet(entries_fts, 1, ?, ?, '…', {SNIPPET_TOKENS})
        FROM entries_fts JOIN entries AS e ON e.n = entries_fts.rowid
        WHERE entries_fts MATCH ? AND entries_fts.rowid IN ({marks})
        """,
        (HIGHLIGHT_START, HIGHLIGHT_END, query, *ranked),
    ).fetchall()
    by_n = {row[0]: row for row in rows}
    return [
        SearchHit(id=r[1], title=r[2], created_at=parse_timestamp(r[3]), snippet=r[4])
        for r in (by_n[n] for n in ranked if n in by_n)
    ]


def count(conn: Connection, text: str) -> int:
    """How many entries match, for "12 entries found"."""
    query = to_fts_query(text)
    return int(
        conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (query,)).fetchone()[0]
    )
