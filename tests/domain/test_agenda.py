"""Check-in preparation: the question bank, carry-forward of actions, the agenda and the follow-up."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.agenda import (
    GROUP_LABELS,
    Question,
    assemble_agenda,
    carry_forward,
    follow_up_message,
    greeting_name,
    open_actions,
    own_question_lines,
    parse_questions,
)
from app.domain.prompts import CatalogueError
from app.domain.workbench import (
    Action,
    CheckIn,
    Evidence,
    Feedback,
    Goal,
    GoalMilestone,
    GoalStatus,
    MilestoneMark,
    Plan,
    PlanMilestone,
    PlanStatus,
    Stakeholder,
)
from app.workbench_catalogue import load_questions


@pytest.fixture(autouse=True)
def berlin() -> Iterator[None]:
    """Agendas are written in local time; pin it to a zone with summer time."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def _at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    """A Berlin wall-clock time as the UTC moment the store holds."""
    return datetime(year, month, day, hour, minute).astimezone(UTC)


_MADE = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def _plan(start: date = date(2026, 3, 2), length: int = 90) -> Plan:
    return Plan("plan", start, length, "Dana", (Stakeholder("Priya"),), PlanStatus.ACTIVE, _MADE, _MADE)


def _goal(
    uuid: str,
    title: str,
    position: int,
    milestones: tuple[date, ...] = (),
    status: GoalStatus = GoalStatus.ON_TRACK,
) -> Goal:
    days = tuple(GoalMilestone(day) for day in milestones)
    return Goal(uuid, "plan", title, "", "", days, status, "", position, _MADE, _MADE)


def _checkin(uuid: str, at: datetime, held: bool = True) -> CheckIn:
    return CheckIn(uuid, at, "", "", 4 if held else None, held, "", _MADE, _MADE)


def _action(
    uuid: str,
    text: str,
    created: datetime,
    *,
    due: date | None = None,
    done: date | None = None,
    checkin: str | None = None,
    goal: str | None = None,
) -> Action:
    return Action(uuid, text, goal, due, checkin, done, created)


def _evidence(uuid: str, goal: str | None, day: date, text: str) -> Evidence:
    return Evidence(uuid, goal, day, text, None, _MADE)


def _section(agenda: str, heading: str) -> str:
    """The text under one `## ` heading, up to the next one."""
    start = agenda.index(f"## {heading}\n")
    end = agenda.find("\n## ", start + 1)
    return agenda[start : end if end != -1 else len(agenda)]


# -- the question bank ---------------------------------------------------------------------------


def test_the_shipped_question_bank() -> None:
    questions = load_questions()
    assert len(questions) >= 18
    assert load_questions() is questions
    assert {q.group for q in questions} == set(GROUP_LABELS)
    assert len({q.key for q in questions}) == len(questions)
    assert len({q.text for q in questions}) == len(questions)
    for question in questions:
        assert question.text.endswith("?")
        assert question.group_label == GROUP_LABELS[question.group]
    assert any("progress" in q.text and "goal" in q.text for q in questions if q.group == "progress")


def test_parse_questions_keeps_order_and_tidies_text() -> None:
    text = """
[[questions]]
key = "b"
group = "support"
text = '''What would
   help?'''

[[questions]]
key = "a"
group = "feedback"
text = "Anything else?"
"""
    assert parse_questions(text) == (
        Question("b", "support", "What would help?"),
        Question("a", "feedback", "Anything else?"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "not toml [",
        "",
        "questions = []",
        "questions = ['x']",
        '[[questions]]\nkey = "a"\ngroup = "progress"',
        '[[questions]]\nkey = "a"\ngroup = "gossip"\ntext = "Who said what?"',
        '[[questions]]\ngroup = "progress"\ntext = "How am I doing?"',
        '[[questions]]\nkey = "a"\ngroup = "progress"\ntext = "One?"\n'
        '[[questions]]\nkey = "a"\ngroup = "support"\ntext = "Two?"',
    ],
)
def test_bad_question_files_are_refused(text: str) -> None:
    with pytest.raises(CatalogueError):
        parse_questions(text)


# -- open actions and carry-forward --------------------------------------------------------------


def test_open_actions_soonest_due_first_then_oldest() -> None:
    a = _action("a", "No date, older", _at(2026, 3, 1))
    b = _action("b", "Due later", _at(2026, 3, 2), due=date(2026, 3, 20))
    c = _action("c", "Due sooner", _at(2026, 3, 3), due=date(2026, 3, 12))
    d = _action("d", "Done", _at(2026, 3, 1), due=date(2026, 3, 5), done=date(2026, 3, 4))
    e = _action("e", "No date, newer", _at(2026, 3, 4))
    f = _action("f", "Due later, older", _at(2026, 3, 1), due=date(2026, 3, 20))
    assert open_actions([a, b, c, d, e, f]) == [c, f, b, a, e]
    assert open_actions([]) == []
    assert open_actions([d]) == []


def test_an_action_is_carried_to_every_later_agenda_until_done() -> None:
    meetings = [_at(2026, 3, 3), _at(2026, 3, 10), _at(2026, 3, 17), _at(2026, 3, 24)]
    agreed = _action("x", "Send the weekly note", meetings[0] + timedelta(minutes=30), checkin="c1")
    # the action was agreed at the first meeting: not on that agenda, on every one after it
    assert carry_forward([agreed], meetings[0]) == []
    for when in meetings[1:]:
        assert carry_forward([agreed], when) == [agreed]
    # done on 18 March: the agenda of 17 March still had it, the one of 24 March does not
    done = replace(agreed, done_on=date(2026, 3, 18))
    assert carry_forward([done], meetings[1]) == [done]
    assert carry_forward([done], meetings[2]) == [done]
    assert carry_forward([done], meetings[3]) == []


def test_an_action_done_on_the_meeting_day_is_not_carried() -> None:
    when = _at(2026, 3, 10, 16, 0)
    action = _action("x", "Fix the report", _at(2026, 3, 3), done=date(2026, 3, 10))
    assert carry_forward([action], when) == []


def test_carry_forward_uses_the_local_day_of_the_meeting() -> None:
    # 00:30 on 11 March in Berlin is still 10 March in UTC
    when = datetime(2026, 3, 10, 23, 30, tzinfo=UTC)
    action = _action("x", "Fix it", _at(2026, 3, 3), done=date(2026, 3, 11))
    assert carry_forward([action], when) == []


def test_carried_actions_come_in_due_order() -> None:
    when = _at(2026, 3, 20)
    late = _action("late", "Late one", _at(2026, 3, 5), due=date(2026, 3, 30))
    soon = _action("soon", "Soon one", _at(2026, 3, 6), due=date(2026, 3, 21))
    undated = _action("undated", "Some time", _at(2026, 3, 1))
    assert carry_forward([undated, late, soon], when) == [soon, late, undated]


# -- the agenda ----------------------------------------------------------------------------------


def test_a_full_agenda() -> None:
    plan = _plan()
    ship = _goal("g1", "Ship  reports on time", 0, (date(2026, 3, 31), date(2026, 4, 30)))
    quality = _goal("g2", "Code quality", 1, status=GoalStatus.AT_RISK)
    evidence = [
        _evidence("e0", "g1", date(2026, 3, 5), "Before the last check-in"),
        _evidence("e1", "g1", date(2026, 3, 10), "On the day of the last check-in"),
        _evidence("e2", "g1", date(2026, 3, 12), "Sent the weekly report\non Monday"),
        _evidence("e3", None, date(2026, 3, 14), "Helped Sam with <the> build"),
    ]
    last = _checkin("c1", _at(2026, 3, 10, 9, 0))
    actions = [
        _action("a1", "Send the weekly status", _at(2026, 3, 10, 11), due=date(2026, 3, 17), goal="g1"),
        _action("a2", "Book the training", _at(2026, 3, 10, 11)),
        _action("a3", "Done already", _at(2026, 3, 10, 11), done=date(2026, 3, 11)),
        _action("a4", "Due on the day", _at(2026, 3, 10, 11), due=date(2026, 3, 24)),
    ]
    questions = load_questions()[:2]
    agenda = assemble_agenda(
        when=_at(2026, 3, 24, 10, 0),
        plan=plan,
        goals=[quality, ship],  # shown in their own order, not the order given
        evidence=evidence,
        actions=actions,
        last_checkin=last,
        questions=questions,
        thanks="Dana made time for my questions on Friday.",
        lessons="Asking early saves a week.",
    )
    assert agenda.startswith("# Check-in on Tue 24 Mar 2026 at 10:00\n")
    progress = _section(agenda, "Progress on each goal")
    assert "Day 23 of 90 of the plan (it runs to Sat 30 May)." in progress
    assert progress.index("### Ship reports on time (On track)") < progress.index(
        "### Code quality (At risk)"
    )
    assert "Next milestone: Tue 31 Mar (in 7 days)." in progress
    assert "No milestone dates set." in progress
    assert "Before the last check-in" not in progress
    assert "- Tue 10 Mar: On the day of the last check-in" in progress
    assert "- Thu 12 Mar: Sent the weekly report\n  on Monday" in progress
    assert "Since Tue 10 Mar:" in progress
    quality_part = progress[progress.index("### Code quality") : progress.index("### Other progress")]
    assert "Nothing noted since Tue 10 Mar yet." in quality_part
    assert "- Sat 14 Mar: Helped Sam with <the> build" in progress

    open_part = _section(agenda, "Open actions")
    assert "- Send the weekly status (due Tue 17 Mar, overdue; goal: Ship reports on time)" in open_part
    assert "- Due on the day (due Tue 24 Mar)\n" in open_part  # due today is not overdue yet
    assert "- Book the training\n" in open_part
    assert "Done already" not in open_part
    assert open_part.index("weekly status") < open_part.index("Due on the day") < open_part.index("Book")

    asked = _section(agenda, "Questions to ask")
    assert all(f"- {q.text}" in asked for q in questions)
    assert "Dana made time for my questions on Friday." in _section(agenda, "Thanks")
    assert "Asking early saves a week." in _section(agenda, "Lessons learned")
    assert agenda.endswith("Asking early saves a week.\n")


def test_an_empty_agenda_keeps_every_section_and_says_what_to_do() -> None:
    agenda = assemble_agenda(
        when=_at(2026, 3, 24),
        plan=None,
        goals=[],
        evidence=[],
        actions=[],
        last_checkin=None,
        questions=[],
    )
    for heading in ("Progress on each goal", "Open actions", "Questions to ask", "Thanks", "Lessons learned"):
        body = _section(agenda, heading).removeprefix(f"## {heading}\n").strip()
        assert body.startswith("_") and body.endswith("_") and len(body) > 20, heading
    assert "Day " not in agenda


def test_without_a_last_checkin_evidence_counts_from_the_plan_start() -> None:
    goal = _goal("g1", "Goal", 0)
    evidence = [
        _evidence("old", "g1", date(2026, 2, 20), "From before the plan"),
        _evidence("first", "g1", date(2026, 3, 2), "On the first day"),
    ]
    agenda = assemble_agenda(
        when=_at(2026, 3, 9),
        plan=_plan(),
        goals=[goal],
        evidence=evidence,
        actions=[],
        last_checkin=None,
        questions=[],
    )
    assert "Since Mon 2 Mar:" in agenda
    assert "On the first day" in agenda
    assert "From before the plan" not in agenda


def test_without_a_plan_or_check_in_all_evidence_shows() -> None:
    agenda = assemble_agenda(
        when=_at(2026, 3, 9),
        plan=None,
        goals=[_goal("g1", "Goal", 0)],
        evidence=[_evidence("e", "g1", date(2025, 1, 1), "Long ago")],
        actions=[],
        last_checkin=None,
        questions=[],
    )
    assert "So far:\n- Wed 1 Jan: Long ago" in agenda


def test_plan_position_before_the_start_and_after_the_end() -> None:
    def agenda_on(when: datetime) -> str:
        return assemble_agenda(
            when=when,
            plan=_plan(length=30),
            goals=[],
            evidence=[],
            actions=[],
            last_checkin=None,
            questions=[],
        )

    assert "The plan starts on Mon 2 Mar and runs to Tue 31 Mar." in agenda_on(_at(2026, 2, 27))
    assert "The plan ended on Tue 31 Mar." in agenda_on(_at(2026, 4, 2))
    assert "Day 30 of 30 of the plan" in agenda_on(_at(2026, 3, 31))


def test_goals_whose_milestones_have_all_passed() -> None:
    goal = _goal("g1", "Goal", 0, (date(2026, 3, 5), date(2026, 3, 12)))
    agenda = assemble_agenda(
        when=_at(2026, 3, 20),
        plan=None,
        goals=[goal],
        evidence=[],
        actions=[],
        last_checkin=None,
        questions=[],
    )
    assert "Last milestone: Thu 12 Mar (passed)." in agenda
    goal_today = _goal("g2", "Goal two", 1, (date(2026, 3, 20),))
    agenda = assemble_agenda(
        when=_at(2026, 3, 20),
        plan=None,
        goals=[goal_today],
        evidence=[],
        actions=[],
        last_checkin=None,
        questions=[],
    )
    assert "Next milestone: Fri 20 Mar (today)." in agenda


def test_actions_agreed_at_every_earlier_check_in_all_appear() -> None:
    first, second, third = _at(2026, 3, 3), _at(2026, 3, 10), _at(2026, 3, 17)
    from_first = _action("a1", "From the first", first + timedelta(hours=1), checkin="c1")
    from_second = _action("a2", "From the second", second + timedelta(hours=1), checkin="c2")
    agenda = assemble_agenda(
        when=third,
        plan=None,
        goals=[],
        evidence=[],
        actions=[from_first, from_second],
        last_checkin=_checkin("c2", second),
        questions=[],
    )
    open_part = _section(agenda, "Open actions")
    assert "- From the first" in open_part and "- From the second" in open_part


def test_thanks_and_lessons_are_kept_as_written() -> None:
    thanks = "For the quick review.\n\n- and the coffee ☕"
    agenda = assemble_agenda(
        when=_at(2026, 3, 24),
        plan=None,
        goals=[],
        evidence=[],
        actions=[],
        last_checkin=None,
        questions=[],
        thanks=f"  {thanks}\n",
        lessons="Ünïcode is fine",
    )
    assert thanks in agenda
    assert "Ünïcode is fine" in agenda


# -- the follow-up -------------------------------------------------------------------------------


def test_follow_up_summarises_what_was_agreed_and_heard() -> None:
    meeting = _checkin("c2", _at(2026, 3, 10, 9, 0))
    ship = _goal("g1", "Ship reports on time", 0)
    actions = [
        _action("a1", "Book the training", _at(2026, 3, 10, 11), checkin="c2"),
        _action(
            "a2",
            "Send the weekly status",
            _at(2026, 3, 10, 11),
            checkin="c2",
            due=date(2026, 3, 17),
            goal="g1",
        ),
        _action("a3", "From an earlier meeting", _at(2026, 3, 3, 11), checkin="c1", due=date(2026, 3, 12)),
    ]
    feedback = [
        Feedback("f2", "c2", "Flag risks  a day earlier.", None, None, _at(2026, 3, 10, 11, 5)),
        Feedback("f1", "c2", "Lead with the numbers.", "g1", "a2", _at(2026, 3, 10, 11, 0)),
        Feedback("f0", "c1", "Older feedback.", None, None, _at(2026, 3, 3, 11, 0)),
    ]
    message = follow_up_message(
        checkin=meeting, manager="Dana", actions=actions, feedback=feedback, goals=[ship]
    )
    assert message.startswith("Hi Dana,\n\nThank you for your time on Tue 10 Mar.")
    assert (
        "What we agreed:\n- Send the weekly status (by Tue 17 Mar, for “Ship reports on time”)\n"
        "  (in answer to your feedback: “Lead with the numbers.”)\n" in message
    )
    assert "- Book the training\n" in message
    assert "From an earlier meeting" not in message
    # Each item once: the feedback answered by an action is said with it, not again below.
    assert "What I heard from you:\n- Flag risks a day earlier.\n" in message
    assert message.count("Lead with the numbers.") == 1
    assert "Older feedback" not in message
    assert "Next step:" in message
    assert message.endswith("Thank you again.\n")
    assert "#" not in message and "**" not in message  # plain text for an email


def test_follow_up_with_nothing_agreed_or_heard() -> None:
    meeting = _checkin("c1", _at(2026, 3, 10))
    message = follow_up_message(checkin=meeting, manager="  ", actions=[], feedback=[], goals=[])
    assert message.startswith("Hi,\n\n")
    assert "We did not set new actions this time" in message
    assert "What we agreed" not in message and "What I heard" not in message
    assert "Next step: I will bring an update" in message


def test_follow_up_marks_an_action_already_done() -> None:
    meeting = _checkin("c1", _at(2026, 3, 10))
    done = _action("a", "Share the slides", _at(2026, 3, 10, 11), checkin="c1", done=date(2026, 3, 10))
    message = follow_up_message(checkin=meeting, manager="Dana", actions=[done], feedback=[], goals=[])
    assert "- Share the slides (already done)" in message


@pytest.mark.parametrize(("manager", "greeting"), [
    ("Dana", "Dana"),
    ("Firstname Lastname", "Firstname"),
    ("  Ana   Maria Ruiz ", "Ana"),
    ("Dr. Ana Ruiz", "Ana"),
    ("dr ana ruiz", "ana"),
    ("Prof. Dr. Jan de Vries", "Jan"),
    ("Dr. Ruiz", "Dr. Ruiz"),
    ("Ruiz, Ana", "Ana"),
    ("", ""),
])
def test_the_follow_up_greets_by_first_name(manager: str, greeting: str) -> None:
    """The defect: "Hi Firstname Lastname,". A title with a surname alone is how that person is
    addressed, so it stays whole."""
    assert greeting_name(manager) == greeting
    meeting = _checkin("c1", _at(2026, 3, 10))
    message = follow_up_message(checkin=meeting, manager=manager, actions=[], feedback=[], goals=[])
    assert message.startswith(f"Hi {greeting},\n" if greeting else "Hi,\n")


def test_follow_up_lists_an_item_turned_from_feedback_once() -> None:
    """The defect: feedback made into an action (its words copied) was listed under both headings."""
    meeting = _checkin("c1", _at(2026, 3, 10))
    copied = _action("a1", "Flag risks earlier", _at(2026, 3, 10, 11), checkin="c1")
    twice = _action("a2", "flag risks earlier.", _at(2026, 3, 10, 12), checkin="c1")
    feedback = [Feedback("f1", "c1", "Flag risks  earlier", None, "a1", _at(2026, 3, 10, 11)),
                Feedback("f2", "c1", "FLAG RISKS EARLIER", None, None, _at(2026, 3, 10, 11, 30))]
    message = follow_up_message(checkin=meeting, manager="Dana", actions=[copied, twice], feedback=feedback,
                                goals=[])
    assert message.casefold().count("flag risks") == 1
    assert "in answer to" not in message and "What I heard" not in message


def test_own_questions_go_under_questions_to_ask() -> None:
    assert own_question_lines("- First?\n\n2. Second?\n* first?\n  Third  ") == ["First?", "Second?", "Third"]
    agenda = assemble_agenda(when=_at(2026, 3, 10), plan=None, goals=[], evidence=[], actions=[],
                             last_checkin=None, questions=[Question("q", "progress", "From the bank?")],
                             own_questions="Mine?\n")
    section = agenda.split("## Questions to ask\n\n", 1)[1].split("\n\n", 1)[0]
    assert section == "- From the bank?\n- Mine?"
    empty = assemble_agenda(when=_at(2026, 3, 10), plan=None, goals=[], evidence=[], actions=[],
                            last_checkin=None, questions=[], own_questions="  \n")
    assert "_Pick a few from the question bank" in empty


def test_what_a_checkpoint_review_said_to_raise_comes_to_the_next_agenda() -> None:
    reviewed = PlanMilestone("plan", MilestoneMark.DAY_30, date(2026, 3, 31),
                             to_raise="Ask for the\nreview rubric.", reviewed_at=_at(2026, 4, 1))
    older = replace(reviewed, mark=MilestoneMark.DAY_60, to_raise="Already raised.",
                    reviewed_at=_at(2026, 2, 1))
    not_reviewed = replace(reviewed, mark=MilestoneMark.DAY_90, reviewed_at=None)
    last = CheckIn("held", _at(2026, 3, 20), "", "", 4, True, "", _at(2026, 3, 20), _at(2026, 3, 20))
    agenda = assemble_agenda(
        when=_at(2026, 4, 3), plan=_plan(), goals=[], evidence=[], actions=[], last_checkin=last,
        questions=[], reviews=[not_reviewed, older, reviewed],
    )
    assert "## From your checkpoint reviews\n\n- Day 30 review: Ask for the review rubric.\n" in agenda
    assert "Already raised." not in agenda and agenda.count("review:") == 1
    quiet = assemble_agenda(when=_at(2026, 4, 3), plan=_plan(), goals=[], evidence=[], actions=[],
                            last_checkin=last, questions=[])
    assert "checkpoint reviews" not in quiet
