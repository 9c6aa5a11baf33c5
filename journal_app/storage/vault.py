"""The vault: a data folder holding the encrypted database and its key record.

Layout of the data folder (readable by the user alone)::

    journal.db        the SQLCipher database (plus -wal and -shm while open)
    vault.key         the key record (see keys.py)
    vault.key.2       a second copy, written after the first
    vault.key.next    only while the journal is re-keyed (see rekey.py)
    backups/          automatic encrypted backups

A wrong passphrase fails at the unwrap, before the database is opened, so it
never changes a byte. A missing or unreadable database while a key record
exists is reported as damaged and never replaced by a new, empty store.

Which key record opens the journal (``Vault._resolve``): the first copy,
or the second when the first cannot be read; plus ``vault.key.next`` when a
re-key was interrupted. A record counts only when the key it yields really
opens ``journal.db``. A readable first copy that refuses the secret keeps
the second out, so after a crash during a re-wrap exactly one passphrase
opens the journal; a first copy whose key opens nothing here (another
journal's record, or one older than a re-key) lets the second be tried.
Nothing is written (a copy repaired, an interrupted re-key finished or
undone) until a record's key has opened this database, and then only under
the journal's write lock.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from journal_app.domain.validation import ValidationError
from journal_app.errors import (
    JournalBusy,
    UsageError,
    VaultDamaged,
    VaultMissing,
    WrongSecret,
)
from journal_app.storage import database, files, schema, tr
from journal_app.storage.database import Connection
from journal_app.storage.files import atomic_write
from journal_app.storage.keys import (
    MAX_KEY_RECORD_BYTES,
    KeyRecord,
    KeyRecordCorrupt,
    new_data_key,
    new_recovery_code,
    wipe,
)
from journal_app.storage.repository import (
    DraftRepository,
    PeopleRepository,
    RecordRepository,
    StateRepository,
)

if TYPE_CHECKING:
    from journal_app.storage.rotation import BackupFile, Reason

DB_NAME = "journal.db"
KEY_NAME = "vault.key"
KEY_COPY_NAME = "vault.key.2"
KEY_NEXT_NAME = "vault.key.next"
REKEY_DB_NAME = ".journal.db.rekeying"
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_NAME

    @property
    def key(self) -> Path:
        return self.root / KEY_NAME

    @property
    def key_copy(self) -> Path:
        return self.root / KEY_COPY_NAME

    @property
    def key_next(self) -> Path:
        """The new key record while the journal is re-keyed."""
        return self.root / KEY_NEXT_NAME

    @property
    def rekey_database(self) -> Path:
        """The database being written under a new key, before it takes the journal's place."""
        return self.root / REKEY_DB_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR

    def beside(self, path: Path, suffix: str) -> Path:
        """``journal.db-wal`` and the like: SQLite's files beside a database."""
        return path.with_name(path.name + suffix)

    def rekey_leftovers(self) -> list[Path]:
        """What an interrupted re-key may leave: the half-made database and SQLite's files."""
        db = self.rekey_database
        return [db, *(self.beside(db, s) for s in ("-journal", "-wal", "-shm"))]

    def key_write_leftovers(self) -> list[Path]:
        """Temporary files of key-record writes a kill interrupted (atomic_write's names)."""
        return sorted(self.root.glob(f".{KEY_NAME}*.tmp"))

    def own_files(self) -> set[Path]:
        """The files a backup must never be written over (resolved)."""
        db = self.database
        names = (db, self.beside(db, "-wal"), self.beside(db, "-shm"))
        return {p.resolve() for p in (*names, self.key, self.key_copy, self.key_next)}


class Store:
    """An open journal: one connection and the repositories over it.

    Each thread that touches the store opens its own ``Store`` through
    ``Vault.open_store`` with the same key. The store keeps its own copy of
    the key and overwrites it when closed.
    """

    def __init__(self, conn: Connection, vault: Vault, data_key: bytes | bytearray) -> None:
        self.conn = conn
        self.vault = vault
        self._data_key = bytearray(data_key)
        self._parent: Store | None = None
        self._sibling_changes = 0
        self.people = PeopleRepository(conn)
        self.records = RecordRepository(conn, self.people)
        self.drafts = DraftRepository(conn)
        self.state = StateRepository(conn)

    def backup(self, out: Path) -> Path:
        """An encrypted backup of this store, with its key record, written to ``out``."""
        from journal_app.storage.backup import make_backup

        if Path(out).resolve() in self.vault.paths.own_files():
            raise UsageError(
                tr("{path} is one of the journal's own files; choose another place.").format(
                    path=out
                )
            )
        self._refuse_while_rekeying()
        return make_backup(self.conn, self._data_key, self.vault.read_key_record().to_bytes(), out)

    def _refuse_while_rekeying(self) -> None:
        if self.vault.paths.key_next.exists():
            # Which record belongs to this key is settled at the next unlock; a backup
            # made now could carry the other one and open with nothing.
            raise JournalBusy(
                tr(
                    "A passphrase change is not finished yet, so no backup was made. Lock the "
                    "journal and open it again, then make the backup."
                )
            )

    def backup_checked(self, reason: Reason, folder: Path | None = None) -> BackupFile:
        """A backup in ``backups/`` (or ``folder``), reopened and checked; then rotation.

        Raises:
            DamageFound: the check found the journal damaged (nothing overwritten).
        """
        from journal_app.storage.rotation import make_checked

        self._refuse_while_rekeying()
        return make_checked(
            self.conn,
            self._data_key,
            self.vault.read_key_record().to_bytes(),
            folder or self.vault.paths.backups,
            reason,
        )

    def detached(self) -> Callable[[], Store]:
        """Opens this journal again on whichever thread calls it, even after this closes.

        For work that outlives the connection (the backup made when the app closes).
        Call it once: its copy of the key is wiped when it has opened the store.
        """
        vault, key = self.vault, bytearray(self._data_key)

        def reopen() -> Store:
            try:
                return vault.open_store(key, migrate=False)
            finally:
                wipe(key)

        return reopen

    @property
    def changes(self) -> int:
        """Rows written since opening, by this connection and the siblings closed so far."""
        return int(self.conn.total_changes) + self._sibling_changes

    def sibling(self) -> Store:
        """Another connection to the same journal, for another thread."""
        store = self.vault.open_store(self._data_key, migrate=False)
        store._parent = self
        return store

    def close(self) -> None:
        if self._parent is not None:
            with contextlib.suppress(Exception):
                self._parent._sibling_changes += self.changes
        with contextlib.suppress(Exception):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        wipe(self._data_key)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Opened:
    """The key record that opens the journal, where it was read from, and its key."""

    source: Path
    raw: bytes
    record: KeyRecord
    key: bytearray


@dataclass(frozen=True)
class Rekeyed:
    """After a re-key: the new data key (the caller wipes it) and a recovery code to show.

    ``recovery_code`` is None when the code the user typed was kept.
    """

    data_key: bytearray
    recovery_code: str | None


class _Raced(Exception):
    """The key records changed while they were being tried (another process re-keyed)."""


Unwrap = Callable[[KeyRecord], bytearray]


class Vault:
    def __init__(self, root: Path) -> None:
        self.paths = VaultPaths(Path(root))

    # -- state -----------------------------------------------------------------

    def exists(self) -> bool:
        """True when a key record (either copy) is present: a journal lives here."""
        return self.paths.key.exists() or self.paths.key_copy.exists()

    def read_key_record(self) -> KeyRecord:
        """The authoritative key record: the first copy, or the second if the first is damaged.

        The second copy is used only when the first cannot be read at all,
        never when it merely fails to unwrap: after a crash during a
        passphrase change exactly one passphrase opens the journal.
        """
        return self._primary(self._read_key_files())[1]

    def _read_key_files(self) -> dict[Path, bytes | None]:
        """The raw bytes of each key record file (None where there is none)."""
        return {
            p: _read_record_file(p)
            for p in (self.paths.key, self.paths.key_copy, self.paths.key_next)
        }

    def _primary(self, seen: dict[Path, bytes | None]) -> tuple[Path, KeyRecord]:
        """The first readable copy, or why there is none."""
        paths = self.paths
        if seen[paths.key] is None and seen[paths.key_copy] is None:
            raise VaultMissing(
                tr("There is no journal in {folder}. Create one with 'journal-app init'.").format(
                    folder=paths.root
                )
            )
        first_error: VaultDamaged | None = None
        for path in (paths.key, paths.key_copy):
            raw = seen[path]
            if raw is None:
                continue
            try:
                return path, KeyRecord.from_bytes(raw)
            except KeyRecordCorrupt as exc:
                first_error = first_error or exc
        raise VaultDamaged(
            tr(
                "{problem} Both copies of the key record in {folder} are damaged; "
                "restore a backup with 'journal-app restore BACKUP-FILE'. Nothing was changed."
            ).format(problem=first_error, folder=paths.root)
        )

    # -- creating and opening --------------------------------------------------

    def create(self, passphrase: str) -> tuple[bytearray, str]:
        """Make a new, empty journal. Returns the data key and the recovery code.

        The journal is built whole in a folder beside and renamed into place
        (``creation.py``), so a crash leaves either no journal (``init`` works
        again) or a whole one, never a database without its key record.
        """
        from journal_app.storage.creation import create_atomically, real_folder, recover_builds
        from journal_app.storage.folderlock import exclusively

        check_passphrase(passphrase)
        if real_folder(self.paths.root).parent.is_dir():
            recover_builds(real_folder(self.paths.root))  # what a crashed init left
        self._refuse_to_create()
        data_key = new_data_key()
        code = new_recovery_code()
        record = KeyRecord.create(data_key, passphrase, code)

        def build(folder: Path) -> None:
            conn = database.connect(folder / DB_NAME, data_key, create=True)
            try:
                schema.migrate(conn)
                # The steps leave free pages (step 5 builds the search index anew): a new
                # journal starts without them, its file as small as it can be.
                conn.execute("VACUUM")
            finally:
                conn.close()
            raw = record.to_bytes()
            atomic_write(folder / KEY_NAME, raw)
            atomic_write(folder / KEY_COPY_NAME, raw)

        try:
            if self.paths.root.is_dir():
                with exclusively(self.paths.root):  # one init at a time; nobody uses it now
                    self._refuse_to_create()
                    create_atomically(self.paths.root, build)
            else:
                create_atomically(self.paths.root, build)
        except BaseException:
            wipe(data_key)
            raise
        return data_key, code

    def _refuse_to_create(self) -> None:
        if self.exists():
            raise VaultDamaged(
                tr("There is already a journal in {folder}; it was left as it is.").format(
                    folder=self.paths.root
                )
            )
        if self.paths.database.exists() or self.paths.database.is_symlink():
            raise VaultDamaged(
                tr(
                    "{database} exists but its key record is missing. It was left as it "
                    "is; restore a backup, or choose another data folder."
                ).format(database=self.paths.database)
            )

    def unlock(self, passphrase: str) -> bytearray:
        """The data key (a bytearray the caller wipes), or ``WrongSecret``.

        Touches no file on failure; on success the folder is made private again.
        """
        opened = self._resolve(lambda record: record.unwrap_with_passphrase(passphrase))
        self._settle(opened)
        files.secure_folder(self.paths.root)
        return opened.key

    def open_store(self, data_key: bytes | bytearray, *, migrate: bool = True) -> Store:
        """Open the database with ``data_key``, upgrading its schema if needed.

        The folder is made the user's alone again (0700, files 0600) first.
        Before any migration an encrypted backup of the store is made.
        """
        files.secure_folder(self.paths.root)
        conn = database.connect(self.paths.database, data_key)
        try:
            if schema.needs_migration(conn) and migrate:
                if schema.version_of(conn) > 0:
                    from journal_app.storage.backup import make_backup

                    make_backup(
                        conn,
                        data_key,
                        self.read_key_record().to_bytes(),
                        self.paths.backups / f"before-upgrade-v{schema.version_of(conn)}.jbak",
                    )
                schema.migrate(conn)
        except BaseException:
            conn.close()
            raise
        return Store(conn, self, data_key)

    # -- which record opens the journal ----------------------------------------

    def _resolve(self, unwrap: Unwrap) -> Opened:
        """The key record whose key opens ``journal.db`` (see the module docstring)."""
        for _attempt in range(3):
            seen = self._read_key_files()
            try:
                return self._choose(seen, unwrap)
            except _Raced:
                continue
        return self._choose(self._read_key_files(), unwrap, last_try=True)

    def _choose(
        self, seen: dict[Path, bytes | None], unwrap: Unwrap, *, last_try: bool = False
    ) -> Opened:
        paths = self.paths
        primary_path, primary = self._primary(seen)
        candidates: list[tuple[Path, KeyRecord]] = [(primary_path, primary)]
        pending = _parsed(seen[paths.key_next] or b"")
        if pending is not None:
            candidates.append((paths.key_next, pending))
        copy = _parsed(seen[paths.key_copy] or b"") if primary_path == paths.key else None

        refused: WrongSecret | None = None
        corrupt: KeyRecordCorrupt | None = None
        unwrapped = False
        i = 0
        while i < len(candidates):
            path, record = candidates[i]
            i += 1
            try:
                key = unwrap(record)
            except WrongSecret as exc:
                refused = refused or exc
                continue
            except KeyRecordCorrupt as exc:  # settings this app never writes: as if unreadable
                corrupt = corrupt or exc
                key = None
            if key is not None:
                if database.key_opens(paths.database, key):
                    raw = seen[path]
                    assert raw is not None
                    return Opened(path, raw, record, key)
                wipe(key)
                unwrapped = True
            # The first copy opens nothing here (damaged, another journal's, or older than a
            # re-key): the second may be tried. Never when the first merely refused the secret.
            if path == paths.key and copy is not None and seen[paths.key_copy] != seen[path]:
                candidates.append((paths.key_copy, copy))
                copy = None
        if not last_try and self._read_key_files() != seen:
            raise _Raced
        if refused is not None:
            raise refused
        if unwrapped:
            raise database.damaged(
                paths.database, tr("the file is damaged or does not belong to this key record")
            )
        assert corrupt is not None  # every candidate either refused, unwrapped or is corrupt
        raise corrupt

    def _settle(self, opened: Opened) -> None:
        """Bring the key records in line with the one that opened the journal.

        Finishes a re-key that was interrupted after the database was swapped,
        undoes one interrupted before, and repairs the second copy. Only under
        the journal's write lock, and only when something needs it.
        """
        paths = self.paths
        raw = opened.record.to_bytes()
        leftovers = [p for p in paths.rekey_leftovers() if p.exists()]
        leftovers += paths.key_write_leftovers()
        copies = [_read_record_file(p) for p in (paths.key, paths.key_copy)]
        pending = _read_record_file(paths.key_next)
        if pending is None and not leftovers and copies == [raw, raw]:
            return
        with self._write_locked(opened.key) as locked:
            if not locked:
                return  # busy (another process is changing the journal): the next open settles
            if opened.source == paths.key_next:
                if _read_record_file(paths.key_next) == opened.raw:
                    os.replace(paths.key_next, paths.key)
                    files.fsync_dir(paths.root)
            elif pending is not None and _read_record_file(paths.key_next) == pending:
                paths.key_next.unlink()
            for leftover in leftovers:
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            current = _read_record_file(paths.key)
            if current not in (None, opened.raw, raw) and opened.source != paths.key_copy:
                return  # another process re-wrapped the key while we unlocked; its record stands
            for path in (paths.key, paths.key_copy):
                if _read_record_file(path) != raw:
                    with contextlib.suppress(OSError):
                        atomic_write(path, raw)

    @contextlib.contextmanager
    def _write_locked(self, data_key: bytes | bytearray) -> Iterator[bool]:
        """Hold the journal's write lock (on a connection of our own); False when busy."""
        db = self.paths.database
        try:
            before = os.stat(db).st_ino
            conn = database.connect(db, data_key)
        except (OSError, VaultDamaged):
            yield False
            return
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.OperationalError:
                yield False
                return
            yield os.stat(db).st_ino == before
        finally:
            with contextlib.suppress(Exception):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            conn.close()

    # -- secrets -----------------------------------------------------------------

    def change_passphrase(
        self,
        old: str,
        new: str,
        *,
        keep_code: str | None = None,
        before: Callable[[bytearray], object] | None = None,
    ) -> Rekeyed:
        """Re-key the journal under a new data key, wrapped by ``new`` (see rekey.py).

        With ``keep_code`` (the current recovery code, checked first) the code
        stays; without, a new code wraps the new key and is returned to show once.
        No earlier key record opens the journal afterwards. ``before`` runs with the
        old key once every check has passed, just before the re-key (the backup made
        before a passphrase change).
        """
        from journal_app.storage.rekey import rekey

        check_passphrase(new)
        opened = self._resolve(lambda record: record.unwrap_with_passphrase(old))
        try:
            if keep_code is not None:
                _check_current_code(opened, keep_code)
            self._settle(opened)
            if before is not None:
                before(opened.key)
            code = keep_code if keep_code is not None else new_recovery_code()
            data_key = rekey(self, opened.record.vault_id, opened.key, new, code)
        finally:
            wipe(opened.key)
        return Rekeyed(data_key, None if keep_code is not None else code)

    def recover(self, code: str, new_passphrase: str) -> bytearray:
        """Set a new passphrase with the recovery code; returns the data key.

        Only re-wraps: the person who forgot the passphrase keeps the same key.
        """
        check_passphrase(new_passphrase)
        opened = self._resolve(lambda record: record.unwrap_with_recovery_code(code))
        self._settle(opened)
        record = opened.record.with_passphrase(opened.key, new_passphrase)
        with self._write_locked(opened.key):  # no re-key, and no settling, meanwhile
            self._write_key_record(record)
        return opened.key

    def new_recovery_code(self, passphrase: str) -> Rekeyed:
        """Replace the recovery code. The journal is re-keyed, so the old code opens
        nothing here, not even with a copy of the old key record."""
        return self.change_passphrase(passphrase, passphrase)

    def _write_key_record(self, record: KeyRecord) -> None:
        self.write_key_record_bytes(record.to_bytes())

    def write_key_record_bytes(self, raw: bytes) -> None:
        """Write both copies, one after the other, each atomically."""
        atomic_write(self.paths.key, raw)
        atomic_write(self.paths.key_copy, raw)


def _check_current_code(opened: Opened, code: str) -> None:
    """Refuse a recovery code that does not open the record now in use."""
    try:
        code_key = opened.record.unwrap_with_recovery_code(code)
    except WrongSecret:
        raise WrongSecret(
            tr(
                "That recovery code is not the journal's current one, so nothing was changed. "
                "Type the code exactly, or leave it out to get a new one."
            )
        ) from None
    same = hmac.compare_digest(code_key, opened.key)
    wipe(code_key)
    if not same:
        raise WrongSecret(tr("That recovery code does not open this journal."))


def _read_record_file(path: Path) -> bytes | None:
    """A key record file's bytes (None when absent); a symlink is refused, never followed."""
    database.refuse_symlinks(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise VaultDamaged(
            tr("The key record {path} cannot be read ({problem}).").format(
                path=path, problem=exc.strerror
            )
        ) from None
    try:
        with os.fdopen(fd, "rb") as handle:
            return handle.read(MAX_KEY_RECORD_BYTES + 1)
    except OSError as exc:  # a folder in its place, a bad disk
        raise VaultDamaged(
            tr("The key record {path} cannot be read ({problem}).").format(
                path=path, problem=exc.strerror
            )
        ) from None


def _parsed(raw: bytes) -> KeyRecord | None:
    try:
        return KeyRecord.from_bytes(raw)
    except VaultDamaged:
        return None


MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase",
            tr("must be at least {minimum} characters long").format(minimum=MIN_PASSPHRASE),
        )
    if "\x00" in passphrase:
        raise ValidationError("passphrase", tr("must not contain a NUL character"))
