"""Schema versions and the steps between them.

The version lives in ``PRAGMA user_version``. Each step runs in its own
transaction that also bumps the version, so a crash leaves the store at one
version or the next, never between. A store newer than this app is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from journal_app.errors import KnownError
from journal_app.storage import tr
from journal_app.storage.database import Connection, transaction


class StoreTooNew(KnownError):
    exit_code = 4


SCHEMA_1 = """
CREATE TABLE people (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    circle   TEXT NOT NULL CHECK (circle IN ('professional', 'peer', 'close', 'community')),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created  TEXT NOT NULL
);
CREATE UNIQUE INDEX people_name ON people (name COLLATE NOCASE);

CREATE TABLE records (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('mood', 'connection', 'alone', 'boundary', 'entry')),
    local_date TEXT NOT NULL,
    local_time TEXT NOT NULL,
    utc_offset INTEGER NOT NULL,
    person_id  INTEGER REFERENCES people (id),
    note       TEXT NOT NULL DEFAULT '',
    share      INTEGER NOT NULL DEFAULT 0 CHECK (share IN (0, 1)),
    data       TEXT NOT NULL,
    created    TEXT NOT NULL,
    updated    TEXT NOT NULL
);
CREATE INDEX records_by_day ON records (local_date, local_time);
CREATE INDEX records_by_kind_day ON records (kind, local_date);
CREATE INDEX records_by_person ON records (person_id, local_date);

CREATE VIRTUAL TABLE records_search USING fts5 (
    title, body, tags, note,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

SCHEMA_2 = """
CREATE TABLE drafts (
    key     TEXT PRIMARY KEY,
    content TEXT NOT NULL,
    updated TEXT NOT NULL
);
"""

# FTS5 keeps the words of a deleted or rewritten row in its index segments until they
# are merged: anyone who later opens the store could read what the user deleted.
# 'secure-delete' removes them at once (FTS5 format 5, SQLite >= 3.42); 'optimize'
# merges the segments once, dropping what earlier deletes left behind.
SCHEMA_3 = """
INSERT INTO records_search (records_search, rank) VALUES ('secure-delete', 1);
INSERT INTO records_search (records_search) VALUES ('optimize');
"""

# A person may stand off the support map (circle NULL): someone the user sets limits
# with is not support. SQLite cannot relax a CHECK in place, so the table is rebuilt
# (ids kept, so every record still names the same person), with foreign keys off for
# the step and checked before it commits (see ``migrate``). ``state`` holds what the
# app keeps inside the encrypted store that is not a record: protective settings,
# the safety plan, the user's own crisis lines. One JSON value per key.
SCHEMA_4 = """
CREATE TABLE people_v4 (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    circle   TEXT CHECK (
        circle IS NULL OR circle IN ('close', 'peer', 'community', 'professional')
    ),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created  TEXT NOT NULL
);
INSERT INTO people_v4 (id, name, circle, archived, created)
    SELECT id, name, circle, archived, created FROM people;
DROP TABLE people;
ALTER TABLE people_v4 RENAME TO people;
CREATE UNIQUE INDEX people_name ON people (name COLLATE NOCASE);

CREATE TABLE state (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL,
    updated TEXT NOT NULL
);
"""

# The search index also keeps every one-, two- and three-letter prefix of each word, so
# a search for "a" (the Journal page searches as a person starts typing) reads one list
# of rows instead of merging the lists of every word that starts with "a", the slowest
# search there was (README, Performance). FTS5 takes its options only when a table is
# made, so the index is built anew from the old one's text, with the same rowids (each
# record keeps its entry) and secure-delete on before the first row goes in. The old
# table's pages are freed and zeroed (the connection's secure_delete).
SCHEMA_5 = """
CREATE VIRTUAL TABLE records_search_v5 USING fts5 (
    title, body, tags, note,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO records_search_v5 (records_search_v5, rank) VALUES ('secure-delete', 1);
INSERT INTO records_search_v5 (rowid, title, body, tags, note)
    SELECT rowid, title, body, tags, note FROM records_search;
DROP TABLE records_search;
ALTER TABLE records_search_v5 RENAME TO records_search;
INSERT INTO records_search (records_search) VALUES ('optimize');
"""

Step = Callable[[Connection], None]


def _script(sql: str) -> Step:
    def run(conn: Connection) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                conn.execute(statement)

    return run


# MIGRATIONS[n] takes a store from version n to n + 1.
MIGRATIONS: list[Step] = [
    _script(SCHEMA_1),
    _script(SCHEMA_2),
    _script(SCHEMA_3),
    _script(SCHEMA_4),
    _script(SCHEMA_5),
]
LATEST = len(MIGRATIONS)


def version_of(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def check_not_newer(conn: Connection) -> int:
    version = version_of(conn)
    if version > LATEST:
        raise StoreTooNew(
            tr(
                "This journal was saved by a newer version of journal-app (store version "
                "{version}; this app reads up to {latest}). Nothing was changed. Install the "
                "newer version to open it."
            ).format(version=version, latest=LATEST)
        )
    return version


def needs_migration(conn: Connection) -> bool:
    return check_not_newer(conn) < LATEST


def migrate(conn: Connection, *, target: int = LATEST) -> int:
    """Apply every missing step up to ``target``; return the version reached.

    Foreign keys are off while the steps run, so a step may rebuild a table
    that records point to (SQLite's documented way to change a constraint);
    each step checks them itself before it commits, so a broken reference
    rolls the step back instead of landing.
    """
    version = check_not_newer(conn)
    if version >= target:
        return version
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        while version < target:
            with transaction(conn):
                # Read again under the write lock: another process may have upgraded meanwhile.
                version = check_not_newer(conn)
                if version >= target:
                    break
                MIGRATIONS[version](conn)
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"schema step {version + 1} broke {len(broken)} references")
                conn.execute(f"PRAGMA user_version = {version + 1}")
            version += 1
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return version
