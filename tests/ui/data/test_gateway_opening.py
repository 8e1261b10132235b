"""The gateway before its journal has opened (start-up shows Today from a quick read): a read or
an act waits for the open and then works on the real journal; a failed open changes nothing and
says so; `opened` tells the views that wait for it without blocking."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.records import EntryDraft, EntryKind
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.data.saver import Saver


def test_a_gateway_needs_a_journal_or_a_way_to_wait_for_one() -> None:
    with pytest.raises(ValueError):
        ObservedJournal(None)


def test_an_act_made_while_the_journal_opens_waits_for_it_and_lands(qtbot: QtBot, data_dir: Path) -> None:
    """The open runs on another thread; the act blocks until it is done, then writes there."""
    opened: list[Journal] = []
    ready = threading.Event()

    def open_elsewhere() -> None:
        opened.append(Journal.open(data_dir))
        ready.set()

    def wait() -> Journal:
        ready.wait(30)
        return opened[0]

    gateway = ObservedJournal.opening(wait)
    assert not gateway.is_open
    worker = threading.Thread(target=open_elsewhere)
    worker.start()
    key = str(uuid.uuid4())
    draft = EntryDraft(key, EntryKind.EVENING, "Typed at once.")
    done = gateway.act(Area.ENTRY, lambda j: j.save_entry(draft))
    worker.join()
    try:
        assert done is not None and gateway.is_open
        assert gateway.read(lambda j: j.get_entry(key).body, "") == "Typed at once."
        heard: list[bool] = []
        gateway.opened.connect(lambda: heard.append(True))
        gateway.arrive(opened[0])  # the worker's answer, late: harmless, and the views hear it
        assert heard == [True] and gateway.service is opened[0]
    finally:
        opened[0].close()


def test_reads_pass_to_the_journal_that_arrives(qtbot: QtBot, journal: Journal) -> None:
    waited: list[bool] = []

    def wait() -> Journal:
        waited.append(True)
        return journal

    gateway = ObservedJournal.opening(wait)
    with qtbot.waitSignal(gateway.opened):
        gateway.arrive(journal)
    assert gateway.is_open
    assert gateway.count_entries() == 0
    assert waited == []  # it had arrived: nothing waited


@pytest.mark.parametrize("failure", [StorageUnavailable("Trustbridge could not open your journal."),
                                     OSError(28, "No space left on device")])
def test_a_journal_that_could_not_open_changes_nothing_and_says_so(qtbot: QtBot, failure: Exception) -> None:
    """Whatever stopped the open (a storage error, or any other the open raised)."""
    def wait() -> Journal:
        raise failure

    gateway = ObservedJournal.opening(wait)
    said: list[str] = []
    gateway.problem.connect(said.append)
    heard: list[object] = []
    gateway.changes.connect(heard.append)
    assert gateway.act(Area.ENTRY, lambda j: j.count_entries()) is None
    assert gateway.read(lambda j: j.count_entries(), -1) == -1
    assert said == ["Trustbridge could not open your journal."] * 2
    assert heard == [] and not gateway.is_open


def test_typing_while_the_journal_opens_never_holds_the_window(
    qtbot: QtBot, journal: Journal, save_timing: SaveTiming
) -> None:
    """The saver's timers don't wait for the open (that would freeze the window while the store
    loads): the save is made the moment the journal arrives."""
    waited: list[bool] = []

    def wait() -> Journal:
        waited.append(True)
        return journal

    gateway = ObservedJournal.opening(wait, save_timing=save_timing)
    saver = Saver(gateway)
    key = str(uuid.uuid4())
    words = ["Typed while it opened."]
    saver.watch("body", Area.ENTRY, lambda j: j.save_entry(EntryDraft(key, EntryKind.EVENING, words[0])))
    saver.touch("body")
    qtbot.waitUntil(lambda: saver.waiting_for_journal)  # its timer fired, and held nothing up
    assert waited == [] and saver.pending
    with qtbot.waitSignal(saver.saved, timeout=5_000):
        gateway.arrive(journal)
    assert not saver.pending and waited == []
    assert journal.get_entry(key).body == "Typed while it opened."
