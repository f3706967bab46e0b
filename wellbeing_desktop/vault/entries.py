"""Diary entries in the vault: save, read, delete, list. Tags and feeling words keep their order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wellbeing_desktop.domain import Entry
from wellbeing_desktop.domain.entry import first_line
from wellbeing_desktop.domain.times import parse_timestamp
from wellbeing_desktop.vault.database import Connection

_COLUMNS = "n, id, created_at, updated_at, title, body, template, for_supervision, mood"


@dataclass(frozen=True)
class EntrySummary:
    """What a diary list shows: no full body."""

    id: str
    created_at: datetime
    title: str
    first_line: str
    tags: tuple[str, ...]
    template: str | None
    for_supervision: bool


class EntryRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, entry: Entry) -> None:
        """Insert, or replace the entry with the same id (keeping its place in the index)."""
        row = self._conn.execute(
            """
            INSERT INTO entries (id, created_at, created_ts, updated_at, updated_ts, title, body,
                                 template, for_supervision, mood, tag_text, first_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                created_at = excluded.created_at, created_ts = excluded.created_ts,
                updated_at = excluded.updated_at, updated_ts = excluded.updated_ts,
                title = excluded.title, body = excluded.body, template = excluded.template,
                for_supervision = excluded.for_supervision, mood = excluded.mood,
                tag_text = excluded.tag_text, first_line = excluded.first_line
            RETURNING n
            """,
            (
                entry.id,
                entry.created_at.isoformat(),
                entry.created_at.timestamp(),
                entry.updated_at.isoformat(),
                entry.updated_at.timestamp(),
                entry.title,
                entry.body,
                entry.template,
                int(entry.for_supervision),
                entry.mood,
                "\n".join(entry.tags),
                first_line(entry.body),
            ),
        ).fetchone()
        n = row[0]
        self._conn.execute("DELETE FROM entry_tags WHERE entry_n = ?", (n,))
        self._conn.execute("DELETE FROM entry_emotions WHERE entry_n = ?", (n,))
        self._conn.executemany(
            "INSERT INTO entry_tags (entry_n, position, tag) VALUES (?, ?, ?)",
            [(n, i, tag) for i, tag in enumerate(entry.tags)],
        )
        self._conn.executemany(
            "INSERT INTO entry_emotions (entry_n, position, word) VALUES (?, ?, ?)",
            [(n, i, word) for i, word in enumerate(entry.emotions)],
        )

    def get(self, entry_id: str) -> Entry | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            return None
        return next(self._build([row]))

    def delete(self, entry_id: str) -> bool:
        return bool(self._conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,)).rowcount)

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM entries").fetchone()[0])

    def updated_times(self) -> dict[str, float]:
        """id -> last change in UTC seconds, for merging an import."""
        return dict(self._conn.execute("SELECT id, updated_ts FROM entries"))

    def all(self) -> Iterator[Entry]:
        """Every entry, oldest first."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM entries ORDER BY created_ts, id").fetchall()
        return self._build(rows, everything=True)

    def recent(self, limit: int = 100, offset: int = 0) -> list[EntrySummary]:
        """The newest entries first, as the diary list shows them."""
        tail = "ORDER BY e.created_ts DESC, e.id LIMIT ? OFFSET ?"
        return [summary for _, summary in self.summaries_where("1", (limit, offset), tail)]

    def summaries_where(
        self, condition: str, params: Sequence[Any], tail: str = ""
    ) -> list[tuple[int, EntrySummary]]:
        """(row number, summary) for entries `e` matching `condition` (SQL over fixed fragments, values
        as parameters), in the order `tail` gives: what a diary list shows, never a body."""
        rows = self._conn.execute(
            f"""
            SELECT e.n, e.id, e.created_at, e.title, e.first_line, e.template, e.for_supervision
            FROM entries AS e WHERE {condition} {tail}
            """,
            params,
        ).fetchall()
        tags = self._words("entry_tags", "tag", [r[0] for r in rows])
        return [
            (
                int(r[0]),
                EntrySummary(
                    id=str(r[1]),
                    created_at=parse_timestamp(str(r[2])),
                    title=str(r[3]),
                    first_line=str(r[4]),
                    tags=tuple(tags.get(r[0], ())),
                    template=None if r[5] is None else str(r[5]),
                    for_supervision=bool(r[6]),
                ),
            )
            for r in rows
        ]

    def _words(self, table: str, column: str, ns: Iterable[int] | None) -> dict[int, list[str]]:
        """Tags or feeling words per entry, in their order; for the given entries, or for all."""
        found: dict[int, list[str]] = defaultdict(list)
        query = f"SELECT entry_n, {column} FROM {table}"
        if ns is None:
            rows = self._conn.execute(query + " ORDER BY entry_n, position")
        else:
            ns = list(ns)
            if not ns:
                return found
            marks = ",".join("?" * len(ns))
            rows = self._conn.execute(query + f" WHERE entry_n IN ({marks}) ORDER BY entry_n, position", ns)
        for n, word in rows:
            found[n].append(word)
        return found

    def _build(self, rows: list[Any], everything: bool = False) -> Iterator[Entry]:
        ns = None if everything else [int(r[0]) for r in rows]
        tags = self._words("entry_tags", "tag", ns)
        emotions = self._words("entry_emotions", "word", ns)
        for n, id_, created, updated, title, body, template, flagged, mood in rows:
            yield Entry(
                id=str(id_),
                created_at=parse_timestamp(str(created)),
                updated_at=parse_timestamp(str(updated)),
                title=str(title),
                body=str(body),
                template=None if template is None else str(template),
                tags=tags.get(n, []),
                emotions=emotions.get(n, []),
                for_supervision=bool(flagged),
                mood=None if mood is None else int(mood),
            )
