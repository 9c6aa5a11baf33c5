"""The journal as the desktop app and the command line use it.

``Journal`` wraps one open store. The UI and the CLI call these methods and
never see SQL; the store never sees a widget.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from journal_app.domain.records import AnyRecord, Circle, Person, RecordKind, local_now
from journal_app.domain.validation import one_of
from journal_app.services.restoring import DamageReport, RestorePlan, find_for_damage, plan_restore
from journal_app.services.settings import (
    PROTECTED_FIELDS,
    STATE_PREFIX,
    Settings,
    load_settings,
    protected_in_file,
    save_settings,
    strip_protected,
    with_protected,
)
from journal_app.storage import rotation
from journal_app.storage.backup import earlier_copies
from journal_app.storage.creation import tidy_after_creation
from journal_app.storage.database import damage_said
from journal_app.storage.folderlock import FolderLock, hold_shared
from journal_app.storage.keys import wipe
from journal_app.storage.repository import AddResult
from journal_app.storage.rotation import BackupFile, DamageFound, Reason
from journal_app.storage.vault import Rekeyed, Store, Vault


@dataclass(frozen=True)
class KeyChanged:
    """After the journal was re-keyed (a new passphrase, or a new recovery code).

    ``recovery_code``: a new code to show once, or None when the old one was kept.
    ``old_backups`` and ``replaced``: made before the change, so they still open with
    the passphrase (or code) of their time, and hold only what was written before it.
    """

    recovery_code: str | None
    old_backups: tuple[Path, ...]
    replaced: tuple[Path, ...]


def _opened(vault: Vault, data_key: bytes | bytearray) -> tuple[Store, FolderLock]:
    """The store, with the data folder held as one of its users (see ``folderlock``)."""
    lock = hold_shared(vault.paths.root)
    try:
        store = vault.open_store(data_key)
        tidy_after_creation(vault.paths.root)
        return store, lock
    except BaseException:
        lock.release()
        raise


class Journal:
    """An unlocked journal. Close it on lock; it keeps the only open connection.

    While open it holds the data folder (shared): a restore or a passphrase
    change from another program waits until it is closed.
    """

    def __init__(self, store: Store, data_dir: Path, lock: FolderLock | None = None) -> None:
        self._store = store
        self._lock = lock
        self.data_dir = Path(data_dir)
        self.vault: Vault = store.vault
        self._next_key: bytearray | None = None

    # -- lifecycle -------------------------------------------------------------

    @classmethod
    def opened(
        cls, store: Store, data_dir: Path, *, new: bool = False, lock: FolderLock | None = None
    ) -> Journal:
        """The journal on a freshly opened ``store``; protective settings moved in.

        Values an earlier version kept in ``settings.json`` move into the store the
        first time (a ``new`` journal starts from the defaults), and leave the file.
        """
        journal = cls(store, data_dir, lock)
        journal._move_protected_settings(take_file_values=not new)
        return journal

    @classmethod
    def create(cls, data_dir: Path, passphrase: str) -> tuple[Journal, str]:
        """Make a new journal; returns it open, and the recovery code to show once."""
        vault = Vault(data_dir)
        data_key, code = vault.create(passphrase)
        try:
            return cls.open(data_dir, data_key, new=True), code
        finally:
            wipe(data_key)

    @classmethod
    def unlock(cls, data_dir: Path, passphrase: str) -> Journal:
        vault = Vault(data_dir)
        data_key = vault.unlock(passphrase)
        try:
            return cls.open(data_dir, data_key)
        finally:
            wipe(data_key)

    @classmethod
    def open(cls, data_dir: Path, data_key: bytes | bytearray, *, new: bool = False) -> Journal:
        """The journal, for a data key already unwrapped (the app derives it on the pool).

        The caller still owns ``data_key`` (and wipes it).
        """
        store, lock = _opened(Vault(data_dir), data_key)
        try:
            with damage_said(store.vault.paths.database):
                return cls.opened(store, data_dir, new=new, lock=lock)
        except BaseException:
            store.close()
            lock.release()
            raise

    @classmethod
    def recover(cls, data_dir: Path, code: str, new_passphrase: str) -> Journal:
        vault = Vault(data_dir)
        data_key = vault.recover(code, new_passphrase)
        try:
            return cls.open(data_dir, data_key)
        finally:
            wipe(data_key)

    def sibling(self) -> Journal:
        """The same journal on a new connection, for work on another thread."""
        lock = hold_shared(self.vault.paths.root)
        try:
            if self._next_key is not None:  # re-keyed, not yet reopened here
                store = self.vault.open_store(self._next_key, migrate=False)
            else:
                store = self._store.sibling()
            return Journal(store, self.data_dir, lock)
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        try:
            self._store.close()
        finally:
            wipe(self._next_key)
            self._next_key = None
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- settings --------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The plain settings joined with the protective ones kept in the store."""
        stored = {name: self._store.state.get(STATE_PREFIX + name) for name in PROTECTED_FIELDS}
        return with_protected(load_settings(self.data_dir), stored)

    def save_settings(self, settings: Settings) -> None:
        settings = settings.normalised()
        save_settings(self.data_dir, settings)
        for name in PROTECTED_FIELDS:
            value = getattr(settings, name)
            if self._store.state.get(STATE_PREFIX + name) != value:
                self._store.state.put(STATE_PREFIX + name, value)

    def _move_protected_settings(self, *, take_file_values: bool) -> None:
        found = protected_in_file(self.data_dir) if take_file_values else {}
        defaults = Settings()
        for name in PROTECTED_FIELDS:
            if self._store.state.get(STATE_PREFIX + name) is None:
                self._store.state.put(STATE_PREFIX + name, found.get(name, getattr(defaults, name)))
        strip_protected(self.data_dir)

    # -- records ---------------------------------------------------------------

    def add(self, record: AnyRecord) -> AnyRecord:
        return self._store.records.add(record)

    def add_many(
        self,
        records: Iterable[AnyRecord],
        people: Iterable[Person] = (),
        state: Mapping[str, Any] | None = None,
    ) -> AddResult:
        """All or nothing; records already stored (same id) are skipped; ``state`` kept too."""
        return self._store.records.add_many(records, people, state)

    def get(self, record_id: str) -> AnyRecord:
        return self._store.records.get(record_id)

    def update(self, record: AnyRecord) -> AnyRecord:
        return self._store.records.update(record)

    def delete(self, record_id: str) -> None:
        self._store.records.delete(record_id)

    def records_between(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: Iterable[RecordKind] | None = None,
    ) -> list[AnyRecord]:
        """Records whose local day is in [start, end], oldest first."""
        return self._store.records.between(start, end, kinds)

    def iter_records(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: Iterable[RecordKind] | None = None,
        *,
        by_instant: bool = False,
    ) -> Iterator[AnyRecord]:
        """``records_between`` a batch at a time (a whole journal never sits in memory)."""
        return self._store.records.iter_between(start, end, kinds, by_instant=by_instant)

    def count_between(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: Iterable[RecordKind] | None = None,
        *,
        shared: bool | None = None,
    ) -> int:
        return self._store.records.count_between(start, end, kinds, shared=shared)

    def names_between(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: Iterable[RecordKind] | None = None,
    ) -> set[str]:
        """The names of the people the records of the range name."""
        return self._store.records.names_between(start, end, kinds)

    def search(
        self,
        text: str,
        limit: int = 200,
        start: date | None = None,
        end: date | None = None,
    ) -> list[AnyRecord]:
        """Records matching every word of ``text``, newest first, within [start, end]."""
        return self._store.records.search(text, limit, start, end)

    def count_matching(self, text: str, start: date | None = None, end: date | None = None) -> int:
        """How many records match every word of ``text`` within [start, end] (no limit)."""
        return self._store.records.count_matching(text, start, end)

    def count(self) -> int:
        return self._store.records.count()

    def date_range(self) -> tuple[date, date] | None:
        return self._store.records.date_range()

    # -- people ----------------------------------------------------------------

    def people(self, *, include_archived: bool = False) -> list[Person]:
        """Everyone named in the journal: by circle, innermost first, then off the map."""
        return self._store.people.list(include_archived=include_archived)

    def find_person(self, name: str) -> Person | None:
        return self._store.people.find(name)

    def add_person(self, name: str, circle: Circle | str | None) -> Person:
        """Add someone in ``circle``, or off the support map with ``None``."""
        return self._store.people.add(Person(name=name, circle=_circle(circle)))

    def rename_person(self, person: Person, new_name: str) -> Person:
        return self._store.people.update(replace(person, name=new_name))

    def move_person(self, person: Person, circle: Circle | str | None) -> Person:
        """Move someone to another circle, off the support map (``None``) or back onto it."""
        return self._store.people.update(replace(person, circle=_circle(circle)))

    def archive_person(self, person: Person, archived: bool = True) -> Person:
        return self._store.people.update(replace(person, archived=archived))

    def delete_person(self, person: Person) -> int:
        """Remove someone for good; their name leaves every record (which stay, unnamed).

        Returns how many records carried the name. Notes and entries the user
        wrote are theirs and are not changed.
        """
        if person.id is None:
            raise ValueError("person has no id")
        return self._store.people.delete(person.id)

    def records_with(self, person: Person, limit: int = 50) -> list[AnyRecord]:
        if person.id is None:
            return []
        return self._store.records.with_person(person.id, limit)

    def count_records_with(self, person: Person) -> int:
        """How many records carry this person's name."""
        return 0 if person.id is None else self._store.records.count_with_person(person.id)

    def last_contact(self) -> dict[int, date]:
        """Per person id, the day of the latest record naming them."""
        return self._store.records.last_contact()

    # -- kept state (inside the encrypted store) --------------------------------

    def load_state(self, key: str) -> Any:
        """A JSON value kept under ``key`` in the encrypted store, or None."""
        return self._store.state.get(key)

    def save_state(self, key: str, value: Any) -> None:
        self._store.state.put(key, value)

    def forget_state(self, key: str) -> None:
        self._store.state.delete(key)

    # -- drafts ----------------------------------------------------------------

    def save_draft(self, key: str, content: str) -> None:
        self._store.drafts.save(key, content)

    def load_draft(self, key: str) -> str | None:
        return self._store.drafts.load(key)

    def discard_draft(self, key: str) -> None:
        self._store.drafts.discard(key)

    # -- backups ---------------------------------------------------------------

    def backup(self, out: Path) -> Path:
        return self._store.backup(out)

    def backups(self) -> list[BackupFile]:
        """The backups in the data folder's ``backups/``, newest first."""
        return rotation.list_backups(self.vault.paths.backups)

    def backup_due(self, today: date | None = None) -> bool:
        """Whether this is the first unlock of the day (so the daily backup and check)."""
        return rotation.due(self.vault.paths.backups, today or local_now().date())

    def back_up(self, reason: Reason) -> BackupFile:
        """A backup in ``backups/``, reopened and checked before rotation drops older ones.

        Raises:
            DamageFound: the check found the journal damaged; nothing was overwritten.
        """
        return self._store.backup_checked(reason)

    def save_copy(self, out: Path) -> Path:
        """A backup written to ``out`` (a USB stick, say), reopened and checked."""
        path = self._store.backup(out)
        rotation.check_backup(path, self._store_key())
        return path

    def backup_job(self, reason: Reason) -> Callable[[], BackupFile]:
        """``back_up`` for another thread, on a connection of its own.

        It works even after this journal is closed (the backup made when the app
        closes), holding the data folder as a user while it runs.
        """
        reopen = self._store.detached()
        root = self.vault.paths.root

        def job() -> BackupFile:
            with hold_shared(root), reopen() as store:
                return store.backup_checked(reason)

        return job

    def daily_job(self) -> Callable[[], BackupFile | DamageReport] | None:
        """The day's backup and check, for the pool; None when today's is made already.

        Damage found by the check comes back as a ``DamageReport`` offering the
        newest backup that passes every check.
        """
        if not self.backup_due():
            return None
        job = self.backup_job(Reason.DAILY)
        key, data_dir = bytearray(self._store_key()), self.data_dir

        def run() -> BackupFile | DamageReport:
            try:
                made = job()
            except DamageFound as exc:  # the report keeps the key until the page is left
                return find_for_damage(data_dir, exc.what, data_key=key, opens=True)
            except BaseException:
                wipe(key)
                raise
            wipe(key)
            return made

        return run

    def restore_plan_job(self, backup: Path) -> Callable[[], RestorePlan]:
        """For the pool: check ``backup`` with this journal's key; changes nothing.

        The plan keeps a copy of the key for the restore, until it runs or is dropped.
        """
        key, data_dir = bytearray(self._store_key()), self.data_dir
        return lambda: plan_restore(data_dir, Path(backup), key)

    @property
    def changed(self) -> bool:
        """Whether anything was written since it was opened (here or on a sibling)."""
        return self._store.changes > 0

    def newest_good_backup(self) -> BackupFile | None:
        """The newest backup that opens with this journal's key and passes every check."""
        found = rotation.newest_good(self.vault.paths.backups, data_key=self._store_key())
        return found[0] if found else None

    def _store_key(self) -> bytearray:
        return self._store._data_key

    def change_passphrase(self, old: str, new: str, keep_code: str | None = None) -> KeyChanged:
        """Re-key the journal under ``new`` (see storage/rekey.py); any thread.

        A backup is made first (``before-passphrase-change``, never rotated away),
        once the old passphrase (and the code, if given) proved right. No other
        program may use the journal meanwhile. Call ``reopen`` afterwards on the
        thread that opened this journal: its connection still points at the file
        the change replaced.
        """
        with self._alone():
            return self._rekeyed(
                self.vault.change_passphrase(
                    old, new, keep_code=keep_code, before=rotation.backup_before_change(self.vault)
                )
            )

    def new_recovery_code(self, passphrase: str) -> KeyChanged:
        """A new recovery code, with the journal re-keyed; then ``reopen`` as above."""
        with self._alone():
            return self._rekeyed(self.vault.new_recovery_code(passphrase))

    def _alone(self) -> contextlib.AbstractContextManager[object]:
        """The data folder for this program alone while the journal is re-keyed."""
        if self._lock is None:
            return contextlib.nullcontext()
        return self._lock.alone()

    def _rekeyed(self, rekeyed: Rekeyed) -> KeyChanged:
        wipe(self._next_key)
        self._next_key = rekeyed.data_key
        backups, replaced = earlier_copies(self.vault)
        return KeyChanged(rekeyed.recovery_code, tuple(backups), tuple(replaced))

    def reopen(self) -> None:
        """After a re-key: close the connection to the replaced file, open the new one."""
        key, self._next_key = self._next_key, None
        if key is None:
            return
        try:
            old, self._store = self._store, self.vault.open_store(key, migrate=False)
        finally:
            wipe(key)
        old.close()


def _circle(value: Circle | str | None) -> Circle | None:
    """A circle from its key, or None (off the map); a wrong key is refused naming the field."""
    return None if value is None else one_of("circle", value, Circle)
