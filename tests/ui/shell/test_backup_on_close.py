"""The app makes the day's automatic backup when it closes, once a day, and never fails to close over it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.paths import LOG_NAME, database_path, log_dir
from app.store.backups import AUTOMATIC, check, list_backups
from app.store.journal import Journal
from app.ui.shell import application

pytestmark = pytest.mark.usefixtures("_root_logging")  # run_gui logs to the data folder


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> None:
    """The start-up probe: the real start-up, then the real way out as soon as the journal is open."""
    monkeypatch.setenv(application.STARTUP_PROBE, "1")


@pytest.mark.usefixtures("probe")
def test_closing_makes_one_checked_backup_a_day(qtbot: QtBot, data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.save_entry(EntryDraft(uuid="before-close", kind=EntryKind.FREE, body="worth keeping"))
    journal.close()
    assert application.run_gui(None, ["trustbridge"]) == 0
    listed = list_backups(data_dir / "backups")
    assert [(info.reason, info.entries) for info in listed] == [(AUTOMATIC, 1)]
    assert check(listed[0].path).ok
    assert application.run_gui(None, ["trustbridge"]) == 0  # the same day: no second one
    assert [info.path for info in list_backups(data_dir / "backups")] == [listed[0].path]


@pytest.mark.usefixtures("probe")
def test_a_backup_that_can_not_be_made_is_logged_and_the_app_still_closes(
    qtbot: QtBot, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "backups").write_text("a file where the backups folder should be")
    assert application.run_gui(None, ["trustbridge"]) == 0
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = (log_dir(data_dir) / LOG_NAME).read_text(encoding="utf-8")
    assert "the automatic backup at close was skipped" in logged
    assert (data_dir / "backups").read_text() == "a file where the backups folder should be"
    assert database_path(data_dir).is_file() and check(database_path(data_dir)).ok
