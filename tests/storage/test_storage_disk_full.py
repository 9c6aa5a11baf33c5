"""SQLITE_FULL (the database may grow no more) and ENOSPC: said plainly, nothing half-saved."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from storage_support import (
    PASSPHRASE,
    fast_kdf,  # noqa: F401 - a fixture
    one_of_each,
)

from journal_app.domain.records import JournalEntry, MoodCheckIn
from journal_app.errors import DiskFull, WriteFailed
from journal_app.services.journal import Journal
from journal_app.storage import files

pytestmark = pytest.mark.usefixtures("fast_kdf")
FULL = "The disk is full, so this was not saved; everything saved before is safe."


@pytest.fixture
def full(tmp_path: Path) -> Journal:
    """A journal whose database may not grow by a single page."""
    journal, _code = Journal.create(tmp_path / "journal", PASSPHRASE)
    journal.add(MoodCheckIn(id="before", score=5))
    conn = journal._store.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    yield journal  # type: ignore[misc]
    journal.close()


def test_every_kind_of_write_says_the_disk_is_full(full: Journal) -> None:
    big = "words " * 5000
    attempts = [
        lambda: full.add(JournalEntry(text=big)),
        lambda: full.add_many([*one_of_each(), JournalEntry(text=big)]),
        lambda: full.save_draft("entry:new", big),
        lambda: full.save_state("test.big", [big]),
    ]
    for attempt in attempts:
        with pytest.raises(DiskFull) as caught:
            attempt()
        assert str(caught.value) == FULL
        assert caught.value.exit_code == 1
    assert [r.id for r in full.records_between()] == ["before"]  # all or nothing
    assert full.load_draft("entry:new") is None
    conn = full._store.conn
    conn.execute("PRAGMA max_page_count = 1000000")  # room again: it works at once
    full.add_many(one_of_each())
    assert full.count() == 1 + len(one_of_each())
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_written_whole_or_not_says_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old")

    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_room)
    with pytest.raises(DiskFull, match="The disk is full"):
        files.atomic_write(target, b"new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["settings.json"]


def test_other_write_errors_are_said_too_never_as_a_bug(tmp_path: Path) -> None:
    error = files.as_write_error(OSError(errno.EIO, "Input/output error"))
    assert isinstance(error, WriteFailed) and not isinstance(error, DiskFull)
    assert "Input/output error" in str(error) and "everything saved before is safe" in str(error)
    assert isinstance(files.as_write_error(OSError(errno.EDQUOT, "quota")), DiskFull)
