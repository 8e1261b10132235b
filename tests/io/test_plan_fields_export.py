"""Success at each milestone and each stakeholder's expectations and confirmation, through the
exports: JSON writes them whole and reads them back, an older export (a milestone as its day, a
stakeholder as a name) still imports, and the Markdown export shows them."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.domain.workbench import Goal, GoalMilestone, GoalStatus, Plan, PlanStatus, Stakeholder
from app.io.json_format import export_json, import_json, read_json
from app.io.markdown_export import export_markdown
from app.store.errors import InvalidImport
from app.store.journal import Journal

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PLAN = "aaaaaaaa-0000-4000-8000-000000000001"
GOAL = "aaaaaaaa-0000-4000-8000-000000000002"
PEOPLE = (
    Stakeholder("Priya (HR)", "The plan on file.\nA note after each check-in.", date(2026, 3, 4)),
    Stakeholder("Sam", "Reviews within a day"),
)
MILESTONES = (
    GoalMilestone(date(2026, 3, 31), "Half the backlog answered.", GoalStatus.DONE),
    GoalMilestone(date(2026, 4, 30), "", GoalStatus.AT_RISK),
    GoalMilestone(date(2026, 5, 30)),
)


def fill(journal: Journal) -> tuple[Plan, Goal]:
    plan = journal.plans.save_plan(
        Plan(PLAN, date(2026, 3, 2), 90, "Dana", PEOPLE, PlanStatus.ACTIVE, NOW, NOW))
    goal = journal.plans.save_goal(Goal(GOAL, PLAN, "Tickets", "No one chases.", "", MILESTONES,
                                        GoalStatus.ON_TRACK, "", 0, NOW, NOW))
    return plan, goal


def exported(journal: Journal) -> dict[str, Any]:
    stream = io.StringIO()
    export_json(journal, stream)
    document: dict[str, Any] = json.loads(stream.getvalue())
    return document


def test_json_writes_each_milestone_and_person_whole_and_reads_them_back(
    journal: Journal, tmp_path: Path
) -> None:
    plan, goal = fill(journal)
    document = exported(journal)
    assert document["plans"][0]["stakeholders"][0] == {
        "name": "Priya (HR)", "expectations": "The plan on file.\nA note after each check-in.",
        "confirmed_on": "2026-03-04"}
    second = {"due_on": "2026-04-30", "success": "", "status": "at_risk"}
    assert document["goals"][0]["milestones"][1] == second

    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    again = Journal.open(tmp_path / "again")
    try:
        import_json(again, path)
        assert again.plans.plans() == [replace(plan, updated_at=again.plans.plans()[0].updated_at)]
        assert again.plans.goals(PLAN)[0].milestones == MILESTONES
        assert again.plans.current_plan().stakeholders == PEOPLE  # type: ignore[union-attr]
        assert exported(again)["goals"] == document["goals"]
    finally:
        again.close()
    assert goal.milestones == MILESTONES


def test_an_older_export_with_days_and_names_only_still_imports(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    document = exported(journal)
    document["plans"][0]["stakeholders"] = ["Priya (HR)", {"name": "Sam"}]  # old, and new without defaults
    document["goals"][0]["milestones"] = ["2026-03-31", {"due_on": "2026-04-30", "status": "done"}]
    bundle = read_json(io.StringIO(json.dumps(document)))
    assert bundle.plans[0].stakeholders == (Stakeholder("Priya (HR)"), Stakeholder("Sam"))
    assert bundle.goals[0].milestones == (GoalMilestone(date(2026, 3, 31)),
                                          GoalMilestone(date(2026, 4, 30), status=GoalStatus.DONE))


@pytest.mark.parametrize(("section", "key", "value", "message"), [
    ("goals", "milestones", [{"due_on": "2026-04-30", "status": "late"}],
     r'"milestones\[0\].status" is \'late\'; expected one of not_started'),
    ("goals", "milestones", [{"success": "no day"}], r'is missing "milestones\[0\].due_on"'),
    ("goals", "milestones", [20260430], r'"milestones\[0\]" must be a string'),
    ("plans", "stakeholders", [5], r'"stakeholders\[0\]" must be a string'),
    ("plans", "stakeholders", [{"name": "Lee", "confirmed_on": "4 March"}],
     r'"stakeholders\[0\].confirmed_on" is not a date'),
    ("plans", "stakeholders", [{"name": "Lee", "expectations": None}],
     r'"stakeholders\[0\].expectations" must not be null'),
])
def test_a_bad_milestone_or_person_names_where_it_is(
    journal: Journal, section: str, key: str, value: object, message: str
) -> None:
    fill(journal)
    document = exported(journal)
    document[section][0][key] = value
    with pytest.raises(InvalidImport, match=message):
        read_json(io.StringIO(json.dumps(document)))


def test_markdown_lists_each_milestone_and_person_once_anything_is_written(journal: Journal) -> None:
    plan, goal = fill(journal)
    stream = io.StringIO()
    export_markdown(journal, stream)
    text = stream.getvalue()
    assert (
        "- Stakeholders:\n"
        "  - Priya (HR) · confirmed the plan Wednesday 4 March 2026\n"
        "    The plan on file.\n"
        "    A note after each check-in.\n"
        "  - Sam · not confirmed yet\n"
        "    Reviews within a day\n"
    ) in text
    assert (
        "- Milestones:\n"
        "  - Tuesday 31 March 2026 · Done\n"
        "    Half the backlog answered.\n"
        "  - Thursday 30 April 2026 · At risk\n"
        "  - Saturday 30 May 2026 · Not started\n"
    ) in text

    journal.plans.save_plan(replace(plan, stakeholders=(Stakeholder("Priya"), Stakeholder("Sam"))))
    journal.plans.save_goal(replace(goal, milestones=tuple(GoalMilestone(m.due_on) for m in MILESTONES)))
    stream = io.StringIO()
    export_markdown(journal, stream)
    text = stream.getvalue()
    assert "- Stakeholders: Priya, Sam\n" in text  # nothing more written: one line, as before
    assert "- Milestones: Tuesday 31 March 2026, Thursday 30 April 2026, Saturday 30 May 2026\n" in text
