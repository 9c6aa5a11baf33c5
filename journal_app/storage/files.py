"""Files that must never be half-written, and a data folder that is the user's alone.

A write that fails for want of room (``ENOSPC``, a quota, or a file-size limit)
is reported as ``DiskFull`` with one plain sentence: the journal never says
"something went wrong" when the truth is that the disk is full.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import resource
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from journal_app.errors import DiskFull, WriteFailed
from journal_app.storage import tr

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600

_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})
# Less room than this left on the file system (or under the file-size limit) after a
# failed write means the write failed for want of room: a commit needs a few pages.
ROOM_NEEDED = 1024 * 1024


def disk_full() -> DiskFull:
    return DiskFull(tr("The disk is full, so this was not saved; everything saved before is safe."))


def write_failed(problem: str) -> WriteFailed:
    return WriteFailed(
        tr(
            "This could not be written to the disk ({problem}), so it was not saved; "
            "everything saved before is safe."
        ).format(problem=problem)
    )


def out_of_room(folder: Path, files: tuple[Path, ...] = ()) -> bool:
    """Whether ``folder``'s file system, or the file-size limit on ``files``, is (nearly) full.

    SQLite reports a write refused for its size (``EFBIG``) only as a "disk I/O
    error"; this tells that apart from a failing disk.
    """
    try:
        info = os.statvfs(folder)
    except OSError:
        return False
    if info.f_bavail * info.f_frsize < ROOM_NEEDED:
        return True
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit == resource.RLIM_INFINITY:
        return False
    for path in files:
        with contextlib.suppress(OSError):
            if path.stat().st_size + ROOM_NEEDED > limit:
                return True
    return False


def is_full(exc: OSError) -> bool:
    return exc.errno in _FULL_ERRNOS


def as_write_error(exc: OSError) -> WriteFailed:
    """The user's words for an ``OSError`` raised while writing."""
    if is_full(exc):
        return disk_full()
    return write_failed(exc.strerror or type(exc).__name__)


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the user alone."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a folder we do not own: leave it as it is
        os.chmod(path, PRIVATE_DIR)


def _make_private(path: str | os.PathLike[str], mode: int) -> None:
    """chmod ``path`` to ``mode`` if it is ours and not a symlink (never follows one)."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            return
        if stat.S_IMODE(info.st_mode) != mode:
            os.chmod(path, mode)
    except OSError:  # gone meanwhile, or not ours to change
        return


def secure_folder(root: Path) -> None:
    """The data folder the user's alone again: it and its folders 0700, their files 0600.

    Run on every open, so a folder copied in with loose modes, or files another tool
    left readable, are closed again. Symbolic links are never followed or changed.
    """
    _make_private(root, PRIVATE_DIR)
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        if entry.is_symlink():
            continue
        if entry.is_dir(follow_symlinks=False):
            _make_private(entry.path, PRIVATE_DIR)
            with contextlib.suppress(OSError):
                for inner in os.scandir(entry.path):
                    if inner.is_file(follow_symlinks=False):
                        _make_private(inner.path, PRIVATE_FILE)
        elif entry.is_file(follow_symlinks=False):
            _make_private(entry.path, PRIVATE_FILE)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(
    path: Path, data: bytes, *, mode: int = PRIVATE_FILE, temp_suffix: str = ".tmp"
) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new, never half.

    A temporary file in the same folder (``.NAME.<random>`` + ``temp_suffix``) is
    written, flushed, fsynced and renamed over ``path``; then the folder is fsynced
    so the rename survives. A kill mid-write leaves the temporary file behind.
    """
    with atomic_writer(path, mode=mode, temp_suffix=temp_suffix) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_writer(
    path: Path, *, mode: int = PRIVATE_FILE, temp_suffix: str = ".tmp"
) -> Iterator[BinaryIO]:
    """``atomic_write`` for what is written a piece at a time (a whole-journal export).

    The temporary file is removed if anything fails. No room raises ``DiskFull``;
    any other ``OSError`` is raised as it is.
    """
    import tempfile  # only when writing: the app reads its settings before the first screen

    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=temp_suffix, dir=folder)
    except OSError as exc:
        if is_full(exc):
            raise disk_full() from None
        raise
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and is_full(exc):
            raise disk_full() from None
        raise
    fsync_dir(folder)


def atomic_copy_into_place(src: Path, dst: Path) -> None:
    """Rename ``src`` (already complete and fsynced, same folder) over ``dst`` durably."""
    os.replace(src, dst)
    fsync_dir(dst.parent)


# An export is the only plaintext the app writes. Its temporary file carries this
# suffix, so a half-written one a kill left behind can be told from anyone else's.
EXPORT_TEMP_SUFFIX = ".journal-export.tmp"
_EXPORT_LEFTOVER = re.compile(r"^\..+\.[a-z0-9_]{8}" + re.escape(EXPORT_TEMP_SUFFIX) + "$")
# What versions before that left: ``.NAME.<random>.tmp`` for an export's own file types.
_OLD_EXPORT_LEFTOVER = re.compile(r"^\..+\.(pdf|md|csv|json)\.[a-z0-9_]{8}\.tmp$")


def remove_export_leftovers(folder: Path) -> list[Path]:
    """Delete half-written exports of ours in ``folder``; returns what was removed.

    Only regular files of this user whose names follow our own temporary-file
    pattern; nothing else is touched, and a folder that cannot be read is left.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not (_EXPORT_LEFTOVER.match(entry.name) or _OLD_EXPORT_LEFTOVER.match(entry.name)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid():
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
