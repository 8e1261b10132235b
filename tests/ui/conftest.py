"""UI fixtures: a real journal on a temp folder, the real catalogue, message boxes recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.catalogue import load_catalogue
from app.domain.prompts import Catalogue
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.shell.main_window import MainWindow
from app.ui.widgets import messages

if TYPE_CHECKING:
    from app.ui.shell.session import JournalSession


class MessageLog:
    """Stands in for modal boxes so a headless run never blocks; answers are scripted."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.keep_writing = True
        self.quit_unsaved = False
        self.open_link = False
        self.confirm = False  # messages.confirm: the big action is taken only when a test says yes

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture(autouse=True)
def message_log(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    log = MessageLog()

    def record(name: str, answer: Callable[[], Any]) -> Callable[..., Any]:
        def fake(*args: Any, **_kwargs: Any) -> Any:
            log.calls.append((name, args))
            return answer()
        return fake

    monkeypatch.setattr(messages, "show_error", record("show_error", lambda: None))
    monkeypatch.setattr(messages, "ask_keep_writing", record("ask_keep_writing", lambda: log.keep_writing))
    monkeypatch.setattr(messages, "confirm_quit_unsaved",
                        record("confirm_quit_unsaved", lambda: log.quit_unsaved))
    monkeypatch.setattr(messages, "confirm_open_link", record("confirm_open_link", lambda: log.open_link))
    monkeypatch.setattr(messages, "confirm", record("confirm", lambda: log.confirm))
    return log


@pytest.fixture
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def observed(journal: Journal) -> ObservedJournal:
    return ObservedJournal(journal)


WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path, catalogue: Catalogue) -> Iterator[WindowFactory]:
    """Opens a main window on the test's data folder, the way the app does after start-up."""
    opened: list[tuple[MainWindow, Journal]] = []

    def factory() -> MainWindow:
        journal = Journal.open(data_dir)
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        window.attach(ObservedJournal(journal), catalogue)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        opened.append((window, journal))
        return window

    yield factory
    for window, journal in opened:
        if window.isVisible():
            window.close()
        QThreadPool.globalInstance().waitForDone()  # no worker may outlive the journal's connections
        journal.close()


SESSION_PASSPHRASE = "correct horse battery"
SessionFactory = Callable[..., tuple[MainWindow, "JournalSession"]]


@pytest.fixture
def open_session(qtbot: QtBot, data_dir: Path) -> Iterator[SessionFactory]:
    """Opens a window through a JournalSession, as the app does; encrypted=True encrypts the folder
    first (real Argon2id parameters) and unlocks it by typing the passphrase into the unlock page.
    """
    from app.store import encryption
    from app.store.journal import Journal as StoreJournal
    from app.ui.shell.session import JournalSession

    opened: list[tuple[MainWindow, JournalSession]] = []

    def factory(
        encrypted: bool = False, passphrase: str = SESSION_PASSPHRASE
    ) -> tuple[MainWindow, JournalSession]:
        if encrypted and not encryption.is_encrypted(data_dir):
            StoreJournal.open(data_dir).close()
            encryption.encrypt_journal(data_dir, passphrase)
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        session = JournalSession(window, data_dir)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        opened.append((window, session))
        if encrypted:
            session.start()
            qtbot.waitUntil(lambda: window.unlock_page is not None, timeout=10_000)
            unlock(qtbot, window, passphrase)
        else:
            with qtbot.waitSignal(session.opened, timeout=10_000):
                session.start()
        return window, session

    yield factory
    for window, session in opened:
        if window.isVisible():
            window.close()
        QThreadPool.globalInstance().waitForDone()
        if session.journal is not None:
            session.journal.close()


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = SESSION_PASSPHRASE) -> None:
    """Type the passphrase into the unlock page and wait until the journal is attached again."""
    page = window.unlock_page
    assert page is not None, "the unlock page is not showing"
    session = window.session
    assert session is not None
    field = page.field  # type: ignore[attr-defined]
    field.setFocus()
    qtbot.keyClicks(field, passphrase)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)


def close_window(window: MainWindow) -> None:
    assert window.close(), "the window refused to close"
