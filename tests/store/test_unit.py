"""How store faults are worded, and what `one_operation` / `Journal.operation()` promise: several
store calls commit once, a failure anywhere in them leaves the file as it was."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import event

from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import MoodCheck
from app.store.errors import NotFound, Rejected, StorageUnavailable, StoreError
from app.store.journal import Journal
from app.store.unit import describe


@pytest.mark.parametrize(
    ("driver", "said"),
    [
        ("database or disk is full", "the disk is full"),
        ("disk I/O error", "the disk refused the write"),
        ("attempt to write a readonly database", "read-only"),
        ("database is locked", "another program"),
        ("no such table: entries", "no such table: entries"),
    ],
)
def test_faults_are_put_plainly(driver: str, said: str) -> None:
    assert said in describe(sqlite3.OperationalError(driver))


def test_an_empty_message_names_the_error() -> None:
    assert describe(sqlite3.OperationalError("")) == "OperationalError"


# -- one operation: several store calls, one commit ------------------------------------------

NOW = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


class Stop(Exception):
    """A failure of the caller's own, told apart from any the store might raise."""


def _draft(body: str = "a line") -> EntryDraft:
    return EntryDraft(uuid=str(uuid4()), kind=EntryKind.FREE, body=body)


def _mood(mood: int = 3) -> MoodCheck:
    return MoodCheck(uuid=str(uuid4()), at=NOW, mood=mood, note="tired")


def _in_file(path: Path) -> tuple[int, int, int]:
    """Entries, mood checks and stage positions as a fresh connection reads them from the file."""
    with closing(sqlite3.connect(path)) as connection:
        return (
            connection.execute("SELECT count(*) FROM entries").fetchone()[0],
            connection.execute("SELECT count(*) FROM mood_checks").fetchone()[0],
            connection.execute("SELECT count(*) FROM stage_positions").fetchone()[0],
        )


@pytest.fixture
def commits(journal: Journal) -> Iterator[list[None]]:
    """One item per transaction the journal commits on its connections."""
    counted: list[None] = []

    def count(_connection: object) -> None:
        counted.append(None)

    event.listen(journal._engine, "commit", count)
    yield counted
    event.remove(journal._engine, "commit", count)


def test_store_calls_inside_an_operation_commit_once_at_its_end(
    journal: Journal, commits: list[None]
) -> None:
    with journal.operation():
        entry = journal.save_entry(_draft())
        journal.feelings.save_mood_check(_mood())
        journal.set_stage_position(Stage.OWNERSHIP, "facts")
        assert journal.get_entry(entry.uuid).body == "a line"  # the operation reads its own writes
        assert journal.count_entries() == 1
        assert _in_file(journal.path) == (0, 0, 0)  # nothing in the file yet
        assert commits == []
    assert len(commits) == 1
    assert _in_file(journal.path) == (1, 1, 1)


def test_outside_an_operation_each_call_commits_on_its_own(journal: Journal, commits: list[None]) -> None:
    journal.save_entry(_draft())
    assert _in_file(journal.path) == (1, 0, 0)
    journal.feelings.save_mood_check(_mood())
    assert _in_file(journal.path) == (1, 1, 0)
    assert len(commits) == 2
    with pytest.raises(Rejected):
        journal.feelings.save_mood_check(_mood(7))  # refused: only this call is undone
    assert _in_file(journal.path) == (1, 1, 0)
    journal.set_stage_position(Stage.OWNERSHIP, "facts")
    assert _in_file(journal.path) == (1, 1, 1)


@pytest.mark.parametrize(
    "error",
    [
        Rejected("refused"),
        NotFound("No mood check 1"),
        StorageUnavailable("The journal could not be saved: the disk is full."),
    ],
    ids=["rejected", "not-found", "storage-unavailable"],
)
def test_a_failure_in_the_middle_rolls_back_every_call(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, error: StoreError
) -> None:
    real = journal.feelings.save_mood_check

    def writes_then_fails(check: MoodCheck) -> MoodCheck:
        real(check)  # its own write happens, and must go too
        raise error

    monkeypatch.setattr(journal.feelings, "save_mood_check", writes_then_fails)
    reached_third: list[bool] = []
    with pytest.raises(type(error)) as raised, journal.operation():
        journal.save_entry(_draft())
        journal.feelings.save_mood_check(_mood())
        reached_third.append(True)
    assert raised.value is error
    assert reached_third == []
    assert _in_file(journal.path) == (0, 0, 0)
    assert journal.count_entries() == 0 and journal.feelings.mood_checks() == []  # not in a session either
    journal.save_entry(_draft())  # and the journal goes on working
    assert _in_file(journal.path) == (1, 0, 0)


def test_a_value_the_file_refuses_rolls_back_the_calls_before_it(journal: Journal) -> None:
    with pytest.raises(Rejected, match="refused a value"), journal.operation():
        journal.save_entry(_draft())
        journal.set_stage_position(Stage.OWNERSHIP, "facts")
        journal.feelings.save_mood_check(_mood(7))  # fails at this call, not at the commit
    assert _in_file(journal.path) == (0, 0, 0)


def test_a_refusal_caught_inside_an_operation_still_fails_it_whole(journal: Journal) -> None:
    """Once the file has refused a write, the operation can't commit: it fails with the store's
    error (not SQLAlchemy's), whether the caller went on or stopped, and nothing is kept."""
    with pytest.raises(Rejected, match="refused a value"), journal.operation():
        journal.save_entry(_draft())
        with contextlib.suppress(Rejected):
            journal.feelings.save_mood_check(_mood(7))
    assert _in_file(journal.path) == (0, 0, 0)

    with pytest.raises(Rejected, match="refused a value"), journal.operation():
        with contextlib.suppress(Rejected):
            journal.feelings.save_mood_check(_mood(7))
        journal.save_entry(_draft())  # the step after says the same, plainly
    assert _in_file(journal.path) == (0, 0, 0)
    journal.save_entry(_draft())
    assert _in_file(journal.path) == (1, 0, 0)


def test_a_not_found_caught_inside_an_operation_leaves_the_rest_to_commit(journal: Journal) -> None:
    with journal.operation():
        journal.save_entry(_draft())
        with contextlib.suppress(NotFound):
            journal.feelings.delete_mood_check(str(uuid4()))  # nothing written, nothing broken
        journal.feelings.save_mood_check(_mood())
    assert _in_file(journal.path) == (1, 1, 0)


def test_nested_operations_join_the_outermost(journal: Journal, commits: list[None]) -> None:
    with journal.operation():
        journal.save_entry(_draft())
        with journal.operation():
            journal.feelings.save_mood_check(_mood())
        assert _in_file(journal.path) == (0, 0, 0)  # the inner one did not commit
        journal.set_stage_position(Stage.OWNERSHIP, "facts")
    assert len(commits) == 1
    assert _in_file(journal.path) == (1, 1, 1)


def test_a_failure_after_a_nested_operation_rolls_it_back_too(journal: Journal) -> None:
    with pytest.raises(Stop), journal.operation():
        with journal.operation():
            journal.save_entry(_draft())
            journal.feelings.save_mood_check(_mood())
        raise Stop
    assert _in_file(journal.path) == (0, 0, 0)


def test_an_operation_on_another_journal_inside_keeps_both_whole(journal: Journal, tmp_path: Path) -> None:
    other = Journal.open(tmp_path / "other")
    try:
        with pytest.raises(Stop), journal.operation():
            journal.save_entry(_draft())
            with other.operation():
                other.save_entry(_draft())
                journal.feelings.save_mood_check(_mood())  # still the outer operation's
            assert _in_file(other.path) == (1, 0, 0)  # the other journal's own operation committed
            assert _in_file(journal.path) == (0, 0, 0)
            raise Stop
        assert _in_file(journal.path) == (0, 0, 0)
        assert _in_file(other.path) == (1, 0, 0)
    finally:
        other.close()


def test_a_reader_on_another_thread_sees_only_what_is_committed(journal: Journal) -> None:
    kept = journal.save_entry(_draft("already there"))
    seen: list[object] = []

    def read() -> None:
        try:
            seen.append(journal.count_entries())
            seen.append([entry.body for entry in journal.iter_entries()])
            journal.get_entry(pending.uuid)
        except NotFound as error:
            seen.append(error)

    with journal.operation():
        pending = journal.save_entry(_draft("not yet committed"))
        journal.save_entry(EntryDraft(uuid=kept.uuid, kind=EntryKind.FREE, body="changed, not committed"))
        reader = threading.Thread(target=read)
        reader.start()
        reader.join(timeout=60)
        assert not reader.is_alive()
        assert journal.count_entries() == 2  # this thread is still inside its operation
    assert seen[:2] == [1, ["already there"]]
    assert isinstance(seen[2], NotFound)
    assert journal.get_entry(pending.uuid).body == "not yet committed"
    assert journal.get_entry(kept.uuid).body == "changed, not committed"
