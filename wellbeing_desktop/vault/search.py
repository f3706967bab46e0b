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
    """The best-ranked page of matches, with snippets for that page only.

    FTS5 consumes ORDER BY rank itself and hands rows over in rank order, so with LIMIT the snippet
    is made just for the rows returned. Measured at 20,000 entries against ranking first and fetching
    snippets with a second `rowid IN (...)` query: equal or faster for every query, and 44 -> 16 ms
    for a three-letter prefix, which the second query had to expand again.
    """
    query = to_fts_query(text)
    rows = conn.execute(
        f"""
        SELECT e.id, e.title, e.created_at, snippet(entries_fts, 1, ?, ?, '…', {SNIPPET_TOKENS})
        FROM entries_fts JOIN entries AS e ON e.n = entries_fts.rowid
        WHERE entries_fts MATCH ? ORDER BY entries_fts.rank LIMIT ? OFFSET ?
        """,
        (HIGHLIGHT_START, HIGHLIGHT_END, query, limit, offset),
    ).fetchall()
    return [SearchHit(id=r[0], title=r[1], created_at=parse_timestamp(r[2]), snippet=r[3]) for r in rows]


def count(conn: Connection, text: str) -> int:
    """How many entries match, for "12 entries found"."""
    query = to_fts_query(text)
    return int(
        conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (query,)).fetchone()[0]
    )
