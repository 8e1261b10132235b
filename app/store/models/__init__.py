"""The database schema as typed ORM classes. Changed only together with an Alembic revision.

Importing this package registers every table on `Base.metadata`.
"""

from app.store.models.base import STAGES, Base, UTCDateTime
from app.store.models.entries import DraftRow, EntryRow, EntryTagRow, StagePositionRow
from app.store.models.journey import LeavingPlanRow, PlanMilestoneRow
from app.store.models.words import PersonalWordRow
from app.store.models.workbench import (
    ActionRow,
    AlignmentRow,
    CheckInRow,
    DecisionRow,
    EvidenceRow,
    FeedbackRow,
    ForgivenessRow,
    GoalMilestoneRow,
    GoalRow,
    MoodCheckRow,
    MoodEmotionRow,
    PlanRow,
    PlanStakeholderRow,
    StatementDraftRow,
    StatementVersionRow,
)

__all__ = [
    "STAGES", "ActionRow", "AlignmentRow", "Base", "CheckInRow", "DecisionRow", "DraftRow",
    "EntryRow", "EntryTagRow", "EvidenceRow", "FeedbackRow", "ForgivenessRow", "GoalMilestoneRow",
    "GoalRow", "LeavingPlanRow", "MoodCheckRow", "MoodEmotionRow", "PersonalWordRow", "PlanMilestoneRow",
    "PlanRow", "PlanStakeholderRow", "StagePositionRow", "StatementDraftRow", "StatementVersionRow",
    "UTCDateTime",
]
