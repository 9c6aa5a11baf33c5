"""Encrypted backups: made while open, verified, restored; bad backups refused, nothing lost."""

from __future__ import annotations

import io
import os
import shutil
import stat
import tarfile
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path

import pytest
from storage_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    Killed,
    fast_kdf,  # noqa: F401 - a fixture
    killed_at,
    killed_mid_write,
    one_of_each,
    snapshot,
)

from journal_app.domain.records import JournalEntry
from journal_app.errors import KnownError, UsageError, VaultDamaged, WrongSecret
from journal_app.services.journal import Journal
from journal_app.storage import backup as backups
from journal_app.storage import schema
from journal_app.storage.backup import BadBackup, restore, verify_backup
from journal_app.storage.vault import Vault

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A journal with five records, and a backup of it taken while a sixth sat in the WAL."""
    base = tmp_path_factory.mktemp("made")
    root = base / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add_many(one_of_each())
        journal.add(JournalEntry(id="in-wal", text="only in the write-ahead log so far"))
        assert (root / "journal.db-wal").stat().st_size > 0
        out = journal.backup(base / "out" / "first.jbak")
    return root, out


@pytest.fixture
def root(made: tuple[Path, Path], tmp_path: Path) -> Path:
    copy = tmp_path / "journal"
    shutil.copytree(made[0], copy)
    return copy


@pytest.fixture
def backup_file(made: tuple[Path, Path], tmp_path: Path) -> Path:
    copy = tmp_path / "backups" / "copy.jbak"
    copy.parent.mkdir()
    shutil.copy2(made[1], copy)
    return copy


def record_ids(root: Path, passphrase: str = PASSPHRASE) -> set[str]:
    with Journal.unlock(root, passphrase) as journal:
        return {r.id for r in journal.records_between()}


def test_a_backup_is_private_encrypted_and_carries_its_key_record(made: tuple[Path, Path]) -> None:
    root, out = made
    assert out.stat().st_mode & 0o777 == 0o600
    assert out.parent.stat().st_mode & 0o777 == 0o700
    with tarfile.open(out) as tar:
        names = sorted(tar.getnames())
        assert names == ["journal.db", "vault.key"]
        db = tar.extractfile("journal.db")
        key = tar.extractfile("vault.key")
        assert db is not None and key is not None
        assert not db.read(16).startswith(b"SQLite format 3")
        assert key.read() == (root / "vault.key").read_bytes()
    assert verify_backup(out, PASSPHRASE) == 6
    assert [p.name for p in out.parent.iterdir()] == ["first.jbak"]  # no scratch left


def test_verify_refuses_the_wrong_passphrase(backup_file: Path) -> None:
    with pytest.raises(WrongSecret):
        verify_backup(backup_file, "not the passphrase")


def test_restore_into_an_empty_folder(backup_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "fresh" / "journal"
    count, kept = restore(Vault(target), backup_file, PASSPHRASE)
    assert (count, kept) == (6, None)
    assert sorted(os.listdir(target)) == ["journal.db", "vault.key", "vault.key.2"]
    assert target.stat().st_mode & 0o777 == 0o700
    assert all((target / n).stat().st_mode & 0o777 == 0o600 for n in os.listdir(target))
    assert record_ids(target) == {r.id for r in one_of_each()} | {"in-wal"}
    assert sorted(os.listdir(backup_file.parent)) == ["copy.jbak"]


def test_restore_over_a_journal_keeps_the_one_it_replaces(root: Path, backup_file: Path) -> None:
    with Journal.unlock(root, PASSPHRASE) as journal:
        journal.delete("in-wal")
        journal.add(JournalEntry(id="after-backup", text="written after the backup"))
    count, kept = restore(Vault(root), backup_file, PASSPHRASE)
    assert count == 6
    assert kept is not None
    assert kept.parent == root
    assert kept.name.startswith("replaced-")
    assert "in-wal" in record_ids(root)
    assert "after-backup" not in record_ids(root)
    # The journal it replaced still opens, from where it was kept.
    assert sorted(os.listdir(kept))[:3] == ["journal.db", "vault.key", "vault.key.2"]
    assert "after-backup" in record_ids(kept)


class _FrozenClock(datetime):
    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _FrozenClock:
        return cls(2026, 11, 16, 9, 30, 0)


def test_two_restores_in_a_row_keep_both_replaced_journals(
    root: Path, backup_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by these tests: two restores within one second wrote into the same replaced-
    folder, so the first replaced journal was overwritten by the second."""
    monkeypatch.setattr(backups, "datetime", _FrozenClock)
    with Journal.unlock(root, PASSPHRASE) as journal:
        journal.add(JournalEntry(id="only-here", text="written after the backup"))
    _count, first = restore(Vault(root), backup_file, PASSPHRASE)
    _count, second = restore(Vault(root), backup_file, PASSPHRASE)
    assert first is not None and second is not None
    assert first != second
    assert "only-here" in record_ids(first)
    assert "only-here" not in record_ids(second)


def test_a_backup_opens_with_the_passphrase_current_when_it_was_made(
    root: Path, backup_file: Path
) -> None:
    Vault(root).change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    before = snapshot(root)
    with pytest.raises(WrongSecret, match="current when the backup was made"):
        restore(Vault(root), backup_file, NEW_PASSPHRASE)
    assert snapshot(root) == before
    restore(Vault(root), backup_file, PASSPHRASE)
    assert record_ids(root, PASSPHRASE)


def _tar(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _flip(data: bytes, where: int) -> bytes:
    raw = bytearray(data)
    raw[where] ^= 0xFF
    return bytes(raw)


CORRUPTIONS: dict[str, Callable[[bytes, dict[str, bytes]], bytes]] = {
    "empty": lambda raw, m: b"",
    "garbage": lambda raw, m: os.urandom(len(raw)),
    "truncated": lambda raw, m: raw[: len(raw) // 2],
    "no-key-record": lambda raw, m: _tar({"journal.db": m["journal.db"]}),
    "no-database": lambda raw, m: _tar({"vault.key": m["vault.key"]}),
    "damaged-key-record": lambda raw, m: _tar(
        {"vault.key": _flip(m["vault.key"], 40), "journal.db": m["journal.db"]}
    ),
    "damaged-database-page": lambda raw, m: _tar(
        {"vault.key": m["vault.key"], "journal.db": _flip(m["journal.db"], 4096 + 100)}
    ),
    "damaged-first-page": lambda raw, m: _tar(
        {"vault.key": m["vault.key"], "journal.db": _flip(m["journal.db"], 100)}
    ),
    "database-cut-short": lambda raw, m: _tar(
        {"vault.key": m["vault.key"], "journal.db": m["journal.db"][:4096]}
    ),
    "huge-key-record": lambda raw, m: _tar(
        {"vault.key": b" " * (100 * 1024), "journal.db": m["journal.db"]}
    ),
}


@pytest.mark.parametrize("corruption", list(CORRUPTIONS))
def test_a_corrupt_backup_is_refused_and_the_journal_untouched(
    root: Path, backup_file: Path, corruption: str
) -> None:
    raw = backup_file.read_bytes()
    backup_file.write_bytes(CORRUPTIONS[corruption](raw, _members(backup_file)))
    before = snapshot(root)
    with pytest.raises(KnownError) as caught:
        restore(Vault(root), backup_file, PASSPHRASE)
    assert isinstance(caught.value, BadBackup | VaultDamaged), caught.value
    assert caught.value.exit_code == 4
    assert snapshot(root) == before
    with pytest.raises(KnownError):
        verify_backup(backup_file, PASSPHRASE)
    assert sorted(os.listdir(backup_file.parent)) == ["copy.jbak"]  # no scratch left


def test_a_missing_backup_file_is_refused(root: Path, tmp_path: Path) -> None:
    before = snapshot(root)
    with pytest.raises(BadBackup, match="no backup file"):
        restore(Vault(root), tmp_path / "nowhere.jbak", PASSPHRASE)
    with pytest.raises(BadBackup):
        restore(Vault(root), tmp_path, PASSPHRASE)
    assert snapshot(root) == before


def test_a_failed_restore_into_a_new_folder_leaves_no_journal(
    backup_file: Path, tmp_path: Path
) -> None:
    backup_file.write_bytes(b"not a backup")
    target = tmp_path / "fresh"
    with pytest.raises(BadBackup):
        restore(Vault(target), backup_file, PASSPHRASE)
    assert not Vault(target).exists()


def test_check_database_reports_version_and_count(made: tuple[Path, Path]) -> None:
    root, _out = made
    data_key = Vault(root).unlock(PASSPHRASE)
    assert backups.check_database(root / "journal.db", data_key) == (schema.LATEST, 6)


def test_check_database_reports_a_damaged_page_as_a_known_error(
    made: tuple[Path, Path], tmp_path: Path
) -> None:
    """Found by these tests: SQLite's 'malformed' error escaped the integrity check as a bug
    (exit 1, 'something went wrong') instead of saying the journal or backup is damaged."""
    root, _out = made
    data_key = Vault(root).unlock(PASSPHRASE)
    copy = tmp_path / "journal.db"
    damaged = _flip((root / "journal.db").read_bytes(), 4096 + 100)
    copy.write_bytes(damaged)
    with pytest.raises(BadBackup, match="integrity check") as caught:
        backups.check_database(copy, data_key)
    assert caught.value.exit_code == 4
    assert copy.read_bytes() == damaged


def test_a_backup_into_an_existing_folder_leaves_that_folders_mode_alone(
    made: tuple[Path, Path], tmp_path: Path
) -> None:
    """Found by these tests: 'backup --out ~/journal.jbak' made the home folder 0700 (and a
    backup into /tmp made /tmp 0700): the folder of a backup file was always re-moded."""
    root, _out = made
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    with Journal.unlock(root, PASSPHRASE) as journal:
        out = journal.backup(shared / "b.jbak")
        fresh = journal.backup(tmp_path / "new" / "deeper" / "c.jbak")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(fresh.parent.stat().st_mode) == 0o700  # a folder it made is private


@pytest.mark.parametrize("name", ["journal.db", "journal.db-wal", "vault.key", "vault.key.2"])
def test_a_backup_is_never_written_over_the_journals_own_files(root: Path, name: str) -> None:
    """Found by these tests: 'backup --out DATA/journal.db' replaced the live database
    with the backup's tar file, and the journal no longer opened."""
    with Journal.unlock(root, PASSPHRASE) as journal:
        before = (root / name).read_bytes() if (root / name).exists() else None
        with pytest.raises(UsageError, match="own files"):
            journal.backup(root / name)
        with pytest.raises(UsageError):
            journal.backup(root / "backups" / ".." / name)
        after = (root / name).read_bytes() if (root / name).exists() else None
        assert after == before
        assert journal.count() == 6


def journals_holding(root: Path, record_id: str) -> list[Path]:
    """The data folder and every replaced-* folder in it that opens and holds ``record_id``."""
    found = []
    for folder in [root, *sorted(root.glob("replaced-*"))]:
        try:
            if record_id in record_ids(folder):
                found.append(folder)
        except KnownError:
            continue
    return found


def test_a_restore_killed_at_any_step_loses_nothing_and_can_be_run_again(
    made: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old"
    shutil.copytree(made[0], old)
    with Journal.unlock(old, PASSPHRASE) as journal:
        journal.add(JournalEntry(id="only-old", text="written after the backup"))
    step = 0
    while True:
        root = tmp_path / f"step-{step}"
        shutil.copytree(old, root)
        finished = False
        with killed_at(monkeypatch, step, also=(backups,)) as done:
            try:
                restore(Vault(root), made[1], PASSPHRASE)
                finished = True
            except Killed:
                pass
        # The journal being replaced is never lost: it opens where it was, or where it was kept.
        assert journals_holding(root, "only-old"), f"lost after {done}"
        if not finished:
            restore(Vault(root), made[1], PASSPHRASE)  # the user simply tries again
        assert record_ids(root) == {r.id for r in one_of_each()} | {"in-wal"}
        assert journals_holding(root, "only-old")
        if finished:
            break
        step += 1
    assert "replace" in done
    assert step >= 8


@pytest.mark.parametrize("start", ["missing", "empty", "with-settings"])
def test_a_restore_into_a_folder_without_a_journal_killed_at_any_step_leaves_init_or_unlock(
    made: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    """The first-run page's restore: never a database without its key record, which
    neither ``init`` nor unlocking accepts."""
    from journal_app.storage import creation

    outcomes: list[bool] = []
    step = 0
    while True:
        root = tmp_path / f"step-{step}" / "journal"
        root.parent.mkdir()
        if start != "missing":
            root.mkdir(mode=0o700)
        if start == "with-settings":
            (root / "settings.json").write_text('{"theme": "dark"}')
        finished = False
        with killed_at(monkeypatch, step, also=(backups, creation), renames=True) as done:
            try:
                restore(Vault(root), made[1], PASSPHRASE)
                finished = True
            except Killed:
                pass
        whole = Vault(root).exists()
        if whole:
            assert record_ids(root) == {r.id for r in one_of_each()} | {"in-wal"}
        else:
            assert not (root / "journal.db").exists(), f"a lone database after {done}"
            restore(Vault(root), made[1], PASSPHRASE)  # the user simply tries again
            assert record_ids(root) == {r.id for r in one_of_each()} | {"in-wal"}
        if start == "with-settings":
            assert (root / "settings.json").read_text() == '{"theme": "dark"}'
        assert not [n for n in os.listdir(root.parent) if n.startswith(".journal.new-")]
        outcomes.append(whole)
        if finished:
            break
        step += 1
    assert step > 5
    assert outcomes == sorted(outcomes)  # no journal, then a whole one; never between


def test_a_rollback_journal_beside_the_journal_is_kept_aside_not_replayed_into_the_restore(
    root: Path, backup_file: Path, tmp_path: Path
) -> None:
    """A backup's database is in rollback mode until first opened: a hot
    ``journal.db-journal`` left beside (by a killed process of any kind) would be
    replayed into it, and the restored journal would open damaged."""
    other = tmp_path / "other"
    other.mkdir()
    killed_mid_write(other / "journal.db")
    stray = (other / "journal.db-journal").read_bytes()
    (root / "journal.db-journal").write_bytes(stray)

    _count, kept = restore(Vault(root), backup_file, PASSPHRASE)

    assert record_ids(root) == {r.id for r in one_of_each()} | {"in-wal"}
    assert kept is not None and (kept / "journal.db-journal").read_bytes() == stray


def test_restore_keeps_the_old_journal_where_hard_links_are_not_possible(
    root: Path, backup_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.unlock(root, PASSPHRASE) as journal:
        journal.add(JournalEntry(id="only-old", text="written after the backup"))

    def no_links(src: object, dst: object) -> None:
        raise PermissionError("this file system has no hard links")

    with monkeypatch.context() as patch:
        patch.setattr(backups.os, "link", no_links)
        _count, kept = restore(Vault(root), backup_file, PASSPHRASE)
    assert kept is not None
    assert "only-old" in record_ids(kept)
    assert "only-old" not in record_ids(root)
