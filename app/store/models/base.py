"""The pieces every table module shares: the declarative base, the UTC type, constraint helpers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Dialect, MetaData, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

from app.domain.workbench import (
    AgreementChannel,
    Decision,
    ForgivenessStatus,
    GoalStatus,
    MilestoneMark,
    PlanOutcome,
    PlanStatus,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ENTRY_KINDS = ("reflection", "evening", "free", "imported")
STAGES = ("ownership", "feelings", "expectations", "checkins")


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC as naive ISO text (sortable) and always hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), date: Date()}


def in_(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


GOAL_STATUSES = tuple(status.value for status in GoalStatus)
FORGIVENESS_STATUSES = tuple(status.value for status in ForgivenessStatus)
DECISIONS = tuple(decision.value for decision in Decision)
AGREEMENT_CHANNELS = tuple(channel.value for channel in AgreementChannel)
PLAN_STATUSES = tuple(status.value for status in PlanStatus)
PLAN_OUTCOMES = tuple(outcome.value for outcome in PlanOutcome)
MILESTONE_MARKS = tuple(mark.value for mark in MilestoneMark)


def one_to_five(column: str, *, nullable: bool = False) -> str:
    check = f"{column} BETWEEN 1 AND 5"
    return f"{column} IS NULL OR {check}" if nullable else check

