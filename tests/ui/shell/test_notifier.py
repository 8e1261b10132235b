"""The desktop portal's notification, on a private D-Bus with a stand-in portal: what is sent (only
our words and where a click leads, typed as the portal asks), and a click coming back."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

pytest.importorskip("PySide6.QtDBus", reason="Qt's D-Bus support is not installed")

from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

from app.ui.shell.notifier import PORTAL_NOTIFICATION, PORTAL_PATH, WINDOW, PortalNotifier
from app.ui.widgets.desktop_abilities import PORTAL


@pytest.fixture
def bus_address() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed, so no private bus can be made")
    process = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start here")
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


class StandInPortal(QDBusVirtualObject):
    """Answers AddNotification and keeps what came."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str, list[object]]] = []

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:  # noqa: N802
        self.calls.append((message.member(), message.signature(), list(message.arguments())))
        connection.send(message.createReply([]))
        return True

    def introspect(self, path: str) -> str:
        return ""


@dataclass
class OnBus:
    server: QDBusConnection  # where the stand-in portal answers
    portal: StandInPortal
    notifier: PortalNotifier  # ours, on a connection of its own


@pytest.fixture
def on_bus(bus_address: str) -> Iterator[OnBus]:
    server = QDBusConnection.connectToBus(bus_address, "stand-in-portal")
    client = QDBusConnection.connectToBus(bus_address, "trustbridge-test")
    try:
        assert server.isConnected() and client.isConnected()
        portal = StandInPortal()
        assert server.registerService(PORTAL)
        assert server.registerVirtualObject(PORTAL_PATH, portal)
        yield OnBus(server, portal, PortalNotifier(client))
    finally:
        QDBusConnection.disconnectFromBus("stand-in-portal")
        QDBusConnection.disconnectFromBus("trustbridge-test")


def click(qtbot: QtBot, bus: OnBus, target: str) -> list[object]:
    """The portal says the person clicked the notification for `target`; what our notifier said."""
    signal = QDBusMessage.createSignal(PORTAL_PATH, PORTAL_NOTIFICATION, "ActionInvoked")
    signal.setArguments([f"trustbridge-{target}", target, []])
    with qtbot.waitSignal(bus.notifier.clicked, timeout=5_000) as clicked:
        assert bus.server.send(signal)
    return list(clicked.args or [])


def test_a_notification_goes_to_the_portal_and_a_click_comes_back(qtbot: QtBot, on_bus: OnBus) -> None:
    on_bus.notifier.show("A few minutes for tonight", "Tonight's prompt is waiting whenever you are ready.",
                         "evening")
    qtbot.waitUntil(lambda: bool(on_bus.portal.calls), timeout=5_000)
    member, signature, arguments = on_bus.portal.calls[0]
    assert (member, signature) == ("AddNotification", "sa{sv}")
    assert arguments[0] == "trustbridge-evening"
    assert click(qtbot, on_bus, "evening") == ["evening"]


def test_a_note_with_nowhere_to_lead_still_has_a_click_that_comes_back(qtbot: QtBot, on_bus: OnBus) -> None:
    """"Trustbridge is still running" is shown with no place (""): its click brings the window
    (notifier.WINDOW), rather than being no action the portal could send back."""
    on_bus.notifier.show("Trustbridge is still running", "Your reminders will still come.", "")
    qtbot.waitUntil(lambda: bool(on_bus.portal.calls), timeout=5_000)
    assert on_bus.portal.calls[0][2][0] == f"trustbridge-{WINDOW}"
    assert click(qtbot, on_bus, WINDOW) == [WINDOW]
