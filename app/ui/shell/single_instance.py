"""One window per journal: a second launch asks the running one to come forward, then leaves.

The data folder's QLockFile decides who owns the journal; this module only carries the "please
come forward" request from a second launch to the owner, over a QLocalServer whose name is
derived from the user and the data folder (two journals, or two users, never reach each other).
The request is one short versioned line; anything else is dropped unread, so a stray or hostile
client can neither flood the app nor make it do anything but show its own window.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ACTIVATE = b"trustbridge-activate 1\n"  # the request; the number is the protocol's version
ANSWER = b"ok\n"  # the owner's reply once it has taken the request
MAX_LINE = 64  # longer than any request we understand: a client that sends more is cut off
CLIENT_GRACE_MS = 2000  # a client that connects and stays silent is dropped after this
_NAME_PREFIX = "trustbridge-"
_MAX_SOCKET_PATH = 100  # sockaddr_un holds 108 bytes on Linux, 104 on macOS: stay under both


def server_name(data_dir: Path) -> str:
    """The local server's name for this user and this data folder.

    A short hash, so the name fits a Unix socket path whatever the folder's length. Where the
    session has a private runtime folder (XDG_RUNTIME_DIR, only this user can enter it), the
    socket lives there, so another account on the machine cannot take the name first.
    """
    folder = os.path.normcase(str(data_dir.expanduser().resolve()))
    digest = hashlib.sha256(f"{_user_id()}\0{folder}".encode()).hexdigest()[:20]
    name = _NAME_PREFIX + digest
    runtime = _private_runtime_dir()
    if runtime is not None and len(str(runtime / name)) <= _MAX_SOCKET_PATH:
        return str(runtime / name)
    return name


def _user_id() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return getpass.getuser()  # Windows: pipes are machine-wide, so the account name keeps users apart


def _private_runtime_dir() -> Path | None:
    """XDG_RUNTIME_DIR when it is ours and closed to others; None otherwise (Qt's temp folder is used)."""
    value = os.environ.get("XDG_RUNTIME_DIR")
    if not value or sys.platform == "win32" or not hasattr(os, "getuid"):
        return None
    path = Path(value)
    try:
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return path


class InstanceServer(QObject):
    """Listens for second launches on this data folder. Signal: activation_requested().

    Start it only while holding the data folder's lock: the lock says who owns the journal, and
    `listen` clears a name left behind by a crashed owner.
    """

    activation_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        """The full server name while listening ('' otherwise)."""
        return self._server.fullServerName()

    def is_listening(self) -> bool:
        return self._server.isListening()

    def listen(self, data_dir: Path) -> bool:
        """Start listening for this data folder; False (and logged) when the name can't be had.

        A name that nobody answers on is a leftover from a crash and is taken over; a name a live
        process answers on is left alone. (With an access option Qt binds in a private folder and
        renames the socket over the name, which would silently replace a live one: hence the probe.)
        """
        name = server_name(data_dir)
        if _answers(name):
            log.warning("another process already answers second launches for this journal")
            return False
        if self._server.listen(name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            log.info("taking over a local server name left by a previous run")
            QLocalServer.removeServer(name)
            if self._server.listen(name):
                return True
        log.warning("second launches can't reach this window: %s", self._server.errorString())
        return False

    def close(self) -> None:
        """Stop listening and drop any client still connected."""
        self._server.close()
        for socket in list(self._buffers):
            self._drop(socket)

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            QTimer.singleShot(CLIENT_GRACE_MS, socket, lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        # Read at most one byte past the longest request: a flood is never taken into memory.
        room = MAX_LINE - len(self._buffers[socket]) + 1
        data = self._buffers[socket] + bytes(socket.read(room).data())
        self._buffers[socket] = data
        if b"\n" not in data:
            if len(data) > MAX_LINE:
                self._drop(socket)
            return
        line = data[: data.index(b"\n") + 1]
        if line != ACTIVATE:
            log.info("ignored a message on the local server that is not an activation request")
            self._drop(socket)
            return
        del self._buffers[socket]
        socket.write(ANSWER)
        socket.flush()
        socket.disconnectFromServer()  # closes once the answer is written
        self.activation_requested.emit()

    def _drop(self, socket: QLocalSocket) -> None:
        if socket in self._buffers:
            del self._buffers[socket]
            socket.abort()
            socket.deleteLater()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def _answers(name: str) -> bool:
    """True when a live server accepts connections on `name` (a crash leaves a name nobody answers)."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(200)
    probe.abort()
    return alive


def ask_running_instance_to_activate(data_dir: Path, timeout_ms: int = 1000) -> bool:
    """Ask the app that holds `data_dir` to show its window; True once it has said it will.

    Blocking, with one deadline for connecting, sending and the answer: it runs at start-up,
    before any window exists, and never waits longer than `timeout_ms` in all.
    """
    deadline = QDeadlineTimer(timeout_ms)
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    try:
        if not socket.waitForConnected(_left(deadline)):
            return False
        socket.write(ACTIVATE)
        if not socket.waitForBytesWritten(_left(deadline)):
            return False
        answer = b""
        while b"\n" not in answer and len(answer) < MAX_LINE:
            if not socket.bytesAvailable() and not socket.waitForReadyRead(_left(deadline)):
                break
            answer += bytes(socket.read(MAX_LINE - len(answer)).data())
        return answer.startswith(ANSWER)
    finally:
        socket.abort()


def _left(deadline: QDeadlineTimer) -> int:
    """Milliseconds left, at least 1 (0 would mean "don't wait", -1 "forever")."""
    return max(1, deadline.remainingTime())


def second_launch(data_dir: Path, timeout_ms: int = 1000) -> bool:
    """For a launch that found the journal's lock held: True when the running window came forward.

    The caller then exits quietly (status 0); on False it says the journal is already open.
    """
    if ask_running_instance_to_activate(data_dir, timeout_ms):
        log.info("the journal is already open in another window; asked it to come forward")
        return True
    log.info("the journal is locked by another process that did not answer")
    return False


def activate_window(window: QWidget) -> None:
    """Bring `window` forward: un-minimise (keeping it maximised if it was), show, raise, focus.

    The window system may still refuse focus to an app the user is not using (focus-stealing
    prevention); then it usually flags the window in the task bar instead.
    """
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState((state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    if not window.isVisible():
        window.show()
    window.raise_()
    window.activateWindow()


def serve_activation(window: QWidget, data_dir: Path) -> InstanceServer:
    """Start the server for `window` (owned by it): a second launch brings this window forward.

    Call it once the data folder's lock is held. When the name can't be had the app still
    works; a second launch then gets the "already open" message instead.
    """
    server = InstanceServer(window)
    server.activation_requested.connect(lambda: activate_window(window))
    server.listen(data_dir)
    return server
