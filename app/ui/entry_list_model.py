"""The journal list: newest first, fetched a page at a time so 100,000 entries open instantly."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.records import Entry, EntrySummary, entry_label
from app.domain.text import first_line
from app.ui.journal_events import ObservedJournal

PAGE_SIZE = 200
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def entry_meta(entry: Entry) -> str:
    """The line above an open entry: what it is and when it was written, in local time."""
    when = entry.created_at.astimezone()
    return f"{entry_label(entry.kind, entry.stage)} · {when:%a %d %b %Y, %H:%M}"


def entry_headline(summary: EntrySummary) -> str:
    return first_line(summary.preview) or summary.title or "(empty)"


class EntryListModel(QAbstractListModel):
    def __init__(self, journal: ObservedJournal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._rows: list[EntrySummary] = []
        self._exhausted = False
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._journal.list_entries(PAGE_SIZE)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry_headline(summary)
        if role == SUMMARY_ROLE:
            return summary
        if role == Qt.ItemDataRole.AccessibleTextRole:
            when = summary.created_at.astimezone()
            return f"{entry_label(summary.kind, summary.stage)}, {when:%d %B %Y}: {entry_headline(summary)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.title or None
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._journal.list_entries(PAGE_SIZE, self._rows[-1] if self._rows else None)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def summary(self, row: int) -> EntrySummary:
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.uuid == uuid), -1)
