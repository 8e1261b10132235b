"""Faults a person can meet: huge pastes, a full disk, an unusable folder, our own bugs."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.domain.stages import Stage
from app.logs import setup_logging
from app.store.journal import Journal
from app.ui.shell import application
from app.ui.shell.crash import install_excepthook
from tests.ui.conftest import MessageLog, WindowFactory, close_window
from tests.ui.helpers import SAVE_WAIT_MS


@pytest.fixture(autouse=True)
def _restore_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)



def test_a_one_megabyte_paste_saves_and_reopens(qtbot: QtBot, open_window: WindowFactory) -> None:
    text = ("Line of a very long paste — with ünïcode, emoji 🙂 and RTL \u200f marks.\n" * 14_000)[:1_000_000]
    window = open_window()
    window.show_page(Stage.OWNERSHIP.value)
    page = window.page(Stage.OWNERSHIP.value)
    editor = page.card.editor  # type: ignore[attr-defined]
    QGuiApplication.clipboard().setText(text)
    editor.focus_editor()
    with qtbot.waitSignal(page.autosaver.saved, timeout=SAVE_WAIT_MS * 3):  # type: ignore[attr-defined]
        qtbot.keyClick(editor.text_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == text
    close_window(window)
    reopened = open_window()
    reopened.show_page(Stage.OWNERSHIP.value)
    assert reopened.page(Stage.OWNERSHIP.value).card.editor.text() == text  # type: ignore[attr-defined]


def _fill_the_disk(journal: Journal) -> Any:
    """Make SQLite itself report 'database or disk is full' on every new connection."""
    engine = journal._engine

    def cap(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
        cursor.close()

    engine.dispose()
    event.listen(engine, "connect", cap)
    return cap


def test_a_full_disk_keeps_the_text_and_says_so(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(Stage.FEELINGS.value)
    page = window.page(Stage.FEELINGS.value)
    card = page.card  # type: ignore[attr-defined]
    journal = window.journal.service  # type: ignore[union-attr]
    cap = _fill_the_disk(journal)
    text = "Words that must not be lost. " * 4000
    card.editor.set_text("")
    with qtbot.waitSignal(card.autosaver.failed, timeout=SAVE_WAIT_MS) as failure:
        card.editor.text_edit.insertPlainText(text)
    assert "full" in failure.args[0]
    assert card.editor.text() == text
    assert card.status.property("state") == "error"
    assert "Your text is safe" in card.status.text()
    assert journal.stage_answers(Stage.FEELINGS) == []

    journal._engine.dispose()
    event.remove(journal._engine, "connect", cap)
    assert page.flush()  # type: ignore[attr-defined]
    assert [a.body for a in journal.stage_answers(Stage.FEELINGS)] == [text]
    assert card.status.text() == "Saved"


def test_closing_with_unsaved_text_asks_first(
    qtbot: QtBot, open_window: WindowFactory, message_log: MessageLog
) -> None:
    window = open_window()
    window.show_page(Stage.FEELINGS.value)
    card = window.page(Stage.FEELINGS.value).card  # type: ignore[attr-defined]
    cap = _fill_the_disk(window.journal.service)  # type: ignore[union-attr]
    card.editor.text_edit.insertPlainText("x" * 100_000)
    assert not window.close()  # the person chose to keep the window open
    assert message_log.names() == ["confirm_quit_unsaved"]
    assert card.editor.text() == "x" * 100_000
    engine = window.journal.service._engine  # type: ignore[union-attr]
    engine.dispose()
    event.remove(engine, "connect", cap)
    assert window.close()


@pytest.mark.usefixtures("_root_logging")
def test_an_unexpected_error_is_logged_without_the_text_and_the_text_is_saved(
    qtbot: QtBot, open_window: WindowFactory, message_log: MessageLog, data_dir: Path, journal: Journal
) -> None:
    log_path = setup_logging(data_dir)
    assert log_path is not None
    window = open_window()
    window.show_page(Stage.OWNERSHIP.value)
    card = window.page(Stage.OWNERSHIP.value).card  # type: ignore[attr-defined]
    secret = "my private " + "sentence"  # never spelled out on one source line the traceback shows
    card.editor.text_edit.insertPlainText(secret)
    install_excepthook(window, window.flush_all, log_path)
    try:
        raise RuntimeError(f"boom while handling: {secret}")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert message_log.names() == ["ask_keep_writing"]
    assert window.isVisible()
    assert [a.body for a in journal.stage_answers(Stage.OWNERSHIP)] == [secret]
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError" in logged
    assert secret not in logged


@pytest.mark.usefixtures("_root_logging")
def test_an_unusable_data_folder_gives_a_clear_message_and_a_failing_exit(
    qtbot: QtBot, tmp_path: Path, message_log: MessageLog
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code = application.run_gui(str(blocker / "journal"), ["trustbridge"])
    assert code == 2
    assert message_log.names() == ["show_error"]
    _parent, title, text, _details = message_log.calls[0][1]
    assert title == "Trustbridge can't open your journal"
    assert str(blocker) in text
    assert blocker.read_text() == "not a folder"


@pytest.mark.usefixtures("_root_logging")
def test_the_real_start_up_opens_the_journal_off_the_ui_thread(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(application.STARTUP_PROBE, "1")
    assert application.run_gui(None, ["trustbridge"]) == 0
    lines = capsys.readouterr().out.split()
    assert lines[0::2] == ["window", "usable", "ready"]
    assert (data_dir / "journal.sqlite3").is_file()
    assert (data_dir / "logs").is_dir()


def test_a_failed_save_keeps_the_person_on_their_text(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.show_page(Stage.OWNERSHIP.value)
    page = window.page(Stage.OWNERSHIP.value)
    card = page.card  # type: ignore[attr-defined]
    journal = window.journal.service  # type: ignore[union-attr]
    cap = _fill_the_disk(journal)
    text = "An answer the disk has no room for. " * 3000
    with qtbot.waitSignal(card.autosaver.failed, timeout=SAVE_WAIT_MS):
        card.editor.text_edit.insertPlainText(text)
    qtbot.mouseClick(page.skip_button if page.skip_button.isVisible() else page.next_button,  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    assert page.current_index == 0  # type: ignore[attr-defined]
    assert card.editor.text() == text
    window.show_page("journal")
    window.show_page(Stage.OWNERSHIP.value)  # leaving and coming back does not reload over it
    assert card.editor.text() == text

    journal._engine.dispose()
    event.remove(journal._engine, "connect", cap)
    page.go_next()  # type: ignore[attr-defined]
    assert page.current_index == 1  # type: ignore[attr-defined]
    assert [a.body for a in journal.stage_answers(Stage.OWNERSHIP)] == [text]


def test_one_entry_open_on_two_pages_keeps_every_edit(qtbot: QtBot, open_window: WindowFactory) -> None:
    from tests.ui.helpers import type_and_wait_for_save

    window = open_window()
    window.new_entry()
    journal_page = window.page("journal")
    type_and_wait_for_save(qtbot, journal_page.card.editor, journal_page.autosaver, "Alpha")  # type: ignore[attr-defined]
    window.show_page("today")
    today = window.page("today")
    today.set_mode(today.mode.FREE)  # type: ignore[attr-defined]
    assert today.card.editor.text() == "Alpha"  # type: ignore[attr-defined]
    type_and_wait_for_save(qtbot, today.card.editor, today.autosaver, " Beta")  # type: ignore[attr-defined]
    window.show_page("journal")
    qtbot.mouseClick(journal_page.edit_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert journal_page.card.editor.text() == "Alpha Beta"  # type: ignore[attr-defined]
    type_and_wait_for_save(qtbot, journal_page.card.editor, journal_page.autosaver, " Gamma")  # type: ignore[attr-defined]
    entry = journal_page.current_entry  # type: ignore[attr-defined]
    assert window.journal.get_entry(entry.uuid).body == "Alpha Beta Gamma"  # type: ignore[union-attr]
    window.show_page("today")
    assert today.card.editor.text() == "Alpha Beta Gamma"  # type: ignore[attr-defined]


@pytest.mark.usefixtures("_root_logging")
def test_a_second_app_on_the_same_journal_explains_and_stops(
    qtbot: QtBot, data_dir: Path, message_log: MessageLog
) -> None:
    from PySide6.QtCore import QLockFile

    data_dir.mkdir(parents=True)
    first = QLockFile(str(data_dir / application.LOCK_NAME))
    assert first.tryLock(0)
    try:
        assert application.run_gui(None, ["trustbridge"]) == 1
    finally:
        first.unlock()
    assert message_log.names() == ["show_error"]
    assert message_log.calls[0][1][1] == "Trustbridge is already open"
    assert not (data_dir / "journal.sqlite3").exists()


@pytest.mark.usefixtures("_root_logging")
def test_the_app_says_which_command_holds_the_journal(
    qtbot: QtBot, data_dir: Path, message_log: MessageLog
) -> None:
    from app.store.backups import holding_data_dir

    data_dir.mkdir(parents=True)
    with holding_data_dir(data_dir, "trustbridge import"):
        assert application.run_gui(None, ["trustbridge"]) == 1
    assert message_log.names() == ["show_error"]
    said = " ".join(str(part) for part in message_log.calls[0][1][1:])
    assert "trustbridge import" in said and "another Trustbridge command" in said
    assert not (data_dir / "journal.sqlite3").exists()


def test_the_app_s_lock_file_is_private(data_dir: Path) -> None:
    """QLockFile makes its file 0644; it holds the host name and a machine id: 0600, like the journal."""
    import os
    import stat

    data_dir.mkdir(parents=True)
    old_umask = os.umask(0o022)
    try:
        lock = application._lock_data_dir(data_dir)
    finally:
        os.umask(old_umask)
    assert lock is not None
    try:
        assert stat.S_IMODE((data_dir / application.LOCK_NAME).stat().st_mode) == 0o600
    finally:
        lock.unlock()
