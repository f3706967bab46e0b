"""Search for the Diary screen: vault.search's safe query language and snippets, narrowed by the list's
filters, a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

from wellbeing_desktop.services.diary_queries import DiaryFilters, numbered, where
from wellbeing_desktop.vault.database import Connection
from wellbeing_desktop.vault.entries import EntrySummary
from wellbeing_desktop.vault.search import HIGHLIGHT_END, HIGHLIGHT_START, SNIPPET_TOKENS, to_fts_query


@dataclass(frozen=True)
class DiaryHit:
    """A search result: the entry as the list shows it, and a snippet with highlights between
    HIGHLIGHT_START and HIGHLIGHT_END (vault.search's markers)."""

    summary: EntrySummary
    snippet: str


def matches(conn: Connection, text: str, filters: DiaryFilters, limit: int, offset: int) -> list[DiaryHit]:
    """The best-ranked page of entries matching `text` and `filters` (EmptySearch if no words).

    The snippet is made in the ranked query itself: FTS5 sorts by rank inside its index and computes
    snippet() only for the rows returned. Fetching snippets afterwards with `rowid IN (...)` was measured
    at about 7 ms a row for a prefix query (word*) at 20,000 entries, as each lookup expands the prefix again.
    """
    query = to_fts_query(text)
    snippet = f"snippet(entries_fts, 1, ?, ?, '…', {SNIPPET_TOKENS})"
    ranked = conn.execute(
        f"""SELECT entries_fts.rowid, {snippet} {_matching(filters)}
        ORDER BY entries_fts.rank LIMIT ? OFFSET ?""",
        [HIGHLIGHT_START, HIGHLIGHT_END, query, *where(filters)[1], limit, offset],
    ).fetchall()
    if not ranked:
        return []
    ns = [int(n) for n, _ in ranked]
    by_n = dict(numbered(conn, f"e.n IN ({','.join('?' * len(ns))})", ns, ""))
    return [DiaryHit(by_n[int(n)], str(snippet)) for n, snippet in ranked if int(n) in by_n]


def count_matches(conn: Connection, text: str, filters: DiaryFilters) -> int:
    query = to_fts_query(text)
    return int(
        conn.execute(f"SELECT count(*) {_matching(filters)}", [query, *where(filters)[1]]).fetchone()[0]
    )


def _matching(filters: DiaryFilters) -> str:
    """FROM and WHERE for entries matching a query (the first parameter) and `filters`.

    Without filters the full-text table is queried alone: a join, or even a constant `AND 1`, stops FTS5
    from ranking and counting inside its index, which was measured 10 to 200 times slower at 20,000 entries.
    """
    condition, _ = where(filters)
    if condition == "1":
        return "FROM entries_fts WHERE entries_fts MATCH ?"
    join = "JOIN entries AS e ON e.n = entries_fts.rowid"
    return f"FROM entries_fts {join} WHERE entries_fts MATCH ? AND {condition}"
