"""The lazy journal list: all ids at once, rows read a batch at a time, day groups, the model tester."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.records import Entry, EntryDraft, EntryKind
from app.domain.timeline import day_heading, gutter_day
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.entry_delegate import EntryDelegate, starts_day
from app.ui.journal.entry_list_model import BATCH_SIZE, CACHED_BATCHES, DAY_ROLE, SUMMARY_ROLE, EntryListModel

BASE = datetime(2026, 1, 1, 12, tzinfo=UTC)


def fill(journal: Journal, count: int) -> list[str]:
    """`count` entries an hour apart, oldest first; returns their uuids in that order."""
    keys = [str(uuid.uuid4()) for _ in range(count)]
    moments = [BASE + timedelta(hours=n) for n in range(count)]
    journal.add_entries([
        Entry(0, key, EntryKind.FREE, None, None, "", f"entry {n}", (), moments[n], moments[n])
        for n, key in enumerate(keys)
    ])
    return keys


def test_the_model_passes_the_model_tester_on_a_few_hundred_entries(
    qtmodeltester: object, journal: Journal
) -> None:
    fill(journal, 320)
    model = EntryListModel(ObservedJournal(journal))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 320
    assert not model.canFetchMore(QModelIndex())  # every row is there from the start


def test_rows_come_newest_first_in_batches(journal: Journal) -> None:
    fill(journal, 3 * BATCH_SIZE + 7)
    model = EntryListModel(ObservedJournal(journal))
    total = model.rowCount()
    assert total == 3 * BATCH_SIZE + 7
    assert model.batches_read == 0  # opening reads only the ids
    assert model.data(model.index(0)) == f"entry {total - 1}"
    assert model.batches_read == 1
    for row in range(BATCH_SIZE):
        model.data(model.index(row))
    assert model.batches_read == 1  # the rest of the first batch came with it
    last = model.index(total - 1)
    assert model.data(last) == "entry 0"
    assert model.data(last, SUMMARY_ROLE).preview == "entry 0"
    assert model.batches_read == 2
    bodies = [model.data(model.index(row)) for row in range(total)]
    assert bodies == [f"entry {n}" for n in reversed(range(total))]
    assert model.batches_read == 4


def test_the_batch_cache_is_bounded(qtbot: QtBot, journal: Journal) -> None:  # long: its worker needs an app
    count = BATCH_SIZE * (CACHED_BATCHES + 2)
    fill(journal, count)
    model = EntryListModel(ObservedJournal(journal))
    for row in range(0, count, BATCH_SIZE):
        model.data(model.index(row))
    assert model.batches_read == CACHED_BATCHES + 2
    model.data(model.index(count - 1))  # still cached: the newest batches stay
    assert model.batches_read == CACHED_BATCHES + 2
    model.data(model.index(0))  # the oldest-used batch was let go and is read again
    assert model.batches_read == CACHED_BATCHES + 3


def test_row_of_finds_rows_in_and_out_of_the_cache(journal: Journal) -> None:
    keys = fill(journal, 2 * BATCH_SIZE + 10)
    model = EntryListModel(ObservedJournal(journal))
    assert model.row_of(keys[-1]) == 0  # not read yet: found through its id
    model.data(model.index(0))
    assert model.row_of(keys[-2]) == 1  # from the cached batch
    assert model.row_of(keys[0]) == model.rowCount() - 1
    assert model.row_of(str(uuid.uuid4())) == -1
    journal.delete_entry(keys[5])
    assert model.row_of(keys[5]) == -1


def test_reload_after_save_and_delete(journal: Journal) -> None:
    observed = ObservedJournal(journal)
    keys = fill(journal, 12)
    model = EntryListModel(observed)
    assert model.summary(0).uuid == keys[-1]
    observed.act(Area.ENTRY, lambda j: j.delete_entry(keys[-1]))
    model.reload()
    assert model.rowCount() == 11
    assert model.summary(0).uuid == keys[-2]
    draft = EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "just now")
    done = observed.act(Area.ENTRY, lambda j: j.save_entry(draft))
    assert done is not None
    fresh = done.value
    model.reload()
    assert model.rowCount() == 12
    assert model.row_of(fresh.uuid) == 0
    assert model.data(model.index(0)) == "just now"


def test_a_row_deleted_behind_the_models_back_draws_as_gone(journal: Journal) -> None:
    keys = fill(journal, 3)
    model = EntryListModel(ObservedJournal(journal))
    journal.delete_entry(keys[-1])  # before its batch was read: no reload
    assert model.data(model.index(0), SUMMARY_ROLE) is None
    assert model.data(model.index(0)) == "(no longer in the journal)"
    with pytest.raises(IndexError):
        model.summary(0)
    assert model.summary(1).uuid == keys[-2]


def test_day_role_and_day_headers(qtbot: QtBot, journal: Journal) -> None:
    for day, hour in ((3, 9), (3, 15), (4, 8), (6, 20)):
        moment = datetime(2026, 3, day, hour).astimezone()  # local time, as the person wrote
        journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, f"{day} {hour}"), when=moment)
    model = EntryListModel(ObservedJournal(journal))
    days = [model.data(model.index(row), DAY_ROLE) for row in range(4)]
    assert days == [date(2026, 3, 6), date(2026, 3, 4), date(2026, 3, 3), date(2026, 3, 3)]
    assert [starts_day(model.index(row)) for row in range(4)] == [True, True, True, False]
    delegate = EntryDelegate(today=date(2026, 3, 6))
    option = QStyleOptionViewItem()
    # One height for every row, so the view lays out 100,000 rows without reading one.
    assert delegate.sizeHint(option, model.index(2)) == delegate.sizeHint(option, model.index(3))
    assert delegate.sizeHint(option, model.index(0)).width() > delegate.gutter_width(option)
    assert day_heading(date(2026, 3, 6), date(2026, 3, 6)) == "Today"
    assert day_heading(date(2026, 3, 5), date(2026, 3, 6)) == "Yesterday"
    assert day_heading(date(2026, 3, 3), date(2026, 3, 6)) == "Tuesday 3 March 2026"
    assert gutter_day(date(2026, 3, 6), date(2026, 3, 6)) == ("Today", "6 Mar")
    assert gutter_day(date(2026, 3, 5), date(2026, 3, 6)) == ("Yesterday", "5 Mar")
    assert gutter_day(date(2026, 3, 3), date(2026, 3, 6)) == ("Tue", "3 Mar")
    assert gutter_day(date(2025, 12, 31), date(2026, 3, 6)) == ("Wed", "31 Dec 2025")


def test_opening_reads_one_batch_however_long_the_list(qtbot: QtBot, journal: Journal) -> None:
    from PySide6.QtWidgets import QListView

    fill(journal, 5 * BATCH_SIZE)
    model = EntryListModel(ObservedJournal(journal))
    view = QListView()
    qtbot.addWidget(view)
    view.setUniformItemSizes(True)
    view.setModel(model)
    view.setItemDelegate(EntryDelegate(view))
    view.resize(400, 500)
    view.show()
    view.viewport().grab()
    assert model.batches_read == 1
    assert view.verticalScrollBar().maximum() > 0  # the whole length is there at once


def test_row_of_day_jumps_to_the_days_newest_entry(journal: Journal) -> None:
    for day in (2, 5, 5, 9):
        journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, f"day {day}"),
                           when=datetime(2026, 6, day, 12).astimezone())
    model = EntryListModel(ObservedJournal(journal))
    assert model.data(model.index(model.row_of_day(date(2026, 6, 5)))) == "day 5"
    assert model.row_of_day(date(2026, 6, 7)) == model.row_of_day(date(2026, 6, 5))  # the day before it
    assert model.data(model.index(model.row_of_day(date(2026, 6, 30)))) == "day 9"
    assert model.row_of_day(date(2026, 6, 1)) == -1


def test_accessible_text_names_the_kind_and_day(journal: Journal) -> None:
    journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "hello"),
                       when=datetime(2026, 2, 14, 12).astimezone())
    model = EntryListModel(ObservedJournal(journal))
    spoken = model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Free writing, 14 February 2026: hello"


def test_a_long_list_opens_on_its_first_ids_and_takes_the_rest_from_a_worker(
    qtbot: QtBot, qtmodeltester: object, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.journal import entry_list_model

    monkeypatch.setattr(entry_list_model, "HEAD_IDS", 150)
    keys = fill(journal, 1000)
    model = EntryListModel(ObservedJournal(journal))
    assert model.rowCount() == 1000 and not model.ids_complete
    # A row below the ids read so far still shows its entry: its batch reads its own ids.
    assert model.data(model.index(999)) == "entry 0" and model.data(model.index(0)) == "entry 999"
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        pass
    assert model.ids_complete and model.rowCount() == 1000
    assert model.row_of(keys[10]) == 989
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_reload_before_the_ids_arrive_keeps_only_the_newest_answer(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.journal import entry_list_model

    monkeypatch.setattr(entry_list_model, "HEAD_IDS", 100)
    fill(journal, 600)
    model = EntryListModel(ObservedJournal(journal))
    fill(journal, 50)  # another window adds entries before the first answer arrives
    model.reload()
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        pass
    assert model.rowCount() == 650 and model.ids_complete


def test_rows_read_by_position_are_read_again_when_the_ids_arrive(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another window changes the tail (one deleted, one older added: same count) while the ids load."""
    from app.ui.journal import entry_list_model

    monkeypatch.setattr(entry_list_model, "HEAD_IDS", 100)
    keys = fill(journal, 250)
    model = EntryListModel(ObservedJournal(journal))
    assert model.data(model.index(249)) == "entry 0"  # the tail, read by its position
    journal.delete_entry(keys[30])
    journal.add_entries([Entry(0, str(uuid.uuid4()), EntryKind.FREE, None, None, "", "older still", (),
                               BASE - timedelta(days=1), BASE - timedelta(days=1))])
    journal.purge_deleted()
    with qtbot.waitSignal(model.ids_loaded, timeout=5000):
        pass
    assert model.rowCount() == 250
    for key in (keys[0], keys[20], keys[40]):
        row = model.row_of_id(journal.get_entry(key).id)
        assert model.summary(row).uuid == key
    assert model.data(model.index(249)) == "older still"


def test_an_edit_repaints_a_cached_row_without_reading_every_id(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.journal import entry_list_model

    monkeypatch.setattr(entry_list_model, "HEAD_IDS", 100)
    keys = fill(journal, 300)
    model = EntryListModel(ObservedJournal(journal))
    assert model.data(model.index(0)) == "entry 299"
    newest = journal.get_entry(keys[-1])
    journal.save_entry(EntryDraft(newest.uuid, newest.kind, "edited"))
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.entry_changed(newest.id)
    assert not model.ids_complete  # the id list was not forced in
    assert model.data(model.index(0)) == "edited"
