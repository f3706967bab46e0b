"""The baseline for `wellbeing-desktop search`: a plain sqlite3 script doing the same search.

It opens the plain database with the same PRAGMAs, runs the same two statements as
wellbeing_desktop/vault/search.py (ranked page, then snippets for that page), prints the hits like the
CLI, and writes its peak memory (VmHWM) to $BENCH_PEAK_FILE. Standard library only, on purpose.

usage: child_plain.py DB FTS_QUERY LIMIT
"""

import json
import os
import re
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

CACHE_KIB = 32 * 1024  # wellbeing_desktop/vault/database.py CACHE_KIB (checked by the benchmark)


def status_kib(field: str) -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE).group(1))


def main(path: str, query: str, limit: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA user_version").fetchone()
        ranked = [
            row[0]
            for row in conn.execute(
                "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
                (query, limit, 0),
            )
        ]
        places = ",".join("?" * len(ranked))
        rows = conn.execute(
            f"""
            SELECT entries_fts.rowid, e.id, e.title, e.created_at,
                   snippet(entries_fts, 1, ?, ?, '…', 16)
            FROM entries_fts JOIN entries AS e ON e.n = entries_fts.rowid
            WHERE entries_fts MATCH ? AND entries_fts.rowid IN ({places})
            """,
            ("**", "**", query, *ranked),
        ).fetchall()
    finally:
        conn.close()
    by_n = {row[0]: row for row in rows}
    for n in ranked:
        _, _, title, created_at, snippet = by_n[n]
        print(f"{datetime.fromisoformat(created_at):%Y-%m-%d}  {title or 'Untitled entry'}")
        print(f"    {' '.join(snippet.split())}")
    Path(os.environ["BENCH_PEAK_FILE"]).write_text(json.dumps({"peak_kib": status_kib("VmHWM")}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
