"""Changing the passphrase re-keys the journal: old key records open nothing, crash-safely.

Also: which key record wins at unlock (a foreign or stale record is never copied over a
good one), key-derivation settings the app never writes, symlinks, permissions.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import tarfile
import time
from pathlib import Path

import pytest
import sqlcipher3
from conftest import Template
from storage_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    Killed,
    fast_kdf,  # noqa: F401 - a fixture
    files_only,
    killed_at,
    one_of_each,
    snapshot,
)

from journal_app.errors import VaultDamaged, WrongSecret
from journal_app.storage import database, keys, rekey
from journal_app.storage.keys import KdfParams, KeyRecord
from journal_app.storage.vault import Vault

pytestmark = pytest.mark.usefixtures("fast_kdf")

RECORDS = 5


def opens(root: Path, secret: str, *, code: bool = False) -> bool:
    """Whether ``secret`` opens the journal, tried on a copy so nothing here changes."""
    scratch = root.with_name(root.name + "-probe")
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(root, scratch, symlinks=True)
    try:
        if code:
            Vault(scratch).recover(secret, "a passphrase for the probe")
        else:
            Vault(scratch).unlock(secret)
    except WrongSecret:
        return False
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return True


def whole(root: Path, key: bytes | bytearray) -> int:
    """The journal opens with ``key``, passes both integrity checks; returns its records."""
    with Vault(root).open_store(key, migrate=False) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert store.conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        return store.records.count()


# -- the change ----------------------------------------------------------------------


def test_keeping_the_recovery_code(template: Template, root: Path) -> None:
    rekeyed = Vault(root).change_passphrase(PASSPHRASE, NEW_PASSPHRASE, keep_code=template.code)
    assert rekeyed.recovery_code is None
    assert rekeyed.data_key != template.data_key
    assert Vault(root).recover(template.code, PASSPHRASE) == rekeyed.data_key
    assert whole(root, rekeyed.data_key) == RECORDS


@pytest.mark.parametrize("code", ["ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789", "not a code", "0000"])
def test_a_recovery_code_to_keep_that_is_not_the_current_one_changes_nothing(
    root: Path, code: str
) -> None:
    before = files_only(snapshot(root))
    with pytest.raises(WrongSecret) as caught:
        Vault(root).change_passphrase(PASSPHRASE, NEW_PASSPHRASE, keep_code=code)
    assert caught.value.exit_code == 3
    assert "recovery code" in str(caught.value)
    assert files_only(snapshot(root)) == before


def test_a_wrong_passphrase_changes_nothing_and_makes_no_new_key(root: Path) -> None:
    before = snapshot(root)
    with pytest.raises(WrongSecret):
        Vault(root).change_passphrase("not the passphrase", NEW_PASSPHRASE)
    assert snapshot(root) == before


def test_the_same_passphrase_again_still_re_keys(template: Template, root: Path) -> None:
    """Someone copied the key record but the passphrase stays: a new key shuts them out."""
    before = (root / "vault.key").read_bytes()
    rekeyed = Vault(root).change_passphrase(PASSPHRASE, PASSPHRASE)
    assert not database.key_opens(root / "journal.db", template.data_key)
    for name in ("vault.key", "vault.key.2"):
        (root / name).write_bytes(before)
    with pytest.raises(VaultDamaged):
        Vault(root).unlock(PASSPHRASE)
    assert whole(root, rekeyed.data_key) == RECORDS


def test_old_key_records_open_nothing_after_the_change(template: Template, root: Path) -> None:
    """Whoever kept the old key record (a copy, or the one inside a backup) and knows the
    old passphrase or recovery code reads nothing of the journal after the change."""
    vault = Vault(root)
    old_key = vault.unlock(PASSPHRASE)
    with vault.open_store(old_key) as store:
        store.backup(root / "backups" / "before.jbak")
    old_record = (root / "vault.key").read_bytes()
    rekeyed = vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    with vault.open_store(rekeyed.data_key) as store:
        store.records.add_many(one_of_each(day=20, prefix="after"))

    with tarfile.open(root / "backups" / "before.jbak") as tar:
        member = tar.extractfile("vault.key")
        assert member is not None
        from_backup = member.read()
    assert KeyRecord.from_bytes(from_backup) == KeyRecord.from_bytes(old_record)

    for label, record in (("copy", old_record), ("backup", from_backup)):
        elsewhere = root.with_name(f"attacker-{label}")
        shutil.copytree(root, elsewhere)
        for name in ("vault.key", "vault.key.2"):
            (elsewhere / name).write_bytes(record)
        (elsewhere / "vault.key.next").write_bytes(record)
        # The old secrets still unwrap the old record, but its key opens nothing here.
        assert KeyRecord.from_bytes(record).unwrap_with_passphrase(PASSPHRASE) == old_key
        assert not database.key_opens(elsewhere / "journal.db", old_key)
        with pytest.raises((WrongSecret, VaultDamaged)):
            Vault(elsewhere).unlock(PASSPHRASE)
        with pytest.raises((WrongSecret, VaultDamaged)):
            Vault(elsewhere).recover(template.code, "the attacker's own words")
        # Not even when the record sits beside a current copy.
        (elsewhere / "vault.key.2").write_bytes((root / "vault.key").read_bytes())
        with pytest.raises((WrongSecret, VaultDamaged)):
            Vault(elsewhere).unlock(PASSPHRASE)
    # The old backup itself still opens with the old passphrase (and holds the old records).
    from journal_app.storage.backup import verify_backup

    assert verify_backup(root / "backups" / "before.jbak", PASSPHRASE) == RECORDS
    assert whole(root, rekeyed.data_key) == 2 * RECORDS


def test_a_connection_opened_before_the_change_cannot_write_into_the_old_file(
    root: Path,
) -> None:
    """A window that still holds the old file open fails loudly instead of losing the write,
    and closing it does not touch the new file's write-ahead log."""
    vault = Vault(root)
    stale = vault.open_store(vault.unlock(PASSPHRASE))
    try:
        rekeyed = vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        fresh = vault.open_store(rekeyed.data_key)
        fresh.records.add_many(one_of_each(day=21, prefix="fresh"))
        wal = (root / "journal.db-wal").stat().st_size
        assert wal > 0
        with pytest.raises(sqlcipher3.IntegrityError, match="re-keyed"):
            stale.records.add_many(one_of_each(day=22, prefix="stale"))
    finally:
        stale.close()
    assert (root / "journal.db-wal").stat().st_size == wal
    assert fresh.records.count() == 2 * RECORDS
    fresh.close()
    assert whole(root, rekeyed.data_key) == 2 * RECORDS


def test_a_busy_journal_is_left_as_it_was(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process holding a read open all the while: the change waits, then gives up."""
    from journal_app.errors import JournalBusy

    vault = Vault(root)
    key = vault.unlock(PASSPHRASE)
    reader = database.connect(root / "journal.db", key)
    writer = vault.open_store(key)
    writer.records.add_many(one_of_each(day=23, prefix="wal"))  # something in the WAL
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM records").fetchone()  # holds a snapshot
    monkeypatch.setattr(rekey, "LOCK_TRIES", 2)
    monkeypatch.setattr(rekey, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(rekey.time, "sleep", lambda _s: None)
    try:
        before = {p: p.read_bytes() for p in (root / "vault.key", root / "vault.key.2")}
        with pytest.raises(JournalBusy):
            vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        assert {p: p.read_bytes() for p in before} == before
        assert not (root / "vault.key.next").exists()
        assert not (root / ".journal.db.rekeying").exists()
    finally:
        reader.execute("ROLLBACK")
        reader.close()
        writer.close()
    assert opens(root, PASSPHRASE)
    assert whole(root, key) == 2 * RECORDS


def test_a_copy_that_fails_its_check_changes_nothing(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = rekey.table_counts
    calls: list[int] = []

    def miscounted(conn: object) -> dict[str, int]:
        counts = real(conn)  # type: ignore[arg-type]
        calls.append(1)
        if len(calls) == 2:  # the copy's count: one row short
            counts["records"] -= 1
        return counts

    monkeypatch.setattr(rekey, "table_counts", miscounted)
    before = {n: (root / n).read_bytes() for n in ("journal.db", "vault.key", "vault.key.2")}
    with pytest.raises(rekey.RekeyFailed, match="Nothing was changed"):
        Vault(root).change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert {n: (root / n).read_bytes() for n in before} == before
    assert sorted(os.listdir(root)) == ["journal.db", "vault.key", "vault.key.2"]


# -- crash safety ------------------------------------------------------------------------


@pytest.mark.usefixtures("fixed_salt")
@pytest.mark.parametrize("keep", [False, True], ids=["new-code", "kept-code"])
def test_re_keying_is_crash_safe_at_every_fsync_and_rename(
    template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep: bool
) -> None:
    """A kill before any durable step: exactly one of old and new opens, the database is
    whole, and opening with the one that works tidies the folder up."""
    outcomes: list[bool] = []
    step = 0
    while True:
        root = tmp_path / f"step-{step}"
        shutil.copytree(template.root, root)
        finished = False
        with killed_at(monkeypatch, step) as done:
            try:
                Vault(root).change_passphrase(
                    PASSPHRASE, NEW_PASSPHRASE, keep_code=template.code if keep else None
                )
                finished = True
            except Killed:
                pass
        old, new = opens(root, PASSPHRASE), opens(root, NEW_PASSPHRASE)
        assert old != new, f"killed before step {step} (after {done}): old={old} new={new}"
        outcomes.append(new)
        winner = NEW_PASSPHRASE if new else PASSPHRASE
        before_wrong = snapshot(root)
        assert not opens(root, PASSPHRASE if new else NEW_PASSPHRASE)
        assert snapshot(root) == before_wrong
        key = Vault(root).unlock(winner)
        assert (key == template.data_key) is (not new)
        assert whole(root, key) == RECORDS
        assert sorted(os.listdir(root)) == ["journal.db", "vault.key", "vault.key.2"]
        assert (root / "vault.key").read_bytes() == (root / "vault.key.2").read_bytes()
        assert opens(root, template.code, code=True) is (keep or not new)
        if finished:
            break
        step += 1
    # The copy is fsynced; the new record written beside (fsync, rename, folder fsync);
    # the database renamed into place (the change happens here); the record renamed over
    # the first copy; the second copy written.
    assert done == [
        "fsync",
        *["fsync", "replace", "fsync_dir", "fsync"],
        *["replace", "fsync_dir", "fsync"],
        *["replace", "fsync_dir", "fsync"],
        *["fsync", "replace", "fsync_dir", "fsync"],
    ]
    swapped = 6  # the second "replace": from then on the new passphrase opens
    assert done[swapped - 1] == "replace"
    assert outcomes == [False] * swapped + [True] * (len(outcomes) - swapped)


KILLED_CHILD = """
import hashlib, os, sys, time
from pathlib import Path
from journal_app.storage import keys
from journal_app.storage.vault import Vault

def derive(self, secret):  # the same cheap stand-in as the parent: the protocol is under test
    return bytearray(hashlib.sha256(self.salt + secret).digest())

keys.KdfParams.derive = derive
print("ready", flush=True)
sys.stdin.readline()
started = time.perf_counter()
Vault(Path(sys.argv[1])).change_passphrase(sys.argv[2], sys.argv[3])
print("done", time.perf_counter() - started, flush=True)
"""


def _cheap_derive(self: KdfParams, secret: bytes) -> bytearray:
    import hashlib

    return bytearray(hashlib.sha256(self.salt + secret).digest())


@pytest.mark.slow
def test_re_keying_survives_25_kills_at_random_moments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real SIGKILL of a child process mid-change, 25 times: exactly one of old and new
    opens each time and the database is whole."""
    import random
    import signal
    import subprocess
    import sys

    monkeypatch.setattr(KdfParams, "derive", _cheap_derive)
    template = tmp_path / "template"
    vault = Vault(template)
    key, _code = vault.create(PASSPHRASE)
    with vault.open_store(key) as store:
        for day in range(1, 29):
            store.records.add_many(one_of_each(day=day, prefix=f"d{day}"))
    expected = 28 * RECORDS

    def child(root: Path) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLED_CHILD, str(root), PASSPHRASE, NEW_PASSPHRASE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        return proc

    def timed_run(root: Path) -> float:
        """From 'go' to done, as this process sees it (the moment kills are timed from)."""
        proc = child(root)
        assert proc.stdin is not None and proc.stdout is not None
        started = time.perf_counter()
        proc.stdin.write("go\n")
        proc.stdin.flush()
        assert proc.stdout.readline().startswith("done")
        took = time.perf_counter() - started
        proc.communicate(timeout=60)
        return took

    durations = []
    for i in range(3):
        shutil.copytree(template, tmp_path / f"timing-{i}")
        durations.append(timed_run(tmp_path / f"timing-{i}"))
    duration = sorted(durations)[1]
    rng = random.Random(9)
    outcomes, interrupted = [], 0
    for run in range(25):
        root = tmp_path / f"run-{run}"
        shutil.copytree(template, root)
        proc = child(root)
        assert proc.stdin is not None
        # Spread over twice the change: one random moment in each 25th of that.
        moment = duration * 2 * (run + rng.random()) / 25
        proc.stdin.write("go\n")
        proc.stdin.flush()
        time.sleep(moment)
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        interrupted += "done" not in out
        old, new = opens(root, PASSPHRASE), opens(root, NEW_PASSPHRASE)
        assert old != new, f"run {run}: old={old} new={new}, files {os.listdir(root)}"
        outcomes.append(new)
        key = Vault(root).unlock(NEW_PASSPHRASE if new else PASSPHRASE)
        assert whole(root, key) == expected
        assert sorted(os.listdir(root)) == ["journal.db", "vault.key", "vault.key.2"]
    # Most kills cut the change short (the rest came after it ended), whatever the load.
    assert interrupted >= 5, (interrupted, outcomes, duration)


# -- which record wins -------------------------------------------------------------------


def test_a_foreign_key_record_is_never_copied_over_the_journals_own(
    template: Template, root: Path, tmp_path: Path
) -> None:
    """Another journal's record (same passphrase) in place of the first copy: it unwraps,
    but its key does not open this database, so it is not copied anywhere; the journal's
    own second copy opens the journal and repairs the first."""
    other = tmp_path / "other"
    Vault(other).create(PASSPHRASE)
    own = (root / "vault.key.2").read_bytes()
    (root / "vault.key").write_bytes((other / "vault.key").read_bytes())
    assert Vault(root).unlock(PASSPHRASE) == template.data_key
    assert (root / "vault.key.2").read_bytes() == own
    assert (root / "vault.key").read_bytes() == own

    for name in ("vault.key", "vault.key.2"):
        (root / name).write_bytes((other / "vault.key").read_bytes())
    before = snapshot(root)
    with pytest.raises(VaultDamaged, match="does not belong"):
        Vault(root).unlock(PASSPHRASE)
    assert snapshot(root) == before


def test_an_interrupted_change_is_undone_by_the_old_passphrase_and_kept_by_neither_other(
    template: Template, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new record waits beside the old journal (a kill before the swap): the new
    passphrase opens nothing and changes nothing; the old one opens and removes it."""
    # Killed after the new record is in place, before the swap.
    with killed_at(monkeypatch, 5), pytest.raises(Killed):
        Vault(root).change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert (root / "vault.key.next").exists()
    assert (root / ".journal.db.rekeying").exists()
    before = snapshot(root)
    for wrong in (NEW_PASSPHRASE, "something else entirely"):
        with pytest.raises(WrongSecret):
            Vault(root).unlock(wrong)
    assert snapshot(root) == before
    assert Vault(root).unlock(PASSPHRASE) == template.data_key
    assert sorted(os.listdir(root)) == ["journal.db", "vault.key", "vault.key.2"]


# -- key-derivation settings --------------------------------------------------------------


def test_a_record_asking_for_2_gib_is_refused_at_once_without_deriving(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_storage_vault import edit_key_record

    def two_gib(body: dict[str, object]) -> None:
        body["slots"]["passphrase"]["kdf"]["memory_kib"] = 2 * 1024 * 1024  # type: ignore[index]

    for name in ("vault.key", "vault.key.2"):
        edit_key_record(root / name, two_gib)

    class NoDerivation:
        def __init__(self, **kwargs: object) -> None:
            raise AssertionError(f"a key was derived with {kwargs}")

    monkeypatch.setattr(keys, "Argon2id", NoDerivation)
    before = snapshot(root)
    started = time.perf_counter()
    with pytest.raises(VaultDamaged, match="2097152 KiB") as caught:
        Vault(root).unlock(PASSPHRASE)
    assert time.perf_counter() - started < 1.0
    assert caught.value.exit_code == 4
    assert snapshot(root) == before


@pytest.mark.parametrize(
    ("memory", "passes", "lanes"),
    [(65536 + 1024, 3, 4), (65536, 4, 4), (65536, 3, 5), (65536, 3, 1), (131072, 3, 4)],
)
def test_stronger_or_other_settings_are_damage_too(
    root: Path, memory: int, passes: int, lanes: int
) -> None:
    from test_storage_vault import edit_key_record

    def change(body: dict[str, object]) -> None:
        kdf = body["slots"]["passphrase"]["kdf"]  # type: ignore[index]
        kdf.update(memory_kib=memory, iterations=passes, lanes=lanes)

    for name in ("vault.key", "vault.key.2"):
        edit_key_record(root / name, change)
    with pytest.raises(VaultDamaged, match="never writes"):
        Vault(root).unlock(PASSPHRASE)


def test_odd_settings_in_the_first_copy_fall_back_to_the_second(
    template: Template, root: Path
) -> None:
    from test_storage_vault import edit_key_record

    def change(body: dict[str, object]) -> None:
        body["slots"]["passphrase"]["kdf"]["iterations"] = 1  # type: ignore[index]

    good = (root / "vault.key.2").read_bytes()
    edit_key_record(root / "vault.key", change)
    assert Vault(root).unlock(PASSPHRASE) == template.data_key
    assert (root / "vault.key").read_bytes() == good


# -- files that are not what they should be ----------------------------------------------


@pytest.mark.parametrize("name", ["journal.db", "vault.key", "vault.key.2", "journal.db-wal"])
def test_a_symlink_in_place_of_a_journal_file_is_refused(root: Path, name: str) -> None:
    target = root.with_name("elsewhere")
    target.mkdir()
    real = root / name
    if real.exists():
        shutil.move(real, target / name)
    else:
        (target / name).write_bytes(b"")
    real.symlink_to(target / name)
    with pytest.raises(VaultDamaged, match="symbolic link") as caught:
        Vault(root).open_store(Vault(root).unlock(PASSPHRASE))
    assert caught.value.exit_code == 4


@pytest.mark.parametrize(
    "raw",
    [b"[" * 100_000, b'{"a":' * 50_000, b" " * (2 * keys.MAX_KEY_RECORD_BYTES)],
    ids=["nested-lists", "nested-objects", "huge"],
)
def test_a_key_record_that_is_no_json_object_is_damage_not_a_crash(root: Path, raw: bytes) -> None:
    for name in ("vault.key", "vault.key.2"):
        (root / name).write_bytes(raw)
    with pytest.raises(VaultDamaged, match="damaged"):
        Vault(root).unlock(PASSPHRASE)


def test_every_open_makes_the_folder_private_again(template: Template, root: Path) -> None:
    store = Vault(root).open_store(template.data_key)
    store.backup(root / "backups" / "b.jbak")
    store.close()
    (root / "stray.txt").write_bytes(b"")
    for path in [root, root / "backups"]:
        path.chmod(0o755)
    for path in [*root.iterdir(), *(root / "backups").iterdir()]:
        if path.is_file():
            path.chmod(0o644)
    outside = root.with_name("outside.txt")
    outside.write_bytes(b"")
    outside.chmod(0o644)
    (root / "link").symlink_to(outside)
    Vault(root).open_store(template.data_key).close()
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE((root / "backups").stat().st_mode) == 0o700
    for path in [*root.iterdir(), *(root / "backups").iterdir()]:
        if path.is_file() and not path.is_symlink():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # a link is never followed


def test_a_backup_whose_key_member_is_a_link_is_a_bad_backup(root: Path, tmp_path: Path) -> None:
    from journal_app.storage.backup import BadBackup, restore, verify_backup

    good = tmp_path / "good.jbak"
    with Vault(root).open_store(Vault(root).unlock(PASSPHRASE)) as store:
        store.backup(good)
    bad = tmp_path / "bad.jbak"
    with tarfile.open(good) as src, tarfile.open(bad, "w", format=tarfile.PAX_FORMAT) as out:
        for member in src.getmembers():
            if member.name == "vault.key":
                link = tarfile.TarInfo("vault.key")
                link.type = tarfile.SYMTYPE
                link.linkname = "/etc/passwd"
                out.addfile(link)
            else:
                out.addfile(member, src.extractfile(member))
    before = snapshot(root)
    for attempt in (
        lambda: verify_backup(bad, PASSPHRASE),
        lambda: restore(Vault(root), bad, PASSPHRASE),
    ):
        with pytest.raises(BadBackup) as caught:
            attempt()
        assert caught.value.exit_code == 4
    assert snapshot(root) == before
    hard = tmp_path / "hard.jbak"
    with tarfile.open(good) as src, tarfile.open(hard, "w", format=tarfile.PAX_FORMAT) as out:
        out.addfile(src.getmember("journal.db"), src.extractfile("journal.db"))
        link = tarfile.TarInfo("vault.key")
        link.type = tarfile.LNKTYPE
        link.linkname = "missing"
        out.addfile(link, io.BytesIO(b""))
    with pytest.raises(BadBackup):
        verify_backup(hard, PASSPHRASE)


def test_no_backup_is_made_while_a_change_is_unfinished(template: Template, root: Path) -> None:
    """Until the next unlock settles which record goes with the key, a backup could pair the
    database with the wrong record (and open with nothing): it is refused instead."""
    from journal_app.errors import JournalBusy

    store = Vault(root).open_store(template.data_key)
    try:
        (root / "vault.key.next").write_bytes((root / "vault.key").read_bytes())
        with pytest.raises(JournalBusy, match="not finished"):
            store.backup(root / "backups" / "now.jbak")
        assert not (root / "backups" / "now.jbak").exists()
    finally:
        store.close()
