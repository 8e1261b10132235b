"""A real journal with a distinct word written in every searchable tool field, through the stores.

Each field gets its own made-up word (`WORDS`), so a search for it must find exactly that field.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain.search import SourceKind
from app.domain.workbench import (
    Action,
    CheckIn,
    Decision,
    Evidence,
    Feedback,
    ForgivenessItem,
    ForgivenessStatus,
    Goal,
    GoalMilestone,
    GoalStatus,
    LeavingPlan,
    MilestoneMark,
    MoodCheck,
    Plan,
    PlanMilestone,
    PlanStatus,
    Stakeholder,
    StatementParts,
    StayOrGo,
)
from app.store.journal import Journal

WHEN = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
PLAN, GOAL, CHECKIN = "plan-1", "goal-1", "checkin-1"

# (kind, field as a hit carries it) -> the one word written there
WORDS: dict[tuple[SourceKind, str], str] = {
    (SourceKind.CHECKIN, "agenda"): "agendaword",
    (SourceKind.CHECKIN, "notes"): "notesword",
    (SourceKind.CHECKIN, "thanks"): "thanksword",
    (SourceKind.CHECKIN, "lessons"): "lessonsword",
    (SourceKind.CHECKIN, "follow_up"): "followupword",
    (SourceKind.CHECKIN, "own_questions"): "questionsword",
    (SourceKind.FEEDBACK, "text"): "feedbackword",
    (SourceKind.ACTION, "text"): "actionword",
    (SourceKind.GOAL, "title"): "goaltitleword",
    (SourceKind.GOAL, "success"): "goalsuccessword",
    (SourceKind.GOAL, "measure"): "goalmeasureword",
    (SourceKind.GOAL, "notes"): "goalnotesword",
    (SourceKind.GOAL_MILESTONE, "success:1"): "milestonesuccessword",
    (SourceKind.PLAN, "closing_reflection"): "closingword",
    (SourceKind.STAKEHOLDER, "expectations:0"): "expectationsword",
    (SourceKind.PLAN_MILESTONE, "success:30"): "checkpointsuccessword",
    (SourceKind.PLAN_MILESTONE, "met:30"): "metword",
    (SourceKind.PLAN_MILESTONE, "to_raise:30"): "toraiseword",
    (SourceKind.EVIDENCE, "text"): "evidenceword",
    (SourceKind.STATEMENT_DRAFT, "what_is_true"): "draftisword",
    (SourceKind.STATEMENT_DRAFT, "what_i_own"): "draftownword",
    (SourceKind.STATEMENT_DRAFT, "what_i_commit_to"): "draftcommitword",
    (SourceKind.STATEMENT_DRAFT, "what_i_need"): "draftneedword",
    (SourceKind.STATEMENT_DRAFT, "text"): "drafttextword",
    (SourceKind.STATEMENT_VERSION, "what_is_true"): "versionisword",
    (SourceKind.STATEMENT_VERSION, "what_i_own"): "versionownword",
    (SourceKind.STATEMENT_VERSION, "what_i_commit_to"): "versioncommitword",
    (SourceKind.STATEMENT_VERSION, "what_i_need"): "versionneedword",
    (SourceKind.STATEMENT_VERSION, "text"): "versiontextword",
    (SourceKind.FORGIVENESS, "whom"): "whomword",
    (SourceKind.FORGIVENESS, "what_happened"): "happenedword",
    (SourceKind.FORGIVENESS, "notes"): "forgivenotesword",
    (SourceKind.DECISION, "reasons_to_stay"): "stayword",
    (SourceKind.DECISION, "reasons_to_leave"): "leaveword",
    (SourceKind.DECISION, "conditions_to_stay"): "conditionsword",
    (SourceKind.DECISION, "reflection"): "reflectionword",
    (SourceKind.MOOD, "note"): "moodword",
    (SourceKind.LEAVING_PLAN, "finish"): "finishword",
    (SourceKind.LEAVING_PLAN, "notice"): "noticeword",
    (SourceKind.LEAVING_PLAN, "people"): "peopleword",
    (SourceKind.LEAVING_PLAN, "job_search"): "jobsearchword",
}


def word(kind: SourceKind, field: str) -> str:
    return WORDS[(kind, field)]


def _w(kind: SourceKind, field: str) -> str:
    return f"Written here: {word(kind, field)} and more."


def plan() -> Plan:
    return Plan(uuid=PLAN, start=date(2026, 3, 2), length_days=90, manager="Dana Reyes",
                stakeholders=(Stakeholder("Lee", expectations=_w(SourceKind.STAKEHOLDER, "expectations:0")),),
                status=PlanStatus.ACTIVE, created_at=WHEN, updated_at=WHEN,
                closing_reflection=_w(SourceKind.PLAN, "closing_reflection"))


def goal(**changes: object) -> Goal:
    fields: dict[str, object] = dict(
        uuid=GOAL, plan_uuid=PLAN, title=f"Ship on time {word(SourceKind.GOAL, 'title')}",
        success=_w(SourceKind.GOAL, "success"), measure=_w(SourceKind.GOAL, "measure"),
        milestones=(GoalMilestone(date(2026, 4, 1)),
                    GoalMilestone(date(2026, 5, 1), success=_w(SourceKind.GOAL_MILESTONE, "success:1")),
                    GoalMilestone(date(2026, 5, 31))),
        status=GoalStatus.ON_TRACK,
        notes=_w(SourceKind.GOAL, "notes"), position=0, created_at=WHEN, updated_at=WHEN,
    )
    fields.update(changes)
    return Goal(**fields)  # type: ignore[arg-type]


def checkin(**changes: object) -> CheckIn:
    fields: dict[str, object] = dict(
        uuid=CHECKIN, scheduled_at=WHEN, agenda=_w(SourceKind.CHECKIN, "agenda"),
        notes=_w(SourceKind.CHECKIN, "notes"), rating=4, held=True,
        follow_up=_w(SourceKind.CHECKIN, "follow_up"),
        created_at=WHEN, updated_at=WHEN, thanks=_w(SourceKind.CHECKIN, "thanks"),
        lessons=_w(SourceKind.CHECKIN, "lessons"), own_questions=_w(SourceKind.CHECKIN, "own_questions"),
    )
    fields.update(changes)
    return CheckIn(**fields)  # type: ignore[arg-type]


def parts(kind: SourceKind) -> StatementParts:
    return StatementParts(what_is_true=_w(kind, "what_is_true"), what_i_own=_w(kind, "what_i_own"),
                          what_i_commit_to=_w(kind, "what_i_commit_to"), what_i_need=_w(kind, "what_i_need"))


def fill_every_tool(journal: Journal) -> None:
    """One record in every tool, each field holding its own word; plus a draft that must stay unfound."""
    journal.plans.save_plan(plan())
    journal.plans.save_goal(goal())
    journal.plans.save_evidence(Evidence(
        uuid="evidence-1", goal_uuid=GOAL, happened_on=date(2026, 3, 12),
        text=_w(SourceKind.EVIDENCE, "text"), entry_uuid=None, created_at=WHEN))
    journal.milestones.save_milestone(PlanMilestone(
        plan_uuid=PLAN, mark=MilestoneMark.DAY_30, due_on=date(2026, 4, 1),
        success=_w(SourceKind.PLAN_MILESTONE, "success:30"), met=_w(SourceKind.PLAN_MILESTONE, "met:30"),
        to_raise=_w(SourceKind.PLAN_MILESTONE, "to_raise:30")))
    journal.checkins.save_checkin(checkin())
    journal.checkins.save_feedback(Feedback(uuid="feedback-1", checkin_uuid=CHECKIN,
                                            text=_w(SourceKind.FEEDBACK, "text"), goal_uuid=None,
                                            action_uuid=None, created_at=WHEN))
    journal.checkins.save_action(Action(uuid="action-1", text=_w(SourceKind.ACTION, "text"), goal_uuid=GOAL,
                                        due_on=None, checkin_uuid=CHECKIN, done_on=None, created_at=WHEN))
    journal.statements.save_draft(parts(SourceKind.STATEMENT_DRAFT), _w(SourceKind.STATEMENT_DRAFT, "text"),
                                  at=WHEN)
    journal.statements.save_version(parts(SourceKind.STATEMENT_VERSION),
                                    _w(SourceKind.STATEMENT_VERSION, "text"), at=WHEN)
    journal.feelings.save_forgiveness(ForgivenessItem(
        uuid="forgive-1", whom=f"Myself {word(SourceKind.FORGIVENESS, 'whom')}",
        what_happened=_w(SourceKind.FORGIVENESS, "what_happened"), status=ForgivenessStatus.WORKING_ON_IT,
        notes=_w(SourceKind.FORGIVENESS, "notes"), created_at=WHEN, updated_at=WHEN))
    journal.feelings.save_decision(StayOrGo(
        uuid="decision-1", reasons_to_stay=_w(SourceKind.DECISION, "reasons_to_stay"),
        reasons_to_leave=_w(SourceKind.DECISION, "reasons_to_leave"),
        conditions_to_stay=_w(SourceKind.DECISION, "conditions_to_stay"), decision=Decision.UNDECIDED,
        decided_on=None, created_at=WHEN, reflection=_w(SourceKind.DECISION, "reflection")))
    journal.feelings.save_mood_check(
        MoodCheck(uuid="mood-1", at=WHEN, mood=3, note=_w(SourceKind.MOOD, "note")))
    journal.feelings.save_leaving_plan(LeavingPlan(
        finish=_w(SourceKind.LEAVING_PLAN, "finish"), notice=_w(SourceKind.LEAVING_PLAN, "notice"),
        people=_w(SourceKind.LEAVING_PLAN, "people"), job_search=_w(SourceKind.LEAVING_PLAN, "job_search")))
    journal.drafts.put("search-test", "a draft holding draftonlyword")
