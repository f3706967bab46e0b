"""The vault's tables, version by version. Each migration runs once, in order, in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from wellbeing_desktop.vault.database import Connection, driver

# Version 1: the diary (with its full-text index), check-ins, the plan and in-vault preferences.
# Times are kept twice: as written (ISO 8601 with its UTC offset) and as UTC seconds for sorting.
SCHEMA_V1 = """
CREATE TABLE entries (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_ts REAL NOT NULL,
    updated_at TEXT NOT NULL,
    updated_ts REAL NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    template TEXT,
    for_supervision INTEGER NOT NULL DEFAULT 0 CHECK (for_supervision IN (0, 1)),
    mood INTEGER CHECK (mood BETWEEN 1 AND 10),
    tag_text TEXT NOT NULL DEFAULT '',
    first_line TEXT NOT NULL DEFAULT ''
);
-- Covers the diary list, newest first: the first screen after unlocking reads this index alone and
-- never decrypts the pages that hold entry bodies.
CREATE INDEX entries_by_time
    ON entries (created_ts DESC, id, created_at, title, first_line, template, for_supervision);
-- "On this day" on Today looks entries up by month and day as written; without this it read the
-- whole time index at every unlock (17 MiB of cache and ~40 ms at 20,000 entries).
CREATE INDEX entries_by_month_day ON entries (substr(created_at, 6, 5), created_ts DESC);

CREATE TABLE entry_tags (
    entry_n INTEGER NOT NULL REFERENCES entries (n) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_n, position)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags (tag COLLATE NOCASE);

CREATE TABLE entry_emotions (
    entry_n INTEGER NOT NULL REFERENCES entries (n) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (entry_n, position)
) WITHOUT ROWID;

-- A two-letter prefix index: search as you type asks for "wo*" before "word" is done. Measured at
-- 20,000 entries: "th*" 90 ms -> 23 ms, for a vault about half as large again (three letters are fast
-- without an index of their own).
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, tag_text,
    content = 'entries', content_rowid = 'n',
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2'
);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0)');

CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, title, body, tag_text) VALUES (new.n, new.title, new.body, new.tag_text);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text)
    VALUES ('delete', old.n, old.title, old.body, old.tag_text);
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, tag_text ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text)
    VALUES ('delete', old.n, old.title, old.body, old.tag_text);
    INSERT INTO entries_fts (rowid, title, body, tag_text) VALUES (new.n, new.title, new.body, new.tag_text);
END;

CREATE TABLE checkins (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_ts REAL NOT NULL,
    mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 10),
    stress INTEGER CHECK (stress BETWEEN 1 AND 10),
    energy INTEGER CHECK (energy BETWEEN 1 AND 10),
    sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checkins_by_time ON checkins (at_ts);

CREATE TABLE checkin_emotions (
    checkin_n INTEGER NOT NULL REFERENCES checkins (n) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (checkin_n, position)
) WITHOUT ROWID;

-- Coping strategies from the plan ticked as "used today" in a check-in. The text is kept as it was
-- then, so "what helps" still reads right after the plan item is reworded or removed.
CREATE TABLE checkin_coping (
    checkin_n INTEGER NOT NULL REFERENCES checkins (n) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (checkin_n, position)
) WITHOUT ROWID;

CREATE TABLE plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    review_on TEXT
);
INSERT INTO plan (id, review_on) VALUES (1, NULL);

CREATE TABLE plan_sections (
    key TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE plan_items (
    id TEXT PRIMARY KEY,
    section_key TEXT NOT NULL REFERENCES plan_sections (key) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX plan_items_by_section ON plan_items (section_key, position);

-- Every change to the plan, oldest first: the plan's history, and later "changed since last supervision".
CREATE TABLE plan_changes (
    n INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    at_ts REAL NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('added', 'changed', 'removed', 'moved', 'section', 'review')),
    section_key TEXT,
    item_id TEXT,
    old_text TEXT,
    new_text TEXT
);
CREATE INDEX plan_changes_by_time ON plan_changes (at_ts);

CREATE TABLE preferences (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""


# Version 2: supervision sessions with their agreed actions, and the plan as it stood at each one
# (JSON in the interchange format's plan shape), so "changed since last supervision" is a difference.
SCHEMA_V2 = """
CREATE TABLE supervision_sessions (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    held_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_ts REAL NOT NULL,
    supervisor TEXT NOT NULL DEFAULT '',
    discussed TEXT NOT NULL DEFAULT '',
    plan_snapshot TEXT NOT NULL
);
CREATE INDEX supervision_sessions_by_day ON supervision_sessions (held_on DESC, created_at DESC);

CREATE TABLE supervision_actions (
    id TEXT PRIMARY KEY,
    session_n INTEGER NOT NULL REFERENCES supervision_sessions (n) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    due_on TEXT,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX supervision_actions_by_session ON supervision_actions (session_n, position);
CREATE INDEX supervision_actions_open ON supervision_actions (done, due_on);
"""


# Version 3: the people I can talk to, development goals and a learning log, and the monthly
# "how is the work sitting with you?" reflection. Days are YYYY-MM-DD; times keep their UTC offset.
SCHEMA_V3 = """
CREATE TABLE people (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    relation TEXT NOT NULL
        CHECK (relation IN ('peer-supporter', 'supervisor', 'friend', 'family', 'organisation', 'other')),
    reach TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    last_talked_on TEXT,
    -- "You haven't been in touch with Sam for 4 weeks": only for people the person asked about.
    remind_after_days INTEGER CHECK (remind_after_days BETWEEN 1 AND 365),
    nudge_dismissed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_ts REAL NOT NULL
);
CREATE INDEX people_by_name ON people (name COLLATE NOCASE);

-- "Talked with someone today" in a check-in, and with whom. The name is kept as it was then, so the
-- record still reads right after the person is renamed or removed from the address book.
ALTER TABLE checkins ADD COLUMN talked_with_someone INTEGER NOT NULL DEFAULT 0
    CHECK (talked_with_someone IN (0, 1));
CREATE TABLE checkin_people (
    checkin_n INTEGER NOT NULL REFERENCES checkins (n) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id TEXT,
    name TEXT NOT NULL,
    PRIMARY KEY (checkin_n, position)
) WITHOUT ROWID;

CREATE TABLE development_goals (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    what TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    done_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_ts REAL NOT NULL
);
CREATE TABLE development_steps (
    id TEXT PRIMARY KEY,
    goal_n INTEGER NOT NULL REFERENCES development_goals (n) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    due_on TEXT,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX development_steps_by_goal ON development_steps (goal_n, position);

CREATE TABLE learning_log (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    happened_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('training', 'experience')),
    title TEXT NOT NULL,
    learned TEXT NOT NULL DEFAULT '',
    practice_change TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_ts REAL NOT NULL
);
CREATE INDEX learning_log_by_day ON learning_log (happened_on DESC);
CREATE TABLE learning_entries (
    learning_n INTEGER NOT NULL REFERENCES learning_log (n) ON DELETE CASCADE,
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    PRIMARY KEY (learning_n, entry_id)
) WITHOUT ROWID;
CREATE INDEX learning_entries_by_entry ON learning_entries (entry_id);

-- The monthly reflection: the person's own answers (1-5) to our own questions, one reflection a month.
CREATE TABLE reflections (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    month TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_ts REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_ts REAL NOT NULL
);
CREATE TABLE reflection_answers (
    reflection_n INTEGER NOT NULL REFERENCES reflections (n) ON DELETE CASCADE,
    question TEXT NOT NULL,
    answer INTEGER NOT NULL CHECK (answer BETWEEN 1 AND 5),
    PRIMARY KEY (reflection_n, question)
) WITHOUT ROWID;
"""


def statements(script: str) -> list[str]:
    """Split a script into whole statements (triggers included), so a migration runs inside our own
    transaction; executescript() would commit on its own."""
    out: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if driver().complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError("the schema script ends in an incomplete statement")
    return out


def _to_v1(conn: Connection) -> None:
    for statement in statements(SCHEMA_V1):
        conn.execute(statement)


def _to_v2(conn: Connection) -> None:
    for statement in statements(SCHEMA_V2):
        conn.execute(statement)


def _to_v3(conn: Connection) -> None:
    for statement in statements(SCHEMA_V3):
        conn.execute(statement)


# (version it brings the vault to, how). Append only; never edit a released migration.
MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [(1, _to_v1), (2, _to_v2), (3, _to_v3)]
LATEST = MIGRATIONS[-1][0]
