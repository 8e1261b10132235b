"""The one saver: a pause saves, steady typing is saved anyway, a failure keeps the edit and is
retried by itself, and the gateway's flush_all reaches every saver."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.workbench import StatementParts
from app.store.errors import StorageUnavailable
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.data.saver import Saver

FAST = SaveTiming(delay_ms=60, max_wait_ms=150, retry_ms=80)


class Field:
    """What a widget holds: text typed so far, saved as the statement draft."""

    def __init__(self) -> None:
        self.text = ""

    def save(self, journal: Journal) -> object:
        return journal.statements.save_draft(StatementParts(what_is_true=self.text), self.text)


def _on_disk(data_dir: Path) -> str:
    reopened = Journal.open(data_dir)
    try:
        return reopened.statements.draft().text
    finally:
        reopened.close()


@pytest.fixture
def gateway(journal: Journal) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=FAST)


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _saver(gateway: ObservedJournal, owner: QWidget, field: Field) -> Saver:
    saver = Saver(gateway, owner, origin=owner)
    saver.watch("part", Area.STATEMENT, field.save)
    return saver


def test_a_pause_saves_and_announces_who_typed(
    gateway: ObservedJournal, owner: QWidget, qtbot: QtBot, data_dir: Path
) -> None:
    field = Field()
    saver = _saver(gateway, owner, field)
    heard: list[Change] = []
    gateway.changes.connect(heard.append)
    field.text = "What is true"
    saver.touch("part")
    assert saver.pending
    with qtbot.waitSignal(saver.saved, timeout=3000):
        pass
    assert not saver.pending
    assert _on_disk(data_dir) == "What is true"
    assert len(heard) == 1 and heard[0].touches(Area.STATEMENT)
    assert saver.is_own(heard[0]) and heard[0].made_by(owner)


def test_steady_typing_is_saved_before_it_stops(
    gateway: ObservedJournal, owner: QWidget, qtbot: QtBot, data_dir: Path
) -> None:
    """Keys come faster than the pause, so only the cap can save while typing goes on."""
    field = Field()
    saver = _saver(gateway, owner, field)
    saved_while_typing: list[str] = []
    saver.saved.connect(lambda _change: saved_while_typing.append(field.text))
    for count in range(40):
        field.text = "word " * count
        saver.touch("part")
        qtbot.wait(FAST.delay_ms // 3)
        if len(saved_while_typing) >= 2:
            break
    assert len(saved_while_typing) >= 2, "steady typing was never saved while it went on"
    assert saver.pending or _on_disk(data_dir) == field.text
    assert saver.flush()
    assert _on_disk(data_dir) == field.text


def test_a_failed_save_keeps_the_edit_says_so_and_retries(
    gateway: ObservedJournal, owner: QWidget, qtbot: QtBot, journal: Journal,
    monkeypatch: pytest.MonkeyPatch, data_dir: Path,
) -> None:
    field = Field()
    saver = _saver(gateway, owner, field)
    real = journal.statements.save_draft
    calls: list[int] = []

    def full_disk_once(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise StorageUnavailable("The journal could not be saved: the disk is full.")
        return real(*args)

    monkeypatch.setattr(journal.statements, "save_draft", full_disk_once)
    problems: list[str] = []
    gateway.problem.connect(problems.append)
    states: list[str] = []
    saver.state_changed.connect(states.append)
    field.text = "Do not lose this"
    saver.touch("part")
    with qtbot.waitSignal(saver.failed, timeout=3000):
        pass
    assert saver.pending
    assert problems == ["The journal could not be saved: the disk is full."]
    with qtbot.waitSignal(saver.saved, timeout=3000):  # nobody typed again: the retry saved it
        pass
    assert "error" in states and states[-1] == "saved"
    assert _on_disk(data_dir) == "Do not lose this"


def test_flush_all_reaches_every_saver_and_reports_a_failure(
    gateway: ObservedJournal, owner: QWidget, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = Field(), Field()
    one = _saver(gateway, owner, first)
    other = Saver(gateway, owner)
    other.watch("position", Area.STAGE, lambda j: second.text)
    first.text = "flushed"
    one.touch("part")
    other.touch("position")
    assert gateway.flush_all()
    assert not one.pending and not other.pending
    assert journal.statements.draft().text == "flushed"

    def refuse(*_args: Any) -> None:
        raise StorageUnavailable("The journal could not be saved: the disk is full.")

    monkeypatch.setattr(journal.statements, "save_draft", refuse)
    first.text = "pending"
    one.touch("part")
    assert not gateway.flush_all()
    assert one.pending


def test_a_deleted_saver_is_no_longer_flushed(journal: Journal, qtbot: QtBot) -> None:
    gateway = ObservedJournal(journal, save_timing=SaveTiming(delay_ms=60_000, max_wait_ms=60_000))
    written: list[str] = []
    widget = QWidget()
    saver = Saver(gateway, widget)
    saver.watch("part", Area.STATEMENT, lambda _j: written.append("late"))
    saver.touch("part")
    saver.forget()
    saver.touch("part")  # pending when its page goes away
    del saver
    widget.deleteLater()
    qtbot.wait(10)
    del widget
    gc.collect()
    assert gateway.flush_all()
    assert written == []


def test_fields_are_written_in_one_commit_in_the_order_watched(
    gateway: ObservedJournal, owner: QWidget, data_dir: Path
) -> None:
    order: list[str] = []
    saver = Saver(gateway, owner)
    saver.watch("a", Area.STATEMENT, lambda j: order.append("a"))
    saver.watch("b", Area.STATEMENT, lambda j: order.append("b"))
    saver.touch("b")
    saver.touch("a")
    assert saver.flush()
    assert order == ["a", "b"]

    def second_fails(j: Journal) -> None:
        raise StorageUnavailable("The journal could not be saved: the disk is full.")

    field = Field()
    saver.watch("c", Area.STATEMENT, field.save)
    saver.watch("d", Area.STATEMENT, second_fails)
    field.text = "never half saved"
    saver.touch("c")
    saver.touch("d")
    assert not saver.flush()
    assert _on_disk(data_dir) == ""
    saver.forget()
    assert not saver.pending


def test_touching_a_field_that_is_not_watched_is_a_mistake(gateway: ObservedJournal, owner: QWidget) -> None:
    with pytest.raises(KeyError):
        Saver(gateway, owner).touch("nothing")


def test_an_edit_made_while_a_save_is_announced_is_written_too(
    gateway: ObservedJournal, owner: QWidget, data_dir: Path
) -> None:
    """A listener of the change (here standing in for anything that runs the event loop while
    the save is announced) lets the person type again: those words must not be dropped."""
    field = Field()
    saver = _saver(gateway, owner, field)
    typed_during: list[str] = []

    def type_again(_change: Change) -> None:
        if not typed_during:
            typed_during.append("ab")
            field.text = "ab"
            saver.touch("part")
            assert saver.flush()  # a flush from inside leaves the work to the save under way

    gateway.changes.connect(type_again)
    field.text = "a"
    saver.touch("part")
    assert saver.flush()
    assert not saver.pending
    assert _on_disk(data_dir) == "ab"
