"""UI fixtures: a real journal on a temp folder, the real catalogue, message boxes recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app.catalogue import load_catalogue
from app.domain.prompts import Catalogue
from app.store.journal import Journal
from app.ui import messages
from app.ui.journal_events import ObservedJournal
from app.ui.main_window import MainWindow


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


def close_window(window: MainWindow) -> None:
    assert window.close(), "the window refused to close"
