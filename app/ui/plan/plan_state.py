"""What the plan tool's sections share: the records as loaded and as edited on screen.

The goals and the evidence lean on each other (a goal's row counts its evidence; each piece names its goal),
so both sections read and update one `PlanRecords`. The sections' editors save through the tool's
one `Saver` (app.ui.data.saver) and their other actions through its `PlanActions`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.workbench import Evidence, Goal, Plan
from app.ui.widgets.form_fields import goal_title


@dataclass
class PlanRecords:
    """The current plan, its goals in order, and its evidence newest first, as on screen."""

    plan: Plan | None = None
    goals: list[Goal] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def goal_row(self, uuid_: str | None) -> int:
        """Where the goal stands in the list, or -1."""
        return next((row for row, goal in enumerate(self.goals) if goal.uuid == uuid_), -1)

    def goal_names(self) -> dict[str, str]:
        return {goal.uuid: goal_title(goal) for goal in self.goals}

    def wins(self, goal_uuid: str) -> int:
        return sum(1 for e in self.evidence if e.goal_uuid == goal_uuid)

    def sort_evidence(self) -> None:
        self.evidence.sort(key=lambda e: (e.happened_on, e.created_at), reverse=True)
