"""Upgrading the committed schema-1 journal (tests/fixtures/schema1) to the latest schema."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

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


MAKER = load_fixture_maker("make_schema1")

data_key, root = fixture_journal(MAKER)


def test_the_committed_fixture_really_is_schema_1(root: Path, data_key: bytes) -> None:
    assert sorted(os.listdir(MAKER.FOLDER)) == ["journal.db", "vault.key", "vault.key.2"]
    assert backups.check_database(root / "journal.db", data_key) == (1, len(MAKER.records()))
    conn = database.connect(root / "journal.db", data_key)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "records" in tables
    assert "drafts" not in tables


def test_opening_a_schema_1_journal_upgrades_it_and_keeps_every_record(root: Path) -> None:
    with Journal.unlock(root, MAKER.PASSPHRASE) as journal:
        assert journal.count() == len(MAKER.records())
        for expected in MAKER.records():
            assert journal.get(expected.id) == expected
        stored = journal.records_between()
        assert [r.at for r in stored] == sorted(r.at for r in stored)
        people = {
            (p.name, p.circle.value, p.archived) for p in journal.people(include_archived=True)
        }
        assert people == {
            ("Dr K", "professional", False),
            ("Old friend", "close", True),
            ("Sam", "peer", False),
            ("Mum", "close", False),
        }
        assert [r.id for r in journal.search("river")] == ["e1"]
        assert [r.id for r in journal.search("unicode")] == ["e1"]
        assert {r.id for r in journal.search("session")} == {"c1"}
        # The table version 2 added works.
        journal.save_draft("entry", "half a thought")
        assert journal.load_draft("entry") == "half a thought"
        version = schema.version_of(journal._store.conn)
    assert version == schema.LATEST
    # Opening again does no further upgrade and makes no further backup.
    with Journal.unlock(root, MAKER.PASSPHRASE) as journal:
        assert journal.load_draft("entry") == "half a thought"
    assert os.listdir(root / "backups") == ["before-upgrade-v1.jbak"]


def test_after_the_upgrade_people_may_go_off_the_map_and_be_deleted(root: Path) -> None:
    with Journal.unlock(root, MAKER.PASSPHRASE) as journal:
        people_work_after_an_upgrade(journal, MAKER.records())


def test_the_backup_made_before_the_upgrade_restores_the_old_journal(
    root: Path, tmp_path: Path
) -> None:
    Journal.unlock(root, MAKER.PASSPHRASE).close()
    made_before = root / "backups" / "before-upgrade-v1.jbak"
    assert made_before.stat().st_mode & 0o777 == 0o600
    assert backups.verify_backup(made_before, MAKER.PASSPHRASE) == len(MAKER.records())
    target = tmp_path / "restored"
    count, kept = backups.restore(Vault(target), made_before, MAKER.PASSPHRASE)
    assert (count, kept) == (len(MAKER.records()), None)
    data_key = Vault(target).unlock(MAKER.PASSPHRASE)
    assert backups.check_database(target / "journal.db", data_key)[0] == 1
    with Journal.unlock(target, MAKER.PASSPHRASE) as journal:
        assert {r.id for r in journal.records_between()} == {r.id for r in MAKER.records()}


def test_the_recovery_code_of_the_fixture_still_works(root: Path) -> None:
    with Journal.recover(root, MAKER.RECOVERY_CODE, "a brand new passphrase") as journal:
        assert journal.count() == len(MAKER.records())


def test_every_step_from_schema_1_runs_on_its_own(root: Path, data_key: bytes) -> None:
    conn = database.connect(root / "journal.db", data_key)
    try:
        for target in range(2, schema.LATEST + 1):
            assert schema.migrate(conn, target=target) == target
            assert schema.version_of(conn) == target
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not schema.needs_migration(conn)
        assert schema.migrate(conn) == schema.LATEST
    finally:
        conn.close()


def test_a_failing_step_leaves_the_store_at_the_version_before(
    root: Path, data_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each step runs in one transaction with its version bump: all of it, or none."""

    def half_done(conn: database.Connection) -> None:
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("power cut")

    conn = database.connect(root / "journal.db", data_key)
    try:
        with monkeypatch.context() as patch, pytest.raises(RuntimeError):
            patch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], half_done])
            schema.migrate(conn)
        assert schema.version_of(conn) == 1
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "half" not in tables
    finally:
        conn.close()
    with Vault(root).open_store(data_key) as store:
        assert schema.version_of(store.conn) == schema.LATEST
        assert store.records.count() == len(MAKER.records())


def test_the_fixture_script_builds_a_schema_1_journal(tmp_path: Path) -> None:
    """The script still runs, so the fixture can be rebuilt to compare (never to replace)."""
    target = tmp_path / "built"
    MAKER.build(target)
    data_key = Vault(target).unlock(MAKER.PASSPHRASE)
    assert backups.check_database(target / "journal.db", data_key) == (1, len(MAKER.records()))


def test_two_processes_upgrading_at_once_do_not_collide(
    root: Path, data_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by these tests: the version was read before the write lock was taken, so a
    second process that had read version 1 ran step 1 again ('table drafts already
    exists') after the first one had upgraded. It is read again under the lock now."""
    first = database.connect(root / "journal.db", data_key)
    second = database.connect(root / "journal.db", data_key)
    real_transaction = schema.transaction
    raced = []

    def transaction_after_the_other(conn: database.Connection) -> Any:
        if conn is second and not raced:  # the other process wins the race for the lock
            raced.append(schema.migrate(first))
        return real_transaction(conn)

    try:
        with monkeypatch.context() as patch:
            patch.setattr(schema, "transaction", transaction_after_the_other)
            assert schema.migrate(second) == schema.LATEST
        assert raced == [schema.LATEST]
        assert schema.version_of(second) == schema.LATEST
    finally:
        first.close()
        second.close()


def test_upgrading_to_schema_3_purges_words_deleted_before(tmp_path: Path) -> None:
    """Schema 3 turns on FTS5 secure-delete and merges the index once, so words of entries
    deleted under schema 2 are gone from the index after the upgrade, not only hidden."""
    from journal_app.domain.records import JournalEntry
    from journal_app.storage.repository import PeopleRepository, RecordRepository

    root = tmp_path / "journal"
    data_key, _code = Vault(root).create("a passphrase for two")
    (root / "journal.db").unlink()
    conn = database.connect(root / "journal.db", data_key, create=True)
    try:
        schema.migrate(conn, target=2)
        records = RecordRepository(conn, PeopleRepository(conn))
        records.add(JournalEntry(id="gone", text="qzxdeletedlongago"))
        records.add(JournalEntry(id="stays", text="still here"))
        records.delete("gone")
        blocks = b"".join(r[0] for r in conn.execute("SELECT block FROM records_search_data"))
        assert b"qzxdeletedlongago" in blocks  # what schema 2 left behind
    finally:
        conn.close()
    with Vault(root).open_store(data_key) as store:
        assert schema.version_of(store.conn) == schema.LATEST
        blocks = b"".join(r[0] for r in store.conn.execute("SELECT block FROM records_search_data"))
        assert b"qzxdeletedlongago" not in blocks
        assert [r.id for r in store.records.search("still")] == ["stays"]
    assert os.listdir(root / "backups") == ["before-upgrade-v2.jbak"]
