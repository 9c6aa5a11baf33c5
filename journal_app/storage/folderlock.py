"""One journal, one user of it: a lock on the data folder.

Whoever *uses* the journal (the app while it is unlocked, a command-line
``add`` or ``list``) holds a shared ``flock`` on the data folder itself;
whoever *replaces* it (``restore``, a passphrase change, ``recover``)
needs the exclusive lock, and is refused at once while anyone uses it. So a
restore can never pull the database out from under a running app, while
``add`` and the read commands keep working beside it.

``flock`` locks belong to the open file and are released by the operating
system when the process ends, even by a crash, so a lock is never left
stale. Within one process the holds are counted per folder (a second
``flock`` on a new descriptor would conflict with our own first one).
Locking the folder rather than a file in it adds nothing to the folder, so
a command that only reads (or fails) leaves every byte as it was.

Where the file system cannot lock (some network shares), the journal still
opens: nothing is locked rather than everything refused.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from journal_app.errors import JournalBusy
from journal_app.storage import tr

SHARED_WAIT = 5.0  # how long a user waits for a restore or passphrase change to finish
_POLL = 0.05
_NO_LOCKING = {errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL}


# Another program holds the journal in a way that rules this out just now.
JournalInUse = JournalBusy


@dataclass
class _Held:
    fd: int | None  # None: this file system cannot lock
    exclusive: bool
    count: int


_lock = threading.Lock()
_held: dict[str, _Held] = {}


def _key(root: Path) -> str:
    return os.path.realpath(root)


def _open(root: Path) -> int | None:
    """A descriptor of the folder, or None where there is none to lock (nothing to guard)."""
    try:
        return os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOTDIR):
            return None
        raise


def _try(fd: int, operation: int) -> bool:
    try:
        fcntl.flock(fd, operation | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in _NO_LOCKING:
            return True
        raise
    return True


class FolderLock:
    """A hold on the data folder; ``release`` it (or use ``with``). Safe to release twice."""

    def __init__(self, key: str, exclusive: bool) -> None:
        self._key: str | None = key
        self.exclusive = exclusive

    def release(self) -> None:
        with _lock:
            key, self._key = self._key, None
            if key is None:
                return
            held = _held[key]
            held.count -= 1
            if held.count > 0:
                return
            del _held[key]
            if held.fd is not None:
                with contextlib.suppress(OSError):
                    fcntl.flock(held.fd, fcntl.LOCK_UN)
                os.close(held.fd)

    @property
    def held(self) -> bool:
        return self._key is not None

    @contextlib.contextmanager
    def alone(self, *, wait: float | None = None) -> Iterator[None]:
        """This program alone in the folder for a while (the app re-keying the journal it
        holds). Waits up to ``wait`` seconds for its own background work (a backup, an
        export) and other programs (a command-line ``add``) to finish, then refuses."""
        key = self._key
        if key is None:
            raise ValueError("the folder lock was released")
        deadline = time.monotonic() + (SHARED_WAIT if wait is None else wait)
        while True:
            with _lock:
                held = _held[key]
                if held.exclusive:
                    upgraded = False
                    break
                if held.count == 1 and (held.fd is None or _try(held.fd, fcntl.LOCK_EX)):
                    held.exclusive = upgraded = True
                    break
                ours = held.count > 1
            if time.monotonic() >= deadline:
                raise JournalInUse(_busy_here_message() if ours else _in_use_message(Path(key)))
            time.sleep(_POLL)
        try:
            yield
        finally:
            if upgraded:
                with _lock:
                    held.exclusive = False
                    if held.fd is not None:
                        with contextlib.suppress(OSError):  # back to sharing it
                            fcntl.flock(held.fd, fcntl.LOCK_SH)

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _in_use_message(root: Path) -> str:
    return tr(
        "The journal in {folder} is open in the app or another journal-app command, so it "
        "cannot be replaced or re-keyed now; nothing was changed. Close the app (or wait "
        "for the other command to finish) and try again."
    ).format(folder=root)


def _busy_here_message() -> str:
    return tr(
        "The journal is busy with a backup, an export or an import just now, so it cannot "
        "be replaced or re-keyed; nothing was changed. Try again in a moment."
    )


def hold_shared(root: Path, *, wait: float = SHARED_WAIT) -> FolderLock:
    """Hold the folder as a user of the journal; waits up to ``wait`` s for a replacement."""
    key = _key(root)
    deadline = time.monotonic() + wait
    while True:
        with _lock:
            held = _held.get(key)
            if held is not None:  # this process uses it already (or replaces it: then so do we)
                held.count += 1
                return FolderLock(key, exclusive=False)
            fd = _open(root)
            if fd is None or _try(fd, fcntl.LOCK_SH):
                _held[key] = _Held(fd, exclusive=False, count=1)
                return FolderLock(key, exclusive=False)
            os.close(fd)
        if time.monotonic() >= deadline:
            raise JournalInUse(
                tr(
                    "The journal in {folder} is being restored or re-keyed by another "
                    "journal-app command just now; nothing was changed. Try again in a moment."
                ).format(folder=root)
            )
        time.sleep(_POLL)


def hold_exclusive(root: Path) -> FolderLock:
    """Hold the folder alone, to replace or re-key the journal; refused at once while in use."""
    key = _key(root)
    with _lock:
        held = _held.get(key)
        if held is not None:
            if held.exclusive:
                held.count += 1
                return FolderLock(key, exclusive=True)
            raise JournalInUse(  # this very program: a backup, an export, an import
                tr(
                    "The journal is busy with a backup, an export or an import just now, so "
                    "it cannot be replaced; nothing was changed. Try again in a moment."
                )
            )
        fd = _open(root)
        if fd is not None and not _try(fd, fcntl.LOCK_EX):
            os.close(fd)
            raise JournalInUse(_in_use_message(root))
        _held[key] = _Held(fd, exclusive=True, count=1)
        return FolderLock(key, exclusive=True)


@contextlib.contextmanager
def exclusively(root: Path) -> Iterator[FolderLock]:
    """``with exclusively(folder):`` replace or re-key the journal in it."""
    lock = hold_exclusive(root)
    try:
        yield lock
    finally:
        lock.release()


def in_use_elsewhere(root: Path) -> bool:
    """True when another process uses the journal (for tests and diagnostics)."""
    if _key(root) in _held:
        return False
    fd = _open(root)
    if fd is None:
        return False
    try:
        if _try(fd, fcntl.LOCK_EX):
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        return True
    finally:
        os.close(fd)
