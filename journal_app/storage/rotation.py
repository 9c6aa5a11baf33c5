"""The ``backups/`` folder: automatic backups, checked before older ones go, and their rotation.

Each backup is a ``.jbak`` file (see ``backup.py``) named for when and why
it was made: ``journal-20261128-083000-daily.jbak``. Reasons:

- ``daily``: the first unlock of a local day (the app and every command that
  unlocks); ``closing``: closing the app after changes. These two rotate.
- ``manual`` (Back up now, ``journal-app backup``), ``before-upgrade`` and
  ``before-passphrase-change`` are never rotated away automatically.

Rotation keeps, of the automatic backups, the newest of each of the 7 most
recent days that have one and the newest of each of the 8 most recent ISO
weeks that have one (a backup can be both); so about two months stay within
reach, at most 15 files. A new backup is reopened and checked
(``quick_check``, ``cipher_integrity_check``) *before* anything is dropped:
when the check fails the new file goes (it is only a copy; the journal itself
is untouched), nothing older is dropped, and the damage is reported.
A failed check leaves a marker (``.check-failed``, empty) so the next unlock
checks again even on a day that already has a backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from journal_app.errors import KnownError, VaultDamaged
from journal_app.storage import tr
from journal_app.storage.backup import (
    BACKUP_SUFFIX,
    BadBackup,
    check_database,
    make_backup,
    unpacked,
)
from journal_app.storage.database import Connection
from journal_app.storage.files import fsync_dir
from journal_app.storage.vault import Vault

KEEP_DAILY = 7
KEEP_WEEKLY = 8
CHECK_FAILED = ".check-failed"
STALE_SCRATCH = 3600.0  # seconds: a scratch folder this old was left by a killed process


class Reason(StrEnum):
    DAILY = "daily"
    CLOSING = "closing"
    MANUAL = "manual"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_PASSPHRASE_CHANGE = "before-passphrase-change"
    OTHER = "other"  # a .jbak someone put in the folder by hand


AUTOMATIC = frozenset({Reason.DAILY, Reason.CLOSING})

_NAMED = re.compile(
    r"^journal-(?P<stamp>\d{8}-\d{6})"
    r"(?:-(?P<reason>daily|closing|manual|before-upgrade|before-passphrase-change))?"
    r"(?:-\d+)?\.jbak$"
)
_UPGRADE = re.compile(r"^before-upgrade-v\d+\.jbak$")


class DamageFound(VaultDamaged):
    """The check of a fresh backup found the journal damaged; nothing was overwritten.

    The message is in plain words; ``what`` is its first sentence alone (the app's
    damage page says the rest its own way); ``detail`` is what SQLite said, on one
    line, for whoever helps (the command line shows it, the app does not).
    """

    def __init__(self, message: str, detail: str = "", what: str = "") -> None:
        super().__init__(message)
        self.detail = " ".join(detail.split())[:300]
        self.what = what or message


@dataclass(frozen=True)
class BackupFile:
    """One backup in the folder. ``made`` is local time, as in its name."""

    path: Path
    made: datetime
    size: int
    reason: Reason
    written_ns: int = field(default=0, compare=False)  # orders two made in one second

    @property
    def automatic(self) -> bool:
        return self.reason in AUTOMATIC

    @property
    def order(self) -> tuple[datetime, int, str]:
        return self.made, self.written_ns, self.path.name


def new_path(folder: Path, reason: Reason, now: datetime) -> Path:
    """A name in ``folder`` no backup has yet (``-2``, ``-3``... within the same second)."""
    stem = f"journal-{now:%Y%m%d-%H%M%S}-{reason.value}"
    candidate, n = folder / f"{stem}{BACKUP_SUFFIX}", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{BACKUP_SUFFIX}"
    return candidate


def describe(path: Path) -> BackupFile | None:
    """The backup at ``path`` (time and reason from its name), or None if it is not one."""
    try:
        info = path.lstat()
    except OSError:
        return None
    if not path.name.endswith(BACKUP_SUFFIX) or not path.is_file() or path.is_symlink():
        return None
    mtime = datetime.fromtimestamp(info.st_mtime).replace(microsecond=0)
    match = _NAMED.match(path.name)
    if match is not None:
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        reason = Reason(match["reason"]) if match["reason"] else Reason.MANUAL
    elif _UPGRADE.match(path.name):
        made, reason = mtime, Reason.BEFORE_UPGRADE
    else:
        made, reason = mtime, Reason.OTHER
    return BackupFile(path, made, info.st_size, reason, info.st_mtime_ns)


def list_backups(folder: Path) -> list[BackupFile]:
    """Every backup in ``folder``, newest first (an absent folder holds none)."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = [b for b in (describe(folder / name) for name in names) if b is not None]
    return sorted(found, key=lambda b: b.order, reverse=True)


def to_drop(
    backups: Iterable[BackupFile], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> list[BackupFile]:
    """The automatic backups rotation lets go; the others are never among them."""
    automatic = sorted((b for b in backups if b.automatic), key=lambda b: b.order, reverse=True)
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    keep: set[Path] = set()
    for backup in automatic:
        day = backup.made.date()
        week = day.isocalendar()[:2]
        if day not in days:
            days.add(day)
            if len(days) <= keep_daily:
                keep.add(backup.path)
        if week not in weeks:
            weeks.add(week)
            if len(weeks) <= keep_weekly:
                keep.add(backup.path)
    return [b for b in automatic if b.path not in keep]


def due(folder: Path, today: date) -> bool:
    """Whether an unlock today should make the daily backup (and so the daily check)."""
    if (folder / CHECK_FAILED).exists():
        return True
    return not any(b.automatic and b.made.date() == today for b in list_backups(folder))


def check_backup(path: Path, data_key: bytes | bytearray, key_record: bytes | None = None) -> int:
    """Reopen a backup just written and check it; returns its record count.

    Raises:
        DamageFound: the copy (so the journal it was made from) failed the check.
    """
    with unpacked(path) as (_record, raw, db_path):
        if key_record is not None and raw != key_record:
            raise DamageFound(tr("the key record in the new backup differs from the journal's"))
        try:
            return check_database(db_path, data_key, quick=True)[1]
        except (VaultDamaged, BadBackup) as exc:
            raise DamageFound(str(exc)) from None


def make_checked(
    conn: Connection,
    data_key: bytes | bytearray,
    key_record: bytes,
    folder: Path,
    reason: Reason,
    now: datetime | None = None,
) -> BackupFile:
    """Back up the open store into ``folder``, check the new file, then rotate.

    Raises:
        DamageFound: the journal failed the check (the new file is removed again,
            nothing older is dropped, a marker asks the next unlock to check again).
        DiskFull: there was no room for it (nothing older is dropped).
    """
    now = (now or datetime.now()).replace(microsecond=0)
    from journal_app.storage.files import make_private_dir

    make_private_dir(folder)
    path = new_path(folder, reason, now)
    try:
        make_backup(conn, data_key, key_record, path)
        check_backup(path, data_key, key_record)
    except (VaultDamaged, BadBackup) as exc:
        _failed_check(folder, path)
        raise _damage(exc) from None
    except Exception as exc:
        if _reads_as_damage(exc):
            _failed_check(folder, path)
            raise _damage(exc) from None
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    with contextlib.suppress(FileNotFoundError):
        (folder / CHECK_FAILED).unlink()
    made = describe(path)
    assert made is not None
    rotate(folder)
    return made


def backup_before_change(vault: Vault) -> Callable[[bytearray], BackupFile]:
    """For ``Vault.change_passphrase(before=...)``: a checked backup with the old key,
    kept until the person deletes it (rotation never does)."""

    def make(data_key: bytearray) -> BackupFile:
        with vault.open_store(data_key, migrate=False) as store:
            return store.backup_checked(Reason.BEFORE_PASSPHRASE_CHANGE)

    return make


def _reads_as_damage(exc: BaseException) -> bool:
    """SQLite's words for pages it cannot read while copying them."""
    text = str(exc)
    return "malformed" in text or "file is not a database" in text or "corrupt" in text


def _damage(exc: BaseException) -> DamageFound:
    what = tr("Today's check found that part of the journal's file cannot be read.")
    return DamageFound(
        f"{what} {tr('Nothing was overwritten or deleted.')}",
        getattr(exc, "detail", "") or str(exc),
        what,
    )


def _failed_check(folder: Path, path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
    with contextlib.suppress(OSError):
        (folder / CHECK_FAILED).touch(mode=0o600)
        fsync_dir(folder)


def rotate(folder: Path) -> list[BackupFile]:
    """Drop what rotation lets go and scratch folders killed processes left; returns the first."""
    dropped = to_drop(list_backups(folder))
    for backup in dropped:
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
    _clean_scratch(folder)
    if dropped:
        fsync_dir(folder)
    return dropped


def _clean_scratch(folder: Path) -> None:
    """``.backup-*`` and ``.restore-*`` folders (encrypted copies) left by a killed process."""
    cutoff = time.time() - STALE_SCRATCH
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not entry.name.startswith((".backup-", ".restore-")):
                continue
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                    shutil.rmtree(entry.path)


def newest_good(
    folder: Path,
    *,
    data_key: bytes | bytearray | None = None,
    passphrase: str | None = None,
) -> tuple[BackupFile, bytes | bytearray] | None:
    """The newest backup that opens (with ``data_key``, or its record and ``passphrase``)
    and passes every check, with the data key that opens it; None if none does.

    Backups that open with neither are passed over (made before the passphrase
    was changed, or another journal's), as are damaged ones.
    """
    from journal_app.errors import WrongSecret
    from journal_app.storage.keys import wipe

    unwrapped: dict[bytes, bytearray | None] = {}
    found: tuple[BackupFile, bytes | bytearray] | None = None
    try:
        for backup in list_backups(folder):
            try:
                with unpacked(backup.path) as (record, raw, db_path):
                    key = data_key
                    if key is None and passphrase is not None:
                        if raw not in unwrapped:
                            try:
                                unwrapped[raw] = record.unwrap_with_passphrase(passphrase)
                            except WrongSecret:
                                unwrapped[raw] = None
                        key = unwrapped[raw]
                    if key is None:
                        continue
                    check_database(db_path, key)
                    found = backup, key
                    return found
            except KnownError:
                continue
        return None
    finally:  # the keys unwrapped here and not handed back
        for key in unwrapped.values():
            if key is not None and (found is None or key is not found[1]):
                wipe(key)
