"""The workshop on the one write path: its fields save through the Saver while typing goes on, a
failed save keeps the words and tries again, every action is one act, and the workshop shows a
statement changed anywhere else while passing over its own saves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.clock import FixedClock
from app.domain.timeline import local_time
from app.domain.workbench import StatementParts
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.ownership.statement_workshop import StatementWorkshop
from app.workbench_catalogue import load_check_lists
from tests.ui.helpers import SAVE_WAIT_MS
from tests.ui.ownership.conftest import FAST, NOW

PARTS = StatementParts(
    what_is_true="The report was late twice",
    what_i_own="I did not say I was stuck",
    what_i_commit_to="I will flag a risk the day I see it",
    what_i_need="Ten minutes a week",
)
KEY_EVERY_MS = 300
# The pause never comes while a key arrives every 300 ms, so only the cap can save.
CAPPED = SaveTiming(delay_ms=1000, max_wait_ms=100, retry_ms=200)
FULL_DISK = "The journal could not be saved: the disk is full."

WorkshopFactory = Callable[[ObservedJournal], StatementWorkshop]


@pytest.fixture
def open_workshop(qtbot: QtBot) -> Iterator[WorkshopFactory]:
    opened: list[StatementWorkshop] = []

    def factory(gateway: ObservedJournal) -> StatementWorkshop:
        widget = StatementWorkshop(gateway, load_check_lists())
        qtbot.addWidget(widget)
        widget.resize(1000, 760)
        widget.show()
        opened.append(widget)
        return widget

    yield factory
    for widget in opened:
        assert widget.flush()


@pytest.fixture
def workshop(open_workshop: WorkshopFactory, observed: ObservedJournal) -> StatementWorkshop:
    return open_workshop(observed)


def _failing(monkeypatch: pytest.MonkeyPatch, journal: Journal, name: str) -> dict[str, Any]:
    """Make the real statement store's `name` refuse while state["broken"] is true."""
    state: dict[str, Any] = {"broken": True, "calls": 0}
    real = getattr(journal.statements, name)

    def call(*args: Any, **kwargs: Any) -> Any:
        state["calls"] += 1
        if state["broken"]:
            raise StorageUnavailable(FULL_DISK)
        return real(*args, **kwargs)

    monkeypatch.setattr(journal.statements, name, call)
    return state


# -- saving while typing -------------------------------------------------------------------------


@pytest.mark.parametrize("timing", [FAST, CAPPED], ids=["short-pause", "pause-never-comes"])
def test_steady_typing_in_a_part_reaches_the_file_at_least_every_max_wait(
    qtbot: QtBot, open_workshop: WorkshopFactory, journal: Journal, timing: SaveTiming
) -> None:
    workshop = open_workshop(ObservedJournal(journal, save_timing=timing))
    saves: list[object] = []
    workshop.saved.connect(saves.append)
    editor = workshop.part_editors["what_i_own"]
    editor.setFocus()
    typed = ""
    for char in "Kept quiet":  # a key every 300 ms for three seconds
        qtbot.keyClick(editor, char)
        typed += char
        qtbot.wait(KEY_EVERY_MS)  # longer than the cap: what was typed so far is in the file
        assert journal.statements.draft().parts.what_i_own == typed
    assert len(saves) >= len(typed)
    assert workshop.status_label.text() == "Saved"


def test_a_pending_edit_is_saved_on_demand(
    qtbot: QtBot, open_workshop: WorkshopFactory, journal: Journal
) -> None:
    slow = ObservedJournal(journal, save_timing=SaveTiming(delay_ms=60_000, max_wait_ms=60_000))
    workshop = open_workshop(slow)
    workshop.draft_edit.setFocus()
    qtbot.keyClicks(workshop.draft_edit, "Saved when asked")
    qtbot.keyClicks(workshop.part_editors["what_is_true"], "True")
    assert journal.statements.draft().text == ""  # no timer has come due
    assert workshop.flush()
    assert journal.statements.draft().text == "Saved when asked"
    qtbot.keyClicks(workshop.part_editors["what_i_need"], "Time")
    assert slow.flush_all()  # what the window does on a page change, lock, hide or close
    stored = journal.statements.draft()
    assert (stored.parts.what_is_true, stored.parts.what_i_need) == ("True", "Time")


def test_one_save_writes_the_draft_row_once_as_one_change(
    qtbot: QtBot, workshop: StatementWorkshop, observed: ObservedJournal, journal: Journal,
    monkeypatch: pytest.MonkeyPatch, clock: FixedClock
) -> None:
    writes = _failing(monkeypatch, journal, "save_draft")
    writes["broken"] = False
    changes: list[Change] = []
    observed.changes.connect(changes.append)
    for field, editor in workshop.part_editors.items():
        qtbot.keyClicks(editor, getattr(PARTS, field))
    qtbot.keyClicks(workshop.draft_edit, "All of it")
    assert workshop.flush()
    assert writes["calls"] == 1
    assert len(changes) == 1 and changes[0].areas == frozenset({Area.STATEMENT})
    stored = journal.statements.draft()
    assert (stored.parts, stored.text, stored.updated_at) == (PARTS, "All of it", clock.now())


def test_a_failing_save_keeps_the_text_says_so_and_retries_by_itself(
    qtbot: QtBot, workshop: StatementWorkshop, observed: ObservedJournal, journal: Journal,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    observed.problem.connect(problems.append)
    state = _failing(monkeypatch, journal, "save_draft")
    editor = workshop.part_editors["what_i_commit_to"]
    editor.setFocus()
    with qtbot.waitSignal(workshop.failed, timeout=SAVE_WAIT_MS) as failure:
        qtbot.keyClicks(editor, "Fridays, from now on")
    assert failure.args == [FULL_DISK]
    assert problems == [FULL_DISK]  # the status line hears of it through the gateway
    assert editor.toPlainText() == "Fridays, from now on"
    assert workshop.status_label.property("state") == "error"
    assert "Your text is safe" in workshop.status_label.text()
    qtbot.waitUntil(lambda: len(problems) >= 3, timeout=SAVE_WAIT_MS)  # tried again, unasked
    assert journal.statements.draft().parts.what_i_commit_to == ""
    assert editor.toPlainText() == "Fridays, from now on"

    state["broken"] = False
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        pass  # no flush asked for: the retry saves it
    assert journal.statements.draft().parts.what_i_commit_to == "Fridays, from now on"
    assert workshop.status_label.text() == "Saved"


# -- every other action is one act ---------------------------------------------------------------


def test_a_refused_version_changes_nothing_and_is_told_where_it_was_asked(
    qtbot: QtBot, workshop: StatementWorkshop, observed: ObservedJournal, journal: Journal,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    observed.problem.connect(problems.append)
    qtbot.keyClicks(workshop.draft_edit, "Worth keeping")
    _failing(monkeypatch, journal, "save_version")
    qtbot.mouseClick(workshop.save_version_button, Qt.MouseButton.LeftButton)
    assert journal.statements.versions() == []
    assert journal.statements.draft().text == "Worth keeping"  # the draft itself was saved first
    assert workshop.draft_notice.label.text() == f"The version could not be saved: {FULL_DISK}"
    assert workshop.draft_notice.property("state") == "error"
    assert problems == [FULL_DISK]


def test_undoing_a_delete_that_fails_midway_leaves_the_file_as_it_was(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal, monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock
) -> None:
    qtbot.keyClicks(workshop.draft_edit, "One")
    assert workshop.save_version() is not None
    qtbot.keyClicks(workshop.draft_edit, " and two")
    assert workshop.save_version() is not None
    clock.advance_to(NOW + timedelta(days=1))  # read again the next day: marking final is plain
    workshop.select_versions(1)
    workshop.toggle_final()
    assert [v.number for v in journal.statements.versions() if v.is_final] == [1]
    workshop.select_versions(1)
    workshop.delete_selected()  # the final one: its undo clears and puts back the final mark
    before = journal.statements.versions()
    real_put = journal.statements.put_version

    def put_then_fail(version: Any) -> None:
        real_put(version)  # written, then the operation fails before its commit
        raise StorageUnavailable(FULL_DISK)

    monkeypatch.setattr(journal.statements, "put_version", put_then_fail)
    qtbot.mouseClick(workshop.versions_notice.accept_button, Qt.MouseButton.LeftButton)  # Undo
    assert journal.statements.versions() == before
    assert workshop.versions_notice.label.text() == f"Version 1 could not be brought back: {FULL_DISK}"
    assert [v.number for v in workshop.versions] == [2]


def test_versions_and_restores_take_their_time_from_the_journal_s_clock(
    qtbot: QtBot, workshop: StatementWorkshop, journal: Journal, clock: FixedClock
) -> None:
    qtbot.keyClicks(workshop.draft_edit, "Kept then")
    version = workshop.save_version()
    assert version is not None and version.created_at == NOW
    assert f"{local_time(NOW):%a %d %b %Y, %H:%M}" in workshop.versions_list.item(0).text()
    later = NOW + timedelta(days=2)
    clock.advance_to(later)
    workshop.select_versions(1)
    workshop.restore_selected()
    assert journal.statements.draft().updated_at == later


# -- changes made elsewhere ----------------------------------------------------------------------


def test_a_statement_saved_by_another_tool_is_shown(
    workshop: StatementWorkshop, observed: ObservedJournal
) -> None:
    elsewhere = object()
    observed.act(Area.STATEMENT, lambda j: j.statements.save_draft(PARTS, "From elsewhere"), origin=elsewhere)
    assert workshop.draft_text() == "From elsewhere"
    assert workshop.parts() == PARTS
    observed.act(Area.STATEMENT, lambda j: j.statements.save_version(PARTS, "Kept elsewhere"),
                 origin=elsewhere)
    assert [v.text for v in workshop.versions] == ["Kept elsewhere"]
    assert workshop.versions_list.count() == 1


def test_an_import_announced_as_everything_is_shown(
    workshop: StatementWorkshop, observed: ObservedJournal, journal: Journal
) -> None:
    journal.statements.save_draft(PARTS, "Imported draft")
    journal.statements.save_version(PARTS, "Imported version")
    assert workshop.draft_text() == ""  # nothing announced yet
    observed.announce(Change.everything())
    assert workshop.draft_text() == "Imported draft"
    assert workshop.part_editors["what_i_need"].toPlainText() == PARTS.what_i_need
    assert [v.text for v in workshop.versions] == ["Imported version"]
    assert not workshop.empty_box.isVisible()


def test_changes_to_other_areas_leave_the_workshop_alone(
    workshop: StatementWorkshop, observed: ObservedJournal, journal: Journal
) -> None:
    journal.statements.save_draft(PARTS, "Not announced as a statement change")
    observed.announce(Change.of({Area.MOOD, Area.PLAN}))
    assert workshop.draft_text() == ""


def test_unsaved_words_survive_a_change_from_elsewhere(
    qtbot: QtBot, open_workshop: WorkshopFactory, journal: Journal
) -> None:
    gateway = ObservedJournal(journal, save_timing=SaveTiming(delay_ms=60_000, max_wait_ms=60_000))
    workshop = open_workshop(gateway)
    qtbot.keyClicks(workshop.draft_edit, "Typed just now")
    gateway.act(Area.STATEMENT, lambda j: j.statements.save_version(PARTS, "Kept elsewhere"),
                origin=object())
    assert workshop.draft_text() == "Typed just now"
    assert journal.statements.draft().text == "Typed just now"  # saved before reading again
    assert [v.text for v in workshop.versions] == ["Kept elsewhere"]


def test_the_workshop_s_own_save_does_not_reload_it(
    qtbot: QtBot, workshop: StatementWorkshop, observed: ObservedJournal, journal: Journal
) -> None:
    changes: list[Change] = []
    observed.changes.connect(changes.append)
    journal.statements.save_version(PARTS, "Written behind the workshop's back")  # not announced
    editor = workshop.part_editors["what_is_true"]
    editor.setFocus()
    with qtbot.waitSignal(workshop.saved, timeout=SAVE_WAIT_MS):
        qtbot.keyClicks(editor, "Mine")
    assert journal.statements.draft().parts.what_is_true == "Mine"
    assert changes and all(change.made_by(workshop) for change in changes)
    assert workshop.versions == [] and workshop.versions_list.count() == 0  # not read again
    assert editor.toPlainText() == "Mine"
