"""One running copy per user store: a QLockFile, and a QLocalServer for a second launch's argv."""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal, Slot

if TYPE_CHECKING:  # QtNetwork is imported only when a socket is needed (not before a paint)
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: A message is one JSON list of strings and a newline; anything longer is dropped.
MAX_MESSAGE = 64 * 1024


def _user() -> str:
    try:
        return os.environ.get("USER") or os.environ.get("USERNAME") or str(os.getuid())
    except Exception:  # noqa: BLE001 - no user name (odd environments): one shared name
        return "user"


class SingleInstance(QObject):
    """Decides whether this process is the primary copy for ``key`` (e.g. the store's folder).

    ``try_primary()`` takes the lock and starts listening; a later launch gets False and
    calls ``send_to_primary(sys.argv[1:])``, then exits; the primary emits
    ``message_received`` with those arguments. The lock file is freed by the OS-level
    stale detection of QLockFile if the primary crashed, so a crash never blocks the next
    start. Uses QtCore and QtNetwork only (no widgets): the caller decides what to show.
    """

    #: The arguments (a list of str) a second launch handed over.
    message_received = Signal(list)

    def __init__(self, key: str, lock_dir: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # zlib is loaded at start anyway (hashlib is not): a name per user and store
        name = f"{_user()}\0{key}".encode()
        digest = f"{zlib.crc32(name):08x}{len(name):x}"
        self.server_name = f"vibe-desktop-{digest}"
        folder = Path(lock_dir) if lock_dir is not None else Path(QDir.tempPath())
        self.lock_path = folder / f"{self.server_name}.lock"
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def try_primary(self) -> bool:
        """Become the primary copy (True), or find that another one runs (False)."""
        if self._server is not None:
            return True
        if not self.try_lock():
            return False
        self.listen()
        return True

    def try_lock(self) -> bool:
        """Take the lock (QtCore only, cheap enough before the first paint): False if a live
        process holds it. ``listen`` then starts the server, e.g. after the first paint."""
        if self._lock.isLocked():
            return True
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False  # held by a live process
            # the lock file cannot be written (read-only temp): let the socket decide
            if self._primary_answers():
                return False
        return True

    def listen(self) -> bool:
        """Start taking a second launch's arguments; False if the server cannot listen (the
        copy is primary all the same: a second launch then opens its own window)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.server_name)  # a crashed primary's socket file
        if not server.listen(self.server_name):
            server.deleteLater()
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _primary_answers(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        answered = socket.waitForConnected(500)
        socket.abort()
        return answered

    def send_to_primary(self, args: list[str], timeout_ms: int = 3000) -> bool:
        """Hand ``args`` to the running primary; False if none could be reached."""
        from PySide6.QtNetwork import QLocalSocket

        payload = json.dumps([str(a) for a in args], ensure_ascii=True).encode() + b"\n"
        if len(payload) > MAX_MESSAGE:
            return False
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(QByteArray(payload))
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return sent

    def release(self) -> None:
        """Stop listening and free the lock (also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # -- the primary's side ------------------------------------------------------------
    @Slot()
    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            # slots find their socket through sender(): a lambda holding the socket would
            # keep a second owner of it alive past the server that deletes it
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    @Slot()
    def _on_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._finish(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            self._drop(socket)
            return
        self._buffers[socket] = data
        if b"\n" in data:
            self._finish(socket)

    def _finish(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket)
        if data is None:
            return
        if socket.bytesAvailable():
            data += bytes(socket.readAll().data())
        self._drop(socket)
        line = data.split(b"\n", 1)[0]
        try:
            args = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return
        if isinstance(args, list) and all(isinstance(a, str) for a in args):
            self.message_received.emit(args)

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.readyRead.disconnect(self._on_ready_read)
        socket.disconnected.disconnect(self._on_disconnected)
        socket.abort()
        socket.deleteLater()
