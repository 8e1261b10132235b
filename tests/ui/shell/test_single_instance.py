"""One window per journal: a second launch (a real second process) brings the first window forward."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QProcess
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.shell import single_instance
from app.ui.shell.single_instance import (
    ACTIVATE,
    InstanceServer,
    activate_window,
    serve_activation,
    server_name,
)

ROOT = Path(__file__).resolve().parents[3]

ASK = (
    "import sys; from pathlib import Path; from app.ui.shell.single_instance import second_launch; "
    "sys.exit(0 if second_launch(Path(sys.argv[1]), 3000) else 1)"
)
HOLD = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
    "from app.ui.shell.single_instance import InstanceServer; app = QCoreApplication([]); "
    "server = InstanceServer(); ok = server.listen(Path(sys.argv[1])); "
    "print('listening' if ok else 'failed', flush=True); app.exec()"
)


@pytest.fixture
def processes() -> Iterator[list[QProcess]]:
    """Every child started by a test; any still running at the end is killed and reaped."""
    started: list[QProcess] = []
    yield started
    for process in started:
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(5000)


def python(processes: list[QProcess], code: str, *args: str) -> QProcess:
    """A real second process running `code` from the project folder (not started yet)."""
    process = QProcess()
    process.setProgram(sys.executable)
    process.setArguments(["-c", code, *args])
    process.setWorkingDirectory(str(ROOT))
    process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
    processes.append(process)
    return process


def socket_path(name: str) -> Path:
    """Where Qt puts a local server's socket: the name itself when absolute, else in its temp folder."""
    return Path(name) if Path(name).is_absolute() else Path(QDir.tempPath()) / name


def finished_ok(process: QProcess) -> bool:
    return (process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0)


@pytest.fixture
def server(qtbot: QtBot, tmp_path: Path) -> Iterator[InstanceServer]:
    instance = InstanceServer()
    assert instance.listen(tmp_path)
    yield instance
    instance.close()
    instance.deleteLater()


def test_a_second_launch_brings_the_first_forward_and_exits_with_success(
    qtbot: QtBot, server: InstanceServer, tmp_path: Path, processes: list[QProcess]
) -> None:
    second = python(processes, ASK, str(tmp_path))
    with qtbot.waitSignals([server.activation_requested, second.finished], timeout=20000):
        second.start()
    assert finished_ok(second)


RAISE_UNSUPPORTED = "This plugin does not support raise"  # the offscreen platform's limit, not ours


@pytest.mark.qt_log_ignore(RAISE_UNSUPPORTED)
def test_the_window_comes_forward_unminimised(
    qtbot: QtBot, tmp_path: Path, processes: list[QProcess]
) -> None:
    window = QWidget()
    window.setWindowTitle("first")
    qtbot.addWidget(window)
    window.showMinimized()
    instance = serve_activation(window, tmp_path)
    assert instance.is_listening()
    second = python(processes, ASK, str(tmp_path))
    with qtbot.waitSignals([instance.activation_requested, second.finished], timeout=20000):
        second.start()
    assert finished_ok(second)
    assert window.isVisible()
    assert not window.isMinimized()
    instance.close()


def test_another_data_folder_does_not_activate_this_one(
    qtbot: QtBot, server: InstanceServer, tmp_path: Path, processes: list[QProcess]
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    second = python(processes, ASK, str(other))
    with (
        qtbot.assertNotEmitted(server.activation_requested),
        qtbot.waitSignal(second.finished, timeout=20000),
    ):
        second.start()
    assert second.exitStatus() == QProcess.ExitStatus.NormalExit
    assert second.exitCode() == 1  # nobody answered for that folder: the caller shows "already open"


def _client(qtbot: QtBot, name: str) -> QLocalSocket:
    client = QLocalSocket()
    with qtbot.waitSignal(client.connected, timeout=5000):
        client.connectToServer(name)
    return client


@pytest.mark.parametrize(
    "message",
    [
        b"hello\n",
        b"trustbridge-activate 2\n",  # a version this build does not speak
        b"trustbridge-activate 1 please\n",
        b"x" * 100_000,  # a flood with no line end
    ],
    ids=["garbage", "other-version", "trailing-words", "flood"],
)
def test_anything_but_the_request_is_ignored_and_the_client_cut_off(
    qtbot: QtBot, server: InstanceServer, message: bytes
) -> None:
    client = _client(qtbot, server.name)
    with (
        qtbot.assertNotEmitted(server.activation_requested),
        qtbot.waitSignal(client.disconnected, timeout=5000),
    ):
        client.write(message)
    assert bytes(client.readAll().data()) == b""  # no "ok" for it


def test_a_silent_client_is_dropped(
    qtbot: QtBot, server: InstanceServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(single_instance, "CLIENT_GRACE_MS", 50)
    client = _client(qtbot, server.name)
    with (
        qtbot.assertNotEmitted(server.activation_requested),
        qtbot.waitSignal(client.disconnected, timeout=5000),
    ):
        client.write(ACTIVATE[:5])  # starts, never finishes


def test_the_server_still_answers_after_garbage(qtbot: QtBot, server: InstanceServer) -> None:
    bad = _client(qtbot, server.name)
    with qtbot.waitSignal(bad.disconnected, timeout=5000):
        bad.write(b"nonsense\n")
    good = _client(qtbot, server.name)
    with qtbot.waitSignals([server.activation_requested, good.readyRead], timeout=5000):
        good.write(ACTIVATE)
    qtbot.waitUntil(lambda: good.bytesAvailable() >= len(b"ok\n"))
    assert bytes(good.readAll().data()) == b"ok\n"


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes vanish with their process: nothing is left")
def test_a_name_left_by_a_killed_owner_is_taken_over(
    qtbot: QtBot, tmp_path: Path, processes: list[QProcess]
) -> None:
    owner = python(processes, HOLD, str(tmp_path))
    output = bytearray()
    owner.readyReadStandardOutput.connect(lambda: output.extend(bytes(owner.readAllStandardOutput().data())))
    owner.start()
    qtbot.waitUntil(lambda: b"\n" in output, timeout=20000)
    assert bytes(output) == b"listening\n"
    with qtbot.waitSignal(owner.finished, timeout=10000):
        owner.kill()  # SIGKILL: no chance to clean up
    assert socket_path(server_name(tmp_path)).exists()  # the crash left its socket behind

    instance = InstanceServer()
    assert instance.listen(tmp_path)
    second = python(processes, ASK, str(tmp_path))
    with qtbot.waitSignals([instance.activation_requested, second.finished], timeout=20000):
        second.start()
    assert finished_ok(second)
    instance.close()


def test_a_live_owners_name_is_never_taken(qtbot: QtBot, server: InstanceServer, tmp_path: Path) -> None:
    intruder = InstanceServer()
    assert not intruder.listen(tmp_path)
    client = _client(qtbot, server.name)  # the first one still has it
    with qtbot.waitSignal(server.activation_requested, timeout=5000):
        client.write(ACTIVATE)


def test_names_are_per_folder_stable_and_short(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    assert server_name(first) != server_name(second)
    assert server_name(first) == server_name(tmp_path / "b" / ".." / "a")
    deep = tmp_path.joinpath(*(["a-rather-long-folder-name"] * 12))
    assert len(str(socket_path(server_name(deep)))) <= 104


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="XDG_RUNTIME_DIR is a POSIX session folder")
def test_the_name_lives_in_a_private_runtime_folder_when_there_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Short, like /run/user/1000: a socket's path has room for about 100 characters, and pytest's
    # temporary folders can be longer than that under pytest-xdist.
    runtime = Path(tempfile.mkdtemp(prefix="r-"))  # made private (0700)
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        assert Path(server_name(tmp_path)).parent == runtime
        runtime.chmod(0o755)  # open to others: not private, so not used
        assert not Path(server_name(tmp_path)).is_absolute()
    finally:
        shutil.rmtree(runtime)


@pytest.mark.qt_log_ignore(RAISE_UNSUPPORTED)
def test_activate_window_shows_a_hidden_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        activate_window(window)
    assert window.isVisible()
