"""The stage workbenches: ownership statement, feelings, the plan and its check-ins.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Only new tables, so an upgrade never rewrites an entry. Each record keeps its uuid (unique per
table) for imports; emotions, stakeholders and milestones sit in child tables keyed by
(parent, position) so their order survives. Foreign keys carry the contract's delete rules:
a plan takes its goals and alignments with it, a goal leaves its evidence, actions and feedback
behind without a goal, a check-in takes its feedback and leaves its actions without a check-in.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("scheduled_at", UTCDateTime(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("thanks", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name=op.f("ck_checkins_rating")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checkins_uuid")),
    )
    op.create_index("ix_checkins_scheduled_at", "checkins", ["scheduled_at"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("reasons_to_stay", sa.Text(), nullable=False),
        sa.Column("reasons_to_leave", sa.Text(), nullable=False),
        sa.Column("conditions_to_stay", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("decision IN ('undecided', 'stay', 'leave')", name=op.f("ck_decisions_decision")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_decisions_uuid")),
    )
    op.create_index("ix_decisions_created_at", "decisions", ["created_at"])
    op.create_table(
        "forgiveness_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("whom", sa.Text(), nullable=False),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('not_yet', 'working_on_it', 'forgiven')", name=op.f("ck_forgiveness_items_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forgiveness_items")),
        sa.UniqueConstraint("uuid", name=op.f("uq_forgiveness_items_uuid")),
    )
    op.create_index("ix_forgiveness_items_created_at", "forgiveness_items", ["created_at"])
    op.create_table(
        "mood_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("mood BETWEEN 1 AND 5", name=op.f("ck_mood_checks_mood")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mood_checks")),
        sa.UniqueConstraint("uuid", name=op.f("uq_mood_checks_uuid")),
    )
    op.create_index("ix_mood_checks_at", "mood_checks", ["at"])
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("length_days", sa.Integer(), nullable=False),
        sa.Column("manager", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("status IN ('active', 'completed', 'ended')", name=op.f("ck_plans_status")),
        sa.CheckConstraint("length_days >= 1", name=op.f("ck_plans_length_days")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plans_uuid")),
    )
    op.create_index("ix_plans_status_created_at", "plans", ["status", "created_at"])
    op.create_table(
        "statement_draft",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("what_is_true", sa.Text(), nullable=False),
        sa.Column("what_i_own", sa.Text(), nullable=False),
        sa.Column("what_i_commit_to", sa.Text(), nullable=False),
        sa.Column("what_i_need", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_statement_draft_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_draft")),
    )
    op.create_table(
        "statement_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("what_is_true", sa.Text(), nullable=False),
        sa.Column("what_i_own", sa.Text(), nullable=False),
        sa.Column("what_i_commit_to", sa.Text(), nullable=False),
        sa.Column("what_i_need", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_final", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_statement_versions_number")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_versions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_statement_versions_uuid")),
    )
    op.create_index("ix_statement_versions_number", "statement_versions", ["number"])
    op.create_index(
        "ux_statement_versions_final",
        "statement_versions",
        ["is_final"],
        unique=True,
        sqlite_where=sa.text("is_final = 1"),
    )
    op.create_table(
        "alignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("how", sa.String(length=16), nullable=False),
        sa.Column("about", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("how IN ('meeting', 'email', 'chat', 'other')", name=op.f("ck_alignments_how")),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_alignments_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alignments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_alignments_uuid")),
    )
    op.create_index("ix_alignments_plan_id_agreed_on", "alignments", ["plan_id", "agreed_on"])
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("success", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('not_started', 'on_track', 'at_risk', 'done')", name=op.f("ck_goals_status")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_goals_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
        sa.UniqueConstraint("uuid", name=op.f("uq_goals_uuid")),
    )
    op.create_index("ix_goals_plan_id_position", "goals", ["plan_id", "position"])
    op.create_table(
        "mood_check_emotions",
        sa.Column("mood_check_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=False),
        sa.CheckConstraint("intensity BETWEEN 1 AND 5", name=op.f("ck_mood_check_emotions_intensity")),
        sa.ForeignKeyConstraint(
            ["mood_check_id"],
            ["mood_checks.id"],
            name=op.f("fk_mood_check_emotions_mood_check_id_mood_checks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mood_check_id", "position", name=op.f("pk_mood_check_emotions")),
    )
    op.create_table(
        "plan_stakeholders",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_plan_stakeholders_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("plan_id", "position", name=op.f("pk_plan_stakeholders")),
    )
    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"], ["checkins.id"], name=op.f("fk_actions_checkin_id_checkins"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_actions_goal_id_goals"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_actions_uuid")),
    )
    op.create_index("ix_actions_checkin_id", "actions", ["checkin_id"])
    op.create_index("ix_actions_goal_id", "actions", ["goal_id"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("entry_uuid", sa.String(length=36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_evidence_goal_id_goals"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evidence_uuid")),
    )
    op.create_index("ix_evidence_goal_id_happened_on", "evidence", ["goal_id", "happened_on"])
    op.create_index("ix_evidence_happened_on", "evidence", ["happened_on"])
    op.create_table(
        "goal_milestones",
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_goal_milestones_goal_id_goals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("goal_id", "position", name=op.f("pk_goal_milestones")),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["actions.id"], name=op.f("fk_feedback_action_id_actions"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["checkin_id"], ["checkins.id"], name=op.f("fk_feedback_checkin_id_checkins"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_feedback_goal_id_goals"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
        sa.UniqueConstraint("uuid", name=op.f("uq_feedback_uuid")),
    )
    op.create_index("ix_feedback_action_id", "feedback", ["action_id"])
    op.create_index("ix_feedback_checkin_id_created_at", "feedback", ["checkin_id", "created_at"])
    op.create_index("ix_feedback_goal_id", "feedback", ["goal_id"])


def downgrade() -> None:
    op.drop_index("ix_feedback_goal_id", table_name="feedback")
    op.drop_index("ix_feedback_checkin_id_created_at", table_name="feedback")
    op.drop_index("ix_feedback_action_id", table_name="feedback")
    op.drop_table("feedback")
    op.drop_table("goal_milestones")
    op.drop_index("ix_evidence_happened_on", table_name="evidence")
    op.drop_index("ix_evidence_goal_id_happened_on", table_name="evidence")
    op.drop_table("evidence")
    op.drop_index("ix_actions_goal_id", table_name="actions")
    op.drop_index("ix_actions_checkin_id", table_name="actions")
    op.drop_table("actions")
    op.drop_table("plan_stakeholders")
    op.drop_table("mood_check_emotions")
    op.drop_index("ix_goals_plan_id_position", table_name="goals")
    op.drop_table("goals")
    op.drop_index("ix_alignments_plan_id_agreed_on", table_name="alignments")
    op.drop_table("alignments")
    op.drop_index("ux_statement_versions_final", table_name="statement_versions")
    op.drop_index("ix_statement_versions_number", table_name="statement_versions")
    op.drop_table("statement_versions")
    op.drop_table("statement_draft")
    op.drop_index("ix_plans_status_created_at", table_name="plans")
    op.drop_table("plans")
    op.drop_index("ix_mood_checks_at", table_name="mood_checks")
    op.drop_table("mood_checks")
    op.drop_index("ix_forgiveness_items_created_at", table_name="forgiveness_items")
    op.drop_table("forgiveness_items")
    op.drop_index("ix_decisions_created_at", table_name="decisions")
    op.drop_table("decisions")
    op.drop_index("ix_checkins_scheduled_at", table_name="checkins")
    op.drop_table("checkins")
