"""Where the app reads the time: one clock, passed in, so a page's "today" can be fixed in tests
(a test that runs across midnight must see one day, not two)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol

from app.domain.timeline import local_date


class Clock(Protocol):
    def now(self) -> datetime:
        """This moment, timezone-aware (UTC)."""
        ...

    def today(self) -> date:
        """The person's local date now."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return date.today()


class FixedClock:
    """A clock that reads `moment` until moved on with `advance_to`."""

    def __init__(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("a fixed clock needs an aware moment")
        self._moment = moment

    def now(self) -> datetime:
        return self._moment

    def today(self) -> date:
        return local_date(self._moment)

    def advance_to(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("a fixed clock needs an aware moment")
        self._moment = moment
