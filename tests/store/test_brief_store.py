"""The brief's contents for a seeded journal: what the period is, and what falls inside it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from app.domain.brief import BriefSection, brief_markdown, default_choice
from app.domain.records import MEETING_TAG, EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import (
    Action,
    CheckIn,
    Decision,
    Evidence,
    Feedback,
    Goal,
    GoalStatus,
    MoodCheck,
    Plan,
    PlanStatus,
    Stakeholder,
    StatementParts,
    StatementVersion,
    StayOrGo,
)
from app.store.errors import NotFound
from app.store.journal import Journal


def _id() -> str:
    return str(uuid.uuid4())


def at(days_ago: int, hour: int = 10) -> datetime:
    """A local wall-clock moment `days_ago` days back, as the UTC moment the store keeps."""
    return datetime.combine(date.today() - timedelta(days=days_ago), time(hour)).astimezone(UTC)


def day(days_ago: int) -> date:
    return date.today() - timedelta(days=days_ago)


@dataclass(frozen=True)
class Seeded:
    """The uuids of what a test looks for."""

    plan: Plan
    goals: tuple[Goal, Goal]
    earlier: CheckIn  # held 20 days ago
    previous: CheckIn  # held 7 days ago: the period starts here
    upcoming: CheckIn  # in 2 days, not held
    marked_old: str  # tagged for the check-in, written before the period
    marked_feelings: str  # tagged, but a Feelings entry
    marked_deleted: str
    in_period: str
    before_period: str
    old_evidence: str
    new_evidence: str
    open_action: str
    done_recently: str
    done_long_ago: str
    feedback_previous: str
    feedback_earlier: str
    sitting: str


def seed(journal: Journal) -> Seeded:
    """A plan 40 days in with two goals, three check-ins and a little of everything around them."""
    now = datetime.now(UTC)
    people = (Stakeholder("HR"),)
    plan = journal.plans.save_plan(Plan(_id(), day(40), 90, "Dana", people, PlanStatus.ACTIVE, now, now))
    first = journal.plans.save_goal(Goal(_id(), plan.uuid, "Ship the reports on time", "", "", (),
                                         GoalStatus.ON_TRACK, "", 0, now, now))
    second = journal.plans.save_goal(Goal(_id(), plan.uuid, "Answer tickets within a day", "", "", (),
                                          GoalStatus.AT_RISK, "", 1, now, now))

    def meeting(when: datetime, held: bool, agenda: str = "", questions: tuple[str, ...] = ()) -> CheckIn:
        return journal.checkins.save_checkin(
            CheckIn(_id(), when, agenda, "", 4 if held else None, held, "", now, now, questions=questions))

    earlier = meeting(at(20), True)
    previous = meeting(at(7), True)
    agenda = ("# Check-in\n\n## Questions to ask\n\n- What would great look like by the next milestone?\n"
              "- Can we move the report review\n  to Mondays?\n\n## Thanks\n")
    upcoming = meeting(at(-2), False, agenda=agenda)

    old_evidence = journal.plans.save_evidence(
        Evidence(_id(), first.uuid, day(10), "Drafted the report template", None, now)).uuid
    new_evidence = journal.plans.save_evidence(
        Evidence(_id(), first.uuid, day(3), "Sent the weekly report a day early", None, now)).uuid
    journal.plans.save_evidence(Evidence(_id(), None, day(2), "Helped a new colleague settle in", None, now))

    open_action = journal.checkins.save_action(
        Action(_id(), "Pair with Sam on the ticket backlog", second.uuid, day(-1), previous.uuid, None,
               at(7, 11))).uuid
    done_recently = journal.checkins.save_action(
        Action(_id(), "Share the report checklist", first.uuid, day(5), previous.uuid, day(2),
               at(7, 11))).uuid
    done_long_ago = journal.checkins.save_action(
        Action(_id(), "Book the training", None, None, earlier.uuid, day(15), at(20, 11))).uuid

    feedback_previous = journal.checkins.save_feedback(
        Feedback(_id(), previous.uuid, "The last report was clear and on time", first.uuid, None,
                 at(7, 11))).uuid
    feedback_earlier = journal.checkins.save_feedback(
        Feedback(_id(), earlier.uuid, "Tickets are waiting too long", second.uuid, None, at(20, 11))).uuid

    for days_ago, mood in ((6, 2), (4, 3), (1, 4)):
        journal.feelings.save_mood_check(MoodCheck(_id(), at(days_ago, 20), mood))
    journal.feelings.save_mood_check(MoodCheck(_id(), at(12, 20), 1))  # before the period

    parts = StatementParts("I missed two deadlines.", "I own the planning.", "Weekly updates.", "Clarity.")
    journal.statements.put_version(StatementVersion(_id(), 1, parts, "Version one text.", False, at(30)))

    sitting = journal.feelings.save_decision(
        StayOrGo(_id(), "The team", "The commute", "A fair review", Decision.UNDECIDED, None, at(5))).uuid

    def entry(days_ago: int, body: str, *, title: str = "", tags: tuple[str, ...] = (),
              stage: Stage | None = None) -> str:
        kind = EntryKind.REFLECTION if stage else EntryKind.FREE
        saved = journal.save_entry(EntryDraft(_id(), kind, body, stage, "p" if stage else None, title, tags),
                                   when=at(days_ago, 18))
        return saved.uuid

    marked_old = entry(25, "I want to ask about the review process.", title="Review process")
    journal.save_entry(  # an old entry, marked for this meeting two days ago
        EntryDraft(marked_old, EntryKind.FREE, "I want to ask about the review process.", None, None,
                   "Review process", (MEETING_TAG,)),
        when=at(2, 9),
    )
    marked_feelings = entry(4, "I felt shaky after the meeting.", tags=(MEETING_TAG,), stage=Stage.FEELINGS)
    marked_deleted = entry(3, "Not this one.", tags=(MEETING_TAG,))
    journal.delete_entry(marked_deleted)
    in_period = entry(2, "Finished the backlog triage.", title="Backlog")
    before_period = entry(9, "A quiet day.")
    return Seeded(plan, (first, second), earlier, previous, upcoming, marked_old, marked_feelings,
                  marked_deleted, in_period, before_period, old_evidence, new_evidence, open_action,
                  done_recently, done_long_ago, feedback_previous, feedback_earlier, sitting)


@pytest.fixture
def seeded(journal: Journal) -> Seeded:
    return seed(journal)


def test_the_previous_held_checkin_bounds_the_period(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC))
    assert material.checkin == seeded.upcoming
    assert material.previous == seeded.previous
    assert material.period_start == seeded.previous.scheduled_at
    assert material.plan == seeded.plan
    assert [g.uuid for g in material.goals] == [g.uuid for g in seeded.goals]


def test_next_checkin_is_found_when_none_is_named(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(None, datetime.now(UTC))
    assert material.checkin is not None and material.checkin.uuid == seeded.upcoming.uuid
    assert material.previous is not None and material.previous.uuid == seeded.previous.uuid


def test_a_past_checkin_looks_back_to_the_one_before_it(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.previous.uuid, datetime.now(UTC))
    assert material.previous is not None and material.previous.uuid == seeded.earlier.uuid
    assert material.period_end == seeded.previous.scheduled_at
    assert [f.uuid for f in material.feedback] == [seeded.feedback_earlier]
    assert seeded.old_evidence in {e.uuid for e in material.evidence}
    assert seeded.new_evidence not in {e.uuid for e in material.evidence}


def test_without_any_checkin_the_plan_start_begins_the_period(journal: Journal) -> None:
    now = datetime.now(UTC)
    journal.plans.save_plan(Plan(_id(), day(12), 60, "Dana", (), PlanStatus.ACTIVE, now, now))
    material = journal.briefs.material(None, now)
    assert material.checkin is None and material.previous is None
    assert material.since_day == day(12)
    assert material.questions == ()


def test_an_empty_journal_looks_back_four_weeks(journal: Journal) -> None:
    material = journal.briefs.material(None, datetime.now(UTC))
    assert material.since_day == day(28)
    assert material.entries == () and material.goals == () and material.statement is None


def test_evidence_since_the_previous_checkin(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC))
    uuids = {e.uuid for e in material.evidence}
    assert seeded.new_evidence in uuids
    assert seeded.old_evidence not in uuids
    assert len(material.evidence) == 2  # the goal's, and the general one


def test_actions_open_and_completed_since(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC))
    assert [a.uuid for a in material.open_actions] == [seeded.open_action]
    assert [a.uuid for a in material.done_actions] == [seeded.done_recently]


def test_feedback_comes_from_the_last_held_checkin(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC))
    assert [f.uuid for f in material.feedback] == [seeded.feedback_previous]


def test_marked_entries_come_first_of_any_date_and_never_deleted(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC))
    marked = [e.uuid for e in material.entries if e.marked]
    assert marked == [seeded.marked_feelings, seeded.marked_old]  # newest first
    others = [e.uuid for e in material.entries if not e.marked]
    assert others == [seeded.in_period]
    assert seeded.marked_deleted not in {e.uuid for e in material.entries}
    assert seeded.before_period not in {e.uuid for e in material.entries}
    assert material.entries[0].is_feelings
    choice = default_choice(material)
    assert choice.entry_uuids == {seeded.marked_old}


def test_mood_checks_and_stay_or_go_of_the_period(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC))
    assert [m.mood for m in material.mood_checks] == [2, 3, 4]
    assert [s.uuid for s in material.stay_or_go] == [seeded.sitting]


def test_statement_only_when_it_changed_since(journal: Journal, seeded: Seeded) -> None:
    now = datetime.now(UTC)
    assert journal.briefs.material(seeded.upcoming.uuid, now).statement is None
    parts = StatementParts("a", "b", "c", "d")
    newer = journal.statements.save_version(parts, "Newest words.")
    assert journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC)).statement == newer
    older_final = journal.statements.save_version(parts, "Final words.")
    journal.statements.save_version(parts, "A draft after the final one.")
    journal.statements.mark_final(older_final.uuid)
    shown = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC)).statement
    assert shown is not None and shown.uuid == older_final.uuid and shown.is_final


def test_questions_come_from_the_agenda(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC))
    assert material.questions == (
        "What would great look like by the next milestone?",
        "Can we move the report review to Mondays?",
    )


def test_unknown_checkin_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound):
        journal.briefs.material(_id(), datetime.now(UTC))


def test_the_default_markdown_for_the_seeded_journal(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC))
    text = brief_markdown(material, default_choice(material))
    assert "Sent the weekly report a day early" in text
    assert "Drafted the report template" not in text
    assert "Pair with Sam on the ticket backlog" in text
    assert "The last report was clear and on time" in text
    assert "Tickets are waiting too long" not in text
    assert "I want to ask about the review process." in text
    assert "I felt shaky" not in text  # a feelings entry stays out unless ticked
    assert BriefSection.MOOD.label not in text and "The commute" not in text
    assert "Can we move the report review to Mondays?" in text


def test_a_past_checkins_brief_never_offers_entries_marked_after_it(journal: Journal, seeded: Seeded) -> None:
    material = journal.briefs.material(seeded.previous.uuid, datetime.now(UTC))
    offered = {e.uuid for e in material.entries}
    assert seeded.marked_old in offered  # marked before that meeting
    assert seeded.marked_feelings not in offered  # written (and marked) after it


def test_a_mark_from_before_the_last_checkin_is_offered_unticked(journal: Journal, seeded: Seeded) -> None:
    draft = EntryDraft(_id(), EntryKind.FREE, "Brought to the last meeting.", tags=(MEETING_TAG,))
    saved = journal.save_entry(draft, when=at(12, 9))
    material = journal.briefs.material(seeded.upcoming.uuid, datetime.now(UTC))
    offered = {e.uuid: e for e in material.entries}
    assert offered[saved.uuid].marked
    assert saved.uuid not in default_choice(material).entry_uuids
    assert seeded.marked_old in default_choice(material).entry_uuids


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York"])
def test_a_brief_for_a_meeting_dated_in_year_one_is_gathered(tmp_path: Path, zone: str) -> None:
    """A check-in imported with a date at the start of the calendar once made every brief fail."""
    import sqlite3

    from app.paths import database_path
    from tests.extreme_journal import FIRST, build_extreme_journal, local_zone

    folder = tmp_path / "data"
    build_extreme_journal(folder)
    with sqlite3.connect(database_path(folder)) as db:
        db.execute("UPDATE checkins SET scheduled_at = ?", (FIRST,))
    db.close()
    with local_zone(zone):
        extreme = Journal.open(folder)
        try:
            (meeting,) = extreme.checkins.checkins()
            material = extreme.briefs.material(meeting.uuid, datetime.now(UTC))
        finally:
            extreme.close()
    assert material.since_day == date(1, 1, 1)
