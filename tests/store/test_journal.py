"""The Journal service against real SQLite files: every public method, the pragmas, FTS and failures."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
import uuid as uuidlib
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event
from sqlalchemy.exc import StatementError

from app.domain.records import Entry, EntryDraft, EntryKind, EntrySummary
from app.domain.stages import Stage
from app.paths import database_path
from app.store.engine import BUSY_TIMEOUT_MS, CACHE_KIB
from app.store.errors import JournalDamaged, NotFound, Rejected, StorageUnavailable
from app.store.journal import Journal
from app.store.models import UTCDateTime
from app.store.summaries import PREVIEW_CHARS
from tests.extreme_journal import build_extreme_journal, local_zone

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def draft(
    uuid: str | None = None,
    body: str = "Some words.",
    kind: EntryKind = EntryKind.FREE,
    **fields: Any,
) -> EntryDraft:
    return EntryDraft(uuid=uuid or new_uuid(), kind=kind, body=body, **fields)


def reflection(
    stage: Stage, prompt_key: str, body: str = "An answer.", uuid: str | None = None
) -> EntryDraft:
    return draft(uuid, body, EntryKind.REFLECTION, stage=stage, prompt_key=prompt_key)


def fts_rowids(path: Path, query: str) -> set[int]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?", (query,)).fetchall()
    return {row[0] for row in rows}


def integrity(path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall()


def all_summaries(journal: Journal, page: int) -> list[EntrySummary]:
    pages: list[EntrySummary] = []
    after: EntrySummary | None = None
    while True:
        rows = journal.list_entries(limit=page, after=after)
        assert len(rows) <= page
        if not rows:
            return pages
        pages.extend(rows)
        after = rows[-1]


# -- opening --------------------------------------------------------------------------------------


def test_open_creates_the_folder_and_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "er"
    journal = Journal.open(folder)
    try:
        assert journal.path == database_path(folder)
        assert journal.path.is_file()
        assert journal.count_entries() == 0
        assert journal.list_entries() == []
    finally:
        journal.close()


def test_open_in_an_unusable_folder_raises_storage_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageUnavailable):
        Journal.open(blocker / "journal")


def test_open_a_file_that_is_not_a_database_says_it_is_damaged_and_leaves_it(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    database_path(folder).write_bytes(b"this is not sqlite at all " * 100)
    before = database_path(folder).read_bytes()
    with pytest.raises(JournalDamaged) as raised:
        Journal.open(folder)
    assert raised.value.problems
    assert database_path(folder).read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["journal.sqlite3"]


# -- pragmas --------------------------------------------------------------------------------------


def test_every_connection_gets_the_safety_pragmas(journal: Journal) -> None:
    with journal._engine.connect() as first, journal._engine.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == CACHE_KIB
    assert BUSY_TIMEOUT_MS > 0 and CACHE_KIB <= -32_768


# -- save, get, delete, restore -------------------------------------------------------------------


def test_save_creates_an_entry_with_every_field(journal: Journal) -> None:
    saved = journal.save_entry(
        draft(
            body="# Title line\n\nBody.",
            kind=EntryKind.REFLECTION,
            stage=Stage.FEELINGS,
            prompt_key="underneath",
            title="A title",
            tags=("work",),
        ),
        when=T0,
    )
    assert saved.id > 0
    assert saved.kind is EntryKind.REFLECTION
    assert saved.stage is Stage.FEELINGS
    assert saved.prompt_key == "underneath"
    assert saved.title == "A title"
    assert saved.body == "# Title line\n\nBody."
    assert saved.tags == ("work",)
    assert saved.created_at == saved.updated_at == T0
    assert journal.get_entry(saved.uuid) == saved
    assert journal.count_entries() == 1


def test_save_without_when_stamps_now_in_utc(journal: Journal) -> None:
    before = datetime.now(UTC)
    saved = journal.save_entry(draft())
    after = datetime.now(UTC)
    assert saved.created_at.tzinfo is not None
    assert before - timedelta(seconds=1) <= saved.created_at <= after + timedelta(seconds=1)


def test_save_with_the_same_uuid_updates_in_place(journal: Journal) -> None:
    first = journal.save_entry(draft("same", "first body", title="one"), when=T0)
    later = T0 + timedelta(minutes=5)
    second = journal.save_entry(
        draft("same", "second body", EntryKind.EVENING, title="two"), when=later
    )
    assert second.id == first.id
    assert second.created_at == T0
    assert second.updated_at == later
    assert (second.body, second.title, second.kind) == ("second body", "two", EntryKind.EVENING)
    assert journal.count_entries() == 1
    assert journal.get_entry("same") == second


def test_update_without_when_keeps_created_at_and_moves_updated_at(journal: Journal) -> None:
    first = journal.save_entry(draft("u"), when=T0)
    second = journal.save_entry(draft("u", "changed"))
    assert second.created_at == first.created_at == T0
    assert second.updated_at > first.updated_at


def test_tags_are_cleaned_deduplicated_and_ordered(journal: Journal) -> None:
    saved = journal.save_entry(draft("t", tags=(" work ", "", "   ", "honesty", "work", "Work", "x" * 150)))
    expected = tuple(sorted({"work", "honesty", "Work", "x" * 100}))
    assert saved.tags == expected
    assert journal.get_entry("t").tags == expected


def test_tags_come_back_in_the_same_order_from_save_and_get(journal: Journal) -> None:
    saved = journal.save_entry(draft("t", tags=("zebra", "apple", "mango")))
    assert saved.tags == journal.get_entry("t").tags == ("apple", "mango", "zebra")


def test_updating_tags_replaces_them(journal: Journal) -> None:
    journal.save_entry(draft("t", tags=("a", "b", "c")))
    assert journal.save_entry(draft("t", tags=("c", "b", "a"))).tags == ("a", "b", "c")
    assert journal.save_entry(draft("t", tags=("b", "d"))).tags == ("b", "d")
    assert journal.get_entry("t").tags == ("b", "d")
    assert journal.save_entry(draft("t", tags=())).tags == ()
    assert journal.get_entry("t").tags == ()


def test_get_of_a_missing_entry_raises_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound):
        journal.get_entry("no-such-uuid")


def test_delete_and_restore_of_a_missing_entry_raise_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound):
        journal.delete_entry("no-such-uuid")
    with pytest.raises(NotFound):
        journal.restore_entry("no-such-uuid")


def test_delete_hides_the_entry_and_restore_brings_it_back(journal: Journal) -> None:
    kept = journal.save_entry(draft("kept"), when=T0)
    gone = journal.save_entry(draft("gone"), when=T0 + timedelta(hours=1))
    journal.delete_entry("gone")
    assert journal.count_entries() == 1
    assert [s.uuid for s in journal.list_entries()] == ["kept"]
    assert [e.uuid for e in journal.iter_entries()] == ["kept"]
    with pytest.raises(NotFound):
        journal.get_entry("gone")

    restored = journal.restore_entry("gone")
    assert restored == gone
    assert journal.get_entry("gone") == gone
    assert journal.count_entries() == 2
    assert [s.uuid for s in journal.list_entries()] == ["gone", "kept"]
    assert journal.get_entry("kept") == kept


def test_saving_a_deleted_entry_undeletes_it(journal: Journal) -> None:
    journal.save_entry(draft("d"), when=T0)
    journal.delete_entry("d")
    journal.save_entry(draft("d", "typed again"), when=T0 + timedelta(seconds=1))
    assert journal.get_entry("d").body == "typed again"
    assert journal.count_entries() == 1


def test_opening_keeps_deleted_entries_until_the_app_purges_them(journal_dir: Path) -> None:
    journal = Journal.open(journal_dir)
    journal.save_entry(draft("keep"), when=T0)
    journal.save_entry(draft("drop", "purge me please"), when=T0)
    dropped_id = journal.get_entry("drop").id
    journal.delete_entry("drop")
    journal.close()

    journal = Journal.open(journal_dir)  # as the command line does: nothing is removed
    try:
        assert journal.existing_uuids(["keep", "drop"]) == {"keep", "drop"}
        assert journal.count_entries() == 1
        journal.purge_deleted()  # as the app does at start-up, holding the folder's lock
        assert journal.count_entries() == 1
        with pytest.raises(NotFound):
            journal.restore_entry("drop")
        assert journal.existing_uuids(["keep", "drop"]) == {"keep"}
        assert fts_rowids(journal.path, "purge") == set()
        assert dropped_id not in fts_rowids(journal.path, "words")
    finally:
        journal.close()


def test_data_survives_closing_and_reopening(journal_dir: Path) -> None:
    journal = Journal.open(journal_dir)
    saved = journal.save_entry(draft("x", "persisted", tags=("t",)), when=T0)
    journal.set_stage_position(Stage.OWNERSHIP, "my-part")
    journal.close()
    journal = Journal.open(journal_dir)
    try:
        assert journal.get_entry("x") == saved
        assert journal.stage_position(Stage.OWNERSHIP) == "my-part"
    finally:
        journal.close()


# -- datetimes ------------------------------------------------------------------------------------


def test_naive_datetimes_are_rejected(journal: Journal) -> None:
    with pytest.raises(StatementError, match="naive"):
        journal.save_entry(draft("n"), when=datetime(2026, 1, 1, 12, 0))
    assert journal.count_entries() == 0


def test_utc_datetime_type_rejects_naive_and_normalises_aware() -> None:
    column_type = UTCDateTime()
    dialect: Any = None
    with pytest.raises(ValueError, match="naive"):
        column_type.process_bind_param(datetime(2026, 1, 1), dialect)
    plus_two = datetime(2026, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    assert column_type.process_bind_param(plus_two, dialect) == datetime(2026, 1, 1, 10, 0)
    assert column_type.process_bind_param(None, dialect) is None
    assert column_type.process_result_value(datetime(2026, 1, 1, 10, 0), dialect) == datetime(
        2026, 1, 1, 10, 0, tzinfo=UTC
    )
    assert column_type.process_result_value(None, dialect) is None


def test_datetimes_come_back_utc_aware(journal: Journal) -> None:
    plus_five = timezone(timedelta(hours=5, minutes=30))
    when = datetime(2026, 6, 1, 8, 15, 30, 123456, tzinfo=plus_five)
    saved = journal.save_entry(draft("tz"), when=when)
    for value in (
        saved.created_at,
        journal.get_entry("tz").created_at,
        journal.get_entry("tz").updated_at,
        journal.list_entries()[0].created_at,
        next(journal.iter_entries()).created_at,
    ):
        assert value == when
        assert value.utcoffset() == timedelta(0)
        assert value.tzinfo == UTC


# -- listing --------------------------------------------------------------------------------------


def test_list_entries_gives_newest_first_with_a_preview(journal: Journal) -> None:
    journal.save_entry(draft("old", "old body"), when=T0)
    journal.save_entry(draft("new", "n" * (PREVIEW_CHARS + 50), EntryKind.REFLECTION,
                             stage=Stage.CHECKINS, prompt_key="agreements", title="New"),
                       when=T0 + timedelta(days=1))
    rows = journal.list_entries()
    assert [r.uuid for r in rows] == ["new", "old"]
    assert rows[0].preview == "n" * PREVIEW_CHARS
    assert rows[0].stage is Stage.CHECKINS
    assert rows[0].kind is EntryKind.REFLECTION
    assert rows[0].title == "New"
    assert rows[1].preview == "old body"
    assert rows[1].stage is None


@pytest.mark.parametrize("page", [1, 2, 3, 7, 100])
def test_keyset_pages_concatenate_to_the_full_list_even_with_tied_times(journal: Journal, page: int) -> None:
    # Four distinct instants, several entries on each, saved in a shuffled order so ids and times disagree.
    instants = [T0 + timedelta(hours=h) for h in (3, 0, 2, 1)]
    for index in range(22):
        journal.save_entry(draft(f"e{index:02d}"), when=instants[index % len(instants)])
    journal.delete_entry("e05")
    journal.delete_entry("e10")

    listed = all_summaries(journal, page)
    everything = journal.list_entries(limit=1000)

    assert len(everything) == 20
    assert listed == everything
    assert len({s.uuid for s in listed}) == len(listed)
    assert {s.uuid for s in listed} == {f"e{i:02d}" for i in range(22)} - {"e05", "e10"}
    keys = [(s.created_at, s.id) for s in listed]
    assert keys == sorted(keys, reverse=True)


def test_a_page_after_the_last_row_is_empty(journal: Journal) -> None:
    journal.save_entry(draft(), when=T0)
    (only,) = journal.list_entries()
    assert journal.list_entries(after=only) == []


def test_iter_entries_yields_every_entry_in_created_order(journal: Journal) -> None:
    # Insert out of time order (ids disagree with created_at), across several batches.
    offsets = [5, 1, 9, 3, 3, 0, 7, 2, 8, 6, 4, 3]
    for index, hours in enumerate(offsets):
        journal.save_entry(draft(f"i{index:02d}"), when=T0 + timedelta(hours=hours))
    journal.delete_entry("i04")

    for batch in (1, 2, 5, 500):
        entries = list(journal.iter_entries(batch=batch))
        assert len(entries) == len(offsets) - 1
        assert len({e.uuid for e in entries}) == len(entries)
        keys = [(e.created_at, e.id) for e in entries]
        assert keys == sorted(keys), f"batch={batch}"


def test_existing_uuids_reports_only_known_ones(journal: Journal) -> None:
    uuids = [new_uuid() for _ in range(3)]
    for u in uuids:
        journal.save_entry(draft(u))
    asked = [*uuids, "unknown"] + [new_uuid() for _ in range(1200)]
    assert journal.existing_uuids(asked) == set(uuids)
    assert journal.existing_uuids([]) == set()


def test_add_entries_keeps_fields_and_skips_existing_uuids(journal: Journal) -> None:
    journal.save_entry(draft("already", "mine"), when=T0)
    incoming = [
        Entry(
            id=0,
            uuid="already",
            kind=EntryKind.IMPORTED,
            stage=None,
            prompt_key=None,
            title="",
            body="theirs",
            tags=(),
            created_at=T0,
            updated_at=T0,
        ),
        Entry(
            id=0,
            uuid="fresh",
            kind=EntryKind.REFLECTION,
            stage=Stage.EXPECTATIONS,
            prompt_key="how-measured",
            title="Imported title",
            body="imported body",
            tags=("b", " a ", "b"),
            created_at=datetime(2020, 5, 1, 10, 0, tzinfo=UTC),
            updated_at=datetime(2020, 5, 2, 11, 0, tzinfo=UTC),
        ),
    ]
    duplicate_in_batch = replace(incoming[1], body="second copy in the same batch")
    assert journal.add_entries([*incoming, duplicate_in_batch]) == 1
    assert journal.get_entry("already").body == "mine"
    fresh = journal.get_entry("fresh")
    assert fresh.body == "imported body"
    assert (fresh.kind, fresh.stage, fresh.prompt_key, fresh.title) == (
        EntryKind.REFLECTION,
        Stage.EXPECTATIONS,
        "how-measured",
        "Imported title",
    )
    assert fresh.tags == ("a", "b")
    assert fresh.created_at == datetime(2020, 5, 1, 10, 0, tzinfo=UTC)
    assert fresh.updated_at == datetime(2020, 5, 2, 11, 0, tzinfo=UTC)
    assert journal.add_entries(incoming) == 0
    assert journal.count_entries() == 2
    assert fts_rowids(journal.path, "imported") == {fresh.id}


def imported(uuid: str, body: str, when: datetime, tags: tuple[str, ...] = ()) -> Entry:
    return Entry(id=0, uuid=uuid, kind=EntryKind.IMPORTED, stage=None, prompt_key=None, title=f"Title {uuid}",
                 body=body, tags=tags, created_at=when, updated_at=when)


def stored_rows(path: Path) -> list[tuple[Any, ...]]:
    query = (
        "SELECT uuid, kind, stage, prompt_key, title, body, created_at, updated_at FROM entries ORDER BY uuid"
    )
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(query).fetchall()


def fts_index_matches_entries(path: Path) -> bool:
    with closing(sqlite3.connect(path)) as conn:
        try:
            conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError:
            return False
    return True


def test_bulk_insert_stores_what_saving_one_by_one_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows, datetimes as text, tags and the FTS index: the same as the ORM writes, across statements."""
    monkeypatch.setattr("app.store.bulk_import.ENTRIES_PER_INSERT", 3)  # several statements for ten entries
    bodies = [f"entry {n} about the weekly standup ✓ wörd{n}" for n in range(10)]
    bodies[4] = "nul \x00 inside, rtl \u200f mark, emoji 🧭 and a\nsecond line"
    moments = [T0 + timedelta(minutes=n, microseconds=n * 7) for n in range(10)]
    tags = [(f"t{n % 3}", " spaced ") if n % 2 else () for n in range(10)]
    entries = [imported(f"u{n}", bodies[n], moments[n], tags[n]) for n in range(10)]

    bulk = Journal.open(tmp_path / "bulk")
    single = Journal.open(tmp_path / "single")
    try:
        assert bulk.add_entries(entries) == 10
        for entry in entries:
            single.add_entries([entry])  # one at a time: one statement each, as before
        assert stored_rows(bulk.path) == stored_rows(single.path)
        assert [bulk.get_entry(f"u{n}").tags for n in range(10)] == [tuple(sorted(t.strip() for t in tags[n]))
                                                                     for n in range(10)]
        assert bulk.get_entry("u4").body == bodies[4]
        assert bulk.get_entry("u9").created_at == moments[9]
        for word in ("standup", "wörd7", "emoji", "second", "title", "u3"):
            assert fts_rowids(bulk.path, word) == fts_rowids(single.path, word), word
        assert len(fts_rowids(bulk.path, "standup")) == 9
        assert fts_index_matches_entries(bulk.path)
        # The triggers still own the index afterwards.
        bulk.save_entry(draft("u2", "rewritten completely", kind=EntryKind.IMPORTED))
        rewritten = bulk.get_entry("u2").id
        assert fts_rowids(bulk.path, "standup") == fts_rowids(single.path, "standup") - {rewritten}
        assert fts_index_matches_entries(bulk.path)
    finally:
        bulk.close()
        single.close()


def test_bulk_insert_into_a_journal_with_entries_keeps_the_index_exact(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.store.bulk_import.ENTRIES_PER_INSERT", 4)
    for n in range(5):
        journal.save_entry(draft(f"own{n}", f"my own standup note {n}"), when=T0)
    journal.delete_entry("own1")
    batch = [imported(f"in{n}", f"imported standup note {n}", T0 + timedelta(days=n)) for n in range(11)]
    assert journal.add_entries([*batch, imported("own2", "not mine", T0)]) == 11
    assert journal.count_entries() == 4 + 11
    assert len(fts_rowids(journal.path, "standup")) == 16  # the deleted entry stays indexed until purged
    assert fts_index_matches_entries(journal.path)
    assert [hit.uuid for hit in journal.search.search("imported note 7")] == ["in7"]


def test_a_failing_bulk_insert_leaves_nothing_behind(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused row in a later statement undoes the earlier ones too: one transaction."""
    monkeypatch.setattr("app.store.bulk_import.ENTRIES_PER_INSERT", 2)
    journal.save_entry(draft("mine", "kept"), when=T0)
    good = [imported(f"g{n}", "fine words", T0) for n in range(5)]
    bad = replace(imported("bad", "refused", T0), kind=_FakeKind("not-a-kind"))  # type: ignore[arg-type]
    with pytest.raises(Rejected):
        journal.add_entries([*good, bad])
    assert journal.count_entries() == 1
    assert fts_rowids(journal.path, "fine") == set()
    assert fts_index_matches_entries(journal.path)
    assert journal.add_entries(good) == 5


class _FakeKind:
    """Stands in for an EntryKind the schema's CHECK constraint refuses."""

    def __init__(self, value: str) -> None:
        self.value = value


# -- the guided flow ------------------------------------------------------------------------------


def test_stage_answers_returns_the_newest_answer_per_prompt(journal: Journal) -> None:
    hour = timedelta(hours=1)
    journal.save_entry(reflection(Stage.OWNERSHIP, "my-part", "first try", "a1"), when=T0)
    journal.save_entry(reflection(Stage.OWNERSHIP, "commitment", "commit", "b1"), when=T0 + hour)
    journal.save_entry(reflection(Stage.OWNERSHIP, "my-part", "second try", "a2"), when=T0 + 2 * hour)
    journal.save_entry(reflection(Stage.FEELINGS, "underneath", "other stage"), when=T0)
    journal.save_entry(draft(body="not a reflection", kind=EntryKind.EVENING, stage=Stage.OWNERSHIP,
                             prompt_key="my-part"), when=T0 + 3 * hour)

    answers = {e.prompt_key: e.body for e in journal.stage_answers(Stage.OWNERSHIP)}
    assert answers == {"my-part": "second try", "commitment": "commit"}
    assert [e.body for e in journal.stage_answers(Stage.FEELINGS)] == ["other stage"]
    assert journal.stage_answers(Stage.CHECKINS) == []

    journal.delete_entry("a2")
    answers = {e.prompt_key: e.body for e in journal.stage_answers(Stage.OWNERSHIP)}
    assert answers == {"my-part": "first try", "commitment": "commit"}


def test_answered_prompts_lists_keys_per_stage(journal: Journal) -> None:
    assert journal.answered_prompts() == {stage: set() for stage in Stage}
    journal.save_entry(reflection(Stage.OWNERSHIP, "did-not-know"))
    journal.save_entry(reflection(Stage.OWNERSHIP, "did-not-know"))
    journal.save_entry(reflection(Stage.OWNERSHIP, "skills-to-build"))
    journal.save_entry(reflection(Stage.CHECKINS, "agreements"))
    journal.save_entry(reflection(Stage.CHECKINS, "deleted", uuid="gone"))
    journal.save_entry(draft(kind=EntryKind.EVENING, prompt_key="small-win"))
    journal.delete_entry("gone")

    answered = journal.answered_prompts()
    assert set(answered) == set(Stage)
    assert answered[Stage.OWNERSHIP] == {"did-not-know", "skills-to-build"}
    assert answered[Stage.CHECKINS] == {"agreements"}
    assert answered[Stage.FEELINGS] == set()
    assert answered[Stage.EXPECTATIONS] == set()


def test_an_entry_for_a_linked_prompt_does_not_count_its_tool_does(journal: Journal) -> None:
    journal.save_entry(reflection(Stage.OWNERSHIP, "my-part"))  # e.g. from an old export
    assert journal.answered_prompts()[Stage.OWNERSHIP] == set()


def test_answered_prompts_ignores_blank_answers(journal: Journal) -> None:
    journal.save_entry(reflection(Stage.FEELINGS, "underneath", ""))
    journal.save_entry(reflection(Stage.FEELINGS, "where-it-shows", " \n\t "))
    journal.save_entry(reflection(Stage.FEELINGS, "name-the-feelings", "angry"))
    assert journal.answered_prompts()[Stage.FEELINGS] == {"name-the-feelings"}


def test_stage_position_is_remembered_per_stage(journal: Journal) -> None:
    assert journal.stage_position(Stage.FEELINGS) is None
    assert journal.last_stage() is None
    journal.set_stage_position(Stage.FEELINGS, "underneath")
    journal.set_stage_position(Stage.OWNERSHIP, "my-part")
    assert journal.stage_position(Stage.FEELINGS) == "underneath"
    assert journal.stage_position(Stage.OWNERSHIP) == "my-part"
    assert journal.stage_position(Stage.CHECKINS) is None
    assert journal.last_stage() is Stage.OWNERSHIP

    journal.set_stage_position(Stage.FEELINGS, "what-to-forgive")
    assert journal.stage_position(Stage.FEELINGS) == "what-to-forgive"
    assert journal.last_stage() is Stage.FEELINGS


def test_last_stage_also_follows_answers(journal: Journal) -> None:
    journal.save_entry(reflection(Stage.EXPECTATIONS, "how-measured"), when=T0)
    assert journal.last_stage() is Stage.EXPECTATIONS

    journal.set_stage_position(Stage.OWNERSHIP, "my-part")  # now, later than T0
    assert journal.last_stage() is Stage.OWNERSHIP

    journal.save_entry(reflection(Stage.CHECKINS, "agreements"), when=datetime.now(UTC) + timedelta(hours=1))
    assert journal.last_stage() is Stage.CHECKINS

    journal.save_entry(draft(kind=EntryKind.EVENING), when=datetime.now(UTC) + timedelta(hours=2))
    assert journal.last_stage() is Stage.CHECKINS


# -- days -----------------------------------------------------------------------------------------


def test_entry_for_day_uses_the_local_calendar_day_west_of_utc(
    journal: Journal, local_timezone: Callable[[str], None]
) -> None:
    local_timezone("PST+8")  # UTC-8, no daylight saving
    # 06:00 UTC on the 15th is 22:00 on the 14th in UTC-8.
    evening = journal.save_entry(draft(kind=EntryKind.EVENING), when=datetime(2026, 1, 15, 6, 0, tzinfo=UTC))
    assert journal.entry_for_day(EntryKind.EVENING, date(2026, 1, 14)) == evening
    assert journal.entry_for_day(EntryKind.EVENING, date(2026, 1, 15)) is None
    assert journal.entry_for_day(EntryKind.FREE, date(2026, 1, 14)) is None


def test_entry_for_day_uses_the_local_calendar_day_east_of_utc(
    journal: Journal, local_timezone: Callable[[str], None]
) -> None:
    local_timezone("JST-9")  # UTC+9
    # 20:00 UTC on the 14th is 05:00 on the 15th in UTC+9.
    evening = journal.save_entry(draft(kind=EntryKind.EVENING), when=datetime(2026, 1, 14, 20, 0, tzinfo=UTC))
    assert journal.entry_for_day(EntryKind.EVENING, date(2026, 1, 15)) == evening
    assert journal.entry_for_day(EntryKind.EVENING, date(2026, 1, 14)) is None
    # The local day's last instant belongs to it; the next day's first instant does not.
    last_instant = datetime(2026, 1, 15, 14, 59, 59, 999999, tzinfo=UTC)  # 23:59:59.999999 local
    journal.save_entry(draft("late", kind=EntryKind.FREE), when=last_instant)
    journal.save_entry(draft("next", kind=EntryKind.FREE), when=last_instant + timedelta(microseconds=1))
    found = journal.entry_for_day(EntryKind.FREE, date(2026, 1, 15))
    assert found is not None and found.uuid == "late"
    found = journal.entry_for_day(EntryKind.FREE, date(2026, 1, 16))
    assert found is not None and found.uuid == "next"


def test_entry_for_day_prefers_the_newest_and_skips_deleted(
    journal: Journal, local_timezone: Callable[[str], None]
) -> None:
    local_timezone("UTC0")
    journal.save_entry(draft("morning", kind=EntryKind.EVENING), when=datetime(2026, 2, 1, 8, 0, tzinfo=UTC))
    journal.save_entry(draft("night", kind=EntryKind.EVENING), when=datetime(2026, 2, 1, 21, 0, tzinfo=UTC))
    found = journal.entry_for_day(EntryKind.EVENING, date(2026, 2, 1))
    assert found is not None and found.uuid == "night"
    journal.delete_entry("night")
    found = journal.entry_for_day(EntryKind.EVENING, date(2026, 2, 1))
    assert found is not None and found.uuid == "morning"


def test_entry_for_day_across_a_daylight_saving_change(
    journal: Journal, local_timezone: Callable[[str], None]
) -> None:
    local_timezone("EST+5EDT,M3.2.0,M11.1.0")  # US Eastern rules
    # 2026-03-08 is 23 hours long locally; 23:30 local (EDT, UTC-4) is 03:30 UTC the next day.
    late = journal.save_entry(draft(kind=EntryKind.EVENING), when=datetime(2026, 3, 9, 3, 30, tzinfo=UTC))
    assert journal.entry_for_day(EntryKind.EVENING, date(2026, 3, 8)) == late
    assert journal.entry_for_day(EntryKind.EVENING, date(2026, 3, 9)) is None


def test_writing_days_are_local_calendar_days(
    journal: Journal, local_timezone: Callable[[str], None]
) -> None:
    local_timezone("PST+8")
    stamps = [
        datetime(2026, 1, 10, 12, 0, tzinfo=UTC),  # 10th local
        datetime(2026, 1, 11, 7, 0, tzinfo=UTC),  # 23:00 on the 10th local
        datetime(2026, 1, 11, 9, 0, tzinfo=UTC),  # 01:00 on the 11th local
        datetime(2026, 1, 13, 20, 0, tzinfo=UTC),  # 13th local
        datetime(2026, 1, 2, 20, 0, tzinfo=UTC),  # before `since`
    ]
    for index, when in enumerate(stamps):
        journal.save_entry(draft(f"w{index}"), when=when)
    journal.save_entry(draft("deleted"), when=datetime(2026, 1, 12, 20, 0, tzinfo=UTC))
    journal.delete_entry("deleted")
    expected = {date(2026, 1, 10), date(2026, 1, 11), date(2026, 1, 13)}
    assert journal.writing_days(date(2026, 1, 10)) == expected
    assert journal.writing_days(date(2026, 1, 12)) == {date(2026, 1, 13)}
    assert journal.writing_days(date(2026, 2, 1)) == set()


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York"])
def test_writing_days_reach_the_ends_of_the_calendar(tmp_path: Path, zone: str) -> None:
    """Year 1 west of Greenwich and the end of 9999 east of it have no local day: their UTC day
    counts (it raised OverflowError, and the Today page's streak with it)."""
    build_extreme_journal(tmp_path / "journal")
    journal = Journal.open(tmp_path / "journal")
    try:
        with local_zone(zone):
            assert journal.writing_days(date.min) == {date.min, date(2026, 3, 2), date.max}
            assert journal.writing_days(date.max) == {date.max}
    finally:
        journal.close()


# -- full-text index ------------------------------------------------------------------------------


def test_fts_index_follows_inserts_updates_and_deletes(journal_dir: Path) -> None:
    journal = Journal.open(journal_dir)
    path = journal.path
    saved = journal.save_entry(draft("f", "the quarterly roadmap slipped", title="Planning"))
    assert fts_rowids(path, "roadmap") == {saved.id}
    assert fts_rowids(path, "planning") == {saved.id}
    assert fts_rowids(path, "title:planning") == {saved.id}

    journal.save_entry(draft("f", "the launch went fine", title="Launch"))
    assert fts_rowids(path, "roadmap") == set()
    assert fts_rowids(path, "planning") == set()
    assert fts_rowids(path, "launch") == {saved.id}

    other = journal.save_entry(draft("g", "another launch note"))
    assert fts_rowids(path, "launch") == {saved.id, other.id}

    journal.delete_entry("f")  # soft delete: the row stays until the next open
    journal.close()
    journal = Journal.open(journal_dir)
    journal.purge_deleted()  # a real DELETE that the trigger follows
    try:
        assert fts_rowids(path, "launch") == {other.id}
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')")
    finally:
        journal.close()


def test_fts_folds_diacritics(journal: Journal) -> None:
    saved = journal.save_entry(draft(body="Un café très naïve"))
    assert fts_rowids(journal.path, "cafe") == {saved.id}
    assert fts_rowids(journal.path, "naive") == {saved.id}


# -- content fidelity -----------------------------------------------------------------------------

TRICKY = (
    "NUL:\x00 RTL:\u200fשלום\u200e LRO:\u202dabc\u202c emoji:🧭👩🏽‍💻🏳️‍🌈 "
    "combining: e\u0301\u0308 Zalgo: Z\u0351\u0322a\u0334 CRLF:\r\n lone CR:\r tab:\t BOM:\ufeff end"
)


def test_tricky_unicode_round_trips(journal: Journal) -> None:
    saved = journal.save_entry(draft("u", TRICKY, title=TRICKY, tags=("🙂", "évening")))
    again = journal.get_entry("u")
    assert again.body == TRICKY
    assert again.title == TRICKY
    assert again == saved
    assert set(again.tags) == {"🙂", "évening"}


def test_a_one_megabyte_body_saves_and_reloads(journal: Journal) -> None:
    unit = "Zoë wrote 🧭 and שלום\u200f with e\u0301.\n"
    body = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    assert len(body) == 1_000_000
    saved = journal.save_entry(draft("big", body))
    assert journal.get_entry("big").body == body
    assert saved.body == body
    (summary,) = journal.list_entries()
    assert summary.preview == body[:PREVIEW_CHARS]


@pytest.fixture(scope="module")
def shared_journal() -> Iterator[Journal]:
    with tempfile.TemporaryDirectory(prefix="trustbridge-hypothesis-") as folder:
        opened = Journal.open(Path(folder))
        try:
            yield opened
        finally:
            opened.close()


@settings(deadline=None, max_examples=60)
@given(
    body=st.text(alphabet=st.characters(blacklist_categories=("Cs",))),
    title=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=50),
)
def test_arbitrary_unicode_round_trips(shared_journal: Journal, body: str, title: str) -> None:
    key = new_uuid()
    saved = shared_journal.save_entry(draft(key, body, title=title))
    loaded = shared_journal.get_entry(key)
    assert loaded.body == body
    assert loaded.title == title
    assert loaded == saved


# -- failures -------------------------------------------------------------------------------------


def test_disk_full_raises_storage_unavailable_and_keeps_the_file_intact(journal: Journal) -> None:
    earlier = [journal.save_entry(draft(f"early{i}", f"entry number {i}"), when=T0 + timedelta(minutes=i))
               for i in range(5)]

    journal._engine.dispose()

    def cap_file_size(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count={pages}")
        finally:
            cursor.close()

    event.listen(journal._engine, "connect", cap_file_size)

    with pytest.raises(StorageUnavailable, match="full"):
        journal.save_entry(draft("huge", "x" * 2_000_000))

    # The failed unit left nothing behind and the journal still reads.
    assert journal.count_entries() == 5
    with pytest.raises(NotFound):
        journal.get_entry("huge")
    assert [journal.get_entry(e.uuid) for e in earlier] == earlier

    event.remove(journal._engine, "connect", cap_file_size)
    journal._engine.dispose()
    assert integrity(journal.path) == [("ok",)]
    with closing(sqlite3.connect(journal.path)) as conn:
        assert conn.execute("SELECT count(*) FROM entries").fetchone() == (5,)
        assert conn.execute("SELECT count(*) FROM entries WHERE uuid='huge'").fetchone() == (0,)
    # Space is back: the same save now works.
    assert journal.save_entry(draft("huge", "x" * 2_000_000)).body == "x" * 2_000_000


def test_a_failed_save_is_rolled_back_completely(journal: Journal) -> None:
    journal.save_entry(draft("ok", "fine", tags=("a",)), when=T0)
    journal._engine.dispose()

    def read_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")

    event.listen(journal._engine, "connect", read_only)
    with pytest.raises(StorageUnavailable):
        journal.save_entry(draft("ok", "changed", tags=("b",)), when=T0 + timedelta(hours=1))
    with pytest.raises(StorageUnavailable):
        journal.delete_entry("ok")
    event.remove(journal._engine, "connect", read_only)
    journal._engine.dispose()

    again = journal.get_entry("ok")
    assert (again.body, again.tags, again.updated_at) == ("fine", ("a",), T0)


def test_a_new_data_folder_is_private_to_its_owner(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "fresh" / "journal")
    journal.close()
    assert (tmp_path / "fresh" / "journal").stat().st_mode & 0o777 == 0o700


def test_iter_entries_within_bounds_starts_at_the_first_entry_inside(journal: Journal) -> None:
    base = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    for n in range(10):
        journal.save_entry(EntryDraft(str(uuidlib.uuid4()), EntryKind.FREE, f"day {n}"),
                           when=base + timedelta(days=n))
    since, until = base + timedelta(days=3), base + timedelta(days=7)
    inside = list(journal.iter_entries(batch=2, since=since, until=until))
    assert [entry.body for entry in inside] == ["day 3", "day 4", "day 5", "day 6"]


def test_a_closed_journal_refuses_every_call_instead_of_reopening(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    journal = Journal.open(folder)
    journal.save_entry(EntryDraft(uuid="before", kind=EntryKind.FREE, body="saved before closing"))
    journal.close()
    with pytest.raises(StorageUnavailable, match="closed"):
        journal.save_entry(EntryDraft(uuid="after", kind=EntryKind.FREE, body="written after closing"))
    with pytest.raises(StorageUnavailable, match="closed"):
        journal.list_entries()
    reopened = Journal.open(folder)
    try:
        assert [s.uuid for s in reopened.list_entries()] == ["before"]
    finally:
        reopened.close()


def test_the_journal_and_its_wal_are_readable_by_this_account_only(tmp_path: Path) -> None:
    """SQLite creates files with the umask (often 0644); the journal's folder is private, its files too."""
    old_umask = os.umask(0o022)
    try:
        journal = Journal.open(tmp_path / "data")
        try:
            journal.save_entry(EntryDraft(uuid=str(uuidlib.uuid4()), kind=EntryKind.FREE, body="private"))
            path = database_path(tmp_path / "data")
            modes = {suffix: stat.S_IMODE(Path(f"{path}{suffix}").stat().st_mode)
                     for suffix in ("", "-wal", "-shm") if Path(f"{path}{suffix}").exists()}
        finally:
            journal.close()
    finally:
        os.umask(old_umask)
    assert "" in modes and "-wal" in modes
    assert set(modes.values()) == {0o600}, modes


def test_an_entry_keeps_at_most_the_tags_an_import_accepts(tmp_path: Path) -> None:
    """Marking an entry that came in with the most tags allowed must not make an unimportable export."""
    from app.domain.limits import MAX_TAGS_PER_ENTRY

    journal = Journal.open(tmp_path / "data")
    try:
        most = tuple(f"t{n}" for n in range(MAX_TAGS_PER_ENTRY))
        saved = journal.save_entry(EntryDraft(uuid=new_uuid(), kind=EntryKind.FREE, body="b", tags=most))
        with pytest.raises(Rejected, match="at most"):
            journal.save_entry(EntryDraft(uuid=saved.uuid, kind=EntryKind.FREE, body="b",
                                          tags=(*most, "one more")))
        assert len(journal.get_entry(saved.uuid).tags) == MAX_TAGS_PER_ENTRY
    finally:
        journal.close()
