"""One app per journal: a second launch raises the running window instead.

A local socket (``QLocalServer``; no network) whose name is a hash of the
data folder, so the name says nothing about the journal. Only the user's own
account may connect.

Signals:
    SingleInstance.activated: another launch asked this one to show itself.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"raise\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).expanduser().resolve()).encode("utf-8"))
    return "ja-" + digest.hexdigest()[:20]


class SingleInstance(QObject):
    """Signals:
    activated: another launch on the same data folder asked us to come forward.
    """

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None
        self._sockets: set[QLocalSocket] = set()

    def ask_running_to_raise(self, timeout_ms: int = 300) -> bool:
        """True when another instance answered (and was asked to raise its window)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the running instance; clears a stale socket left by a crash."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
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
            if socket.bytesAvailable() and _MESSAGE.strip() in bytes(socket.readAll().data()):
                self.activated.emit()

    @Slot()
    def _drop_closed(self) -> None:
        self._read_all()
        for socket in list(self._sockets):
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
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
