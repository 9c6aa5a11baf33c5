"""Schema 5: the search index keeps one-, two- and three-letter prefixes.

Upgraded from the committed schema-4 fixture (``tests/fixtures/schema4``), which
was written by the code of schema 4 before this step existed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from storage_support import (
    fast_kdf,  # noqa: F401 - a fixture
    fixture_journal,
    load_fixture_maker,
)

from journal_app.domain.records import JournalEntry
from journal_app.services.journal import Journal
from journal_app.storage import backup as backups
from journal_app.storage import database, schema
from journal_app.storage.repository import PeopleRepository, RecordRepository

# Whole words, prefixes of one to three letters and longer, several words, a word in a
# title, a tag, a note, diacritics, and nothing.
QUERIES = (
    "river", "r", "ri", "riv", "rive", "w", "wa", "walk", "t", "tea", "q", "qzx", "e", "a",
    "un", "ünï", "unicode", "session", "said no", "s n", "rest", "after", "the river",
    "short", "zebra", "🌿",
)  # fmt: skip

pytestmark = pytest.mark.usefixtures("fast_kdf")


MAKER = load_fixture_maker("make_schema4")

data_key, root = fixture_journal(MAKER)


def _found(conn: database.Connection) -> dict[str, list[str]]:
    records = RecordRepository(conn, PeopleRepository(conn))
    return {query: [r.id for r in records.search(query)] for query in QUERIES}


def _index_sql(conn: database.Connection) -> str:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'records_search'").fetchone()
    return str(row[0])


def _index_bytes(conn: database.Connection) -> bytes:
    return b"".join(r[0] or b"" for r in conn.execute("SELECT block FROM records_search_data"))


def test_the_committed_fixture_really_is_schema_4(root: Path, data_key: bytes) -> None:
    assert backups.check_database(root / "journal.db", data_key) == (4, len(MAKER.records()))
    conn = database.connect(root / "journal.db", data_key)
    try:
        assert "prefix" not in _index_sql(conn)
    finally:
        conn.close()


def test_upgrading_finds_exactly_what_was_found_before(root: Path, data_key: bytes) -> None:
    conn = database.connect(root / "journal.db", data_key)
    try:
        before = _found(conn)
    finally:
        conn.close()
    assert before["r"] and before["walk"] and before["said no"], "the queries find something"
    with Journal.unlock(root, MAKER.PASSPHRASE) as journal:
        conn = journal._store.conn
        assert schema.version_of(conn) == 5
        assert "prefix = '1 2 3'" in _index_sql(conn)
        assert _found(conn) == before
        assert journal.count() == len(MAKER.records())
        for expected in MAKER.records():
            assert journal.get(expected.id) == expected
        assert journal.load_draft(MAKER.DRAFT[0]) == MAKER.DRAFT[1]
        assert journal.load_state(MAKER.STATE[0]) == MAKER.STATE[1]
        # One index row per record, and the index agrees with its own text.
        rows = conn.execute("SELECT count(*) FROM records_search").fetchone()[0]
        assert rows == len(MAKER.records())
        conn.execute("INSERT INTO records_search (records_search) VALUES ('integrity-check')")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert os.listdir(root / "backups") == ["before-upgrade-v4.jbak"]


def test_the_rebuilt_index_keeps_secure_delete_on(root: Path) -> None:
    """Words deleted before the upgrade stay gone; words deleted after leave every prefix."""
    with Journal.unlock(root, MAKER.PASSPHRASE) as journal:
        conn = journal._store.conn
        config = dict(conn.execute("SELECT k, v FROM records_search_config").fetchall())
        assert config["secure-delete"] == 1
        assert b"qzxwrittenthendeleted" not in _index_bytes(conn)
        assert journal.search("qzx") == []

        journal.add(JournalEntry(id="later", text="vvqjournaled then removed"))
        assert [r.id for r in journal.search("v")] == ["later"]
        assert b"vvq" in _index_bytes(conn)
        journal.delete("later")
        assert b"vvq" not in _index_bytes(conn)  # the word and its 3-letter prefix
        assert journal.search("v") == []


def test_a_new_journal_gets_the_prefix_index_too(tmp_path: Path) -> None:
    journal, _code = Journal.create(tmp_path / "journal", MAKER.PASSPHRASE)
    with journal:
        assert "prefix = '1 2 3'" in _index_sql(journal._store.conn)
        assert schema.version_of(journal._store.conn) == schema.LATEST
        # The old index's pages are not left free in a new journal (it is vacuumed once).
        assert journal._store.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0


def test_the_step_is_all_or_nothing(
    root: Path, data_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash in the middle of the rebuild leaves the schema-4 index as it was."""
    real_step = schema.MIGRATIONS[4]

    def cut_short(conn: database.Connection) -> None:
        real_step(conn)
        raise RuntimeError("power cut")

    conn = database.connect(root / "journal.db", data_key)
    try:
        monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:4], cut_short])
        with pytest.raises(RuntimeError):
            schema.migrate(conn)
        assert schema.version_of(conn) == 4
        assert "prefix" not in _index_sql(conn)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert not any(name.startswith("records_search_v5") for name in tables)
        assert [r.id for r in RecordRepository(conn, PeopleRepository(conn)).search("walk")] == [
            "e1"
        ]
    finally:
        conn.close()
