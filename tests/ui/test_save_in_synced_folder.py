"""The brief and the ownership statement ask before a file goes into a folder a sync client uploads
("Save here anyway?", Save / Choose another place), right after the file chooser and before anything
is written; anywhere else they save without a word. Qt's file chooser is replaced (no modal window)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.ui.brief import brief_output
from app.ui.data.journal_events import ObservedJournal
from app.ui.ownership.statement_workshop import StatementWorkshop
from app.ui.widgets import sync_warning
from app.workbench_catalogue import load_check_lists
from tests.ui.conftest import MessageLog

LINE = ("This folder is synced by Dropbox: the file will be uploaded to your Dropbox account and "
        "isn't encrypted.")


@pytest.fixture
def dropbox(home: Path) -> Path:
    folder = home / "Dropbox"
    folder.mkdir()
    (folder / ".dropbox").write_text('{"tag": "dropbox"}', encoding="utf-8")
    return folder


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """What the person picks in Qt's file chooser, one place each time it opens."""
    places: list[Path] = []

    def pick(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return (str(places.pop(0)), "") if places else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    yield places


def asked(message_log: MessageLog) -> list[tuple[object, ...]]:
    return [args for name, args in message_log.calls if name == "confirm"]


def test_the_line_for_a_place(dropbox: Path, home: Path) -> None:
    assert sync_warning.sync_line_for(dropbox / "brief.pdf") == LINE
    assert sync_warning.sync_line_for(home / "brief.pdf") == ""


def test_the_brief_asks_before_a_synced_folder_and_choosing_again_opens_the_chooser(
    qtbot: QtBot, dropbox: Path, home: Path, chooser: list[Path], message_log: MessageLog,
) -> None:
    local = home / "brief.pdf"
    chooser.extend([dropbox / "brief.pdf", local])
    assert brief_output.choose_save_path(None, "Save the brief as PDF", "brief.pdf",  # type: ignore[arg-type]
                                         brief_output.PDF_FILTER) == local
    (call,) = asked(message_log)  # "Choose another place" (the tests' default answer), then home
    assert call[1:] == ("Save in a synced folder?", LINE, "Save here anyway?", "Save", "Choose another place")

    message_log.confirm = True  # Save
    chooser.append(dropbox / "brief.md")
    assert brief_output.choose_save_path(None, "Save the brief as Markdown", "brief.md",  # type: ignore[arg-type]
                                         brief_output.MARKDOWN_FILTER) == dropbox / "brief.md"
    assert len(asked(message_log)) == 2


def test_the_brief_saves_anywhere_else_without_a_word(
    home: Path, chooser: list[Path], message_log: MessageLog,
) -> None:
    chooser.append(home / "brief.pdf")
    chosen = brief_output.choose_save_path(None, "t", "brief.pdf", brief_output.PDF_FILTER)  # type: ignore[arg-type]
    assert chosen == home / "brief.pdf"
    assert asked(message_log) == []


def test_the_statement_asks_before_a_synced_folder(
    qtbot: QtBot, observed: ObservedJournal, dropbox: Path, home: Path, chooser: list[Path],
    message_log: MessageLog,
) -> None:
    workshop = StatementWorkshop(observed, load_check_lists())
    qtbot.addWidget(workshop)
    workshop.draft_edit.setPlainText("I own the late reports.")  # the draft as it is on screen
    synced, local = dropbox / "statement.md", home / "statement.md"
    chooser.extend([synced, local])
    workshop.sharing._export_with_dialog("md")
    assert local.exists() and not synced.exists()  # asked, "Choose another place", then saved at home
    (call,) = asked(message_log)
    assert call[2] == LINE

    message_log.confirm = True
    chooser.append(synced)
    workshop.sharing._export_with_dialog("md")
    assert "I own the late reports." in synced.read_text(encoding="utf-8")  # Save here anyway
