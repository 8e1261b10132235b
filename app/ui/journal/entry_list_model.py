"""The journal list: every live entry's id up front, the rows fetched a batch at a time on demand.

`reload()` reads the number of entries and the first HEAD_IDS ids (a few ms at 100,000 entries),
so the view knows its full length and draws a real scrollbar at once; the rest of the ids (an
index walk, ~30 ms at 100,000) arrive from a worker a moment later, and until then a batch
further down reads its own ids. `data()` asks the store for the batch of rows around the one
it needs the first time it is touched and keeps the last few batches, so drawing and scrolling
stay O(1) per row however long the journal is.

The model stands on QStringListModel, holding one empty string per row, only so that `rowCount`
is answered in C++: a list view lays out every row and asks `index()` (hence `rowCount`) twice
per row, and 200,000 calls into Python cost ~200 ms where the C++ answer costs ~10. Everything
a row shows comes from `data()` here; the string list is never shown, and `flags()` makes it read-only.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, QTimer, Signal, Slot

from app.catalogue import load_catalogue
from app.domain.changes import Area, Change
from app.domain.prompts import CatalogueError
from app.domain.records import Entry, EntrySummary, entry_label
from app.domain.text import first_line
from app.domain.timeline import local_date, local_time, marked, written_time, zone_mark
from app.store.errors import NotFound
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.worker import BackgroundCall
from app.ui.journal.entry_words import PromptTexts, summary_tags, tags_line
from app.ui.widgets import override_guard
from app.ui.writing.entry_reads import live_entry

log = logging.getLogger(__name__)

BATCH_SIZE = 100
HEAD_IDS = 2000  # ids read at once on reload; the rest come from a worker
IDS_AFTER_MS = 120  # when the worker starts reading them
CACHED_BATCHES = 40  # 4,000 rows: many screens of scrolling either way before a batch is read again
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
"""The calendar day (as seen here, in the computer's zone) the row's entry was written on (a
`datetime.date`): the list's days run with the calendar's and with time; the row itself shows the
time as written, and the day too where that was another one (app/domain/timeline.py)."""
PROMPT_ROLE = Qt.ItemDataRole.UserRole + 3
"""The question the row's entry answers ("" for free writing), from the catalogue."""
TAGS_ROLE = Qt.ItemDataRole.UserRole + 4
"""The row's tags as shown: "#feedback #project" ("" without tags)."""

Index = QModelIndex | QPersistentModelIndex


def entry_meta(entry: Entry) -> str:
    """The line above an open entry: what it is and when it was written, as the person saw it
    then: in the zone it was written in, marked where that is not the computer's ("(Berlin)")."""
    try:
        written = written_time(entry)  # UTC where the time would overflow
        when = marked(f"{written:%a %d %b %Y, %H:%M}", zone_mark(entry))
    except Exception:  # the entry still opens, to be read and mended
        override_guard.report(f"the date of entry {entry.uuid}")
        when = override_guard.NOT_VALID
    return f"{entry_label(entry.kind, entry.stage)} · {when}"


def entry_meta_tip(entry: Entry) -> str:
    """For an entry written in another zone: that time here too ("16:40 here"), else ""."""
    try:
        mark = zone_mark(entry)
        if not mark:
            return ""
        written, here = written_time(entry), local_time(entry.created_at)
    except Exception:
        override_guard.report(f"the date of entry {entry.uuid}")
        return ""
    same_day = written.date() == here.date()
    return (f"Written at {written:%H:%M} {mark} time"
            f"{'' if same_day else f' on {written:%A}'}; that was {here:%H:%M}"
            f"{'' if same_day else f' on {here:%A}'} here.")


def entry_headline(summary: EntrySummary) -> str:
    return first_line(summary.preview) or summary.title or "(empty)"


class EntryListModel(QStringListModel):
    """Newest first; rowCount is the number of live entries, rows are read in batches.

    Signal: ids_loaded() — every id is known (after a reload of a long journal).
    """

    ids_loaded = Signal()

    def __init__(self, journal: ObservedJournal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._ids: list[int] = []  # the first ids, or all of them once `ids_complete`
        self._count = 0
        self._loading: BackgroundCall | None = None
        self._batches: OrderedDict[int, list[EntrySummary | None]] = OrderedDict()
        self._rows_by_id: dict[int, int] | None = None
        self.batches_read = 0  # how many batches came from the store (lets tests see the laziness)
        self.prompts = _prompt_texts()
        journal.changes.connect(self.apply)
        self.reload()

    def reload(self) -> None:
        """Read the list again (after a save, delete or import); rows are fetched as drawn."""
        timeline = self._journal.timeline
        count = timeline.live_count()
        head = timeline.entry_ids(limit=HEAD_IDS) if count > HEAD_IDS else timeline.entry_ids()
        self._set_ids(head, count)
        self._drop_loading()
        if len(head) < count:
            call = BackgroundCall(timeline.entry_ids, self)
            call.finished.connect(self._all_ids_arrived)  # slots: no lambda holding this model alive
            call.failed.connect(self._ids_failed)
            self._loading = call
            # Once the first rows are on screen: the worker's Python holds the interpreter lock in
            # turns, and would otherwise slow the first paint it exists to speed up.
            QTimer.singleShot(IDS_AFTER_MS, call, call.start)

    @property
    def ids_complete(self) -> bool:
        return len(self._ids) == self._count

    def _set_ids(self, ids: list[int], count: int) -> None:
        self._ids, self._count = ids, count
        self._batches.clear()
        self._rows_by_id = None
        self.setStringList([""] * count)  # resets the model: the row count, in C++

    def _drop_loading(self) -> None:
        """Forget a load still on its way: deleting its call cancels it if it has not started, and
        an answer already queued for it can no longer arrive."""
        if self._loading is not None:
            self._loading.deleteLater()
            self._loading = None

    @Slot(object)
    def _all_ids_arrived(self, ids: list[int]) -> None:
        if self.sender() is not self._loading:  # an older reload's answer
            return
        self._drop_loading()
        self._take_all_ids(ids)
        self.ids_loaded.emit()

    @Slot(object)
    def _ids_failed(self, error: object) -> None:
        """The list keeps working without them: each batch further down reads its own ids."""
        if self.sender() is self._loading:
            self._drop_loading()
            log.warning("the journal list could not read all its ids: %s", type(error).__name__)

    def _take_all_ids(self, ids: list[int]) -> None:
        head = self._ids
        if len(ids) == self._count and ids[: len(head)] == head:
            # The same list, now whole: rows on screen stay. Rows further down were read by their
            # position and may have moved meanwhile, so they are read again against these ids.
            self._ids, self._rows_by_id = ids, None
            first_stale = len(head) // BATCH_SIZE
            for batch in [b for b in self._batches if b >= first_stale]:
                del self._batches[batch]
            if len(head) < self._count:
                self.dataChanged.emit(self.index(len(head)), self.index(self._count - 1))
        else:  # it changed in between (another window, the command line): start again
            self._set_ids(ids, len(ids))

    def _ensure_all_ids(self) -> None:
        """For the few lookups that need the whole list before the worker has brought it."""
        if not self.ids_complete:
            self._drop_loading()
            self._take_all_ids(self._journal.timeline.entry_ids())

    # -- Qt ----------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only, no drag and drop: the list only shows the journal (and so no view edits it)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in _ROLES:
            return None
        try:
            return self._row_data(index.row(), role)
        except Exception:  # raised out of data(), it would end the process: the row shows plainly
            override_guard.report(f"journal list, row {index.row()}")
            return _PLAIN.get(role)

    def _row_data(self, row: int, role: int) -> Any:
        summary = self._summary_at(row)
        if summary is None:  # deleted behind our back (another window, the command line)
            return "(no longer in the journal)" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry_headline(summary)
        if role == SUMMARY_ROLE:
            return summary
        if role == DAY_ROLE:
            return local_date(summary.created_at)
        if role == PROMPT_ROLE:
            return self.prompts.of_summary(summary)
        if role == TAGS_ROLE:
            return tags_line(summary_tags(summary))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.prompts.of_summary(summary) or summary.title or None
        return None

    def _spoken(self, summary: EntrySummary) -> str:
        """What a screen reader says for a row: what, when, the question it answers, the words, tags."""
        when = written_time(summary)  # as written, the zone said where it differs from here
        mark = zone_mark(summary)
        at = f"{when:%H:%M} {mark} time, " if mark else ""  # "00:30 Berlin time, 02 March 2026"
        text = f"{entry_label(summary.kind, summary.stage)}, {at}{when:%d %B %Y}: "
        prompt = self.prompts.of_summary(summary)
        if prompt:
            text += f"answer to \u201c{prompt}\u201d: "
        text += entry_headline(summary)
        tags = summary_tags(summary)
        return text + (f". Tags: {', '.join(tags)}" if tags else "")

    # -- for the page ------------------------------------------------------------------------

    def summary(self, row: int) -> EntrySummary:
        """The row's summary; IndexError if the row is out of range or its entry has gone."""
        if not 0 <= row < self._count:
            raise IndexError(row)
        summary = self._summary_at(row)
        if summary is None:
            raise IndexError(row)
        return summary

    def row_of(self, uuid: str) -> int:
        """The row showing this entry, or -1 if the list does not hold it."""
        for batch, rows in self._batches.items():
            for offset, summary in enumerate(rows):
                if summary is not None and summary.uuid == uuid:
                    return batch * BATCH_SIZE + offset
        try:
            entry_id = self._journal.get_entry(uuid).id
        except NotFound:
            return -1
        return self.row_of_id(entry_id)

    def row_of_id(self, entry_id: int) -> int:
        """The row of an entry id, or -1; the id→row table is built on first use (~10 ms at 100k)."""
        self._ensure_all_ids()
        if self._rows_by_id is None:
            self._rows_by_id = {value: row for row, value in enumerate(self._ids)}
        return self._rows_by_id.get(entry_id, -1)

    def entry_changed(self, entry_id: int) -> None:
        """An entry in the list was edited: read its batch again and repaint its row.

        Only a row already read can be showing old text, so the cached batches are searched; the
        whole id list is never needed for this (it runs on every autosave).
        """
        for batch, rows in list(self._batches.items()):
            for offset, summary in enumerate(rows):
                if summary is not None and summary.id == entry_id:
                    del self._batches[batch]
                    index = self.index(batch * BATCH_SIZE + offset)
                    self.dataChanged.emit(index, index)
                    return

    def apply(self, change: Change) -> None:
        """Follow a change from anywhere: an import reloads; an edit repaints its row (read again
        from the store); an entry added, deleted or restored reloads, since rows move."""
        if change.wholesale:
            self.reload()
            return
        if not change.touches(Area.ENTRY) or not change.uuids:
            return
        cached = self._cached_ids_by_uuid()
        for uuid in change.uuids:
            entry_id = cached.get(uuid)
            if entry_id is None:
                continue
            if live_entry(self._journal, uuid) is None:  # deleted: the rows below move up
                self.reload()
                return
            self.entry_changed(entry_id)  # edited: its row is read again
        if change.uuids - cached.keys():  # an edit further down, or one added or brought back
            count = self._journal.read(lambda j: j.timeline.live_count(), self._count)
            if count != self._count:  # the rows move
                self.reload()

    def _cached_ids_by_uuid(self) -> dict[str, int]:
        return {summary.uuid: summary.id for rows in self._batches.values() for summary in rows
                if summary is not None}

    def row_of_day(self, day: date) -> int:
        """The first row written on or before the end of a local day, or -1 if none is that old."""
        row = self._journal.timeline.first_index_on_or_before(day)
        return row if row < self._count else -1

    # -- batches -----------------------------------------------------------------------------

    def _summary_at(self, row: int) -> EntrySummary | None:
        batch = row // BATCH_SIZE
        rows = self._batches.get(batch)
        if rows is None:
            rows = self._read_batch(batch)
        else:
            self._batches.move_to_end(batch)
        return rows[row - batch * BATCH_SIZE]

    def _read_batch(self, batch: int) -> list[EntrySummary | None]:
        start, end = batch * BATCH_SIZE, min((batch + 1) * BATCH_SIZE, self._count)
        if end <= len(self._ids):
            ids = self._ids[start:end]
        else:  # below the ids read so far: this batch's own, straight from the index
            ids = self._journal.timeline.entry_ids(limit=end - start, offset=start)
            ids += [0] * (end - start - len(ids))  # the list got shorter meanwhile: those rows show as gone
        found = {summary.id: summary for summary in self._journal.timeline.summaries(ids)}
        rows: list[EntrySummary | None] = [found.get(entry_id) for entry_id in ids]
        self.batches_read += 1
        self._batches[batch] = rows
        while len(self._batches) > CACHED_BATCHES:
            self._batches.popitem(last=False)
        return rows


_PLAIN: dict[int, str] = {
    Qt.ItemDataRole.DisplayRole: "(this entry can't be shown here)",
    Qt.ItemDataRole.AccessibleTextRole: f"An entry that can't be shown here, {override_guard.NOT_VALID}",
}
"""What a row that can't be worked out says; the other roles give nothing, so nothing is drawn wrong."""

_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, SUMMARY_ROLE, DAY_ROLE, PROMPT_ROLE, TAGS_ROLE,
    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
})


def _prompt_texts() -> PromptTexts:
    """The catalogue's prompts by key, read once per process (load_catalogue caches it)."""
    try:
        return PromptTexts(load_catalogue())
    except CatalogueError:  # a packaging fault: answers then show the words saved with them
        log.warning("the prompt catalogue could not be read for the journal list")
        return PromptTexts(None)
