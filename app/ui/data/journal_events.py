"""The Journal service as the UI sees it: the same calls, plus past-tense signals."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.domain.records import Entry, EntryDraft, EntryKind, EntrySummary
from app.domain.stages import Stage

if TYPE_CHECKING:
    from app.store.brief_store import BriefStore
    from app.store.checkin_store import CheckInStore
    from app.store.feelings_store import FeelingsStore
    from app.store.journal import Journal
    from app.store.plan_store import PlanStore
    from app.store.search import SearchService
    from app.store.statement_store import StatementStore
    from app.store.timeline import TimelineStore


class ObservedJournal(QObject):
    """Wraps a Journal for the main thread.

    Signals: entry_saved(Entry), entry_deleted(str uuid), entry_restored(Entry),
    workbench_changed(str area) — area is "statement", "feelings", "plan" or "checkins",
    journal_reloaded() — many records arrived at once (an import): views reload what they show.
    """

    entry_saved = Signal(object)
    entry_deleted = Signal(str)
    entry_restored = Signal(object)
    workbench_changed = Signal(str)
    journal_reloaded = Signal()

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal

    @property
    def service(self) -> Journal:
        return self._journal

    # The stage tools' services: called directly; the tool then says what changed.
    @property
    def statements(self) -> StatementStore:
        return self._journal.statements

    @property
    def feelings(self) -> FeelingsStore:
        return self._journal.feelings

    @property
    def plans(self) -> PlanStore:
        return self._journal.plans

    @property
    def checkins(self) -> CheckInStore:
        return self._journal.checkins

    @property
    def search(self) -> SearchService:
        """Read-only and safe to call from a worker thread (each call has its own session)."""
        return self._journal.search

    @property
    def timeline(self) -> TimelineStore:
        """Read-only and safe to call from a worker thread."""
        return self._journal.timeline

    @property
    def briefs(self) -> BriefStore:
        """Read-only and safe to call from a worker thread."""
        return self._journal.briefs

    def changed(self, area: str) -> None:
        """A stage tool saved something in `area`; pages that summarise it refresh."""
        self.workbench_changed.emit(area)

    def imported(self) -> None:
        """An import added records in bulk; every view reloads rather than patching row by row."""
        self.journal_reloaded.emit()

    def save_entry(self, draft: EntryDraft) -> Entry:
        entry = self._journal.save_entry(draft)
        self.entry_saved.emit(entry)
        return entry

    def delete_entry(self, uuid: str) -> None:
        self._journal.delete_entry(uuid)
        self.entry_deleted.emit(uuid)

    def restore_entry(self, uuid: str) -> Entry:
        entry = self._journal.restore_entry(uuid)
        self.entry_restored.emit(entry)
        return entry

    def set_stage_position(self, stage: Stage, prompt_key: str) -> None:
        self._journal.set_stage_position(stage, prompt_key)

    # Reads pass straight through.
    def get_entry(self, uuid: str) -> Entry:
        return self._journal.get_entry(uuid)

    def list_entries(self, limit: int = 200, after: EntrySummary | None = None) -> list[EntrySummary]:
        return self._journal.list_entries(limit, after)

    def count_entries(self) -> int:
        return self._journal.count_entries()

    def stage_answers(self, stage: Stage) -> list[Entry]:
        return self._journal.stage_answers(stage)

    def answered_prompts(self) -> dict[Stage, set[str]]:
        return self._journal.answered_prompts()

    def stage_position(self, stage: Stage) -> str | None:
        return self._journal.stage_position(stage)

    def last_stage(self) -> Stage | None:
        return self._journal.last_stage()

    def entry_for_day(self, kind: EntryKind, day: date) -> Entry | None:
        return self._journal.entry_for_day(kind, day)

    def writing_days(self, since: date) -> set[date]:
        return self._journal.writing_days(since)

    def on_this_day(self, today: date, limit_per_day: int = 3) -> list[tuple[int, list[EntrySummary]]]:
        return self._journal.on_this_day(today, limit_per_day)
