"""Linked prompts on a real file: each answer is its tool's field, one text in one place."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.catalogue import load_catalogue
from app.domain.prompt_links import LINKS, ToolField
from app.domain.stages import Stage
from app.domain.workbench import Decision, MilestoneMark, PlanStatus, StatementParts
from app.store.journal import Journal
from tests.store.test_checkin_store import make_checkin
from tests.store.test_plan_store import make_plan

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

STATEMENT_FIELDS = {
    ToolField.STATEMENT_TRUE: "what_is_true",
    ToolField.STATEMENT_OWN: "what_i_own",
    ToolField.STATEMENT_COMMIT: "what_i_commit_to",
    ToolField.STATEMENT_NEED: "what_i_need",
}


@pytest.mark.parametrize("field", list(STATEMENT_FIELDS))
def test_a_statement_part_is_the_workshop_part(journal: Journal, field: ToolField) -> None:
    journal.statements.save_draft(StatementParts(what_is_true="kept", what_i_need="kept too"), "Draft.")
    journal.prompt_fields.put(field, "Written on the prompt.")
    draft = journal.statements.draft()
    assert getattr(draft.parts, STATEMENT_FIELDS[field]) == "Written on the prompt."
    assert draft.text == "Draft."
    others = {name for f, name in STATEMENT_FIELDS.items() if f is not field}
    for name in others & {"what_is_true", "what_i_need"}:
        assert getattr(draft.parts, name) in ("kept", "kept too")
    assert journal.prompt_fields.get(field) == "Written on the prompt."


def test_the_statement_prompt_is_the_workshop_draft(journal: Journal) -> None:
    journal.prompt_fields.put(ToolField.STATEMENT_TEXT, "I missed the deadlines. I own that.")
    assert journal.statements.draft().text == "I missed the deadlines. I own that."
    journal.statements.save_draft(StatementParts(), "Edited in the workshop.")
    assert journal.prompt_fields.get(ToolField.STATEMENT_TEXT) == "Edited in the workshop."


def test_stay_or_go_writes_the_newest_sitting_or_starts_one(journal: Journal) -> None:
    assert journal.prompt_fields.get(ToolField.STAY_OR_GO) == ""
    journal.prompt_fields.put(ToolField.STAY_OR_GO, "", now=NOW)
    assert journal.feelings.decisions() == []  # nothing written, nothing made
    journal.prompt_fields.put(ToolField.STAY_OR_GO, "Stay: I want to prove this.", now=NOW)
    [sitting] = journal.feelings.decisions()
    assert sitting.reflection == "Stay: I want to prove this."
    assert sitting.decision is Decision.UNDECIDED
    journal.prompt_fields.put(ToolField.STAY_OR_GO, "Stay, for now.", now=NOW)
    assert [d.reflection for d in journal.feelings.decisions()] == ["Stay, for now."]


def test_checkpoints_wait_as_drafts_until_there_is_a_plan(journal: Journal) -> None:
    journal.prompt_fields.put(ToolField.CHECKPOINT_30, "Every report on time.")
    assert journal.prompt_fields.get(ToolField.CHECKPOINT_30) == "Every report on time."
    assert journal.drafts.get(ToolField.CHECKPOINT_30.draft_key) == "Every report on time."


def test_checkpoints_write_the_active_plan(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    journal.prompt_fields.put(ToolField.CHECKPOINT_60, "Two releases shipped.")
    assert journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_60).success == "Two releases shipped."
    assert journal.prompt_fields.get(ToolField.CHECKPOINT_60) == "Two releases shipped."
    assert journal.prompt_fields.get(ToolField.CHECKPOINT_30) == ""


def test_an_ended_plan_is_not_written_by_the_prompts(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan(status=PlanStatus.ENDED))
    journal.prompt_fields.put(ToolField.CHECKPOINT_90, "For the next plan.")
    assert journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_90).success == ""
    assert journal.drafts.get(ToolField.CHECKPOINT_90.draft_key) == "For the next plan."


def test_questions_and_thanks_go_to_the_next_checkin(journal: Journal) -> None:
    past = journal.checkins.save_checkin(make_checkin(scheduled_at=NOW - timedelta(days=7), held=True))
    later = journal.checkins.save_checkin(make_checkin(scheduled_at=NOW + timedelta(days=14)))
    soon = journal.checkins.save_checkin(make_checkin(scheduled_at=NOW + timedelta(days=2)))
    journal.prompt_fields.put(ToolField.CHECKIN_QUESTIONS, "Which report matters most?", now=NOW)
    journal.prompt_fields.put(ToolField.CHECKIN_THANKS, "The extra review time.", now=NOW)
    saved = {c.uuid: c for c in journal.checkins.checkins()}
    assert saved[soon.uuid].own_questions == "Which report matters most?"
    assert saved[soon.uuid].thanks == "The extra review time."
    assert saved[later.uuid].own_questions == saved[past.uuid].own_questions == ""
    assert journal.prompt_fields.get(ToolField.CHECKIN_THANKS, now=NOW) == "The extra review time."


def test_questions_written_before_any_checkin_move_into_the_first_one_scheduled(journal: Journal) -> None:
    now = datetime.now(UTC)  # the store decides "next" by its own clock
    journal.prompt_fields.put(ToolField.CHECKIN_QUESTIONS, "What does good look like?", now=now)
    journal.prompt_fields.put(ToolField.CHECKIN_THANKS, "Your patience.", now=now)
    made = journal.checkins.save_checkin(make_checkin(scheduled_at=now + timedelta(days=3), thanks="Time."))
    assert made.own_questions == "What does good look like?"
    assert made.thanks == "Time.\n\nYour patience."
    assert journal.drafts.get(ToolField.CHECKIN_QUESTIONS.draft_key) == ""
    assert journal.prompt_fields.get(ToolField.CHECKIN_QUESTIONS, now=now) == "What does good look like?"
    again = journal.checkins.save_checkin(make_checkin(scheduled_at=now + timedelta(days=10)))
    assert again.own_questions == ""  # moved once, never copied


def test_a_past_meeting_logged_afterwards_or_a_later_one_takes_no_waiting_words(journal: Journal) -> None:
    now = datetime.now(UTC)
    journal.prompt_fields.put(ToolField.CHECKIN_QUESTIONS, "Waiting for the next meeting.", now=now)
    past = journal.checkins.save_checkin(make_checkin(scheduled_at=now - timedelta(days=5)))
    assert past.own_questions == ""
    journal.checkins.save_checkin(make_checkin(scheduled_at=now + timedelta(days=2), held=True))
    ahead = journal.checkins.save_checkin(make_checkin(scheduled_at=now + timedelta(days=1)))
    later = journal.checkins.save_checkin(make_checkin(scheduled_at=now + timedelta(days=9)))
    assert ahead.own_questions == "Waiting for the next meeting."
    assert later.own_questions == ""


def test_a_prompt_writes_back_to_the_meeting_it_read_even_once_it_has_passed(journal: Journal) -> None:
    first = journal.checkins.save_checkin(make_checkin(scheduled_at=NOW + timedelta(hours=1)))
    second = journal.checkins.save_checkin(make_checkin(scheduled_at=NOW + timedelta(days=7),
                                                        own_questions="Written for the second."))
    place = journal.prompt_fields.locate(ToolField.CHECKIN_QUESTIONS, now=NOW)
    assert place.record == first.uuid
    later = NOW + timedelta(hours=4)  # the first meeting is over: the second is "next" now
    assert journal.prompt_fields.locate(ToolField.CHECKIN_QUESTIONS, now=later).record == second.uuid
    journal.prompt_fields.write(place, "For the first. More.", now=later)
    saved = {c.uuid: c.own_questions for c in journal.checkins.checkins()}
    assert saved == {first.uuid: "For the first. More.", second.uuid: "Written for the second."}


def test_words_that_waited_show_with_a_record_that_came_back_and_move_in_on_the_next_write(
    journal: Journal,
) -> None:
    ended = journal.plans.save_plan(make_plan(status=PlanStatus.ENDED))
    journal.prompt_fields.put(ToolField.CHECKPOINT_30, "Typed while it was ended.")
    journal.plans.save_plan(replace(ended, status=PlanStatus.ACTIVE))  # reopened
    assert journal.prompt_fields.get(ToolField.CHECKPOINT_30) == "Typed while it was ended."
    journal.prompt_fields.put(ToolField.CHECKPOINT_30, "Typed while it was ended. And now.")
    assert journal.milestones.milestone(ended.uuid, MilestoneMark.DAY_30).success == (
        "Typed while it was ended. And now.")
    assert journal.drafts.get(ToolField.CHECKPOINT_30.draft_key) == ""


def test_answered_prompts_count_the_tools(journal: Journal) -> None:
    journal.statements.save_draft(StatementParts(what_i_own="My part."), "")
    journal.prompt_fields.put(ToolField.CHECKIN_THANKS, "Thanks.", now=NOW)
    answered = journal.answered_prompts(now=NOW)
    assert answered[Stage.OWNERSHIP] == {"my-part"}
    assert answered[Stage.CHECKINS] == {"thank-manager"}
    assert answered[Stage.FEELINGS] == set() and answered[Stage.EXPECTATIONS] == set()


def test_every_link_names_a_prompt_of_the_catalogue() -> None:
    catalogue = load_catalogue()
    for stage, key in LINKS:
        assert key in {p.key for p in catalogue.guide(stage).prompts}, (stage, key)



def test_texts_reads_each_tool_once_and_agrees_with_get(journal: Journal) -> None:
    journal.statements.save_draft(StatementParts(what_is_true="True.", what_i_need="Time."), "Draft.")
    journal.prompt_fields.put(ToolField.CHECKPOINT_60, "Waiting for a plan.")
    journal.prompt_fields.put(ToolField.STAY_OR_GO, "Stay.", now=NOW)
    texts = journal.prompt_fields.texts(ToolField, now=NOW)
    assert texts == {field: journal.prompt_fields.get(field, now=NOW) for field in ToolField}
    assert journal.prompt_fields.texts([ToolField.STATEMENT_NEED]) == {ToolField.STATEMENT_NEED: "Time."}


def test_words_for_a_record_that_went_meanwhile_wait_as_a_draft(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    meeting = journal.checkins.save_checkin(make_checkin(scheduled_at=NOW + timedelta(days=1)))
    checkpoint = journal.prompt_fields.locate(ToolField.CHECKPOINT_30)
    questions = journal.prompt_fields.locate(ToolField.CHECKIN_QUESTIONS, now=NOW)
    assert (checkpoint.record, questions.record) == (plan.uuid, meeting.uuid)
    journal.checkins.delete_checkin(meeting.uuid)
    journal.prompt_fields.write(questions, "Still mine.", now=NOW)
    assert journal.drafts.get(ToolField.CHECKIN_QUESTIONS.draft_key) == "Still mine."
    assert journal.checkins.checkin(meeting.uuid) is None
