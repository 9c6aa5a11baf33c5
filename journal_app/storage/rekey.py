"""Re-keying: the journal encrypted again under a new random data key.

People change a passphrase because someone learned it. Re-wrapping the old
data key would not be enough: whoever kept a copy of the old key record (one
sits in every backup) could still read everything written afterwards. So a
passphrase change (and a new recovery code) writes the whole database again
under a fresh key, and no earlier key record opens it.

The protocol, so that a kill at any moment leaves exactly one of the old and
the new passphrase working and the database whole:

1. Take the journal's write lock: checkpoint the WAL into the database
   (``TRUNCATE``), then ``BEGIN IMMEDIATE`` on a connection of our own and
   check the WAL is still empty. From here until the end no one else writes.
2. ``sqlcipher_export`` the database, on a second connection, into
   ``.journal.db.rekeying`` in the data folder, encrypted with the new key.
3. Check the copy: ``integrity_check``, ``cipher_integrity_check``, the same
   schema version and the same number of rows in every table. Fsync it.
4. Write the new key record to ``vault.key.next`` (temporary file, fsync,
   rename, folder fsync).
5. Remove ``journal.db-wal`` and ``-shm``: they belong to the old file, and
   are empty (step 1). Rename the new database over ``journal.db``; fsync
   the folder. This rename is the moment the change happens.
6. Rename ``vault.key.next`` over ``vault.key``, then write ``vault.key.2``.
7. Leave a trigger in the old database (now unlinked, reachable only by
   connections opened before the change) that refuses every write, so a
   window still holding it open fails loudly instead of saving into a file
   that no longer exists. SQLite itself never checkpoints or deletes the
   WAL of a database file that was renamed over, so the new file is safe
   from those old connections.

A kill before step 5 leaves the old journal whole and its record in
``vault.key``; a kill after it leaves the new database with its record in
``vault.key.next`` or ``vault.key``. At unlock the record whose key actually
opens ``journal.db`` wins, and the loser is cleaned up (``Vault._resolve``
and ``Vault._settle``); a passphrase that opens nothing changes nothing.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from journal_app.errors import JournalBusy, KnownError
from journal_app.storage import database, files, schema, tr
from journal_app.storage.database import Connection
from journal_app.storage.keys import KeyRecord, new_data_key, wipe

if TYPE_CHECKING:
    from journal_app.storage.vault import Vault, VaultPaths

LOCK_TRIES = 3
BUSY_TIMEOUT_MS = 2000  # per try: another process's read or write usually ends well before
_RETIRED = "the journal was re-keyed since this connection opened it; open it again"


def rekey(
    vault: Vault, vault_id: str, old_key: bytes | bytearray, passphrase: str, code: str
) -> bytearray:
    """Encrypt the journal in ``vault`` under a new data key; returns it (the caller wipes it).

    The new key record wraps the new key with ``passphrase`` and ``code``.
    """
    paths = vault.paths
    new_key = new_data_key()
    try:
        # The two key derivations first, before the journal is locked for writing.
        raw = KeyRecord.create(new_key, passphrase, code, vault_id=vault_id).to_bytes()
        with _write_lock(paths.database, old_key) as locker:
            single_link = os.stat(paths.database).st_nlink == 1
            _swap_in(paths, locker, old_key, new_key, raw)
            _finish(paths, raw)
            if single_link:  # the old file is gone from the folder: retire what still holds it
                _retire(locker)
    except BaseException:
        wipe(new_key)
        raise
    return new_key


def _swap_in(
    paths: VaultPaths,
    locker: Connection,
    old_key: bytes | bytearray,
    new_key: bytearray,
    raw: bytes,
) -> None:
    """Steps 2 to 5; before the rename nothing of the old journal has changed."""
    version = schema.version_of(locker)
    counts = table_counts(locker)
    _remove(paths.rekey_leftovers())
    try:
        _export(paths.database, paths.rekey_database, old_key, new_key, version)
        _check(paths.rekey_database, new_key, version, counts)
        _fsync_file(paths.rekey_database)
        files.atomic_write(paths.key_next, raw)
        _remove([paths.beside(paths.database, "-wal"), paths.beside(paths.database, "-shm")])
        files.atomic_copy_into_place(paths.rekey_database, paths.database)
    except Exception:
        # Not swapped: the old journal and its record stand; take back what was made.
        _remove([*paths.rekey_leftovers(), paths.key_next])
        raise


def _finish(paths: VaultPaths, raw: bytes) -> None:
    """Step 6. The change has happened; what fails here the next unlock completes."""
    try:
        with contextlib.suppress(FileNotFoundError):  # another process completed it
            os.replace(paths.key_next, paths.key)
        files.fsync_dir(paths.root)
        files.atomic_write(paths.key_copy, raw)
    except OSError:
        return


@contextlib.contextmanager
def _write_lock(db: Path, key: bytes | bytearray) -> Iterator[Connection]:
    """Step 1: a connection holding the write lock on an empty WAL."""
    for attempt in range(LOCK_TRIES):
        before = os.stat(db).st_ino
        conn = database.connect(db, key)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}").fetchall()
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                conn.execute("BEGIN IMMEDIATE")
                if os.stat(db).st_ino == before and _empty(Path(f"{db}-wal")):
                    break
                conn.execute("ROLLBACK")
        except sqlcipher3.OperationalError:  # locked by another writer past the busy timeout
            pass
        except BaseException:
            conn.close()
            raise
        conn.close()
        time.sleep(0.1 * (attempt + 1))
    else:
        raise JournalBusy(
            tr(
                "The journal is busy just now (an export or import still running, or another "
                "window or command), so nothing was changed. Try again in a moment."
            )
        )
    try:
        yield conn
    finally:
        with contextlib.suppress(Exception):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        conn.close()


def _export(
    db: Path, out: Path, old_key: bytes | bytearray, new_key: bytearray, version: int
) -> None:
    """Step 2: every table, index and row into ``out`` under ``new_key``."""
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.PRIVATE_FILE)
    os.close(fd)
    conn = database.connect(db, old_key)
    literal = database.key_literal(new_key)
    try:
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(out), literal))
        # The copy is trusted only once checked and fsynced (step 3); until then a crash
        # just leaves a leftover to delete, so it needs no journal and no syncing of its own.
        conn.execute("PRAGMA rekeyed.journal_mode = OFF").fetchall()
        conn.execute("PRAGMA rekeyed.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
        conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        conn.execute("DETACH DATABASE rekeyed")
    finally:
        wipe(literal)
        conn.close()


def _check(path: Path, key: bytearray, version: int, counts: dict[str, int]) -> None:
    """Step 3: the copy opens with the new key, is whole, and holds every row."""
    conn = database.connect(path, key)
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        if problems != ["ok"]:
            raise RekeyFailed("; ".join(problems))
        if schema.version_of(conn) != version or table_counts(conn) != counts:
            raise RekeyFailed(tr("the copy does not hold the same rows"))
    finally:
        conn.close()
    if any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm", "-journal")):
        raise RekeyFailed(tr("the copy was not closed cleanly"))


def table_counts(conn: Connection) -> dict[str, int]:
    """Rows in every table (virtual and shadow tables too), by name."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def _retire(locker: Connection) -> None:
    """Step 7: writes through a connection still on the old file fail instead of vanishing."""
    tables = [
        str(row[0])
        for row in locker.execute(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        for op in ("INSERT", "UPDATE", "DELETE"):
            locker.execute(
                f'CREATE TRIGGER IF NOT EXISTS "retired_{table}_{op.lower()}" '
                f"BEFORE {op} ON \"{table}\" BEGIN SELECT RAISE(ABORT, '{_RETIRED}'); END"
            )
    locker.execute("COMMIT")


class RekeyFailed(KnownError):
    """The re-keyed copy did not check out; the journal was left as it was."""

    def __init__(self, why: str) -> None:
        super().__init__(
            tr(
                "The journal could not be written again under a new key ({why}). Nothing was "
                "changed: the old passphrase still opens it."
            ).format(why=why)
        )


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
