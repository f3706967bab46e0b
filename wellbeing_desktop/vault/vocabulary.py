"""The words a person has used so far — tags and feeling words — for completion and filters."""

from __future__ import annotations

from wellbeing_desktop.vault.database import Connection


class VocabularyRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def tags(self) -> list[tuple[str, int]]:
        """Each tag once (ignoring case), most used first, with how many entries carry it."""
        rows = self._conn.execute(
            """
            SELECT min(tag), count(DISTINCT entry_n) AS uses FROM entry_tags
            GROUP BY tag COLLATE NOCASE ORDER BY uses DESC, min(tag) COLLATE NOCASE
            """
        )
        return [(str(tag), int(uses)) for tag, uses in rows]

    def feeling_words(self) -> list[tuple[str, int]]:
        """Feeling words from entries and check-ins together, most used first."""
        rows = self._conn.execute(
            """
            SELECT min(word), count(*) AS uses FROM (
                SELECT word FROM entry_emotions UNION ALL SELECT word FROM checkin_emotions
            ) GROUP BY word COLLATE NOCASE ORDER BY uses DESC, min(word) COLLATE NOCASE
            """
        )
        return [(str(word), int(uses)) for word, uses in rows]
