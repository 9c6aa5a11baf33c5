"""Putting a backup back, from the app: after damage, or because the person chose to.

Qt-free, so the app runs every step here on the pool and the command line
could use it too. The data key passes through these objects only as long as
a step needs it; the screens never see it.

Damage (``DamageReport``): the journal cannot be opened, or today's check
found it damaged. The newest backup that opens with the journal's own key
and passes every check is found and offered; when none does (the key record
itself is damaged, or every backup is from before a passphrase change), a
passphrase finds those that open with it. Restoring moves the damaged files
aside into ``damaged-<time>/`` (never deleting or overwriting them) and opens
the journal at once: the key that found the backup opens it.

Chosen restore (``RestorePlan``): a backup that opens with the journal's key
is put back at once, with its own key record, so afterwards the journal opens
with the passphrase that was current when the backup was made. One that does
not (from before a re-key, or another journal's) is put back when that
passphrase is typed, which checks it first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal_app.errors import KnownError
from journal_app.storage import backup as backups
from journal_app.storage import database, rotation
from journal_app.storage import tr as storage_tr
from journal_app.storage.keys import wipe
from journal_app.storage.rotation import BackupFile
from journal_app.storage.vault import Vault


@dataclass(frozen=True)
class Restored:
    """A backup back in place. ``data_key`` opens it now (None: type the passphrase)."""

    backup: BackupFile
    records: int
    kept: Path | None
    data_key: bytes | bytearray | None = field(default=None, repr=False)


@dataclass(frozen=True)
class DamageReport:
    """What is wrong, and the backup to restore (None: none found with what we have).

    ``opens``: the journal itself still opens (today's check found the damage), so
    it may be opened as it is, to copy out what was written since the backup.
    """

    data_dir: Path
    problem: str
    candidate: BackupFile | None = None
    opens: bool = False
    searched_with_key: bool = False  # (not with a passphrase typed on the page)
    _candidate_key: bytes | bytearray | None = field(default=None, repr=False)
    _journal_key: bytes | bytearray | None = field(default=None, repr=False)

    def forget(self) -> None:
        """Wipe the keys this report keeps (when its page is left)."""
        for key in (self._candidate_key, self._journal_key):
            if isinstance(key, bytearray):
                wipe(key)

    def restore_job(self) -> Callable[[], Restored]:
        """For the pool: put the candidate back, the damaged files aside."""
        candidate, key, data_dir = self.candidate, self._candidate_key, self.data_dir
        # Found with the key of the journal's own key record: that record stays, so the
        # passphrase in use now keeps opening the journal. Else the backup's comes back.
        keep = key is not None and key == self._journal_key
        if candidate is None or key is None:
            raise ValueError("there is no backup to restore")

        def job() -> Restored:
            count, kept = backups.restore(
                Vault(data_dir),
                candidate.path,
                data_key=key,
                keep_key_record=keep,
                aside="damaged",
            )
            return Restored(candidate, count, kept, key)

        return job

    def search_job(self, passphrase: str) -> Callable[[], DamageReport]:
        """For the pool: look again, trying each backup's key record with ``passphrase``."""
        data_dir, problem, opens = self.data_dir, self.problem, self.opens
        key = bytearray(self._journal_key) if self._journal_key is not None else None
        return lambda: find_for_damage(  # the new report owns its own copy of the key
            data_dir, problem, data_key=key, passphrase=passphrase, opens=opens
        )

    def open_as_is(self) -> Any:
        """The damaged journal, opened anyway (only when ``opens``); on the UI thread."""
        from journal_app.services.journal import Journal

        if not self.opens or self._journal_key is None:
            raise ValueError("this journal cannot be opened as it is")
        return Journal.open(self.data_dir, self._journal_key)


def key_despite_damage(data_dir: Path, passphrase: str) -> bytearray | None:
    """The data key the journal's own key record gives for ``passphrase``, without the
    database (which is missing or damaged); None when the record cannot say.

    Only to look for a backup that opens with it: the record's key, checked against
    a backup's database before anything is restored.
    """
    try:
        return Vault(data_dir).read_key_record().unwrap_with_passphrase(passphrase)
    except KnownError:
        return None


def find_for_damage(
    data_dir: Path,
    problem: str,
    *,
    data_key: bytes | bytearray | None = None,
    passphrase: str | None = None,
    opens: bool = False,
) -> DamageReport:
    """Look for the newest backup that passes every check (slow: on the pool).

    ``data_key``: the key from the journal's own key record (when that is readable);
    ``passphrase``: tries each backup's key record with it instead.
    """
    vault = Vault(data_dir)
    try:
        found = rotation.newest_good(
            vault.paths.backups, data_key=None if passphrase else data_key, passphrase=passphrase
        )
    except BaseException:
        wipe(data_key)
        raise
    candidate, key = found if found is not None else (None, None)
    with_key = passphrase is None and data_key is not None
    return DamageReport(Path(data_dir), problem, candidate, opens, with_key, key, data_key)


@dataclass(frozen=True)
class RestorePlan:
    """A backup chosen in Settings, looked at with the journal's key before anything changes."""

    backup: BackupFile
    opens_with_key: bool
    _job: Callable[[], Restored] | None = field(default=None, repr=False)
    _key: bytearray | None = field(default=None, repr=False)

    def job(self) -> Callable[[], Restored]:
        """For the pool, once the journal is closed: put the backup back (checked again).

        The plan's copy of the key is wiped when the job has run.
        """
        if self._job is None:
            raise ValueError("this backup needs its passphrase: use restore_with_passphrase")
        run, key = self._job, self._key

        def job() -> Restored:
            try:
                return run()
            finally:
                wipe(key)

        return job

    def drop(self) -> None:
        """Not restored after all: wipe the copy of the key."""
        wipe(self._key)


def plan_restore(data_dir: Path, backup: Path, data_key: bytearray) -> RestorePlan:
    """Check ``backup`` with the journal's key (slow: on the pool); changes nothing.

    Raises:
        BadBackup: it is not a whole backup (a torn file, another program's).
    """
    try:
        described = rotation.describe(Path(backup)) or _outside(Path(backup))
        with backups.unpacked(Path(backup)) as (_record, _raw, db_path):
            if not database.key_opens(db_path, data_key):  # another key (another time)
                wipe(data_key)
                return RestorePlan(described, opens_with_key=False)
            backups.check_database(db_path, data_key)  # a damaged backup is refused here
    except BaseException:
        wipe(data_key)
        raise

    def job() -> Restored:
        count, kept = backups.restore(Vault(data_dir), Path(backup), data_key=data_key)
        return Restored(described, count, kept)

    return RestorePlan(described, opens_with_key=True, _job=job, _key=data_key)


def restore_with_passphrase(data_dir: Path, backup: Path, passphrase: str) -> Restored:
    """Check ``backup`` with the passphrase of its time, then put it back (on the pool)."""
    described = rotation.describe(Path(backup)) or _outside(Path(backup))
    count, kept = backups.restore(Vault(data_dir), Path(backup), passphrase)
    return Restored(described, count, kept)


def _outside(path: Path) -> BackupFile:
    """A backup file from elsewhere (a USB stick): its time is when it was written."""
    from datetime import datetime

    from journal_app.storage.rotation import Reason

    try:
        info = path.stat()
    except OSError as exc:
        raise backups.BadBackup(
            storage_tr("There is no backup file at {backup}.").format(backup=path)
        ) from exc
    made = datetime.fromtimestamp(info.st_mtime).replace(microsecond=0)
    return BackupFile(path, made, info.st_size, Reason.OTHER)
