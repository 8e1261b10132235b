"""Check-in storage on real files: meetings, actions carried forward, feedback, delete rules."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.domain.workbench import Action, CheckIn, Feedback
from app.store.errors import NotFound, Rejected, StorageUnavailable
from app.store.journal import Journal
from tests.store.test_plan_store import make_goal, make_plan

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DAY = date(2026, 3, 2)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def make_checkin(scheduled_at: datetime = T0, uuid: str = "", **fields: object) -> CheckIn:
    checkin = CheckIn(
        uuid=uuid or new_uuid(),
        scheduled_at=scheduled_at,
        agenda="## Progress\n- Reports on time",
        notes="",
        rating=None,
        held=False,
        follow_up="",
        created_at=T0,
        updated_at=T0,
    )
    return replace(checkin, **fields)  # type: ignore[arg-type]


def make_action(
    text: str = "Send the weekly summary",
    due_on: date | None = None,
    created_at: datetime = T0,
    uuid: str = "",
    **fields: object,
) -> Action:
    action = Action(
        uuid=uuid or new_uuid(),
        text=text,
        goal_uuid=None,
        due_on=due_on,
        checkin_uuid=None,
        done_on=None,
        created_at=created_at,
    )
    return replace(action, **fields)  # type: ignore[arg-type]


def make_feedback(checkin_uuid: str, created_at: datetime = T0, uuid: str = "", **fields: object) -> Feedback:
    feedback = Feedback(
        uuid=uuid or new_uuid(),
        checkin_uuid=checkin_uuid,
        text="The last two reports were clearer.",
        goal_uuid=None,
        action_uuid=None,
        created_at=created_at,
    )
    return replace(feedback, **fields)  # type: ignore[arg-type]


def count(journal: Journal, table: str) -> int:
    with closing(sqlite3.connect(journal.path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- check-ins -----------------------------------------------------------------------------------


def test_no_checkins_yet(journal: Journal) -> None:
    assert journal.checkins.checkins() == []
    assert journal.checkins.actions() == []
    assert journal.checkins.feedback() == []


def test_checkins_by_scheduled_time_in_utc(journal: Journal) -> None:
    later = journal.checkins.save_checkin(make_checkin(T0 + timedelta(days=7)))
    local = (T0 + timedelta(hours=1)).astimezone(timezone(timedelta(hours=2)))
    first = journal.checkins.save_checkin(make_checkin(local))
    assert first.scheduled_at == T0 + timedelta(hours=1) and first.scheduled_at.tzinfo == UTC
    assert journal.checkins.checkins() == [first, later]


def test_save_checkin_after_the_meeting_keeps_created_at(journal: Journal) -> None:
    saved = journal.checkins.save_checkin(make_checkin())
    assert saved.updated_at > T0 and saved.created_at == T0
    held = replace(
        saved, held=True, rating=4, notes="Went well.", follow_up="Thanks for today.",
        created_at=T0 + timedelta(days=1),
    )
    stored = journal.checkins.save_checkin(held)
    assert stored == replace(held, created_at=T0, updated_at=stored.updated_at)
    assert stored.updated_at >= saved.updated_at
    assert journal.checkins.checkins() == [stored]


@pytest.mark.parametrize("rating", [0, 6])
def test_a_rating_outside_one_to_five_is_refused(journal: Journal, rating: int) -> None:
    with pytest.raises(Rejected, match="CHECK constraint"):
        journal.checkins.save_checkin(make_checkin(rating=rating))
    assert journal.checkins.checkins() == []


def test_delete_checkin_deletes_its_feedback_and_keeps_its_actions(journal: Journal) -> None:
    meeting = journal.checkins.save_checkin(make_checkin())
    other = journal.checkins.save_checkin(make_checkin(T0 + timedelta(days=7)))
    agreed = journal.checkins.save_action(make_action(checkin_uuid=meeting.uuid))
    journal.checkins.save_feedback(make_feedback(meeting.uuid, action_uuid=agreed.uuid))
    elsewhere = journal.checkins.save_feedback(make_feedback(other.uuid))

    journal.checkins.delete_checkin(meeting.uuid)

    assert journal.checkins.checkins() == [other]
    assert journal.checkins.actions() == [replace(agreed, checkin_uuid=None)]
    assert journal.checkins.feedback() == [elsewhere]
    with pytest.raises(NotFound):
        journal.checkins.delete_checkin(meeting.uuid)


# -- actions -------------------------------------------------------------------------------------


def test_actions_by_due_day_undated_last_then_by_creation(journal: Journal) -> None:
    undated_old = journal.checkins.save_action(make_action("undated old", None, T0))
    due_late = journal.checkins.save_action(make_action("late", DAY + timedelta(days=9), T0))
    undated_new = journal.checkins.save_action(make_action("undated new", None, T0 + timedelta(hours=2)))
    due_soon_new = journal.checkins.save_action(make_action("soon b", DAY, T0 + timedelta(hours=1)))
    due_soon_old = journal.checkins.save_action(make_action("soon a", DAY, T0))

    assert journal.checkins.actions() == [due_soon_old, due_soon_new, due_late, undated_old, undated_new]


def test_open_only_leaves_out_done_actions(journal: Journal) -> None:
    done = journal.checkins.save_action(make_action("done", DAY, done_on=DAY))
    still_open = journal.checkins.save_action(make_action("open", DAY + timedelta(days=1)))
    assert journal.checkins.actions(open_only=True) == [still_open]
    assert journal.checkins.actions() == [done, still_open]


def test_save_action_links_goal_and_checkin_and_keeps_created_at(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    goal = journal.plans.save_goal(make_goal(plan.uuid))
    meeting = journal.checkins.save_checkin(make_checkin())
    action = make_action(goal_uuid=goal.uuid, checkin_uuid=meeting.uuid, due_on=DAY)
    assert journal.checkins.save_action(action) == action

    finished = replace(action, done_on=DAY + timedelta(days=1), text="Sent it.")
    assert journal.checkins.save_action(replace(finished, created_at=T0 + timedelta(days=3))) == finished
    assert journal.checkins.actions() == [finished]
    assert journal.checkins.actions(open_only=True) == []


def test_an_action_keeps_going_when_its_goal_is_deleted(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    goal = journal.plans.save_goal(make_goal(plan.uuid))
    action = journal.checkins.save_action(make_action(goal_uuid=goal.uuid))
    journal.plans.delete_goal(goal.uuid)
    assert journal.checkins.actions() == [replace(action, goal_uuid=None)]


def test_an_action_with_unknown_references_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound, match="goal"):
        journal.checkins.save_action(make_action(goal_uuid="no-such-goal"))
    with pytest.raises(NotFound, match="check-in"):
        journal.checkins.save_action(make_action(checkin_uuid="no-such-checkin"))
    assert journal.checkins.actions() == []


def test_delete_action_keeps_the_feedback_it_came_from(journal: Journal) -> None:
    meeting = journal.checkins.save_checkin(make_checkin())
    action = journal.checkins.save_action(make_action(checkin_uuid=meeting.uuid))
    said = journal.checkins.save_feedback(make_feedback(meeting.uuid, action_uuid=action.uuid))
    journal.checkins.delete_action(action.uuid)
    assert journal.checkins.actions() == []
    assert journal.checkins.feedback() == [replace(said, action_uuid=None)]
    with pytest.raises(NotFound):
        journal.checkins.delete_action(action.uuid)


def test_restore_action_brings_back_the_action_and_its_feedback(journal: Journal) -> None:
    meeting = journal.checkins.save_checkin(make_checkin())
    action = journal.checkins.save_action(make_action(checkin_uuid=meeting.uuid))
    said = journal.checkins.save_feedback(make_feedback(meeting.uuid, action_uuid=action.uuid))
    journal.checkins.delete_action(action.uuid)
    assert journal.checkins.restore_action(action, [said]) == action
    assert journal.checkins.actions() == [action]
    assert journal.checkins.feedback() == [said]


def test_restore_action_is_one_commit(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure on the feedback leaves the action deleted too: all of it or none."""
    meeting = journal.checkins.save_checkin(make_checkin())
    action = journal.checkins.save_action(make_action(checkin_uuid=meeting.uuid))
    said = journal.checkins.save_feedback(make_feedback(meeting.uuid, action_uuid=action.uuid))
    journal.checkins.delete_action(action.uuid)

    def refuse(_feedback: Feedback) -> Feedback:
        raise StorageUnavailable("The journal could not be saved: the disk is full.")

    monkeypatch.setattr(journal.checkins, "save_feedback", refuse)
    with pytest.raises(StorageUnavailable):
        journal.checkins.restore_action(action, [said])
    assert count(journal, "actions") == 0
    monkeypatch.undo()
    assert journal.checkins.feedback() == [replace(said, action_uuid=None)]


# -- feedback ------------------------------------------------------------------------------------


def test_feedback_per_checkin_or_all_in_the_order_written(journal: Journal) -> None:
    first_meeting = journal.checkins.save_checkin(make_checkin())
    second_meeting = journal.checkins.save_checkin(make_checkin(T0 + timedelta(days=7)))
    b = journal.checkins.save_feedback(make_feedback(first_meeting.uuid, T0 + timedelta(minutes=5)))
    a = journal.checkins.save_feedback(make_feedback(first_meeting.uuid, T0))
    c = journal.checkins.save_feedback(make_feedback(second_meeting.uuid, T0 + timedelta(days=7)))

    assert journal.checkins.feedback(first_meeting.uuid) == [a, b]
    assert journal.checkins.feedback(second_meeting.uuid) == [c]
    assert journal.checkins.feedback() == [a, b, c]
    assert journal.checkins.feedback("no-such-checkin") == []


def test_save_feedback_links_and_updates(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    goal = journal.plans.save_goal(make_goal(plan.uuid))
    meeting = journal.checkins.save_checkin(make_checkin())
    said = journal.checkins.save_feedback(make_feedback(meeting.uuid, goal_uuid=goal.uuid))
    assert said.goal_uuid == goal.uuid

    action = journal.checkins.save_action(make_action(goal_uuid=goal.uuid, checkin_uuid=meeting.uuid))
    became = replace(said, action_uuid=action.uuid, text="Clearer reports, keep it up.")
    assert journal.checkins.save_feedback(replace(became, created_at=T0 + timedelta(days=1))) == became
    assert journal.checkins.feedback(meeting.uuid) == [became]

    journal.plans.delete_goal(goal.uuid)
    assert journal.checkins.feedback() == [replace(became, goal_uuid=None)]


def test_feedback_needs_a_known_checkin(journal: Journal) -> None:
    with pytest.raises(NotFound, match="check-in"):
        journal.checkins.save_feedback(make_feedback("no-such-checkin"))
    meeting = journal.checkins.save_checkin(make_checkin())
    with pytest.raises(NotFound, match="action"):
        journal.checkins.save_feedback(make_feedback(meeting.uuid, action_uuid="no-such-action"))
    assert count(journal, "feedback") == 0


def test_delete_feedback(journal: Journal) -> None:
    meeting = journal.checkins.save_checkin(make_checkin())
    said = journal.checkins.save_feedback(make_feedback(meeting.uuid))
    journal.checkins.delete_feedback(said.uuid)
    assert journal.checkins.feedback() == []
    with pytest.raises(NotFound):
        journal.checkins.delete_feedback(said.uuid)


def test_one_action_by_uuid_with_its_links(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    goal = journal.plans.save_goal(make_goal(plan.uuid))
    checkin = journal.checkins.save_checkin(make_checkin())
    action = journal.checkins.save_action(make_action(goal_uuid=goal.uuid, checkin_uuid=checkin.uuid))
    assert journal.checkins.action(action.uuid) == action
    assert journal.checkins.action(new_uuid()) is None


def test_ticking_an_action_changes_only_when_it_was_done(journal: Journal) -> None:
    """A tick made from a row that still shows the old words keeps the words written since."""
    action = journal.checkins.save_action(make_action("Send the summary"))
    reworded = journal.checkins.save_action(replace(action, text="Send the summary to Priya"))
    ticked = journal.checkins.set_action_done(action.uuid, DAY)
    assert ticked == replace(reworded, done_on=DAY)
    assert journal.checkins.actions() == [ticked]
    assert journal.checkins.set_action_done(action.uuid, None).done_on is None
    with pytest.raises(NotFound):
        journal.checkins.set_action_done(new_uuid(), DAY)


def test_the_next_checkin_read_as_one_row_is_the_one_the_schedule_picks(journal: Journal) -> None:
    """`next_checkin(now)` in SQL agrees with `schedule.next_checkin` over every check-in: held ones,
    ones long past, one inside the grace period, ties broken by when they were made, other offsets."""
    from app.domain.schedule import GRACE, next_checkin

    berlin = timezone(timedelta(hours=1))
    saved = [
        make_checkin(T0 - timedelta(days=3)),  # long past, not held
        make_checkin(T0 - GRACE + timedelta(minutes=5)),  # began just now: still the next one
        make_checkin(T0 - timedelta(minutes=30), held=True),  # held: never next
        make_checkin(T0 + timedelta(days=2), created_at=T0 + timedelta(seconds=2)),
        make_checkin(T0 + timedelta(days=2), created_at=T0 + timedelta(seconds=1)),  # same time, made first
        make_checkin((T0 + timedelta(days=1)).astimezone(berlin)),
    ]
    for checkin in saved:
        journal.checkins.save_checkin(checkin)
    every = journal.checkins.checkins()
    moments = [T0 - timedelta(days=4), T0, T0 + timedelta(minutes=90), T0 + timedelta(hours=3),
               T0 + timedelta(days=1, hours=3), T0 + timedelta(days=3)]
    for now in moments:
        expected = next_checkin(every, now)
        found = journal.checkins.next_checkin(now)
        assert (found.uuid if found else None) == (expected.uuid if expected else None), now
    assert journal.checkins.next_checkin(T0 + timedelta(days=3)) is None
    picked = journal.checkins.next_checkin(T0 + timedelta(days=1, hours=3))
    assert picked is not None and picked.uuid == saved[4].uuid
