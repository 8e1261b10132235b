"""The brief's pure parts: the default choice, the Markdown it makes, the helpers the store uses."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from app.domain.agenda import Question
from app.domain.brief import (
    BriefChoice,
    BriefEntry,
    BriefMaterial,
    BriefSection,
    Paragraph,
    agenda_questions,
    brief_blocks,
    brief_markdown,
    brief_questions,
    changed_statement,
    default_choice,
    mood_sentence,
    previous_held,
)
from app.domain.records import MEETING_TAG, EntryKind
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

NOW = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
START = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)


def checkin(uuid: str, when: datetime, held: bool, agenda: str = "",
            questions: tuple[str, ...] = ()) -> CheckIn:
    return CheckIn(uuid, when, agenda, "", None, held, "", when, when, questions=questions)


def entry(uuid: str, body: str, *, marked: bool, stage: Stage | None = None, title: str = "") -> BriefEntry:
    return BriefEntry(uuid, EntryKind.FREE, stage, title, body, (), START + timedelta(days=1), marked)


def material(**changes: object) -> BriefMaterial:
    plan = Plan("plan", date(2026, 2, 1), 90, "Dana", (), PlanStatus.ACTIVE, NOW, NOW)
    goal = Goal("g1", "plan", "Reports on time", "", "", (), GoalStatus.ON_TRACK, "", 0, NOW, NOW)
    base = BriefMaterial(
        period_start=START,
        period_end=NOW,
        made_at=NOW,
        checkin=checkin("next", datetime(2026, 3, 13, 10, tzinfo=UTC), False),
        previous=checkin("prev", START, True),
        plan=plan,
        goals=(goal,),
        evidence=(Evidence("e1", "g1", date(2026, 3, 9), "Sent the report early", None, NOW),
                  Evidence("e2", None, date(2026, 3, 10), "Mentored a new hire", None, NOW)),
        open_actions=(Action("a1", "Pair on the backlog", "g1", date(2026, 3, 11), "prev", None, START),),
        done_actions=(Action("a2", "Share the checklist", None, None, "prev", date(2026, 3, 8), START),),
        feedback=(Feedback("f1", "prev", "Clearer updates helped", None, None, START),),
        mood_checks=(MoodCheck("m1", START + timedelta(days=1), 2), MoodCheck("m2", NOW, 4)),
        statement=StatementVersion("s2", 2, StatementParts(), "I own my planning.", True, NOW),
        entries=(entry("marked", "Ask about the review.", marked=True, title="Review"),
                 entry("feel", "I felt low.", marked=True, stage=Stage.FEELINGS),
                 entry("plain", "Triage done.", marked=False)),
        more_entries=0,
        stay_or_go=(StayOrGo("d1", "The team", "The commute", "A fair review", Decision.UNDECIDED, None,
                             NOW),),
        questions=("What does great look like?",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_sections_are_labelled_in_order_and_feelings_are_marked() -> None:
    order = list(BriefSection)
    assert (order[0], order[-1]) == (BriefSection.PROGRESS, BriefSection.QUESTIONS)
    assert all(section.label for section in BriefSection)
    assert {s for s in BriefSection if s.is_feelings} == {BriefSection.MOOD, BriefSection.STAY_OR_GO}


def test_default_choice_leaves_feelings_out_and_ticks_marked_entries() -> None:
    choice = default_choice(material())
    assert BriefSection.MOOD not in choice.sections
    assert BriefSection.STAY_OR_GO not in choice.sections
    assert BriefSection.PROGRESS in choice.sections and BriefSection.QUESTIONS in choice.sections
    assert choice.entry_uuids == {"marked"}  # not the feelings entry, not the unmarked one


def test_default_markdown_holds_each_part() -> None:
    made = material()
    text = brief_markdown(made, default_choice(made))
    assert text.startswith("# Brief for the check-in on ")
    assert "Since the check-in on Thu 5 Mar 2026" in text
    assert "## Goals and progress" in text
    assert "### Reports on time — On track" in text
    assert "- Mon 9 Mar: Sent the report early" in text
    assert "### Other progress" in text and "Mentored a new hire" in text
    assert "- Pair on the backlog (due Wed 11 Mar, overdue; goal: Reports on time)" in text
    assert "- Share the checklist (done Sun 8 Mar)" in text
    assert "- Clearer updates helped" in text
    assert "> I own my planning." in text and "final version 2" in text
    assert "### Review (" in text and "> Ask about the review." in text
    assert "I felt low." not in text and "Triage done." not in text
    assert "The commute" not in text and "Mood trend" not in text
    assert "## Questions to ask\n\n- What does great look like?" in text


def test_ticking_feelings_and_entries_adds_them() -> None:
    made = material()
    choice = (default_choice(made).with_section(BriefSection.MOOD, True)
              .with_section(BriefSection.STAY_OR_GO, True).with_entry("feel", True))
    text = brief_markdown(made, choice)
    assert "## Mood trend" in text and "rose from 2 to 4" in text
    assert "## Stay or go" in text and "Reasons to leave: The commute" in text
    assert "> I felt low." in text


def test_unticking_a_section_removes_it() -> None:
    made = material()
    choice = default_choice(made).with_section(BriefSection.ACTIONS, False)
    text = brief_markdown(made, choice)
    assert "## Actions" not in text and "Pair on the backlog" not in text
    assert "Nothing chosen" in brief_markdown(made, BriefChoice(frozenset(), frozenset()), guidance=True)


def _empty() -> BriefMaterial:
    return material(goals=(), evidence=(), open_actions=(), done_actions=(), feedback=(), statement=None,
                    entries=(), questions=(), previous=None, mood_checks=(), stay_or_go=())


def test_empty_sections_say_what_is_missing_on_screen() -> None:
    made = _empty()
    text = brief_markdown(made, default_choice(made), guidance=True)
    assert "No goals are written down yet" in text
    assert "No actions are open" in text
    assert "no earlier check-in" in text
    assert "hasn't changed since" in text
    assert "No entries chosen" in text
    assert "No questions prepared yet" in text


def test_mood_sentence() -> None:
    assert "didn't record" in mood_sentence([])
    one = mood_sentence([MoodCheck("m", NOW, 3)])
    assert one.startswith("One mood check") and "okay (3 of 5)" in one
    falling = mood_sentence([MoodCheck("a", START, 4), MoodCheck("b", NOW, 2),
                             MoodCheck("c", START - timedelta(hours=1), 5)])
    assert "3 mood checks" in falling and "dipped from 5 to 2" in falling and "3.7 on average" in falling


def test_agenda_questions_follow_the_persons_edits() -> None:
    agenda = ("# Check-in\n\n## Progress\n\n- not a question\n\n## Questions to ask\n\n- First?\n"
              "- Second, over\n  two lines?\n_Pick a few._\n\n## Thanks\n\n- thanks item\n")
    assert agenda_questions(agenda) == ["First?", "Second, over two lines?"]
    bank = [Question("q1", "progress", "From the bank?")]
    assert brief_questions(checkin("c", NOW, False, agenda), bank) == ("First?", "Second, over two lines?")
    assert brief_questions(checkin("c", NOW, False, "", ("q1", "gone")), bank) == ("From the bank?",)
    assert brief_questions(None, bank) == ()


def test_previous_held_and_changed_statement() -> None:
    older = checkin("old", START - timedelta(days=7), True)
    skipped = checkin("not-held", START + timedelta(days=1), False)
    target = checkin("target", NOW, True)
    assert previous_held([older, skipped, target], NOW, skip="target") == older
    parts = StatementParts()
    v1 = StatementVersion("v1", 1, parts, "one", False, START - timedelta(days=1))
    v2 = StatementVersion("v2", 2, parts, "two", True, START + timedelta(days=1))
    v3 = StatementVersion("v3", 3, parts, "three", False, START + timedelta(days=2))
    assert changed_statement([v1], START) is None
    assert changed_statement([v1, v2, v3], START) == v2  # the final one, when saved in the period
    assert changed_statement([v1, replace(v2, is_final=False), v3], START) == v3


def test_an_entry_marked_before_the_last_checkin_is_offered_but_not_ticked() -> None:
    old_mark = BriefEntry("old", EntryKind.FREE, None, "", "Brought last time.", (MEETING_TAG,),
                          START - timedelta(days=20), True, updated_at=START - timedelta(days=9))
    fresh_mark = BriefEntry("fresh", EntryKind.FREE, None, "", "An old entry marked today.", (MEETING_TAG,),
                            START - timedelta(days=40), True, updated_at=NOW)
    choice = default_choice(material(entries=(fresh_mark, old_mark)))
    assert choice.entry_uuids == {"fresh"}


def test_with_no_meeting_held_yet_every_marked_entry_is_ticked() -> None:
    long_ago = BriefEntry("long", EntryKind.FREE, None, "", "Marked weeks ago.", (MEETING_TAG,),
                          START - timedelta(days=40), True, updated_at=START - timedelta(days=35))
    choice = default_choice(material(entries=(long_ago,), previous=None))
    assert choice.entry_uuids == {"long"}


def _everything_ticked(made: BriefMaterial) -> BriefChoice:
    choice = default_choice(made)
    for section in BriefSection:
        choice = choice.with_section(section, True)
    return choice


def test_what_is_printed_leaves_empty_sections_out_with_their_instructions() -> None:
    made = _empty()
    on_paper = brief_markdown(made, _everything_ticked(made))
    assert on_paper.startswith("# Brief for the check-in on ")
    headings = [line for line in on_paper.splitlines() if line.startswith("##")]
    assert headings == ["## Goals and progress"], "only the plan's day is there to print: no empty headings"
    assert "Day 40 of 90 of your plan" in on_paper
    for guidance in ("Expectations page", "No actions are open", "no earlier check-in", "hasn't changed",
                     "No entries chosen", "Bring to next check-in", "No questions prepared", "Tick some",
                     "didn't record a mood check", "stay-or-go reflection"):
        assert guidance not in on_paper
    blocks = brief_blocks(made, _everything_ticked(made))
    assert not [b for b in blocks if isinstance(b, Paragraph) and b.style == "hint"]
    assert "Nothing chosen" not in brief_markdown(made, BriefChoice(frozenset(), frozenset()))


def test_what_is_printed_keeps_every_section_with_something_in_it() -> None:
    made = material(open_actions=(), done_actions=(), questions=())
    on_paper = brief_markdown(made, _everything_ticked(made))
    assert "## Goals and progress" in on_paper and "## Ownership statement" in on_paper
    assert "## Mood trend" in on_paper and "## Stay or go" in on_paper
    assert "## Actions" not in on_paper and "## Questions to ask" not in on_paper
    quiet = material(evidence=())  # a goal with no progress yet says so, in print too: it is a fact
    assert "No progress noted for this goal since" in brief_markdown(quiet, default_choice(quiet))



def test_own_questions_follow_the_listed_ones_once() -> None:
    agenda = "## Questions to ask\n- What does good look like?\n"
    own = "- what does good look like?\nWhich report comes first?\n\nWhich report comes first?"
    meeting = replace(checkin("next", NOW, False, agenda), own_questions=own)
    assert brief_questions(meeting, ()) == ("What does good look like?", "Which report comes first?")
    bare = replace(checkin("next", NOW, False), own_questions="Can we meet weekly?")
    assert brief_questions(bare, ()) == ("Can we meet weekly?",)


def test_the_brief_says_who_has_not_confirmed_the_plan() -> None:
    people = (Stakeholder("Sam", confirmed_on=date(2026, 3, 3)), Stakeholder("Priya"), Stakeholder(""))
    base = material()
    assert base.plan is not None
    shown = material(plan=replace(base.plan, stakeholders=people))
    text = brief_markdown(shown, default_choice(shown))
    line = next(line for line in text.splitlines() if "Still to confirm the plan" in line)
    assert line.strip().strip("_").endswith("Still to confirm the plan: Priya, someone.")
    assert "Still to confirm" not in brief_markdown(base, default_choice(base))
