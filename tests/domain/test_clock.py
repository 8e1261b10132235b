"""The clock pages read "now" and "today" from."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.clock import FixedClock, SystemClock


def test_the_system_clock_is_aware_and_current() -> None:
    clock = SystemClock()
    before = datetime.now(UTC)
    now = clock.now()
    assert now.tzinfo is not None
    assert before - timedelta(seconds=5) <= now <= datetime.now(UTC)
    assert abs((clock.today() - date.today()).days) <= 1


def test_a_fixed_clock_stays_put_until_moved() -> None:
    moment = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)
    clock = FixedClock(moment)
    assert clock.now() == moment
    assert clock.now() == moment
    later = moment + timedelta(days=2)
    clock.advance_to(later)
    assert clock.now() == later
    assert clock.today() in {date(2026, 3, 13), date(2026, 3, 14), date(2026, 3, 15)}


def test_a_fixed_clock_refuses_a_naive_moment() -> None:
    with pytest.raises(ValueError):
        FixedClock(datetime(2026, 3, 12, 12, 0))
    clock = FixedClock(datetime(2026, 3, 12, tzinfo=UTC))
    with pytest.raises(ValueError):
        clock.advance_to(datetime(2026, 3, 13))
