"""What a view may ask the stage tools' stores: their reads, and nothing that writes.

`ObservedJournal` hands these out instead of the stores themselves, so a widget that tries to
save through them fails the type check: every write goes through `ObservedJournal.act`, where
the store object is whole.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from app.domain.workbench import (
    Action,
    Alignment,
    CheckIn,
    Evidence,
    Feedback,
    ForgivenessItem,
    Goal,
    LeavingPlan,
    MoodCheck,
    Plan,
    StatementDraft,
    StatementVersion,
    StayOrGo,
)


class StatementReads(Protocol):
    def draft(self) -> StatementDraft: ...
    def versions(self) -> list[StatementVersion]: ...
    def final(self) -> StatementVersion | None: ...


class FeelingsReads(Protocol):
    def mood_checks(self, since: datetime | None = None) -> list[MoodCheck]: ...
    def latest_mood_check(self) -> MoodCheck | None: ...
    def forgiveness(self) -> list[ForgivenessItem]: ...
    def decisions(self) -> list[StayOrGo]: ...
    def leaving_plan(self) -> LeavingPlan: ...


class PlanReads(Protocol):
    def current_plan(self) -> Plan | None: ...
    def plans(self) -> list[Plan]: ...
    def goals(self, plan_uuid: str) -> list[Goal]: ...
    def alignments(self, plan_uuid: str) -> list[Alignment]: ...
    def evidence(self, goal_uuid: str | None = None, since: date | None = None) -> list[Evidence]: ...


class CheckInReads(Protocol):
    def checkins(self) -> list[CheckIn]: ...
    def next_checkin(self, now: datetime) -> CheckIn | None: ...
    def actions(self, open_only: bool = False) -> list[Action]: ...
    def feedback(self, checkin_uuid: str | None = None) -> list[Feedback]: ...


class DraftReads(Protocol):
    def get(self, key: str) -> str: ...
