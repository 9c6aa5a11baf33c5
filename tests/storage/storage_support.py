"""Shared helpers for the storage tests: a known passphrase, sample records, folder snapshots."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    ConnectionMoment,
    JournalEntry,
    MoodCheckIn,
    TimeAlone,
)
from journal_app.storage import files
from journal_app.storage.keys import KdfParams
from journal_app.storage.vault import Vault

PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "a different horse, stapled"

CET = timezone(timedelta(hours=1))


def at(day: int, hour: int = 9, minute: int = 0, tz: timezone = CET) -> datetime:
    """A moment in November 2026 (the 16th is a Monday)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def one_of_each(day: int = 16, prefix: str = "r") -> list[AnyRecord]:
    """One record of every kind on ``day``, with fixed ids ``{prefix}-mood`` etc."""
    return [
        MoodCheckIn(
            id=f"{prefix}-mood",
            at=at(day, 8),
            score=6,
            distress=3,
            emotions=("calm", "tired"),
            note="slept badly",
        ),
        ConnectionMoment(
            id=f"{prefix}-connection",
            at=at(day, 10),
            circle="peer",
            minutes=60,
            person="Sam",
            mode="call",
            felt_safe=4,
            initiated=True,
            share=True,
            note="talked about the group",
        ),
        TimeAlone(id=f"{prefix}-alone", at=at(day, 14), minutes=90, chosen=False, loneliness=7),
        BoundaryPractice(
            id=f"{prefix}-boundary",
            at=at(day, 18),
            type="saying_no",
            outcome="partly",
            circle="close",
            person="Mum",
            fear_before=8,
            felt_after=6,
        ),
        JournalEntry(
            id=f"{prefix}-entry",
            at=at(day, 21, 30),
            text="Walked by the river and it was quiet.",
            title="Evening",
            tags=("walk", "river"),
        ),
    ]


Snapshot = dict[str, tuple[str, int, int]]


def snapshot(root: Path) -> Snapshot:
    """Every file under ``root``: its SHA-256, mtime (ns) and mode; folders by mtime and mode."""
    result: Snapshot = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            info = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
            result[str(path.relative_to(root))] = (digest, info.st_mtime_ns, info.st_mode)
    info = root.stat()
    result["."] = ("dir", info.st_mtime_ns, info.st_mode)
    return result


def files_only(snap: Snapshot) -> Snapshot:
    """The files of a snapshot, without the folders' own mtimes."""
    return {name: value for name, value in snap.items() if value[0] != "dir"}


_DERIVED: dict[tuple[KdfParams, bytes], bytes] = {}
_REAL_DERIVE = KdfParams.derive


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run real Argon2id once per (parameters, secret) in the session, then remember it.

    The derivation is a pure function, so this changes no outcome; it only spares
    the ~0.2 s each test would spend re-deriving the same key of a copied template.
    Weak parameters are still refused, since they never reach the cache.
    """

    def derive(self: KdfParams, secret: bytes) -> bytearray:
        if (self, secret) not in _DERIVED:
            _DERIVED[(self, secret)] = bytes(_REAL_DERIVE(self, secret))
        return bytearray(_DERIVED[(self, secret)])  # a copy: the caller wipes what it gets

    monkeypatch.setattr(KdfParams, "derive", derive)


class Killed(BaseException):
    """The process died here (a BaseException, so no ordinary handler swallows it)."""


@contextlib.contextmanager
def killed_at(
    monkeypatch: pytest.MonkeyPatch,
    step: int,
    also: tuple[ModuleType, ...] = (),
    *,
    renames: bool = False,
) -> Iterator[list[str]]:
    """Die just before the ``step``-th durable file operation (fsync, rename, folder fsync).

    ``also``: further modules that imported ``fsync_dir`` by name (e.g. backup).
    ``renames``: ``os.rename`` counts too (folders are renamed, not replaced).
    """
    done: list[str] = []

    def wrap(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            if len(done) == step:
                raise Killed(name)
            done.append(name)
            return real(*args)

        return run

    with monkeypatch.context() as patch:
        patch.setattr(files.os, "fsync", wrap("fsync", os.fsync))
        patch.setattr(files.os, "replace", wrap("replace", os.replace))
        patch.setattr(files, "fsync_dir", wrap("fsync_dir", files.fsync_dir))
        if renames:
            patch.setattr(files.os, "rename", wrap("rename", os.rename))
        for module in also:
            patch.setattr(module, "fsync_dir", wrap("fsync_dir", files.fsync_dir))
        yield done


def people_work_after_an_upgrade(journal: Any, records: list[AnyRecord]) -> None:
    """On a journal upgraded from an older schema: everyone stays where they were, and
    then a person goes off the support map and back, someone new named in a boundary
    stays off it, a session carries support and a reflection, and a delete unnames."""
    from dataclasses import replace as changed

    from journal_app.domain.records import SessionReflection, Support

    before = {p.name: p for p in journal.people(include_archived=True)}
    assert all(p.circle is not None for p in before.values())  # nobody was off the map then
    sam = before["Sam"]
    journal.move_person(sam, None)
    assert journal.find_person("Sam") == changed(sam, circle=None)
    assert {r.id for r in journal.records_between() if getattr(r, "person", None) == "Sam"}
    journal.move_person(sam, sam.circle)
    assert journal.find_person("Sam") == sam

    journal.add(BoundaryPractice(id="new-b", type="saying_no", outcome="held", person="Newly"))
    newly = journal.find_person("Newly")
    assert newly is not None and newly.circle is None
    session = ConnectionMoment(
        id="new-s",
        circle="professional",
        minutes=50,
        person="Dr K",
        support=Support.RECEIVED,
        reflection=SessionReflection(heard=8, bring_up="the next step"),
    )
    journal.add(session)
    assert journal.get("new-s") == session

    dr_k = journal.find_person("Dr K")
    assert dr_k is not None
    named = [r.id for r in records if getattr(r, "person", None) == "Dr K"]
    assert journal.delete_person(dr_k) == len(named) + 1
    for record in records:
        expected = changed(record, person=None) if record.id in named else record
        assert journal.get(record.id) == expected
    assert journal.find_person("Dr K") is None


FIXTURES = Path(__file__).parent.parent / "fixtures"


def load_fixture_maker(name: str) -> ModuleType:
    """A fixture script of ``tests/fixtures`` (``make_schema1``...), loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, FIXTURES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fixture_journal(maker: ModuleType) -> tuple[Any, Any]:
    """The ``data_key`` and ``root`` fixtures for the committed journal ``maker`` wrote.

    ``data_key`` is unwrapped once per module (one key derivation); ``root`` is a
    private copy of the journal for each test (opening it upgrades it).
    Use: ``data_key, root = fixture_journal(MAKER)`` at the top of a test module.
    """

    @pytest.fixture(scope="module")
    def data_key() -> bytes:
        record = Vault(maker.FOLDER).read_key_record()
        return bytes(record.unwrap_with_passphrase(maker.PASSPHRASE))

    @pytest.fixture
    def root(tmp_path: Path) -> Path:
        copy = tmp_path / "journal"
        shutil.copytree(maker.FOLDER, copy)
        os.chmod(copy, 0o700)
        return copy

    return data_key, root


HALF_WRITTEN = """
import sys, time
import sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = 'a killed build'")
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 2")
conn.execute("CREATE TABLE t (x BLOB)")
conn.execute("BEGIN")
for _ in range(200):
    conn.execute("INSERT INTO t VALUES (randomblob(4000))")
print("writing", flush=True)
time.sleep(60)
"""


def killed_mid_write(db_path: Path) -> None:
    """A process writing ``db_path`` (another key, rollback mode) killed mid-transaction:
    it leaves a hot ``-journal`` that SQLite would replay into any database at that path."""
    import signal
    import subprocess
    import sys

    with subprocess.Popen(
        [sys.executable, "-c", HALF_WRITTEN, str(db_path)], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None and child.stdout.readline().strip() == "writing"
        os.kill(child.pid, signal.SIGKILL)
        child.communicate()
    assert Path(f"{db_path}-journal").stat().st_size > 0  # a hot journal was left
