"""The session lock watch hears the screen saver and logind on a private D-Bus, and nothing else locks."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SLOT, ClassInfo, QObject, QProcess, QProcessEnvironment, Signal, Slot
from pytestqt.qtbot import QtBot

QtDBus = pytest.importorskip("PySide6.QtDBus", reason="Qt's D-Bus module is not installed")
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath  # noqa: E402

from app.ui.shell.session_lock_watch import LOGIND_SESSION, SessionLockWatch, logind_session_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
DBUS_DAEMON = shutil.which("dbus-daemon")
DBUS_SEND = shutil.which("dbus-send")
needs_bus = pytest.mark.skipif(
    DBUS_DAEMON is None or DBUS_SEND is None or sys.platform in ("win32", "darwin"),
    reason="needs dbus-daemon and dbus-send (a Linux desktop's message bus) to run a private bus",
)

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

WATCH_IN_CHILD = (
    "import sys; from PySide6.QtCore import QCoreApplication, QTimer; "
    "from PySide6.QtDBus import QDBusConnection, QDBusMessage; "
    "from app.ui.shell.session_lock_watch import SessionLockWatch; "
    "app = QCoreApplication([]); watch = SessionLockWatch(); "
    "watch.session_locked.connect(lambda: app.exit(0)); QTimer.singleShot(20000, lambda: app.exit(3)); "
    "QDBusConnection.sessionBus().call(QDBusMessage.createMethodCall("
    "'org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus', 'GetId')); "
    "print('watching', watch.available, flush=True); sys.exit(app.exec())"
)


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A private message bus of our own, gone at the end of the test."""
    assert DBUS_DAEMON is not None
    folder = Path(tempfile.mkdtemp(prefix="tb-bus-"))  # short: a socket path must fit 108 bytes
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder), encoding="utf-8")
    daemon = subprocess.Popen(
        [DBUS_DAEMON, f"--config-file={config}", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), "the private bus did not start"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        if daemon.stdout is not None:
            daemon.stdout.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def connect(bus_address: str) -> Iterator[Callable[[], QDBusConnection]]:
    """Opens named connections to the private bus; all are closed at the end."""
    names: list[str] = []

    def opener() -> QDBusConnection:
        name = f"test-{uuid.uuid4().hex}"
        names.append(name)
        connection = QDBusConnection.connectToBus(bus_address, name)
        assert connection.isConnected(), connection.lastError().message()
        return connection

    yield opener
    for name in names:
        QDBusConnection.disconnectFromBus(name)


def round_trip(bus: QDBusConnection) -> None:
    """A call answered by the bus itself: every match rule sent before it is in place afterwards."""
    reply = bus.call(QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"))
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()


def emit(bus: QDBusConnection, path: str, interface: str, name: str, *arguments: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if arguments:
        message.setArguments(list(arguments))
    assert bus.send(message)


class Marker(QObject):
    """Hears a test-only signal: sent after others on the same connection, it arrives after them,
    so once it is heard, everything sent before it has been handled (or ignored)."""

    heard = Signal()
    INTERFACE = "org.example.TrustbridgeTest"

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        assert bus.connect("", "", self.INTERFACE, "Marker", self, SLOT("hear()"))

    @Slot()
    def hear(self) -> None:
        self.heard.emit()

    def send(self, sender: QDBusConnection) -> None:
        emit(sender, "/marker", self.INTERFACE, "Marker")


def counted(watch: SessionLockWatch) -> list[int]:
    hits: list[int] = []
    watch.session_locked.connect(lambda: hits.append(1))
    return hits


@needs_bus
@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's path
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_the_screen_saver_starting_locks(
    qtbot: QtBot, bus_address: str, connect: Callable[[], QDBusConnection], path: str, interface: str
) -> None:
    bus = connect()
    watch = SessionLockWatch(session_bus=bus, system_bus=connect(), session_id="2")
    assert watch.available
    assert interface in watch.sources
    round_trip(bus)
    assert DBUS_SEND is not None
    with qtbot.waitSignal(watch.session_locked, timeout=10000):
        subprocess.run(
            [DBUS_SEND, f"--bus={bus_address}", "--type=signal", path, f"{interface}.ActiveChanged",
             "boolean:true"],
            check=True, timeout=20,
        )


@needs_bus
def test_the_screen_saver_stopping_does_not_lock(
    qtbot: QtBot, connect: Callable[[], QDBusConnection]
) -> None:
    bus = connect()
    watch = SessionLockWatch(session_bus=bus, system_bus=connect(), session_id="2")
    hits = counted(watch)
    marker = Marker(bus)
    round_trip(bus)
    sender = connect()
    with qtbot.waitSignal(marker.heard, timeout=10000):
        emit(sender, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False)
        emit(sender, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "SomethingElse", True)
        marker.send(sender)
    assert hits == []
    with qtbot.waitSignal(watch.session_locked, timeout=10000):
        emit(sender, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    assert hits == [1]


@needs_bus
def test_logind_locking_this_session_locks_and_other_sessions_do_not(
    qtbot: QtBot, connect: Callable[[], QDBusConnection]
) -> None:
    logind = connect()
    assert logind.registerService("org.freedesktop.login1")
    system = connect()
    watch = SessionLockWatch(session_bus=connect(), system_bus=system, session_id="2")
    assert LOGIND_SESSION in watch.sources
    hits = counted(watch)
    marker = Marker(system)
    round_trip(system)
    impostor = connect()  # does not own logind's name
    with qtbot.waitSignal(marker.heard, timeout=10000):
        emit(impostor, logind_session_path("2"), LOGIND_SESSION, "Lock")
        marker.send(impostor)
    with qtbot.waitSignal(marker.heard, timeout=10000):
        emit(logind, logind_session_path("3"), LOGIND_SESSION, "Lock")  # someone else's session
        marker.send(logind)
    assert hits == []
    with qtbot.waitSignal(watch.session_locked, timeout=10000):
        emit(logind, logind_session_path("2"), LOGIND_SESSION, "Lock")
    assert hits == [1]


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class FakeLogindManager(QObject):
    """Answers the one read-only question the watch asks: which session is this?"""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, session_id: str) -> QDBusObjectPath:  # noqa: N802 - the D-Bus method's name
        self.asked.append(session_id)
        return QDBusObjectPath(logind_session_path("c7"))


@needs_bus
def test_without_a_session_id_logind_is_asked_which_session_this_is(
    qtbot: QtBot, connect: Callable[[], QDBusConnection], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    logind = connect()
    assert logind.registerService("org.freedesktop.login1")
    manager = FakeLogindManager()
    assert logind.registerObject("/org/freedesktop/login1", manager,
                                 QDBusConnection.RegisterOption.ExportAllSlots)
    system = connect()
    watch = SessionLockWatch(session_bus=connect(), system_bus=system)
    qtbot.waitUntil(lambda: LOGIND_SESSION in watch.sources, timeout=10000)
    assert manager.asked == ["auto"]
    round_trip(system)
    with qtbot.waitSignal(watch.session_locked, timeout=10000):
        emit(logind, logind_session_path("c7"), LOGIND_SESSION, "Lock")


@needs_bus
def test_the_default_session_bus_is_the_one_in_the_environment(
    qtbot: QtBot, bus_address: str
) -> None:
    """A real app process: DBUS_SESSION_BUS_ADDRESS points at our bus; dbus-send makes it lock."""
    environment = QProcessEnvironment.systemEnvironment()
    environment.insert("DBUS_SESSION_BUS_ADDRESS", bus_address)
    environment.insert("DBUS_SYSTEM_BUS_ADDRESS", bus_address)  # no logind there: screen savers only
    environment.remove("XDG_SESSION_ID")
    child = QProcess()
    child.setProcessEnvironment(environment)
    child.setProgram(sys.executable)
    child.setArguments(["-c", WATCH_IN_CHILD])
    child.setWorkingDirectory(str(ROOT))
    child.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
    output = bytearray()
    child.readyReadStandardOutput.connect(lambda: output.extend(bytes(child.readAllStandardOutput().data())))
    child.start()
    try:
        qtbot.waitUntil(lambda: b"\n" in output, timeout=20000)
        assert bytes(output) == b"watching True\n"
        assert DBUS_SEND is not None
        with qtbot.waitSignal(child.finished, timeout=20000):
            subprocess.run(
                [DBUS_SEND, f"--bus={bus_address}", "--type=signal", "/org/gnome/ScreenSaver",
                 "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"],
                check=True, timeout=20,
            )
        assert child.exitStatus() == QProcess.ExitStatus.NormalExit
        assert child.exitCode() == 0
    finally:
        if child.state() != QProcess.ProcessState.NotRunning:
            child.kill()
            child.waitForFinished(5000)


def test_without_any_bus_the_watch_is_inert_and_says_why() -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/trustbridge-bus", "test-nowhere")
    try:
        watch = SessionLockWatch(session_bus=nowhere, system_bus=nowhere)
        assert not watch.available
        assert watch.sources == []
        assert watch.reason
    finally:
        QDBusConnection.disconnectFromBus("test-nowhere")


@pytest.mark.parametrize(
    ("session_id", "path"),
    [("2", "_32"), ("c1", "c1"), ("12", "_312"), ("a-b", "a_2db"), ("", "_")],
)
def test_session_paths_are_escaped_as_logind_names_them(session_id: str, path: str) -> None:
    assert logind_session_path(session_id) == f"/org/freedesktop/login1/session/{path}"
