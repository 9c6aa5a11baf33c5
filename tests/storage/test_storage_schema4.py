"""Schema 4: people may stand off the support map, and the encrypted ``state`` table.

Upgraded from the committed schema-3 fixture (``tests/fixtures/schema3``), which
was written by the code of schema 3 before this step existed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from storage_support import (
    fast_kdf,  # noqa: F401 - a fixture
    fixture_journal,
    load_fixture_maker,
    people_work_after_an_upgrade,
)

from journal_app.services.journal import Journal
from journal_app.storage import backup as backups
from journal_app.storage import database, schema
from journal_app.storage.vault import Vault

pytestmark = pytest.mark.usefixtures("fast_kdf")


MAKER = load_fixture_maker("make_schema3")

data_key, root = fixture_journal(MAKER)


def _people_rows(conn: database.Connection) -> set[tuple[int, str, str | None, int]]:
    return set(conn.execute("SELECT id, name, circle, archived FROM people").fetchall())


def test_the_committed_fixture_really_is_schema_3(root: Path, data_key: bytes) -> None:
    assert backups.check_database(root / "journal.db", data_key) == (3, len(MAKER.records()))


def test_upgrading_keeps_every_person_where_they_are_and_every_record(
    root: Path, data_key: bytes
) -> None:
    conn = database.connect(root / "journal.db", data_key)
    try:
        before = _people_rows(conn)
        links = conn.execute("SELECT id, person_id FROM records ORDER BY id").fetchall()
    finally:
        conn.close()
    with Journal.unlock(root, MAKER.PASSPHRASE) as journal:
        conn = journal._store.conn
        assert schema.version_of(conn) == schema.LATEST
        assert _people_rows(conn) == before
        assert conn.execute("SELECT id, person_id FROM records ORDER BY id").fetchall() == links
        for expected in MAKER.records():
            assert journal.get(expected.id) == expected
        assert journal.load_draft(MAKER.DRAFT[0]) == MAKER.DRAFT[1]
        assert [r.id for r in journal.search("river")] == ["e1"]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert os.listdir(root / "backups") == ["before-upgrade-v3.jbak"]


def test_after_the_upgrade_people_may_go_off_the_map_and_be_deleted(root: Path) -> None:
    with Journal.unlock(root, MAKER.PASSPHRASE) as journal:
        people_work_after_an_upgrade(journal, MAKER.records())


def test_after_the_upgrade_a_person_may_have_no_circle_but_not_a_made_up_one(
    root: Path, data_key: bytes
) -> None:
    import sqlcipher3

    insert = "INSERT INTO people (name, circle, archived, created) VALUES (?, ?, 0, 'x')"
    with Vault(root).open_store(data_key) as store:
        conn = store.conn
        conn.execute(insert, ("Off map", None))
        with pytest.raises(sqlcipher3.IntegrityError):
            conn.execute(insert, ("Odd", "enemy"))
        with pytest.raises(sqlcipher3.IntegrityError):  # names stay unique, whatever the case
            conn.execute(insert, ("dr k", "peer"))


def test_state_keeps_json_values_inside_the_store(root: Path, data_key: bytes) -> None:
    with Vault(root).open_store(data_key) as store:
        assert store.state.get("missing") is None
        store.state.put("plan", {"steps": ["call Mira", "walk"], "n": 3})
        store.state.put("autolock", 5)
        assert store.state.get("plan") == {"steps": ["call Mira", "walk"], "n": 3}
        store.state.put("autolock", 10)
        assert store.state.get("autolock") == 10
        assert store.state.keys() == ["autolock", "plan"]
        store.state.delete("plan")
        assert store.state.get("plan") is None
    raw = (root / "journal.db").read_bytes()
    assert b"call Mira" not in raw


def test_a_step_that_breaks_a_reference_is_rolled_back(root: Path, data_key: bytes) -> None:
    def breaks_a_reference(conn: database.Connection) -> None:
        conn.execute("DELETE FROM people WHERE name = 'Dr K'")

    conn = database.connect(root / "journal.db", data_key)
    try:
        steps = [*schema.MIGRATIONS[:3], breaks_a_reference]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(schema, "MIGRATIONS", steps)
            with pytest.raises(RuntimeError, match="broke"):
                schema.migrate(conn, target=4)
        assert schema.version_of(conn) == 3
        assert conn.execute("SELECT count(*) FROM people WHERE name = 'Dr K'").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        conn.close()
