"""A journal that already holds values at the ends of the calendar, as an old import could leave.

Imports now refuse such values, so they are put in with raw SQL: a plan of 10**18 days starting
on 31 December 9999, entries written in year 1 and at the last instant of 9999, a check-in
meeting, a mood check, evidence, an action and a statement version at the same edges. Everything
else in it is ordinary, so a test can check the rest still shows.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from app.domain.records import EntryDraft, EntryKind
from app.domain.workbench import (
    Action,
    CheckIn,
    Evidence,
    Goal,
    GoalMilestone,
    GoalStatus,
    MoodCheck,
    Plan,
    PlanStatus,
    StatementParts,
)
from app.paths import database_path
from app.store.journal import Journal

# East and west of Greenwich by as much as there is, one with daylight saving, and UTC: year 1
# and year 9999 overflow in different directions in each.
ZONES = ("UTC", "Asia/Tokyo", "Pacific/Kiritimati", "America/New_York", "Pacific/Pago_Pago")

ORDINARY = "An ordinary evening, written in 2026."
YEAR_ONE = "Written, it says, in year one."
YEAR_9999 = "Written, it says, at the end of 9999."
PLAN_UUID = "eeeeeeee-0000-4000-8000-000000000001"
FIRST = "0001-01-01 00:00:00.000000"
LAST = "9999-12-31 23:59:59.999999"


def build_extreme_journal(folder: Path) -> None:
    """Ordinary records through the store, then moved to the edges of the calendar with SQL."""
    when = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    journal = Journal.open(folder)
    try:
        for number, body in enumerate((ORDINARY, YEAR_ONE, YEAR_9999)):
            draft = EntryDraft(uuid=f"eeeeeeee-0000-4000-8000-00000000010{number}", kind=EntryKind.FREE,
                               body=body, title=f"Entry {number}")
            journal.save_entry(draft, when=when)
        plan = Plan(PLAN_UUID, date(2026, 3, 2), 60, "Dana", (), PlanStatus.ACTIVE, when, when)
        journal.plans.save_plan(plan)
        journal.plans.save_goal(Goal("goal-edge", PLAN_UUID, "Reports on time", "", "",
                                     (GoalMilestone(date(2026, 4, 1)),),
                                     GoalStatus.ON_TRACK, "", 0, when, when))
        journal.plans.save_evidence(Evidence("win-edge", "goal-edge", date(2026, 3, 4), "Reviewed fast.",
                                             None, when))
        journal.checkins.save_checkin(CheckIn("eeeeeeee-0000-4000-8000-000000000201", when, "Agenda", "",
                                              None, False, "", when, when))
        journal.checkins.save_action(Action("action-edge", "Send the summary", "goal-edge", date(2026, 3, 9),
                                            None, None, when))
        journal.feelings.save_mood_check(MoodCheck("eeeeeeee-0000-4000-8000-000000000301", when, 3))
        journal.statements.save_version(StatementParts(what_is_true="True."), "I own it.")
    finally:
        journal.close()
    _move_to_the_edges(database_path(folder))


def _move_to_the_edges(path: Path) -> None:
    db = sqlite3.connect(path)
    try:
        db.execute("UPDATE plans SET length_days = ?, start = '9999-12-31'", (10**18,))
        moved = "UPDATE entries SET created_at = ?, updated_at = ? WHERE body = ?"
        db.execute(moved, (FIRST, FIRST, YEAR_ONE))
        db.execute(moved, (LAST, LAST, YEAR_9999))
        db.execute("UPDATE checkins SET scheduled_at = ?", (LAST,))
        db.execute("UPDATE mood_checks SET at = ?", (FIRST,))
        db.execute("UPDATE statement_versions SET created_at = ?", (LAST,))
        db.execute("UPDATE goal_milestones SET due_on = '9999-12-31'")
        db.execute("UPDATE evidence SET happened_on = '0001-01-01'")
        db.execute("UPDATE actions SET due_on = '9999-12-31'")
        db.commit()
    finally:
        db.close()


@contextmanager
def local_zone(zone: str) -> Iterator[None]:
    """The process's local time zone set to `zone` (TZ and tzset), put back afterwards."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
