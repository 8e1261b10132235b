"""Nothing readable at rest: a canary phrase typed through the app, on every page that writes,
searched, locked and unlocked, backed up at close — and then not one file anywhere in the data
folder (database, -wal, -shm, backups, logs, key file, settings, window state) nor in the temporary
folder holds it, in UTF-8 or UTF-16. The journal itself still holds it (it was really written).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.search import SearchFilters
from app.logs import setup_logging
from app.paths import LOG_NAME, log_dir
from app.store.backups import backups_dir, list_backups
from app.store.encryption import keyed_connect
from app.store.journal import Journal
from app.ui.journal.journal_page import JournalPage
from app.ui.search.search_page import SearchPage
from app.ui.shell.application import close_session
from app.ui.stages.stage_page import StagePage
from app.ui.today.today_page import TodayPage
from tests.ui.conftest import SessionFactory, unlock
from tests.ui.helpers import type_and_wait_for_save, type_text

CANARY = "quillwort-canary-8d41"
WAIT_MS = 20_000


def hits(folder: Path) -> list[str]:
    needles = (CANARY.encode("utf-8"), CANARY.encode("utf-16-le"))
    return [str(path) for path in sorted(folder.rglob("*"))
            if path.is_file() and any(needle in path.read_bytes() for needle in needles)]


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the app sees, empty at the start, so anything written there is found."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def app_log(data_dir: Path, _root_logging: None) -> Path:
    """The app's own log file, as run_gui sets it up."""
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(data_dir)
    return log_dir(data_dir) / LOG_NAME


def test_a_canary_typed_through_the_app_is_in_no_file_at_rest(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, private_temp: Path, app_log: Path
) -> None:
    window, session = open_session(encrypted=True)

    window.show_page("today")
    today = window.current_page()
    assert isinstance(today, TodayPage)
    today.set_mode(today.mode.FREE)
    type_and_wait_for_save(qtbot, today.card.editor, today.autosaver, f"Free writing: {CANARY}")

    window.show_page("ownership")
    stage = window.current_page()
    assert isinstance(stage, StagePage)
    type_and_wait_for_save(qtbot, stage.card.editor, stage.autosaver, f"What I own: {CANARY}")

    window.new_entry()
    journal_page = window.current_page()
    assert isinstance(journal_page, JournalPage)
    type_and_wait_for_save(qtbot, journal_page.card.editor, journal_page.autosaver, f"An entry: {CANARY}")

    window.show_page("search")
    search = window.current_page()
    assert isinstance(search, SearchPage)
    search.query_edit.setFocus()
    with qtbot.waitSignal(search.results_ready, timeout=WAIT_MS, check_params_cb=lambda n: n == 3):
        type_text(qtbot, search.query_edit, CANARY.split("-")[0])

    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    unlock(qtbot, window)

    key = session.data_key
    assert key is not None
    window.close()
    close_session(session)  # the day's automatic backup, keyed, then the journal closes

    assert list_backups(backups_dir(data_dir), keyed_connect(key))  # a backup was made and reads back
    assert app_log.is_file() and app_log.stat().st_size > 0
    assert hits(data_dir) == []
    assert hits(private_temp) == []
    reopened = Journal.open(data_dir, key)
    try:
        found = reopened.search.search(CANARY.split("-")[0], SearchFilters(), limit=10)
        assert len(found) == 3  # the canary is really in the journal: encrypted, not missing
    finally:
        reopened.close()


def test_a_canary_written_before_encryption_is_turned_on_is_gone_from_every_file(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, private_temp: Path, app_log: Path
) -> None:
    """Written while plain, backed up, a damaged copy kept aside; then encryption is turned on
    under the open window: the journal, its WAL, the backups and the kept copy hold no canary."""
    from app.paths import database_path
    from app.store.backups import make_backup

    window, session = open_session()
    window.new_entry()
    first = window.current_page()
    assert isinstance(first, JournalPage)
    type_and_wait_for_save(qtbot, first.card.editor, first.autosaver, f"Plain at first: {CANARY}")
    make_backup(database_path(data_dir), backups_dir(data_dir))
    whole = database_path(data_dir).read_bytes()
    (data_dir / "journal.damaged-20260101T000000Z.sqlite3").write_bytes(whole)
    assert hits(data_dir)  # the canary really is on disk in the clear now

    with qtbot.waitSignal(session.recovery_code_ready, timeout=WAIT_MS):
        session.turn_on_encryption("a passphrase for the review weeks")
    page = window.current_page()
    assert isinstance(page, JournalPage)
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, f" and after: {CANARY}")
    key = session.data_key
    window.close()
    close_session(session)

    assert key is not None and hits(data_dir) == [] and hits(private_temp) == []
    reopened = Journal.open(data_dir, key)
    try:
        assert len(reopened.search.search(CANARY.split("-")[0], SearchFilters(), limit=10)) == 1
    finally:
        reopened.close()
