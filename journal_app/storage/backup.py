"""Encrypted backups: one file holding the database and its own copy of the key record.

A backup is a consistent copy made with SQLite's online backup API into a
new database encrypted with the same key, packed with the key record into a
plain tar file. Nothing in it is readable without the passphrase or the
recovery code that was current when it was made.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import sqlcipher3

from journal_app.errors import KnownError, WrongSecret
from journal_app.storage import database, schema, tr
from journal_app.storage.database import Connection
from journal_app.storage.files import (
    PRIVATE_FILE,
    as_write_error,
    atomic_copy_into_place,
    atomic_write,
    disk_full,
    fsync_dir,
    is_full,
    make_private_dir,
)
from journal_app.storage.keys import KeyRecord, KeyRecordCorrupt, wipe
from journal_app.storage.vault import Vault

BACKUP_SUFFIX = ".jbak"
_MEMBER_KEY = "vault.key"
_MEMBER_DB = "journal.db"
_MAX_KEY_RECORD = 64 * 1024


class BadBackup(KnownError):
    exit_code = 4


def make_backup(
    conn: Connection, data_key: bytes | bytearray, key_record: bytes, out: Path
) -> Path:
    """Write a consistent encrypted backup of the open store ``conn`` to ``out``.

    The file appears complete or not at all (temporary file, fsync, rename).

    Raises:
        DiskFull: no room for it (nothing is left behind).
    """
    out = Path(out)
    try:
        _write_backup(conn, data_key, key_record, out)
    except OSError as exc:
        raise as_write_error(exc) from None
    except sqlcipher3.OperationalError as exc:
        problem = database.write_error(conn, exc)
        if problem is None:
            raise
        raise problem from None
    return out


def _write_backup(
    conn: Connection, data_key: bytes | bytearray, key_record: bytes, out: Path
) -> None:
    if not out.parent.is_dir():  # never re-mode a folder the user chose (a home, /tmp, a USB stick)
        make_private_dir(out.parent)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".backup-") as tmp:
        copy_path = Path(tmp) / _MEMBER_DB
        dst = database.connect(copy_path, data_key, create=True)
        try:
            conn.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            dst.close()
        tar_tmp = Path(tmp) / "backup.tar"
        with tarfile.open(tar_tmp, "w", format=tarfile.PAX_FORMAT) as tar:
            info = tarfile.TarInfo(_MEMBER_KEY)
            info.size = len(key_record)
            info.mode = PRIVATE_FILE
            tar.addfile(info, io.BytesIO(key_record))
            tar.add(copy_path, arcname=_MEMBER_DB, recursive=False)
        os.chmod(tar_tmp, PRIVATE_FILE)
        with open(tar_tmp, "rb") as handle:
            os.fsync(handle.fileno())
        atomic_copy_into_place(tar_tmp, out)


@contextlib.contextmanager
def unpacked(backup: Path) -> Iterator[tuple[KeyRecord, bytes, Path]]:
    """Unpack ``backup`` into a private temporary folder beside it.

    Yields the key record, its raw bytes, and the path of the database copy.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise BadBackup(tr("There is no backup file at {backup}.").format(backup=backup))
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=_scratch_dir(backup)) as tmp:
        try:
            with tarfile.open(backup, "r:") as tar:
                members = {m.name: m for m in tar.getmembers()}
                key_member = members.get(_MEMBER_KEY)
                db_member = members.get(_MEMBER_DB)
                # Only plain files: a link member would be looked up elsewhere in the archive
                # (or outside it) instead of read.
                if (
                    key_member is None
                    or db_member is None
                    or not key_member.isfile()
                    or not db_member.isfile()
                ):
                    raise BadBackup(
                        tr("{backup} is not a journal-app backup (parts are missing).").format(
                            backup=backup
                        )
                    )
                if key_member.size > _MAX_KEY_RECORD:
                    raise BadBackup(
                        tr("{backup} is not a journal-app backup (key record too big).").format(
                            backup=backup
                        )
                    )
                key_file = tar.extractfile(key_member)
                db_file = tar.extractfile(db_member)
                if key_file is None or db_file is None:
                    raise BadBackup(
                        tr("{backup} is not a journal-app backup.").format(backup=backup)
                    )
                raw_key = key_file.read()
                db_path = Path(tmp) / _MEMBER_DB
                fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
                with os.fdopen(fd, "wb") as out:
                    while chunk := db_file.read(1 << 20):
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
        except OSError as exc:
            if is_full(exc):  # no room to unpack it: says nothing about the backup
                raise disk_full() from None
            raise BadBackup(
                tr("{backup} is not a readable journal-app backup ({problem}).").format(
                    backup=backup, problem=exc
                )
            ) from None
        except (tarfile.TarError, EOFError) as exc:
            raise BadBackup(
                tr("{backup} is not a readable journal-app backup ({problem}).").format(
                    backup=backup, problem=exc
                )
            ) from None
        try:
            record = KeyRecord.from_bytes(raw_key)
        except KeyRecordCorrupt as exc:
            raise BadBackup(
                tr("The key record inside {backup} is damaged: {problem}").format(
                    backup=backup, problem=exc
                )
            ) from None
        yield record, raw_key, db_path


def backup_name(now: datetime | None = None) -> str:
    """The name of a backup made now: ``journal-YYYYmmdd-HHMMSS.jbak``."""
    return f"journal-{(now or datetime.now()):%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def earlier_copies(vault: Vault) -> tuple[list[Path], list[Path]]:
    """What in the data folder still opens with an earlier passphrase or recovery code.

    The backups in ``backups/`` and the journals a restore kept (``replaced-*``),
    oldest first. After a passphrase change they all come from before it.
    """
    found = (
        sorted(vault.paths.backups.glob(f"*{BACKUP_SUFFIX}"))
        if vault.paths.backups.is_dir()
        else []
    )
    backups = [p for p in found if p.is_file() and not p.is_symlink()]
    replaced = sorted(
        p for p in vault.paths.root.glob("replaced-*") if p.is_dir() and not p.is_symlink()
    )
    return backups, replaced


def _scratch_dir(backup: Path) -> Path | None:
    """Unpack next to the backup when we may write there, else in the system temp folder.

    Only encrypted bytes are ever unpacked, so either place is safe.
    """
    return backup.parent if os.access(backup.parent, os.W_OK) else None


def check_database(
    db_path: Path, data_key: bytes | bytearray, *, quick: bool = False
) -> tuple[int, int]:
    """Open a database copy and check it (fully, or ``quick``: without cross-checking
    the indexes). Returns (schema version, record count)."""
    conn = database.connect(db_path, data_key)
    try:
        version = schema.check_not_newer(conn)
        check = "quick_check" if quick else "integrity_check"
        try:
            problems = [row[0] for row in conn.execute(f"PRAGMA {check}")]
            cipher = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        except sqlcipher3.DatabaseError as exc:  # too damaged to even check
            problems, cipher = [str(exc)], []
        if problems != ["ok"] or cipher:
            raise BadBackup(
                tr("The database failed its integrity check: {problems}").format(
                    problems="; ".join(map(str, problems + cipher))
                )
            )
        count = 0
        if version >= 1:
            count = int(conn.execute("SELECT count(*) FROM records").fetchone()[0])
        return version, count
    finally:
        conn.close()


def _new_folder(parent: Path, name: str) -> Path:
    """A private folder ``name`` in ``parent`` that did not exist before (``name-2``, ...)."""
    candidate, n = parent / name, 1
    while True:
        try:
            candidate.mkdir(mode=0o700)
        except FileExistsError:
            n += 1
            candidate = parent / f"{name}-{n}"
            continue
        return candidate


def _keep(src: Path, dst: Path) -> None:
    """Put ``src`` at ``dst`` as well, leaving ``src`` in place: a hard link, else a copy.

    The journal being replaced must be whole somewhere at every moment of a
    restore; moving its files one by one left it split in two after a crash.
    """
    try:
        os.link(src, dst)
    except OSError:  # a file system without hard links (FAT on a USB stick)
        shutil.copy2(src, dst)
        with open(dst, "rb+") as handle:
            os.fsync(handle.fileno())


def verify_backup(backup: Path, passphrase: str) -> int:
    """Check that ``backup`` opens with ``passphrase`` and is whole; returns its record count."""
    with unpacked(backup) as (record, _raw, db_path):
        data_key = record.unwrap_with_passphrase(passphrase)
        try:
            return check_database(db_path, data_key)[1]
        finally:
            wipe(data_key)


def restore(
    vault: Vault,
    backup: Path,
    passphrase: str | None = None,
    *,
    data_key: bytes | bytearray | None = None,
    keep_key_record: bool = False,
    aside: str = "replaced",
) -> tuple[int, Path | None]:
    """Replace the journal in ``vault`` with the one in ``backup``.

    The backup is checked completely first: the passphrase opens its key
    record (or ``data_key``, the key of the journal now, opens its database)
    and the database is whole. The journal it replaces is not deleted: it is
    kept in ``<aside>-<time>/`` in the data folder, whole before anything
    changes. The backup's key record comes back with it, unless
    ``keep_key_record`` (the journal's own record wraps ``data_key`` already,
    so the passphrase in use now keeps opening it). Holds the folder lock
    while it replaces files, so no one uses the journal meanwhile.

    Returns the record count and that folder (None when there was no journal
    before).
    """
    from journal_app.storage.folderlock import exclusively

    paths = vault.paths
    with unpacked(backup) as (record, raw_key, db_path):
        own = data_key is None  # a key unwrapped here is wiped here
        if data_key is None:
            try:
                data_key = record.unwrap_with_passphrase(passphrase or "")
            except WrongSecret:
                raise WrongSecret(
                    tr(
                        "That passphrase does not open this backup. Use the passphrase that "
                        "was current when the backup was made."
                    )
                ) from None
        try:
            _version, count = check_database(db_path, data_key)
        finally:
            if own:
                wipe(data_key)
        make_private_dir(paths.root)
        with exclusively(paths.root):
            try:
                kept = _replace(vault, db_path, None if keep_key_record else raw_key, aside)
            except OSError as exc:
                raise as_write_error(exc) from None
    return count, kept


_SQLITE_FILES = ("-wal", "-shm", "-journal")


def _replace(vault: Vault, db_path: Path, raw_key: bytes | None, aside: str) -> Path | None:
    paths = vault.paths
    kept: Path | None = None
    old_files = [
        p
        for p in (
            paths.database,
            *(paths.beside(paths.database, suffix) for suffix in _SQLITE_FILES),
            paths.key,
            paths.key_copy,
        )
        if p.exists()
    ]
    if not old_files and raw_key is not None:
        # No journal here (the first-run page): build it whole beside and rename it in,
        # as creation does, so a kill never leaves a database without its key record.
        from journal_app.storage.creation import create_atomically

        def build(folder: Path) -> None:
            _copy_durably(db_path, folder / paths.database.name)
            atomic_write(folder / paths.key.name, raw_key)
            atomic_write(folder / paths.key_copy.name, raw_key)

        create_atomically(paths.root, build)
        return None
    if old_files:
        kept = _new_folder(paths.root, f"{aside}-{datetime.now():%Y%m%d-%H%M%S}")
        for old in old_files:
            _keep(old, kept / old.name)
        fsync_dir(kept)
    # From here on the old journal is whole in ``kept``, so a crash loses nothing.
    staged = paths.root / f".{paths.database.name}.restoring"
    try:
        _copy_durably(db_path, staged)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    # They belong to the database being replaced (kept with it): SQLite would replay a
    # rollback journal into the restored one, which is in rollback mode until opened.
    for suffix in _SQLITE_FILES:
        with contextlib.suppress(FileNotFoundError):
            paths.beside(paths.database, suffix).unlink()
    atomic_copy_into_place(staged, paths.database)
    if raw_key is not None:
        vault.write_key_record_bytes(raw_key)
    return kept


def _copy_durably(src: Path, dst: Path) -> None:
    """Copy ``src`` to a new private file ``dst``, fsynced."""
    with open(src, "rb") as source, open(dst, "wb") as target:
        os.fchmod(target.fileno(), PRIVATE_FILE)
        while chunk := source.read(1 << 20):
            target.write(chunk)
        target.flush()
        os.fsync(target.fileno())
