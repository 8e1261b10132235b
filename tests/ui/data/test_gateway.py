"""The write gateway: one action is one commit, a storage error reaches the status line and
changes nothing, and a committed action is announced as a typed change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.records import EntryDraft, EntryKind
from app.domain.workbench import StatementParts
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal


@pytest.fixture
def gateway(journal: Journal, qtbot: QtBot) -> Iterator[ObservedJournal]:
    yield ObservedJournal(journal)


def _heard(gateway: ObservedJournal) -> list[Change]:
    heard: list[Change] = []
    gateway.changes.connect(heard.append)
    return heard


def _problems(gateway: ObservedJournal) -> list[str]:
    said: list[str] = []
    gateway.problem.connect(said.append)
    return said


def test_an_action_is_committed_and_announced(gateway: ObservedJournal, data_dir: Path) -> None:
    heard = _heard(gateway)
    maker = object()
    draft = EntryDraft(uuid="e1", kind=EntryKind.FREE, body="Kept")
    done = gateway.act(Area.ENTRY, lambda j: j.save_entry(draft), origin=maker)
    assert done is not None
    assert done.value.body == "Kept"
    assert heard == [done.change]
    assert done.change.touches(Area.ENTRY)
    assert done.change.uuids == {"e1"}
    assert done.change.made_by(maker)
    reopened = Journal.open(data_dir)
    try:
        assert reopened.get_entry("e1").body == "Kept"
    finally:
        reopened.close()


def test_uuids_given_and_returned_are_announced_together(gateway: ObservedJournal) -> None:
    def two(j: Journal) -> list[Any]:
        return [
            j.save_entry(EntryDraft(uuid="a", kind=EntryKind.FREE, body="one")),
            j.save_entry(EntryDraft(uuid="b", kind=EntryKind.FREE, body="two")),
        ]

    done = gateway.act(Area.ENTRY, two, uuids={"plus"})
    assert done is not None
    assert done.change.uuids == {"a", "b", "plus"}


def test_a_failure_midway_changes_nothing_and_is_said_once(
    gateway: ObservedJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    heard = _heard(gateway)
    said = _problems(gateway)
    before = StatementParts(what_is_true="before")
    gateway.act(Area.STATEMENT, lambda j: j.statements.save_draft(before, "before"))
    heard.clear()

    def action(j: Journal) -> None:
        j.save_entry(EntryDraft(uuid="first", kind=EntryKind.FREE, body="written first"))
        j.statements.save_draft(StatementParts(what_is_true="after"), "after")
        raise StorageUnavailable("The journal could not be saved: the disk is full.")

    assert gateway.act([Area.ENTRY, Area.STATEMENT], action) is None
    assert said == ["The journal could not be saved: the disk is full."]
    assert heard == []
    reopened = Journal.open(data_dir)
    try:
        assert reopened.count_entries() == 0
        assert reopened.statements.draft().text == "before"
    finally:
        reopened.close()


def test_a_failing_store_call_is_caught_by_the_gateway(
    gateway: ObservedJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = _problems(gateway)

    def refuse(*_args: Any) -> None:
        raise StorageUnavailable("The journal could not be saved: the journal file is read-only right now.")

    monkeypatch.setattr(journal.statements, "save_draft", refuse)
    assert gateway.act(Area.STATEMENT, lambda j: j.statements.save_draft(StatementParts(), "x")) is None
    assert said == ["The journal could not be saved: the journal file is read-only right now."]


def test_a_bug_is_not_swallowed(gateway: ObservedJournal) -> None:
    def broken(_j: Journal) -> None:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        gateway.act(Area.ENTRY, broken)


def test_an_unknown_area_fails_before_anything_is_written(gateway: ObservedJournal, journal: Journal) -> None:
    with pytest.raises(TypeError):
        gateway.act(["checkins"], lambda j: j.save_entry(EntryDraft(uuid="x", kind=EntryKind.FREE, body="b")))  # type: ignore[list-item]
    assert journal.count_entries() == 0


def test_a_read_that_fails_shows_the_fallback_and_says_why(
    gateway: ObservedJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = _problems(gateway)

    def refuse() -> int:
        raise StorageUnavailable("The journal could not be read.")

    monkeypatch.setattr(journal, "count_entries", refuse)
    assert gateway.read(lambda j: j.count_entries(), -1) == -1
    assert said == ["The journal could not be read."]


def test_an_announced_change_reaches_every_listener(gateway: ObservedJournal) -> None:
    first, second = _heard(gateway), _heard(gateway)
    gateway.announce(Change.everything())
    assert len(first) == 1 and first[0].wholesale
    assert second == first


def test_writes_are_not_reachable_through_the_read_views(gateway: ObservedJournal) -> None:
    """The stage stores a view reads through are typed as reads; at run time they are the real
    stores, so the type checker (mypy, strict, in `make test`) is what keeps writes in `act`."""
    from app.ui.data import reads

    for protocol in (reads.StatementReads, reads.FeelingsReads, reads.PlanReads, reads.CheckInReads):
        names = {name for name in vars(protocol) if not name.startswith("_")}
        writes = ("save", "delete", "restore", "mark", "put", "place", "reorder")
        assert names and not any(name.startswith(writes) for name in names), protocol
