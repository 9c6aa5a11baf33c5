"""One app per journal: a second launch raises the running window instead.

A local socket (``QLocalServer``; no network) in a folder only this user can
enter: ``$XDG_RUNTIME_DIR`` when it is ours and mode 0700, else a 0700 folder
of the app's own under the user's cache folder. Its name is a hash of the data
folder, so it says nothing about the journal. Another account can neither
guess its way in nor listen there first.

A launch believes an answer only when it completes our handshake (it says
``HELLO``, the running app answers ``WELCOME``). If anything else answers, or
squats the name, the new launch starts normally and takes the name over; if
no private folder can be had, it starts normally without one.

Signals:
    SingleInstance.activated: another launch asked this one to show itself.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot

if TYPE_CHECKING:  # QtNetwork loads when a socket is there to talk to, or at listen()
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

HELLO = b"journal-app: raise your window, please (v1)\n"
WELCOME = b"journal-app: raised (v1)\n"
_MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux, fewer elsewhere


def server_name(data_dir: Path) -> str:
    import hashlib  # when a name is needed, not before the first screen (OpenSSL is slow)

    digest = hashlib.sha256(str(Path(data_dir).expanduser().resolve()).encode("utf-8"))
    return "ja-" + digest.hexdigest()[:20]


def _private(folder: Path) -> bool:
    """An existing folder of this user's, not a link, that no one else may enter."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def socket_folder() -> Path | None:
    """Where the socket may live: the runtime folder if private, else our own 0700 folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private(Path(runtime)):
        return Path(runtime)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    own = cache / "journal-app" / "run"
    try:
        own.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not own.is_symlink() and os.stat(own).st_uid == os.getuid():
            os.chmod(own, 0o700)
    except OSError:
        return None
    return own if _private(own) else None


def socket_path(data_dir: Path, folder: Path | None = None) -> str | None:
    """The socket's full path for ``data_dir``, or None when no private place is to be had."""
    folder = socket_folder() if folder is None else folder
    if folder is None:
        return None
    path = str(folder / server_name(data_dir))
    return path if len(path.encode()) <= _MAX_SOCKET_PATH else None


def _socket_file(path: str) -> bool:
    """Whether a socket file is at ``path`` (a running app has one; a crash may leave one)."""
    try:
        return stat.S_ISSOCK(os.lstat(path).st_mode)
    except OSError:
        return False


def _any_socket(folder: Path) -> bool:
    """Whether ``folder`` holds a socket of ours for any journal (named ``ja-...``)."""
    try:
        with os.scandir(folder) as entries:
            return any(
                entry.name.startswith("ja-") and _socket_file(entry.path) for entry in entries
            )
    except OSError:
        return False


class SingleInstance(QObject):
    """Signals:
    activated: another launch on the same data folder asked us to come forward.
    """

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._folder = socket_folder()
        self._name: str | None = None
        self._server: QLocalServer | None = None
        self._sockets: set[QLocalSocket] = set()

    @property
    def name(self) -> str | None:
        """The socket's path (None when no private folder could be had)."""
        if self._name is None and self._folder is not None:
            self._name = socket_path(self._data_dir, self._folder)
        return self._name

    def ask_running_to_raise(self, timeout_ms: int = 1000) -> bool:
        """True when our own app answered the handshake (and was asked to raise its window).

        Waits in a local event loop, so a running instance in this same process can answer.
        """
        # Nothing listens when no socket of ours is there: told without hashing the
        # name or loading QtNetwork, both slow to load before the first screen.
        if self._folder is None or not _any_socket(self._folder):
            return False
        name = self.name
        if name is None or not _socket_file(name):
            return False
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(name)
        if not socket.waitForConnected(min(timeout_ms, 300)):
            return False
        socket.write(HELLO)
        socket.flush()
        received = bytearray()
        loop = QEventLoop()

        def read() -> None:
            received.extend(bytes(socket.readAll().data()))
            if WELCOME in received or len(received) > len(WELCOME):
                loop.quit()

        socket.readyRead.connect(read)
        socket.disconnected.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        socket.readyRead.disconnect(read)
        socket.abort()
        return bytes(received) == WELCOME

    def listen(self) -> bool:
        """Become the running instance; takes over a stale or squatted name."""
        name = self.name
        if name is None:
            return False
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)
            if not server.listen(name):
                return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    @Slot()
    def _on_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._sockets.add(socket)
            socket.readyRead.connect(self._read_all)
            socket.disconnected.connect(self._drop_closed)
        self._read_all()

    @Slot()
    def _read_all(self) -> None:
        for socket in list(self._sockets):
            if socket.bytesAvailable() and HELLO in bytes(socket.readAll().data()):
                socket.write(WELCOME)
                socket.flush()
                self.activated.emit()

    @Slot()
    def _drop_closed(self) -> None:
        self._read_all()
        for socket in list(self._sockets):
            if socket.state() == socket.LocalSocketState.UnconnectedState:
                self._sockets.discard(socket)
                socket.deleteLater()

    def close(self) -> None:
        sockets = list(self._sockets)
        self._sockets.clear()
        for socket in sockets:
            socket.disconnected.disconnect(self._drop_closed)
            socket.abort()
            socket.deleteLater()
        if self._server is not None:
            self._server.close()
            self._server = None
