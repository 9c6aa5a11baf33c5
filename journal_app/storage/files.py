"""Files that must never be half-written, and a data folder that is the user's alone."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


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

    A temporary file in the same folder (``.NAME.XXXXXXXX`` + ``temp_suffix``) is
    written, flushed, fsynced and renamed over ``path``; then the folder is fsynced
    so the rename survives. A kill mid-write leaves the temporary file behind.
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=temp_suffix, dir=folder)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
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
# What versions before that left: ``.NAME.XXXXXXXX.tmp`` for an export's own file types.
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
