"""Links in rendered entries: nothing leaves the app until the person has seen the address and agreed."""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from app.ui.writing import safe_browser
from app.ui.writing.safe_browser import SafeMarkdownView
from tests.ui.conftest import MessageLog


class Opened:
    """Stands in for the system browser, which a test must never start."""

    urls: ClassVar[list[str]] = []

    @classmethod
    def openUrl(cls, url: QUrl) -> bool:  # noqa: N802 - Qt's name
        cls.urls.append(url.toString())
        return True


@pytest.fixture
def view(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> SafeMarkdownView:
    Opened.urls = []
    monkeypatch.setattr(safe_browser, "QDesktopServices", Opened)
    made = SafeMarkdownView()
    qtbot.addWidget(made)
    made.show_markdown("See [the plan](https://example.org/plan?q=1) and a note[^1].\n\n[^1]: Here.")
    return made


def test_a_link_asks_first_showing_the_whole_address(view: SafeMarkdownView, message_log: MessageLog) -> None:
    view.anchorClicked.emit(QUrl("https://example.org/plan?q=1"))
    assert message_log.calls == [("confirm_open_link", (view, "https://example.org/plan?q=1"))]
    assert Opened.urls == []  # the default answer is to stay


def test_a_link_opens_once_the_person_agrees(view: SafeMarkdownView, message_log: MessageLog) -> None:
    message_log.open_link = True
    view.anchorClicked.emit(QUrl("https://example.org/plan?q=1"))
    assert Opened.urls == ["https://example.org/plan?q=1"]


@pytest.mark.parametrize("address", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>"])
def test_other_schemes_are_never_offered(
    view: SafeMarkdownView, message_log: MessageLog, address: str
) -> None:
    view.anchorClicked.emit(QUrl(address))
    assert message_log.calls == [] and Opened.urls == []


def test_a_footnote_link_scrolls_without_asking(view: SafeMarkdownView, message_log: MessageLog) -> None:
    view.anchorClicked.emit(QUrl("#fn:1"))
    assert message_log.calls == [] and Opened.urls == []
