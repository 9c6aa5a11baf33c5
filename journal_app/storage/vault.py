"""The vault: a data folder holding the encrypted database and its key record.

Layout of the data folder (readable by the user alone)::

    journal.db        the SQLCipher database (plus -wal and -shm while open)
    vault.key         the key record (see keys.py)
    vault.key.2       a second copy, written after the first
    backups/          automatic encrypted backups

A wrong passphrase fails at the unwrap, before the database is opened, so it
never changes a byte. A missing or unreadable database while a key record
exists is reported as damaged and never replaced by a new, empty store.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from journal_app.domain.validation import ValidationError
from journal_app.errors import UsageError, VaultDamaged, VaultMissing
from journal_app.storage import database, schema, tr
from journal_app.storage.database import Connection
from journal_app.storage.files import atomic_write, make_private_dir
from journal_app.storage.keys import (
    KeyRecord,
    KeyRecordCorrupt,
    new_data_key,
    new_recovery_code,
)
from journal_app.storage.repository import (
    DraftRepository,
    PeopleRepository,
    RecordRepository,
    StateRepository,
)

DB_NAME = "journal.db"
KEY_NAME = "vault.key"
KEY_COPY_NAME = "vault.key.2"
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
    def backups(self) -> Path:
        return self.root / BACKUP_DIR

    def own_files(self) -> set[Path]:
        """The files a backup must never be written over (resolved)."""
        db = self.database
        names = (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"))
        return {p.resolve() for p in (*names, self.key, self.key_copy)}


class Store:
    """An open journal: one connection and the repositories over it.

    Each thread that touches the store opens its own ``Store`` through
    ``Vault.open_store`` with the same key.
    """

    def __init__(self, conn: Connection, vault: Vault, data_key: bytes) -> None:
        self.conn = conn
        self.vault = vault
        self._data_key = data_key
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
        return make_backup(self.conn, self._data_key, self.vault.read_key_record().to_bytes(), out)

    def sibling(self) -> Store:
        """Another connection to the same journal, for another thread."""
        return self.vault.open_store(self._data_key, migrate=False)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
        if not self.exists():
            raise VaultMissing(
                tr("There is no journal in {folder}. Create one with 'journal-app init'.").format(
                    folder=self.paths.root
                )
            )
        first_error: VaultDamaged | None = None
        for path in (self.paths.key, self.paths.key_copy):
            try:
                return KeyRecord.from_bytes(path.read_bytes())
            except FileNotFoundError:
                continue
            except KeyRecordCorrupt as exc:
                first_error = first_error or exc
        raise VaultDamaged(
            tr(
                "{problem} Both copies of the key record in {folder} are damaged; "
                "restore a backup with 'journal-app restore BACKUP-FILE'. Nothing was changed."
            ).format(problem=first_error, folder=self.paths.root)
        )

    # -- creating and opening --------------------------------------------------

    def create(self, passphrase: str) -> tuple[bytes, str]:
        """Make a new, empty journal. Returns the data key and the recovery code.

        The database is made before the key record, so a crash in between
        leaves no key record that promises a journal which is not there.
        """
        check_passphrase(passphrase)
        if self.exists():
            raise VaultDamaged(
                tr("There is already a journal in {folder}; it was left as it is.").format(
                    folder=self.paths.root
                )
            )
        make_private_dir(self.paths.root)
        if self.paths.database.exists():
            raise VaultDamaged(
                tr(
                    "{database} exists but its key record is missing. It was left as it "
                    "is; restore a backup, or choose another data folder."
                ).format(database=self.paths.database)
            )
        data_key = new_data_key()
        code = new_recovery_code()
        record = KeyRecord.create(data_key, passphrase, code)
        conn = database.connect(self.paths.database, data_key, create=True)
        try:
            schema.migrate(conn)
        finally:
            conn.close()
        self._write_key_record(record)
        return data_key, code

    def unlock(self, passphrase: str) -> bytes:
        """The data key, or ``WrongSecret``; touches no file on failure."""
        record = self.read_key_record()
        key = record.unwrap_with_passphrase(passphrase)
        self._repair_copies(record)
        return key

    def open_store(self, data_key: bytes, *, migrate: bool = True) -> Store:
        """Open the database with ``data_key``, upgrading its schema if needed.

        Before any migration an encrypted backup of the store is made.
        """
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

    # -- secrets -----------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key; the database itself is not re-encrypted."""
        check_passphrase(new)
        record = self.read_key_record()
        data_key = record.unwrap_with_passphrase(old)
        self._write_key_record(record.with_passphrase(data_key, new))

    def recover(self, code: str, new_passphrase: str) -> bytes:
        """Set a new passphrase with the recovery code; returns the data key."""
        check_passphrase(new_passphrase)
        record = self.read_key_record()
        data_key = record.unwrap_with_recovery_code(code)
        self._write_key_record(record.with_passphrase(data_key, new_passphrase))
        return data_key

    def new_recovery_code(self, passphrase: str) -> str:
        """Replace the recovery code; the old one stops working."""
        record = self.read_key_record()
        data_key = record.unwrap_with_passphrase(passphrase)
        code = new_recovery_code()
        self._write_key_record(record.with_recovery_code(data_key, code))
        return code

    def _write_key_record(self, record: KeyRecord) -> None:
        self.write_key_record_bytes(record.to_bytes())

    def write_key_record_bytes(self, raw: bytes) -> None:
        """Write both copies, one after the other, each atomically."""
        atomic_write(self.paths.key, raw)
        atomic_write(self.paths.key_copy, raw)

    def _repair_copies(self, record: KeyRecord) -> None:
        """After a crash between the two writes, bring the second copy up to date."""
        raw = record.to_bytes()
        try:
            first = self.paths.key.read_bytes()
        except FileNotFoundError:
            first = b""
        if _parsed(first) not in (None, record):
            # Another process re-wrapped the key while we unlocked; its record stands.
            return
        for path in (self.paths.key, self.paths.key_copy):
            try:
                current = path.read_bytes()
            except FileNotFoundError:
                current = b""
            if current != raw:
                with contextlib.suppress(OSError):
                    atomic_write(path, raw)


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
