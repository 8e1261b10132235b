"""Search finds words written anywhere: every tool's fields beside the entries, in one ranked list,
in one statement, kept right by the triggers through every edit and delete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import event, text

from app.domain.records import EntryDraft, EntryKind
from app.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    TOOL_KINDS,
    TOOL_STAGES,
    SearchFilters,
    SearchHit,
    SearchOrder,
    SourceKind,
    where_written,
)
from app.domain.stages import Stage
from app.domain.workbench import GoalMilestone, Stakeholder
from app.store.journal import Journal
from tests.store.test_search import _arm, _plan_rows, _whole_row_sorts
from tests.store.tool_words import (
    CHECKIN,
    GOAL,
    PLAN,
    WHEN,
    WORDS,
    checkin,
    fill_every_tool,
    goal,
    plan,
    word,
)

TODAY = date(2026, 3, 20)  # the year goes without saying in the where-lines


@pytest.fixture
def tools(journal: Journal) -> Journal:
    fill_every_tool(journal)
    return journal


def found(journal: Journal, words: str, **kwargs: Any) -> list[tuple[str, str, str]]:
    return [(hit.source.value, hit.uuid, hit.field) for hit in journal.search.search(words, **kwargs)]


def only_hit(journal: Journal, words: str) -> SearchHit:
    hits = journal.search.search(words)
    assert len(hits) == 1, [(hit.source, hit.field) for hit in hits]
    return hits[0]


def uuid_of(journal: Journal, kind: SourceKind) -> str:
    """The uuid a hit of this kind carries in the filled journal."""
    own = {SourceKind.CHECKIN: CHECKIN, SourceKind.FEEDBACK: "feedback-1", SourceKind.ACTION: "action-1",
           SourceKind.GOAL: GOAL, SourceKind.GOAL_MILESTONE: GOAL, SourceKind.PLAN: PLAN,
           SourceKind.STAKEHOLDER: PLAN, SourceKind.PLAN_MILESTONE: PLAN, SourceKind.EVIDENCE: "evidence-1",
           SourceKind.STATEMENT_DRAFT: "", SourceKind.FORGIVENESS: "forgive-1",
           SourceKind.DECISION: "decision-1", SourceKind.MOOD: "mood-1", SourceKind.LEAVING_PLAN: ""}
    if kind is SourceKind.STATEMENT_VERSION:
        return journal.statements.versions()[0].uuid
    return own[kind]


WHERE = {  # (kind, field) -> the where-line, seen on 20 March 2026 (UTC: the test zone's day)
    (SourceKind.CHECKIN, "agenda"): "Check-in, 4 March: agenda",
    (SourceKind.CHECKIN, "notes"): "Check-in, 4 March: notes",
    (SourceKind.CHECKIN, "thanks"): "Check-in, 4 March: thanks",
    (SourceKind.CHECKIN, "lessons"): "Check-in, 4 March: lessons learned",
    (SourceKind.CHECKIN, "follow_up"): "Check-in, 4 March: follow-up message",
    (SourceKind.CHECKIN, "own_questions"): "Check-in, 4 March: my questions",
    (SourceKind.FEEDBACK, "text"): "Feedback, 4 March",
    (SourceKind.ACTION, "text"): "Action, 4 March",
    (SourceKind.GOAL, "title"): "Goal “Ship on time goaltitleword”",
    (SourceKind.GOAL, "success"): "Goal “Ship on time goaltitleword”: what success looks like",
    (SourceKind.GOAL, "measure"): "Goal “Ship on time goaltitleword”: how it is measured",
    (SourceKind.GOAL, "notes"): "Goal “Ship on time goaltitleword”: notes",
    (SourceKind.GOAL_MILESTONE, "success:1"):
        "Goal “Ship on time goaltitleword”, by 1 May: what success looks like",
    (SourceKind.PLAN, "closing_reflection"): "Plan: closing reflection",
    (SourceKind.STAKEHOLDER, "expectations:0"): "Plan: what Lee expects",
    (SourceKind.PLAN_MILESTONE, "success:30"): "30-day checkpoint, 1 April: what success looks like",
    (SourceKind.PLAN_MILESTONE, "met:30"): "30-day checkpoint, 1 April: what was met",
    (SourceKind.PLAN_MILESTONE, "to_raise:30"): "30-day checkpoint, 1 April: what to raise",
    (SourceKind.EVIDENCE, "text"): "Evidence, 12 March",
    (SourceKind.STATEMENT_DRAFT, "what_is_true"): "Statement draft: what is true",
    (SourceKind.STATEMENT_DRAFT, "what_i_own"): "Statement draft: what I own",
    (SourceKind.STATEMENT_DRAFT, "what_i_commit_to"): "Statement draft: what I commit to",
    (SourceKind.STATEMENT_DRAFT, "what_i_need"): "Statement draft: what I need",
    (SourceKind.STATEMENT_DRAFT, "text"): "Statement draft",
    (SourceKind.STATEMENT_VERSION, "what_is_true"): "Statement version 1: what is true",
    (SourceKind.STATEMENT_VERSION, "what_i_own"): "Statement version 1: what I own",
    (SourceKind.STATEMENT_VERSION, "what_i_commit_to"): "Statement version 1: what I commit to",
    (SourceKind.STATEMENT_VERSION, "what_i_need"): "Statement version 1: what I need",
    (SourceKind.STATEMENT_VERSION, "text"): "Statement version 1",
    (SourceKind.FORGIVENESS, "whom"): "Forgiveness, 4 March: whom",
    (SourceKind.FORGIVENESS, "what_happened"): "Forgiveness, 4 March: what happened",
    (SourceKind.FORGIVENESS, "notes"): "Forgiveness, 4 March: notes",
    (SourceKind.DECISION, "reasons_to_stay"): "Stay or go, 4 March: reasons to stay",
    (SourceKind.DECISION, "reasons_to_leave"): "Stay or go, 4 March: reasons to leave",
    (SourceKind.DECISION, "conditions_to_stay"): "Stay or go, 4 March: what would have to be true to stay",
    (SourceKind.DECISION, "reflection"): "Stay or go, 4 March: in my own words",
    (SourceKind.MOOD, "note"): "Mood check-in, 4 March: note",
    (SourceKind.LEAVING_PLAN, "finish"): "Leaving plan: what to finish",
    (SourceKind.LEAVING_PLAN, "notice"): "Leaving plan: notice and references",
    (SourceKind.LEAVING_PLAN, "people"): "Leaving plan: people to talk to",
    (SourceKind.LEAVING_PLAN, "job_search"): "Leaving plan: job search",
}


def test_every_tool_field_is_found_once_and_says_where(tools: Journal) -> None:
    assert {kind for kind, _field in WORDS} == set(TOOL_KINDS)  # every kind of tool record is covered
    assert WORDS.keys() == WHERE.keys()
    wrong: list[object] = []
    for (kind, field), written in WORDS.items():
        hits = tools.search.search(written)
        if [(hit.source, hit.uuid, hit.field) for hit in hits] != [(kind, uuid_of(tools, kind), field)]:
            wrong.append((kind, field, [(hit.source, hit.uuid, hit.field) for hit in hits]))
            continue
        (hit,) = hits
        if where_written(hit, TODAY) != WHERE[(kind, field)]:
            wrong.append((kind, field, where_written(hit, TODAY)))
        if f"{HIGHLIGHT_START}{written}{HIGHLIGHT_END}" not in hit.snippet or hit.is_entry:
            wrong.append((kind, field, hit.snippet))
    assert wrong == []


def test_a_hit_carries_its_day_or_moment(tools: Journal) -> None:
    assert only_hit(tools, word(SourceKind.CHECKIN, "notes")).when == WHEN  # the meeting's moment
    assert only_hit(tools, word(SourceKind.EVIDENCE, "text")).when == date(2026, 3, 12)  # a day only
    assert only_hit(tools, word(SourceKind.GOAL_MILESTONE, "success:1")).when == date(2026, 5, 1)
    version = only_hit(tools, word(SourceKind.STATEMENT_VERSION, "text"))
    assert (version.title, version.entry_id, version.kind, version.stage) == ("1", None, None, None)
    assert where_written(version) == "Statement version 1"
    assert where_written(only_hit(tools, word(SourceKind.EVIDENCE, "text"))) == "Evidence, 12 March 2026"


def test_drafts_are_never_found(tools: Journal) -> None:
    assert tools.drafts.get("search-test") == "a draft holding draftonlyword"
    assert tools.search.search("draftonlyword") == []
    assert tools.search.search("draftonly") == []


def test_one_ranked_list_mixes_entries_and_tools(tools: Journal) -> None:
    for number in range(40):  # so the word is rare among entries as it is among the tools' fields
        tools.save_entry(EntryDraft(f"f{number}", EntryKind.FREE, f"filler about week {number}"), when=WHEN)
    tools.save_entry(EntryDraft("strong", EntryKind.FREE, "Budget, budget, budget: the budget review."),
                     when=WHEN)
    tools.save_entry(EntryDraft("weak", EntryKind.FREE, (
        "A long day of meetings and emails and slides, and somewhere in the middle of it all a mention of "
        "the budget, then more meetings, more emails, more slides to finish before Friday.")), when=WHEN)
    tools.checkins.save_checkin(checkin(notes="We went through the budget and my part in it."))
    assert found(tools, "budget") == [("entry", "strong", ""), ("checkin", CHECKIN, "notes"),
                                      ("entry", "weak", "")]
    assert found(tools, "budget", limit=2) == [("entry", "strong", ""), ("checkin", CHECKIN, "notes")]


def test_newest_first_mixes_them_by_when_they_were_written(journal: Journal) -> None:
    journal.plans.save_plan(plan())
    journal.plans.save_goal(goal())
    from app.domain.workbench import Evidence

    journal.save_entry(EntryDraft("early", EntryKind.FREE, "the launch, early"),
                       when=datetime(2026, 3, 1, 9, tzinfo=UTC))
    journal.plans.save_evidence(Evidence("ev", GOAL, date(2026, 3, 5), "the launch went out", None, WHEN))
    journal.checkins.save_checkin(checkin(notes="talked about the launch",
                                          scheduled_at=datetime(2026, 3, 8, 15, tzinfo=UTC)))
    journal.save_entry(EntryDraft("late", EntryKind.FREE, "the launch, late"),
                       when=datetime(2026, 3, 10, 9, tzinfo=UTC))
    newest = found(journal, "launch", order=SearchOrder.NEWEST)
    assert newest == [("entry", "late", ""), ("checkin", CHECKIN, "notes"), ("evidence", "ev", "text"),
                      ("entry", "early", "")]
    assert found(journal, "launch", order=SearchOrder.NEWEST, limit=2) == newest[:2]


def test_a_search_is_a_few_cheap_statements_and_one_search(tools: Journal) -> None:
    """Per keystroke, the search proper (both indexes, the filters and the snippets) is one
    statement, after cheap ones that pick how each arm pages: ranked, how many rows each index
    matches (up to a cap); newest first, the tools' count and where the newest entries' rows start
    (the floor), and with a floor that covers every entry nothing more."""
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(tools._engine, "before_cursor_execute", count)
    try:
        for order, cheap in ((SearchOrder.RANKED, 1), (SearchOrder.NEWEST, 1)):  # spelled out: counted
            statements.clear()
            hits = tools.search.search("written", SearchFilters(since=date(2026, 3, 1)), order, limit=100)
            assert {hit.source for hit in hits} == set(TOOL_KINDS)
            selects = [sql for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
            # The word being typed is first spelled out from the indexes' vocabularies (search_terms).
            assert "temp.entries_fts_words" in selects[0] and "MATCH" not in selects[0]
            assert selects[1:] == statements[-1 - cheap:] and "UNION ALL" in statements[-1]
            assert "count(*)" in selects[1]
            assert all("UNION" not in sql and "snippet" not in sql for sql in selects[1:-1])
    finally:
        event.remove(tools._engine, "before_cursor_execute", count)


@pytest.mark.parametrize("order", list(SearchOrder))
def test_each_arm_takes_its_own_page_and_ranked_arms_are_never_sorted_whole(
    tools: Journal, order: SearchOrder
) -> None:
    rows = _plan_rows(tools, order, SearchFilters())
    assert any("UNION ALL" in detail for _id, _parent, detail in rows), rows
    entries, tools_arm = _arm(rows, "entries_fts"), _arm(rows, "entries_fts_tools")
    assert entries[0].startswith("SCAN entries_fts VIRTUAL TABLE INDEX")
    assert tools_arm[0].startswith("SCAN entries_fts_tools VIRTUAL TABLE INDEX")
    if order is SearchOrder.RANKED:  # each arm's page from (rowid, score) pairs; no whole row sorted
        assert sum(row[2] == "MATERIALIZE page" for row in rows) == 2, rows
        assert not _whole_row_sorts(rows), rows


@pytest.mark.parametrize(
    "filters",
    [SearchFilters(), SearchFilters(stages=frozenset({Stage.CHECKINS}), since=date(2026, 1, 1),
                                    until=date(2026, 12, 31))],
)
def test_newest_first_tools_walk_the_date_index_and_stop_at_the_page(
    tools: Journal, filters: SearchFilters
) -> None:
    """Not every match's unindexed `at` read and sorted: the page comes off the dates' index."""
    rows = _plan_rows(tools, SearchOrder.NEWEST, filters)
    tools_arm = _arm(rows, "entries_fts_tools")
    walk = [detail for detail in tools_arm if detail.startswith(
        ("SCAN entries_fts_tools_at USING COVERING INDEX ix_entries_fts_tools_at_sort_at",
         "SCAN entries_fts_tools_at USING INDEX ix_entries_fts_tools_at_sort_at"))]
    assert len(walk) == 1, tools_arm
    # The walk gives the order: the only sort left is of the page itself, in the outer scan.
    page = next(row for row in rows if row[2] == walk[0])
    assert not any("USE TEMP B-TREE" in detail for _id, parent, detail in rows if parent == page[1]), rows
    # One FTS scan for the match set, one for the page's snippets; never a MATCH probe per row.
    assert sum(detail.startswith("SCAN entries_fts_tools VIRTUAL TABLE INDEX") for detail in tools_arm) == 2
    assert not any("VIRTUAL TABLE INDEX 0:=" in detail for detail in tools_arm), tools_arm


@pytest.mark.parametrize(
    "filters",
    [SearchFilters(), SearchFilters(since=date(2026, 3, 12)), SearchFilters(until=date(2026, 3, 11)),
     SearchFilters(since=date(2026, 3, 4), until=date(2026, 3, 12)),
     *(SearchFilters(stages=frozenset({stage})) for stage in Stage)],
)
def test_newest_first_finds_what_ranked_finds_in_date_order(tools: Journal, filters: SearchFilters) -> None:
    """The dates' table filters newest first as the index's own columns filter ranked search."""
    ranked = tools.search.search("written", filters, SearchOrder.RANKED, limit=100)
    newest = tools.search.search("written", filters, SearchOrder.NEWEST, limit=100)
    assert sorted(map(repr, newest)) == sorted(map(repr, ranked))
    moments = [hit.when if isinstance(hit.when, datetime) else
               datetime.combine(hit.when, datetime.min.time().replace(hour=12), UTC) for hit in newest]
    assert moments == sorted(moments, reverse=True)
    # A short page is the newest few (which of the rows written at one same moment may differ).
    page = tools.search.search("written", filters, SearchOrder.NEWEST, limit=3)
    assert [hit.when for hit in page] == [hit.when for hit in newest[:3]]
    assert all(hit in newest for hit in page)


def test_a_moved_date_moves_the_row_in_newest_first(tools: Journal) -> None:
    evidence = word(SourceKind.EVIDENCE, "text")
    with tools._engine.begin() as connection:
        connection.execute(text("UPDATE evidence SET happened_on = '2027-01-05' WHERE uuid = 'evidence-1'"))
    hits = tools.search.search("written", order=SearchOrder.NEWEST, limit=1)
    assert [(hit.source, hit.when) for hit in hits] == [(SourceKind.EVIDENCE, date(2027, 1, 5))]
    newest = SearchOrder.NEWEST
    assert found(tools, evidence, filters=SearchFilters(since=date(2027, 1, 5)), order=newest) == [
        ("evidence", "evidence-1", "text")]
    assert found(tools, evidence, filters=SearchFilters(until=date(2027, 1, 4)), order=newest) == []


# -- the index follows every change ---------------------------------------------------------------


def test_edits_replace_the_words_and_move_the_where_line(tools: Journal) -> None:
    old = word(SourceKind.CHECKIN, "notes")
    tools.checkins.save_checkin(checkin(notes="Now about the roadmap.",
                                        scheduled_at=datetime(2026, 3, 9, 10, tzinfo=UTC)))
    assert tools.search.search(old) == []
    assert where_written(only_hit(tools, "roadmap"), TODAY) == "Check-in, 9 March: notes"
    # Rescheduling alone moves every field's date, words unchanged.
    agenda = only_hit(tools, word(SourceKind.CHECKIN, "agenda"))
    assert where_written(agenda, TODAY) == "Check-in, 9 March: agenda"
    tools.checkins.save_checkin(checkin(notes=""))  # emptied: nothing left to find
    assert tools.search.search("roadmap") == []

    renamed = goal(title="Calmer releases")
    tools.plans.save_goal(renamed)
    assert tools.search.search(word(SourceKind.GOAL, "title")) == []
    assert where_written(only_hit(tools, word(SourceKind.GOAL_MILESTONE, "success:1")), TODAY) == (
        "Goal “Calmer releases”, by 1 May: what success looks like")
    notes = only_hit(tools, word(SourceKind.GOAL, "notes"))
    assert where_written(notes, TODAY) == "Goal “Calmer releases”: notes"
    moved = (GoalMilestone(date(2026, 4, 2), success="milestone on the calmer road"),)
    tools.plans.save_goal(replace(renamed, milestones=moved))
    assert tools.search.search(word(SourceKind.GOAL_MILESTONE, "success:1")) == []
    assert (only_hit(tools, "road").field, only_hit(tools, "road").when) == ("success:0", date(2026, 4, 2))

    tools.plans.save_plan(replace(plan(), stakeholders=(Stakeholder("Sam", expectations="weekly demos"),)))
    assert tools.search.search(word(SourceKind.STAKEHOLDER, "expectations:0")) == []
    assert where_written(only_hit(tools, "demos")) == "Plan: what Sam expects"


def test_deleting_a_goal_takes_its_words_with_it(tools: Journal) -> None:
    goal_words = [written for (kind, _field), written in WORDS.items()
                  if kind in (SourceKind.GOAL, SourceKind.GOAL_MILESTONE)]
    tools.plans.delete_goal(GOAL)
    assert [found(tools, written) for written in goal_words] == [[] for _ in goal_words]
    assert found(tools, word(SourceKind.EVIDENCE, "text")) == [("evidence", "evidence-1", "text")]  # kept


@pytest.mark.parametrize(("kind", "delete"), [
    (SourceKind.CHECKIN, lambda j: j.checkins.delete_checkin(CHECKIN)),
    (SourceKind.FEEDBACK, lambda j: j.checkins.delete_feedback("feedback-1")),
    (SourceKind.ACTION, lambda j: j.checkins.delete_action("action-1")),
    (SourceKind.EVIDENCE, lambda j: j.plans.delete_evidence("evidence-1")),
    (SourceKind.FORGIVENESS, lambda j: j.feelings.delete_forgiveness("forgive-1")),
    (SourceKind.MOOD, lambda j: j.feelings.delete_mood_check("mood-1")),
    (SourceKind.STATEMENT_VERSION, lambda j: j.statements.delete_version(j.statements.versions()[0].uuid)),
])
def test_a_deleted_record_is_not_found(
    tools: Journal, kind: SourceKind, delete: Callable[[Journal], None]
) -> None:
    mine = [written for (source, _field), written in WORDS.items() if source is kind]
    delete(tools)
    assert [found(tools, written) for written in mine] == [[] for _ in mine]
    gone = {kind, SourceKind.FEEDBACK} if kind is SourceKind.CHECKIN else {kind}  # feedback belongs to it
    assert {hit.source for hit in tools.search.search("written", limit=100)} == set(TOOL_KINDS) - gone


def test_a_plan_deleted_in_sql_takes_every_row_below_it(tools: Journal) -> None:
    """Foreign keys cascade in SQLite itself; the delete triggers of the rows below still run."""
    with tools._engine.begin() as connection:
        connection.execute(text("DELETE FROM plans"))
    gone = [k for k in TOOL_KINDS if TOOL_STAGES[k] is Stage.EXPECTATIONS and k is not SourceKind.EVIDENCE]
    assert [hit.source for hit in tools.search.search("written", limit=100) if hit.source in gone] == []
    with tools._engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM entries_fts_tools WHERE kind IN "
                                       "('goal', 'goal_milestone', 'plan', 'stakeholder', 'plan_milestone')"
                                       )).scalar() == 0
    assert found(tools, word(SourceKind.EVIDENCE, "text")) == [("evidence", "evidence-1", "text")]  # its own


def test_deleting_an_entry_still_works_beside_the_tools(tools: Journal) -> None:
    also = f"An entry that also says {word(SourceKind.MOOD, 'note')}"
    tools.save_entry(EntryDraft("e", EntryKind.FREE, also), when=WHEN)
    assert {hit.source for hit in tools.search.search(word(SourceKind.MOOD, "note"))} == {
        SourceKind.ENTRY, SourceKind.MOOD}
    tools.delete_entry("e")
    assert found(tools, word(SourceKind.MOOD, "note")) == [("mood", "mood-1", "note")]
    tools.restore_entry("e")
    tools.delete_entry("e")
    tools.purge_deleted()
    assert found(tools, word(SourceKind.MOOD, "note")) == [("mood", "mood-1", "note")]


# -- filters --------------------------------------------------------------------------------------


def test_days_filter_tools_by_their_day(tools: Journal, local_timezone: Callable[[str], None]) -> None:
    local_timezone("EST+5")
    evidence, notes = word(SourceKind.EVIDENCE, "text"), word(SourceKind.CHECKIN, "notes")
    on = SearchFilters(since=date(2026, 3, 12), until=date(2026, 3, 12))
    assert found(tools, evidence, filters=on) == [("evidence", "evidence-1", "text")]  # a day is a day
    assert found(tools, evidence, filters=SearchFilters(since=date(2026, 3, 13))) == []
    assert found(tools, evidence, filters=SearchFilters(until=date(2026, 3, 11))) == []
    # 10:00 UTC on 4 March is 05:00 in New York: the meeting's local day.
    assert found(tools, notes, filters=SearchFilters(since=date(2026, 3, 4), until=date(2026, 3, 4))) == [
        ("checkin", CHECKIN, "notes")]
    assert found(tools, notes, filters=SearchFilters(until=date(2026, 3, 3))) == []
    everything = SearchFilters(since=date.min, until=date.max)
    assert found(tools, "written", filters=everything, limit=100) == found(tools, "written", limit=100)


def test_a_stage_keeps_its_own_tools_and_entry_only_filters_leave_tools_out(tools: Journal) -> None:
    tools.save_entry(EntryDraft("owned", EntryKind.REFLECTION, "written in the ownership prompts",
                                Stage.OWNERSHIP, "p", tags=("work",)), when=WHEN)
    ownership = {hit.source for hit in tools.search.search(
        "written", SearchFilters(stages=frozenset({Stage.OWNERSHIP})), limit=100)}
    assert ownership == {SourceKind.ENTRY, SourceKind.STATEMENT_DRAFT, SourceKind.STATEMENT_VERSION}
    checkins = {hit.source for hit in tools.search.search(
        "written", SearchFilters(stages=frozenset({Stage.CHECKINS})), limit=100)}
    assert checkins == {SourceKind.CHECKIN, SourceKind.FEEDBACK, SourceKind.ACTION}
    for only_entries in (SearchFilters(kinds=frozenset({EntryKind.REFLECTION})), SearchFilters(tag="work"),
                         SearchFilters(moods=frozenset({3}))):
        for order in SearchOrder:
            assert found(tools, "written", filters=only_entries, order=order) == [("entry", "owned", "")]


@pytest.mark.parametrize("text_typed", ['"', "AND", "NEAR(", "body:x", "🧭", "kind:checkin", "*"])
def test_odd_input_never_reaches_the_tool_index_as_syntax(tools: Journal, text_typed: str) -> None:
    assert isinstance(tools.search.search(text_typed), list)
    assert tools.search.search("uuid") == [] and tools.search.search("checkin") == []  # unindexed columns
