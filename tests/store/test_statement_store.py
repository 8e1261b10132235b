"""The ownership statement's storage on real files: the draft, versions, the one final version."""

from __future__ import annotations

import sqlite3
import traceback
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.domain.workbench import StatementDraft, StatementParts, StatementVersion
from app.store.errors import NotFound, StorageUnavailable
from app.store.journal import Journal

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

PARTS = StatementParts(
    what_is_true="The March report went out late twice.",
    what_i_own="I did not say early enough that I was stuck.",
    what_i_commit_to="I will flag a risk the day I see it.",
    what_i_need="A weekly ten minutes to check priorities.",
)


def test_a_new_journal_has_an_empty_draft(journal: Journal) -> None:
    assert journal.statements.draft() == StatementDraft(parts=StatementParts(), text="", updated_at=None)
    assert journal.statements.versions() == []
    assert journal.statements.final() is None


def test_save_draft_keeps_parts_and_text_and_stamps_the_time(journal: Journal) -> None:
    before = datetime.now(UTC)
    saved = journal.statements.save_draft(PARTS, "My statement, edited freely.")
    assert saved.parts == PARTS
    assert saved.text == "My statement, edited freely."
    assert saved.updated_at is not None and saved.updated_at.tzinfo == UTC
    assert before <= saved.updated_at <= datetime.now(UTC)
    assert journal.statements.draft() == saved

    again = journal.statements.save_draft(replace(PARTS, what_i_need=""), "Shorter.")
    assert journal.statements.draft() == again
    assert again.parts.what_i_need == ""
    assert again.updated_at is not None and again.updated_at >= saved.updated_at


def test_the_draft_is_a_single_row(journal: Journal) -> None:
    for index in range(3):
        journal.statements.save_draft(PARTS, f"take {index}")
    with closing(sqlite3.connect(journal.path)) as conn:
        assert conn.execute("SELECT id, text FROM statement_draft").fetchall() == [(1, "take 2")]
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO statement_draft (id, what_is_true, what_i_own, what_i_commit_to, what_i_need,"
                " text, updated_at) VALUES (2, '', '', '', '', '', '2026-03-02 09:00:00.000000')"
            )


def test_versions_are_numbered_in_order_and_listed_newest_first(journal: Journal) -> None:
    first = journal.statements.save_version(PARTS, "one")
    second = journal.statements.save_version(replace(PARTS, what_i_own="More of it."), "two")
    third = journal.statements.save_version(PARTS, "three")

    assert [first.number, second.number, third.number] == [1, 2, 3]
    assert not any(v.is_final for v in (first, second, third))
    assert len({first.uuid, second.uuid, third.uuid}) == 3
    assert first.created_at.tzinfo == UTC
    assert journal.statements.versions() == [third, second, first]
    assert journal.statements.versions()[1].parts.what_i_own == "More of it."


def test_numbers_continue_after_the_highest_even_when_one_was_deleted(journal: Journal) -> None:
    journal.statements.save_version(PARTS, "one")
    two = journal.statements.save_version(PARTS, "two")
    journal.statements.delete_version(two.uuid)
    assert journal.statements.save_version(PARTS, "again").number == 2
    journal.statements.save_version(PARTS, "three")
    assert [v.number for v in journal.statements.versions()] == [3, 2, 1]


def test_restore_version_copies_it_into_the_draft_and_leaves_versions_alone(journal: Journal) -> None:
    old_parts = replace(PARTS, what_i_commit_to="An older promise.")
    old = journal.statements.save_version(old_parts, "the old text")
    journal.statements.save_version(PARTS, "the newer text")
    journal.statements.save_draft(PARTS, "work in progress")

    restored = journal.statements.restore_version(old.uuid)

    assert (restored.parts, restored.text) == (old_parts, "the old text")
    assert restored.updated_at is not None
    assert journal.statements.draft() == restored
    assert len(journal.statements.versions()) == 2


def test_the_caller_s_clock_stamps_the_draft_the_version_and_a_restore(journal: Journal) -> None:
    draft = journal.statements.save_draft(PARTS, "stamped", at=T0)
    assert draft.updated_at == T0 and journal.statements.draft().updated_at == T0
    version = journal.statements.save_version(PARTS, "kept", at=T0 + timedelta(hours=1))
    assert version.created_at == T0 + timedelta(hours=1)
    assert journal.statements.versions()[0].created_at == T0 + timedelta(hours=1)
    restored = journal.statements.restore_version(version.uuid, at=T0 + timedelta(days=1))
    assert restored.updated_at == T0 + timedelta(days=1)
    assert journal.statements.draft() == restored


def test_statement_calls_in_one_operation_land_together_or_not_at_all(journal: Journal) -> None:
    kept = journal.statements.save_draft(PARTS, "before")
    with pytest.raises(StorageUnavailable), journal.operation():
        journal.statements.save_draft(PARTS, "half of a change")
        journal.statements.save_version(PARTS, "half of a change")
        raise StorageUnavailable("The journal could not be saved: the disk is full.")
    assert journal.statements.draft() == kept
    assert journal.statements.versions() == []

    with journal.operation():
        journal.statements.save_draft(PARTS, "whole")
        journal.statements.save_version(PARTS, "whole")
    assert journal.statements.draft().text == "whole"
    assert [v.text for v in journal.statements.versions()] == ["whole"]


def test_restore_unknown_version_is_not_found_and_keeps_the_draft(journal: Journal) -> None:
    kept = journal.statements.save_draft(PARTS, "keep me")
    with pytest.raises(NotFound):
        journal.statements.restore_version("missing")
    assert journal.statements.draft() == kept


def test_mark_final_keeps_exactly_one_final(journal: Journal) -> None:
    one = journal.statements.save_version(PARTS, "one")
    two = journal.statements.save_version(PARTS, "two")

    journal.statements.mark_final(one.uuid)
    assert journal.statements.final() == replace(one, is_final=True)

    journal.statements.mark_final(two.uuid)
    assert journal.statements.final() == replace(two, is_final=True)
    assert [v.is_final for v in journal.statements.versions()] == [True, False]

    journal.statements.mark_final(two.uuid)  # marking the final again changes nothing
    assert [v.is_final for v in journal.statements.versions()] == [True, False]

    journal.statements.mark_final(None)
    assert journal.statements.final() is None
    assert not any(v.is_final for v in journal.statements.versions())


def test_mark_final_of_an_unknown_version_changes_nothing(journal: Journal) -> None:
    one = journal.statements.save_version(PARTS, "one")
    journal.statements.mark_final(one.uuid)
    with pytest.raises(NotFound):
        journal.statements.mark_final("missing")
    assert journal.statements.final() == replace(one, is_final=True)


def test_the_file_itself_refuses_a_second_final(journal: Journal) -> None:
    one = journal.statements.save_version(PARTS, "one")
    journal.statements.save_version(PARTS, "two")
    journal.statements.mark_final(one.uuid)
    with closing(sqlite3.connect(journal.path)) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE statement_versions SET is_final = 1")


def test_delete_and_put_back_restores_the_version_exactly(journal: Journal) -> None:
    one = journal.statements.save_version(PARTS, "one")
    two = journal.statements.save_version(PARTS, "two")
    journal.statements.mark_final(one.uuid)
    kept = journal.statements.final()
    assert kept is not None

    journal.statements.delete_version(one.uuid)
    assert journal.statements.versions() == [two]
    assert journal.statements.final() is None

    journal.statements.put_version(kept)
    assert journal.statements.versions() == [two, kept]
    assert journal.statements.final() == kept


def test_put_version_of_a_final_takes_over_from_the_current_final(journal: Journal) -> None:
    one = journal.statements.save_version(PARTS, "one")
    journal.statements.mark_final(one.uuid)
    imported = StatementVersion(
        uuid="from-elsewhere", number=7, parts=PARTS, text="kept as is", is_final=True,
        created_at=T0 - timedelta(days=3),
    )
    journal.statements.put_version(imported)
    assert journal.statements.final() == imported
    assert journal.statements.versions() == [imported, one]  # `one` is no longer final


def test_put_version_twice_replaces_rather_than_duplicates(journal: Journal) -> None:
    version = StatementVersion(
        uuid="same", number=1, parts=PARTS, text="first", is_final=False, created_at=T0
    )
    journal.statements.put_version(version)
    journal.statements.put_version(replace(version, text="second"))
    assert journal.statements.versions() == [replace(version, text="second")]


def test_delete_unknown_version_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound):
        journal.statements.delete_version("missing")


def test_a_refused_write_is_storage_unavailable_without_the_persons_words(journal: Journal) -> None:
    journal.statements.save_draft(PARTS, "before")
    journal._engine.dispose()

    def read_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")

    event.listen(journal._engine, "connect", read_only)
    try:
        with pytest.raises(StorageUnavailable) as caught:
            journal.statements.save_draft(PARTS, "a very private sentence")
        assert "private" not in str(caught.value)
        with pytest.raises(StorageUnavailable):
            journal.statements.save_version(PARTS, "a very private sentence")
    finally:
        event.remove(journal._engine, "connect", read_only)
        journal._engine.dispose()
    assert journal.statements.draft().text == "before"
    assert journal.statements.versions() == []


def test_everything_survives_closing_and_reopening(journal_dir: Path) -> None:
    first = Journal.open(journal_dir)
    draft = first.statements.save_draft(PARTS, "text ✓")
    version = first.statements.save_version(PARTS, "text ✓")
    first.statements.mark_final(version.uuid)
    first.close()

    second = Journal.open(journal_dir)
    try:
        assert second.statements.draft() == draft
        assert second.statements.final() == replace(version, is_final=True)
    finally:
        second.close()


def test_a_failure_never_carries_the_persons_words_into_a_traceback(journal: Journal) -> None:
    journal._engine.dispose()

    def read_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")

    event.listen(journal._engine, "connect", read_only)
    try:
        secret = "conf" + "idential"  # built, so the test's own source line can't show it
        with pytest.raises(StorageUnavailable) as caught:
            journal.statements.save_draft(PARTS, secret)
    finally:
        event.remove(journal._engine, "connect", read_only)
        journal._engine.dispose()
    printed = "".join(traceback.format_exception(caught.value))
    assert "readonly" in printed
    assert secret not in printed


# -- when it is said ---------------------------------------------------------------------------


def test_the_day_to_say_it_and_the_day_it_was_said_are_kept_apart_from_the_words(journal_dir: Path) -> None:
    first = Journal.open(journal_dir)
    try:
        assert first.statements.said_on() is None
        first.statements.save_draft(PARTS, "Said aloud")
        planned = first.statements.set_say_on(date(2026, 3, 5))
        assert (planned.say_on, planned.text) == (date(2026, 3, 5), "Said aloud")
        first.statements.mark_said(date(2026, 3, 5), at=T0)
        first.statements.save_draft(PARTS, "Changed after")  # the words move on; the days stay
    finally:
        first.close()
    second = Journal.open(journal_dir)
    try:
        assert second.statements.draft().say_on == date(2026, 3, 5)
        assert second.statements.said_on() == date(2026, 3, 5)
        second.statements.mark_said(date(2026, 3, 6))
        assert second.statements.said_on() == date(2026, 3, 6)
        second.statements.mark_said(None)
        assert second.statements.said_on() is None
        second.statements.mark_said(None)  # clearing twice is fine
        assert second.statements.said_on() is None
    finally:
        second.close()


def test_the_said_day_is_part_of_the_draft_and_leaves_its_words(journal: Journal) -> None:
    journal.statements.save_draft(PARTS, "My words.")
    journal.statements.mark_said(date(2026, 3, 5))
    draft = journal.statements.draft()
    assert draft.said_on == date(2026, 3, 5)
    assert (draft.parts, draft.text) == (PARTS, "My words.")


def test_marking_it_said_in_a_failed_operation_changes_nothing(journal: Journal) -> None:
    journal.statements.set_say_on(date(2026, 3, 5))
    with pytest.raises(StorageUnavailable), journal.operation():
        journal.statements.mark_said(date(2026, 3, 5))
        journal.statements.set_say_on(None)
        raise StorageUnavailable("The journal could not be saved: the disk is full.")
    assert journal.statements.said_on() is None
    assert journal.statements.draft().say_on == date(2026, 3, 5)
