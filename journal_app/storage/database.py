"""Opening the SQLCipher database safely.

Raw-key mode (the key is already a random 256-bit value, so SQLCipher's own
PBKDF2 would only cost time). Pragmas chosen for a journal that must never
be lost nor leak: WAL with ``synchronous=FULL`` so a committed record
survives a power cut, ``temp_store=MEMORY`` because a file temp store writes
plaintext to ``/var/tmp``, ``secure_delete`` so deleted text is zeroed.

The key reaches SQLCipher through ``sqlite3_key`` as a hex literal built in
a bytearray and wiped at once, never as SQL text (which Python would keep as
an immutable string, and its statement cache with it).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from journal_app.errors import KnownError, StoreDamaged, VaultDamaged
from journal_app.storage import tr
from journal_app.storage.files import PRIVATE_FILE, disk_full, out_of_room, write_failed

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

# Pages are decrypted on every read, so a cache that holds a working set of
# weeks matters more than it does for plain SQLite. Negative: KiB.
CACHE_KIB = 16 * 1024

Connection = Any  # sqlcipher3 ships no type information


def damaged_message(path: Path, why: str) -> str:
    """The message for a journal that cannot be opened; ``why`` is already translated."""
    return tr(
        "The journal at {path} cannot be opened: {why}. Nothing has been changed or "
        "overwritten. To get your writing back, restore a backup with "
        "'journal-app restore BACKUP-FILE'."
    ).format(path=path, why=why)


_HEX = [f"{i:02x}".encode("ascii") for i in range(256)]


def key_literal(key: bytes | bytearray) -> bytearray:
    """``x'…'``, SQLCipher's raw-key form, in a bytearray the caller wipes."""
    literal = bytearray(2 * len(key) + 3)
    literal[0:2] = b"x'"
    for i, byte in enumerate(key):
        literal[2 + 2 * i : 4 + 2 * i] = _HEX[byte]
    literal[-1:] = b"'"
    return literal


def refuse_symlinks(*paths: Path) -> None:
    """A journal file that is a symbolic link could send reads or writes anywhere: refuse it."""
    for path in paths:
        if path.is_symlink():
            raise VaultDamaged(
                tr(
                    "{path} is a symbolic link, not the journal's own file. Nothing was "
                    "opened or changed. Put the real file in its place, or restore a backup "
                    "with 'journal-app restore BACKUP-FILE'."
                ).format(path=path)
            )


def damaged(path: Path, why: str) -> StoreDamaged:
    """The database at ``path`` cannot be opened; ``why`` in a few plain words."""
    return StoreDamaged(damaged_message(path, why), why)


def check_encrypted_file(path: Path) -> None:
    """Refuse a database file that is missing, empty, a symlink or plain (unencrypted) SQLite."""
    refuse_symlinks(path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")))
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        raise damaged(path, tr("the database file is missing")) from None
    except OSError as exc:
        raise damaged(
            path, tr("it cannot be read ({problem})").format(problem=exc.strerror)
        ) from None
    if not header:
        raise damaged(path, tr("the database file is empty"))
    if header == PLAIN_SQLITE_HEADER:
        raise damaged(path, tr("the database file is not encrypted"))


def _keyed(path: Path, key: bytes | bytearray) -> Connection:
    """A connection to ``path`` with ``key`` set (nothing read yet)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
    literal = key_literal(key)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(literal)
    except BaseException:
        conn.close()
        raise
    finally:
        literal[:] = bytes(len(literal))
    return conn


def key_opens(path: Path, key: bytes | bytearray) -> bool:
    """Whether ``key`` decrypts the journal at ``path`` (opened and closed again).

    Raises:
        VaultDamaged: the file is missing, empty, plain or a symlink: no key could open it.
    """
    check_encrypted_file(path)
    conn = _keyed(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        empty = conn.execute("PRAGMA page_count").fetchone()[0] == 0
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
    if empty:  # too short for a header: SQLite would take it for a new, empty database
        raise damaged(path, tr("the file holds no journal"))
    return True


def connect(
    path: Path, key: bytes | bytearray, *, create: bool = False, cache_kib: int = CACHE_KIB
) -> Connection:
    """Open (or with ``create``, make) the encrypted database at ``path``.

    Raises:
        VaultDamaged: the file is missing, empty, plain, or the key does not open it.
    """
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    if create:
        if path.exists():
            raise FileExistsError(path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        os.close(fd)
    else:
        check_encrypted_file(path)
    conn = _keyed(path, key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise damaged(
                path, tr("the file is damaged or does not belong to this key record")
            ) from None
        # SQLite reads a file too short for a header as a new, empty database; opening
        # it would write a fresh store over what is left of the journal.
        if not create and conn.execute("PRAGMA page_count").fetchone()[0] == 0:
            raise damaged(path, tr("the file holds no journal"))
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "temp_store = MEMORY",
            "secure_delete = ON",
            "foreign_keys = ON",
            f"cache_size = -{cache_kib}",
        ):
            conn.execute(f"PRAGMA {pragma}").fetchall()
    except BaseException:
        conn.close()
        raise
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.chmod(f"{path}{suffix}", PRIVATE_FILE)
    return conn


def _main_file(conn: Connection) -> Path | None:
    with contextlib.suppress(sqlcipher3.Error):
        for _seq, name, filename in conn.execute("PRAGMA database_list"):
            if name == "main" and filename:
                return Path(filename)
    return None


@contextlib.contextmanager
def damage_said(path: Path) -> Iterator[None]:
    """Pages SQLite cannot read (``malformed``, ``not a database``) as ``StoreDamaged``.

    Around the first reads of a journal just opened, so damage there leads to the
    way back (the damage page, the newest good backup), not to a crash.
    """
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        text = str(exc)
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            raise damaged(path, tr("parts of the file cannot be read")) from None
        raise


def write_error(conn: Connection, exc: sqlcipher3.Error) -> KnownError | None:
    """The user's words for a write SQLite refused for want of room or a failing disk.

    ``SQLITE_FULL`` is a full disk; an I/O error while writing is one too when the
    file system (or the file-size limit) has no room left, else a disk problem.
    Anything else (a bug, a constraint) is not ours to word: None.
    """
    text = str(exc)
    if "database or disk is full" in text:
        return disk_full()
    if "disk I/O error" in text:
        path = _main_file(conn)
        if path is not None:
            wal = path.with_name(path.name + "-wal")
            if out_of_room(path.parent, (path, wal)):
                return disk_full()
        return write_failed(tr("the disk reported an error"))
    return None


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """All or nothing: commit on success, roll back on any exception.

    A write refused for want of room becomes ``DiskFull``: nothing of the
    transaction was kept, everything committed before is untouched.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # SQLite may already have rolled back (a full disk)
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlcipher3.OperationalError as exc:
        problem = write_error(conn, exc)
        if problem is None:
            raise
        raise problem from None
