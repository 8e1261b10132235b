"""UI fixtures: a real journal on a temp folder, the real catalogue, message boxes recorded.

Journals and windows opened here save typing after a short pause (TEST_SAVE_TIMING), so a test
waits tens of milliseconds for a save rather than the 700 ms a person gets; tests that are about
the timing itself pass their own SaveTiming. An encrypted journal for `open_session` is a copy
of one encrypted once per session with the same passphrase and real Argon2id parameters.
"""

from __future__ import annotations

import importlib
import inspect
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.catalogue import load_catalogue
from app.domain.prompts import Catalogue
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
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


# Short: a UI test waits a tenth of a second for a save. (QTest's key clicks run no timers, so
# text typed in one go is still one save, and a flush right after typing still finds it unsaved.)
TEST_SAVE_TIMING = SaveTiming(delay_ms=100, max_wait_ms=200, retry_ms=400)

# The savers that do not go through Saver yet read these module constants when they are built;
# they get the same short timing. A module or name that is gone is passed over.
_OLD_SAVE_CONSTANTS = {
    "app.ui.writing.autosave": ("SAVE_DELAY_MS", "MAX_WAIT_MS", "RETRY_DELAY_MS"),
    "app.ui.plan.plan_state": ("SAVE_DELAY_MS", "RETRY_DELAY_MS"),
    "app.ui.checkins.checkin_saver": ("SAVE_DELAY_MS", "RETRY_DELAY_MS"),
    "app.ui.checkins.checkin_editor": ("SAVE_DELAY_MS",),
    "app.ui.feelings.stay_or_go": ("SAVE_DELAY_MS", "RETRY_DELAY_MS"),
    "app.ui.feelings.forgiveness_section": ("SAVE_DELAY_MS", "RETRY_DELAY_MS"),
    "app.ui.ownership.statement_workshop": ("SAVE_DELAY_MS", "RETRY_DELAY_MS"),
}


@pytest.fixture
def save_timing() -> SaveTiming:
    """How soon the journals and windows of a test save typing (tests/reliability use the app's own)."""
    return TEST_SAVE_TIMING


@pytest.fixture(autouse=True)
def _old_savers_timing(save_timing: SaveTiming, monkeypatch: pytest.MonkeyPatch) -> None:
    values = {"SAVE_DELAY_MS": save_timing.delay_ms, "MAX_WAIT_MS": save_timing.max_wait_ms,
              "RETRY_DELAY_MS": save_timing.retry_ms}
    for name, constants in _OLD_SAVE_CONSTANTS.items():
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        for constant in constants:
            if hasattr(module, constant):
                monkeypatch.setattr(module, constant, values[constant])


@pytest.fixture
def observed(journal: Journal, save_timing: SaveTiming) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=save_timing)


WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, data_dir: Path, catalogue: Catalogue, save_timing: SaveTiming
) -> Iterator[WindowFactory]:
    """Opens a main window on the test's data folder, the way the app does after start-up."""
    opened: list[tuple[MainWindow, Journal]] = []

    def factory() -> MainWindow:
        journal = Journal.open(data_dir)
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        window.attach(ObservedJournal(journal, save_timing=save_timing), catalogue)
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


@pytest.fixture(scope="session")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new journal encrypted with SESSION_PASSPHRASE, once per session (real Argon2id parameters).

    Its passphrase key is derived here, inside the session's memo, so unlocking a copy of it
    derives nothing again.
    """
    from app.store import encryption, keys
    from tests.conftest import _one_salt_per_session, remembered_derivation

    folder = tmp_path_factory.mktemp("encrypted-template") / "data"
    Journal.open(folder).close()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "_derive", remembered_derivation(keys._derive))
        patch.setattr(keys, "secrets", _one_salt_per_session())
        encryption.encrypt_journal(folder, SESSION_PASSPHRASE)
    assert sorted(p.name for p in folder.iterdir()) == ["journal.key", "journal.sqlite3"]
    return folder


def _session_options(save_timing: SaveTiming) -> dict[str, object]:
    """The test's save timing, once JournalSession takes it (and passes it to its ObservedJournal)."""
    from app.ui.shell.session import JournalSession

    accepted = inspect.signature(JournalSession).parameters
    return {"save_timing": save_timing} if "save_timing" in accepted else {}


@pytest.fixture
def open_session(
    qtbot: QtBot, data_dir: Path, save_timing: SaveTiming, request: pytest.FixtureRequest
) -> Iterator[SessionFactory]:
    """Opens a window through a JournalSession, as the app does; encrypted=True encrypts the folder
    first (real Argon2id parameters) and unlocks it by typing the passphrase into the unlock page.
    A folder with nothing in it yet gets a copy of the session's encrypted journal instead (the
    same result: a new, empty journal encrypted with this passphrase).
    """
    from app.paths import database_path
    from app.store import encryption
    from app.store.journal import Journal as StoreJournal
    from app.ui.shell.session import JournalSession

    opened: list[tuple[MainWindow, JournalSession]] = []

    def factory(
        encrypted: bool = False, passphrase: str = SESSION_PASSPHRASE
    ) -> tuple[MainWindow, JournalSession]:
        if encrypted and not encryption.is_encrypted(data_dir):
            empty = not data_dir.exists() or not any(data_dir.iterdir())
            if empty and passphrase == SESSION_PASSPHRASE:
                template: Path = request.getfixturevalue("encrypted_template")
                shutil.copytree(template, data_dir, dirs_exist_ok=True)
                assert encryption.is_encrypted(data_dir) and database_path(data_dir).exists()
            else:
                StoreJournal.open(data_dir).close()
                encryption.encrypt_journal(data_dir, passphrase)
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        session = JournalSession(window, data_dir, **_session_options(save_timing))
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
