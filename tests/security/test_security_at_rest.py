"""No plaintext at rest: what a survivor writes never reaches the disk readable.

A unique marker is written into every kind of text a user types (entry text,
title, note, tag, a person's name, a draft) and then looked for, as UTF-8,
UTF-16-LE and UTF-16-BE, in every byte of the data folder (with the store open,
so -wal and -shm are there too, and after it is closed) and of a backup.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.domain.records import BoundaryPractice, ConnectionMoment, JournalEntry, MoodCheckIn
from journal_app.services.journal import Journal
from journal_app.services.settings import Settings
from journal_app.storage.database import PLAIN_SQLITE_HEADER

PASSPHRASE = "correct horse battery"

# Different per field, so a hit says where.
MARKERS = {
    "text": "qzxentrytextmarker7731",
    "title": "qzxtitlemarker7732",
    "note": "qzxnotemarker7733",
    "tag": "qzxtagmarker7734",
    "person": "qzxpersonmarker7735",
    "draft": "qzxdraftmarker7736",
    "long": "qzxlongmarker7737",
}
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def leaks(root: Path) -> list[str]:
    """Every (file, field, encoding) under ``root`` where a marker can be read."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for field, marker in MARKERS.items():
            for encoding in ENCODINGS:
                if marker.encode(encoding) in data:
                    found.append(f"{path.relative_to(root)}: {field} as {encoding}")
    return found


def write_everything(journal: Journal) -> None:
    journal.add(
        JournalEntry(
            id="e1",
            text=f"Today {MARKERS['text']} happened.",
            title=f"About {MARKERS['title']}",
            tags=(MARKERS["tag"], "walk"),
            note=f"remember {MARKERS['note']}",
        )
    )
    journal.add(
        ConnectionMoment(circle="close", minutes=30, person=MARKERS["person"], note=MARKERS["note"])
    )
    journal.add(BoundaryPractice(type="saying_no", outcome="held", person=MARKERS["person"]))
    journal.add(MoodCheckIn(score=4, note=MARKERS["note"] * 3))
    # Long enough to need overflow pages.
    journal.add(JournalEntry(id="e2", text=(MARKERS["long"] + " ") * 2000))
    journal.save_draft("entry:new", f"half written {MARKERS['draft']}")


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Journal]]:
    """A journal holding every marker, still open (so its -wal and -shm exist)."""
    old_umask = os.umask(0o022)  # a permissive umask: the app must not rely on the user's
    try:
        root = tmp_path_factory.mktemp("secure") / "journal"
        journal, _code = Journal.create(root, PASSPHRASE)
        write_everything(journal)
    finally:
        os.umask(old_umask)
    yield root, journal
    journal.close()


def test_no_marker_in_any_file_while_the_store_is_open(written: tuple[Path, Journal]) -> None:
    root, journal = written
    assert journal.search(MARKERS["tag"])  # it is there, and searchable
    assert {"journal.db-wal", "journal.db-shm"} <= set(os.listdir(root))
    assert (root / "journal.db-wal").stat().st_size > 0
    assert leaks(root) == []


def test_the_database_is_not_plain_sqlite(written: tuple[Path, Journal]) -> None:
    root, _journal = written
    with open(root / "journal.db", "rb") as handle:
        header = handle.read(16)
    assert header != PLAIN_SQLITE_HEADER
    assert not header.startswith(b"SQLite format 3")


def test_the_connection_keeps_plaintext_off_the_disk(written: tuple[Path, Journal]) -> None:
    _root, journal = written
    conn = journal._store.conn
    pragma = {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "temp_store", "secure_delete", "foreign_keys")
    }
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "temp_store": 2,  # MEMORY: a file temp store writes plaintext to /var/tmp
        "secure_delete": 1,
        "foreign_keys": 1,
    }


def test_data_folder_and_files_are_the_users_alone(written: tuple[Path, Journal]) -> None:
    root, journal = written
    journal.save_settings(Settings(theme="dark"))
    out = journal.backup(root / "backups" / "now.jbak")
    try:
        assert stat.S_IMODE(root.stat().st_mode) == 0o700
        for path in root.rglob("*"):
            expected = 0o700 if path.is_dir() else 0o600
            assert stat.S_IMODE(path.stat().st_mode) == expected, path
    finally:
        out.unlink()


def test_no_marker_in_a_backup(written: tuple[Path, Journal], tmp_path: Path) -> None:
    _root, journal = written
    out = journal.backup(tmp_path / "out" / "b.jbak")
    assert leaks(tmp_path) == []
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["b.jbak", "out"]
    assert not out.read_bytes()[:16].startswith(PLAIN_SQLITE_HEADER)


def test_the_settings_file_holds_no_journal_content(written: tuple[Path, Journal]) -> None:
    root, journal = written
    journal.save_settings(Settings(theme="dark", neutral_title=True))
    settings = json.loads((root / "settings.json").read_text("utf-8"))
    # Only what the locked screen needs; what protects (auto-lock, the quick-exit
    # shortcut) and the week start are kept inside the encrypted store.
    assert set(settings) == {
        "theme",
        "larger_text",
        "language",  # the unlock screen speaks it too
        "neutral_title",
        "remember_on_device",
        # The check-in reminder runs while locked: on or off, a time, at login. No content.
        "reminder_enabled",
        "reminder_time",
        "reminder_at_login",
    }
    assert all(isinstance(v, str | int | bool) for v in settings.values())
    assert settings["remember_on_device"] is False
    assert leaks(root) == []


def test_after_edits_deletes_and_close_no_marker_remains(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        write_everything(journal)
        entry = journal.get("e1")
        journal.update(entry.edited(text=f"rewritten {MARKERS['text']}"))
        journal.delete("e2")
        journal.discard_draft("entry:new")
        journal.save_draft("entry:new", MARKERS["draft"])
        assert leaks(root) == []
    assert sorted(os.listdir(root)) == ["journal.db", "vault.key", "vault.key.2"]
    assert leaks(root) == []


def test_the_command_line_writes_no_plaintext_to_its_temp_folder(tmp_path: Path) -> None:
    """SQLite and Python temp files go to TMPDIR/SQLITE_TMPDIR: nothing readable lands there."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    data = tmp_path / "journal"
    env = {
        **os.environ,
        "JOURNAL_APP_PASSPHRASE": PASSPHRASE,
        "TMPDIR": str(scratch),
        "SQLITE_TMPDIR": str(scratch),
    }

    def run(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "journal_app.cli", "--data-dir", str(data), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    run("init")
    run(
        "add",
        "entry",
        "--text",
        MARKERS["text"],
        "--title",
        MARKERS["title"],
        "--tags",
        MARKERS["tag"],
        "--note",
        MARKERS["note"],
    )
    run("add", "connection", "--circle", "peer", "--minutes", "5", "--person", MARKERS["person"])
    assert MARKERS["title"] in run("search", MARKERS["tag"])
    run("backup", "--out", str(tmp_path / "b.jbak"))
    assert leaks(tmp_path) == []
    assert [p for p in scratch.rglob("*")] == []


def test_the_scanner_finds_a_marker_in_every_encoding(tmp_path: Path) -> None:
    """The checks above are only worth something if the scanner sees plain text."""
    for encoding in ENCODINGS:
        (tmp_path / encoding).write_bytes(b"\x00junk" + MARKERS["tag"].encode(encoding) + b"\x01")
    assert leaks(tmp_path) == [f"{e}: tag as {e}" for e in sorted(ENCODINGS)]


def decrypt_page(page: bytes, key: bytes, *, first: bool, reserve: int = 80) -> bytes:
    """One page of a SQLCipher 4 file (raw key): AES-256-CBC data, then a 16-byte IV and a
    64-byte HMAC; page 1 starts with the 16-byte salt."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    size = len(page)
    iv = page[size - reserve : size - reserve + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[16 if first else 0 : size - reserve])


def decrypted_pages(path: Path, key: bytes, page_size: int = 4096) -> bytes:
    """Every page of a SQLCipher 4 file decrypted: free pages and freed cells too.

    Reading the pages, not the tables, shows what a forensic look at a store whose
    passphrase became known would find.
    """
    raw = path.read_bytes()
    return b"".join(
        decrypt_page(raw[n * page_size : (n + 1) * page_size], key, first=n == 0)
        for n in range(len(raw) // page_size)
    )


def decrypted_wal(path: Path, key: bytes, page_size: int = 4096) -> bytes:
    """Every page in a write-ahead log, decrypted (after a 32-byte header, frames of a
    24-byte header, which starts with the page number, and one page); empty if none."""
    if not path.exists():
        return b""
    raw = path.read_bytes()[32:]
    frame = 24 + page_size
    pages = []
    for n in range(len(raw) // frame):
        header = raw[n * frame : n * frame + 24]
        page = raw[n * frame + 24 : (n + 1) * frame]
        pages.append(decrypt_page(page, key, first=int.from_bytes(header[:4], "big") == 1))
    return b"".join(pages)


def test_deleted_text_is_gone_even_from_the_decrypted_pages(tmp_path: Path) -> None:
    """What the user deletes, rewrites, renames or discards is not in any page of the store,
    free or in use, once it is closed: not in the tables, the search index or free space."""
    from dataclasses import replace

    from journal_app.storage.vault import Vault

    root = tmp_path / "journal"
    vault = Vault(root)
    key, _code = vault.create(PASSPHRASE)
    with vault.open_store(key) as store:
        # Few transactions, so the search index is not merged before the deletes.
        store.records.add_many(
            [
                *(
                    JournalEntry(id=f"k{i}", text=f"qzxkeptword number {i} " * 20)
                    for i in range(30)
                ),
                JournalEntry(
                    id="gone",
                    text=(MARKERS["text"] + " ") * 50,
                    title=MARKERS["title"],
                    tags=(MARKERS["tag"],),
                    note=MARKERS["note"],
                ),
                JournalEntry(id="long", text=(MARKERS["long"] + " ") * 3000),
                ConnectionMoment(circle="peer", minutes=5, person=MARKERS["person"]),
            ]
        )
        store.drafts.save("entry:new", MARKERS["draft"])
        store.drafts.discard("entry:new")
        store.records.delete("gone")
        store.records.delete("long")
        person = store.people.find(MARKERS["person"])
        assert person is not None
        store.people.update(replace(person, name="Renamed"))
    pages = decrypted_pages(root / "journal.db", key)
    # The decryption is right: the schema and what was kept can be read.
    assert b"CREATE TABLE records" in pages
    assert b"qzxkeptword" in pages and b"Renamed" in pages
    # The search index stores a word after the letters it shares with the word before it
    # ('qzx...'), so look for each marker's own ending, which no other word shares.
    found = [field for field, marker in MARKERS.items() if marker[-10:].encode() in pages]
    assert found == []


def test_a_deleted_persons_name_is_in_no_page_of_the_store(tmp_path: Path) -> None:
    """Delete someone: their name leaves the people table, its index and every record,
    in the database file and its write-ahead log, while the journal is still open and
    after it is closed. What the user wrote themselves is theirs and stays."""
    from journal_app.storage.vault import Vault

    name = "Qzxdeletedperson7741"
    kept = "Qzxkeptperson7742"
    root = tmp_path / "journal"
    vault = Vault(root)
    key, _code = vault.create(PASSPHRASE)
    with Journal(vault.open_store(key), root) as journal:
        journal.add_many(
            [
                ConnectionMoment(id="c1", circle="close", minutes=30, person=name, note="tea"),
                BoundaryPractice(id="b1", type="saying_no", outcome="held", person=name),
                ConnectionMoment(id="c2", circle="peer", minutes=5, person=kept),
                *(JournalEntry(id=f"e{i}", text=f"an ordinary day {i} " * 30) for i in range(20)),
            ]
        )
        conn = journal._store.conn
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # the name reaches the file
        journal.add(MoodCheckIn(score=5))  # and the log holds pages again
        person = journal.find_person(name)
        assert person is not None
        assert journal.delete_person(person) == 2
        assert journal.find_person(name) is None
        assert journal.get("c1").person is None  # type: ignore[union-attr]
        assert journal.get("b1").note == ""
        assert journal.get("c1").note == "tea"

        open_pages = decrypted_pages(root / "journal.db", key)
        open_pages += decrypted_wal(root / "journal.db-wal", key)
        assert b"CREATE TABLE records" in open_pages
        assert kept.encode() in open_pages  # the decryption is right: others are readable
        for encoding in ENCODINGS:
            assert name.encode(encoding) not in open_pages, encoding
            assert name[-10:].encode(encoding) not in open_pages, encoding
    closed = decrypted_pages(root / "journal.db", key)
    assert kept.encode() in closed
    for encoding in ENCODINGS:
        assert name[-10:].encode(encoding) not in closed, encoding
