"""Making a new journal folder so that a crash at any moment leaves a usable state.

A journal exists once its key record does; a database without one can be
neither opened nor replaced by ``init``. So the whole journal (database,
both key records) is built in a hidden, private folder beside the data
folder, ``.<name>.new-<random>``, and put in place with one ``rename``:
before it the data folder holds no journal (``init`` works), after it a
whole one (unlocking works).

- A data folder that does not exist yet is simply created by the rename.
- An existing empty data folder is replaced by it (``rename`` may replace an
  empty folder).
- A data folder holding other things (settings, old backups) has them moved
  into the new folder first. If a crash comes between, the next ``init``
  finds the left-over build (no process holds its lock) and moves them back.
- A data folder that is a symbolic link: the folder it points to is used.
- A data folder that is a mount point cannot be renamed over; the journal is
  built inside it instead and moved in file by file, the key record last. The
  build folder notes which database it moved, so after a crash in between the
  next ``init`` removes exactly that database (which no key record ever
  opened) and starts again.

While a build runs, its folder is locked (``flock``); a build folder nobody
holds belongs to a process that died.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from journal_app.storage.files import as_write_error, fsync_dir

T = TypeVar("T")

JOURNAL_FILES = ("journal.db", "journal.db-wal", "journal.db-shm", "vault.key", "vault.key.2")
# Files SQLite keeps beside a database. Left by a database that is not there, they must
# never sit beside a new one: SQLite would replay them into it (a rollback journal from
# a killed build truncates the new database to nothing).
_SQLITE_LEFTOVERS = ("journal.db-wal", "journal.db-shm", "journal.db-journal")
_MOVED_DB = "moved-database"  # in an inside build: "<device> <inode>" of the database moved in


def real_folder(root: Path) -> Path:
    """The folder the journal really lives in (a symbolic link is followed)."""
    return Path(os.path.realpath(root)) if root.is_symlink() else root


def _build_prefix(folder: Path) -> str:
    return f".{folder.name}.new-"


@contextlib.contextmanager
def _locked(folder: Path, *, wait: bool) -> Iterator[bool]:
    """Hold ``folder``'s lock; yields False (without it) when another process holds it."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        except OSError:  # a file system that cannot lock: go on without
            pass
        yield True
    finally:
        os.close(fd)


def create_atomically(root: Path, build: Callable[[Path], T]) -> T:
    """Run ``build(folder)`` in a private build folder, then put the result at ``root``.

    ``build`` writes the journal's files (durably) into the folder it is given.
    """
    folder = real_folder(Path(root))
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        inside = folder.is_dir() and os.path.ismount(folder)
        recover_builds(folder)
        where = folder if inside else folder.parent
        tmp = Path(tempfile.mkdtemp(prefix=".new-" if inside else _build_prefix(folder), dir=where))
        with _locked(tmp, wait=True):
            try:
                result = build(tmp)
                fsync_dir(tmp)
                if inside:
                    _move_in(tmp, folder)
                else:
                    _rename_into_place(tmp, folder)
            except Exception:  # a crash runs no code: the next init puts things back
                _undo(tmp, folder, inside)
                raise
    except OSError as exc:
        raise as_write_error(exc) from None
    return result


def _is_build_artefact(name: str) -> bool:
    """What a build writes (the journal, SQLite's files, a key record's temporary file),
    as against what it moved in from the data folder."""
    return (
        name in JOURNAL_FILES
        or name in _SQLITE_LEFTOVERS
        or (name.startswith((".vault.key.", ".journal.db.")) and name.endswith(".tmp"))
    )


def _set_aside_leftovers(folder: Path, into: Path) -> None:
    """Move SQLite files of a database that is not there into ``into/set-aside-<time>``."""
    leftovers = [name for name in os.listdir(folder) if name in _SQLITE_LEFTOVERS]
    if not leftovers:
        return
    aside = into / f"set-aside-{datetime.now():%Y%m%d-%H%M%S}"
    aside.mkdir(mode=0o700, exist_ok=True)
    for name in leftovers:
        os.rename(folder / name, aside / name)
    fsync_dir(aside)
    fsync_dir(folder)


def _rename_into_place(tmp: Path, folder: Path) -> None:
    if folder.exists():
        _set_aside_leftovers(folder, tmp)
        for name in os.listdir(folder):
            os.rename(folder / name, tmp / name)
        fsync_dir(folder)
        fsync_dir(tmp)
    os.rename(tmp, folder)
    fsync_dir(folder.parent)


def _move_in(tmp: Path, folder: Path) -> None:
    """Inside a mount point: the database first, noted, then the key record (the commit)."""
    _set_aside_leftovers(folder, folder)
    db = tmp / "journal.db"
    info = db.stat()
    with open(tmp / _MOVED_DB, "w", encoding="ascii") as note:
        note.write(f"{info.st_dev} {info.st_ino}")
        note.flush()
        os.fsync(note.fileno())
    fsync_dir(tmp)
    for name in ("journal.db", "vault.key", "vault.key.2"):
        os.rename(tmp / name, folder / name)
        fsync_dir(folder)
    shutil.rmtree(tmp)


def _undo(tmp: Path, folder: Path, inside: bool) -> None:
    """After a failure (not a crash): put back what was moved, drop the unborn journal."""
    with contextlib.suppress(OSError):
        if tmp.exists():
            _give_back(tmp, folder, inside)


def recover_builds(folder: Path) -> None:
    """Undo what builds that died left: beside the data folder, or inside it."""
    try:
        _recover_builds(folder)
    except OSError as exc:
        raise as_write_error(exc) from None


def _recover_builds(folder: Path) -> None:
    places = [(folder.parent, _build_prefix(folder), False)]
    if folder.is_dir():
        places.append((folder, ".new-", True))
    for where, prefix, inside in places:
        for name in os.listdir(where):
            tmp = where / name
            if not name.startswith(prefix) or not tmp.is_dir() or tmp.is_symlink():
                continue
            with _locked(tmp, wait=False) as ours:
                if ours:  # nobody builds there any more
                    _give_back(tmp, folder, inside)


def tidy_after_creation(root: Path) -> None:
    """Finish what a creation inside a mount point left when killed after its key record
    was in place (the second copy, the empty build folder). Cheap when there is nothing."""
    folder = real_folder(root)
    with contextlib.suppress(OSError):
        if any(name.startswith(".new-") for name in os.listdir(folder)):
            _recover_builds(folder)


def _give_back(tmp: Path, folder: Path, inside: bool) -> None:
    """Move what came from the data folder back into it; remove the unborn journal."""
    if inside:
        _remove_moved_database(tmp, folder)
    else:
        for name in os.listdir(tmp):
            if _is_build_artefact(name):
                continue
            folder.mkdir(mode=0o700, exist_ok=True)
            target, n = folder / name, 1
            while target.exists():
                n += 1
                target = folder / f"{name}-{n}"
            os.rename(tmp / name, target)
        fsync_dir(folder)
    shutil.rmtree(tmp)


def _remove_moved_database(tmp: Path, folder: Path) -> None:
    """The database an inside build moved in before its key record: it opens nothing."""
    try:
        device, inode = (tmp / _MOVED_DB).read_text("ascii").split()
    except (OSError, ValueError):
        return
    if (folder / "vault.key").exists() or (folder / "vault.key.2").exists():
        # The key record got there too: the journal is whole; finish the second copy.
        for name in ("vault.key", "vault.key.2"):
            if (tmp / name).exists() and not (folder / name).exists():
                os.rename(tmp / name, folder / name)
        return
    db = folder / "journal.db"
    with contextlib.suppress(OSError):
        info = db.stat()
        if (str(info.st_dev), str(info.st_ino)) == (device, inode):
            db.unlink()
            fsync_dir(folder)
