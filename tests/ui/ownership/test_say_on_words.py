"""When the statement will be said, in words: the suggested day and the countdown."""

from __future__ import annotations

from datetime import date

import pytest

from app.ui.ownership.say_on_words import countdown, long_day, plan_sentence, said_sentence, suggested_day

TUESDAY = date(2026, 3, 3)


@pytest.mark.parametrize(("today", "suggested"), [
    (TUESDAY, date(2026, 3, 5)),  # Thursday
    (date(2026, 3, 5), date(2026, 3, 9)),  # Thursday: Saturday moves on to Monday
    (date(2026, 3, 6), date(2026, 3, 9)),  # Friday: Sunday moves on to Monday
    (date(2026, 3, 7), date(2026, 3, 9)),  # Saturday: Monday
])
def test_the_suggested_day_is_a_working_day_a_couple_of_days_away(today: date, suggested: date) -> None:
    assert suggested_day(today) == suggested


def test_the_countdown_says_how_far_off_the_day_is_and_stays_kind_after_it() -> None:
    assert countdown(date(2026, 3, 6), TUESDAY) == (
        "You plan to say your statement in 3 days — Friday 6 March",
        "Reading it aloud once a day until then helps it sound like you.")
    assert countdown(date(2026, 3, 4), TUESDAY)[0] == \
        "You plan to say your statement tomorrow — Wednesday 4 March"
    assert countdown(TUESDAY, TUESDAY)[0] == "Today is the day you planned to say your statement"
    assert countdown(date(2026, 3, 2), TUESDAY)[0] == \
        "Yesterday you planned to say your statement: did it happen?"
    headline, detail = countdown(date(2026, 3, 1), TUESDAY)
    assert headline == "2 days ago you planned to say your statement: did it happen?"
    assert detail == "Either way is all right. Mark it said, or pick a new day."


def test_the_workshop_s_sentences() -> None:
    assert plan_sentence(date(2026, 3, 5), TUESDAY) == "You plan to say it on Thursday 5 March, in 2 days."
    assert plan_sentence(TUESDAY, TUESDAY) == "You plan to say it today, Tuesday 3 March."
    assert plan_sentence(date(2026, 3, 2), TUESDAY).startswith(
        "You planned to say it on Monday 2 March, yesterday.")
    assert said_sentence(TUESDAY, TUESDAY).startswith("You said your statement today.")
    assert long_day(date(2027, 1, 4), TUESDAY) == "Monday 4 January 2027"
