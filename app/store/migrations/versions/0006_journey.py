"""One journey: the places the prompts and the method need in the tools.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

Only new columns (with defaults) and new tables, so no row is rewritten by the schema part:
- statement_draft.say_on: when the person means to say the statement;
- decisions.reflection: the stay-or-go decision in the person's own words;
- checkins.own_questions: questions in the person's own words;
- plans.outcome, closing_reflection, ended_on: how a plan ended;
- plan_stakeholders.expectations, confirmed_on: what each stakeholder expects, and whether they
  confirmed the plan;
- goal_milestones.success, status: each goal at each milestone;
- plan_milestones: the plan's checkpoints (30, 60, 90 days) and their reviews;
- leaving_plan: where a decision to leave leads.
Checks on new columns are added with the column (plain ADD COLUMN): rebuilding `plans` would
cascade into its goals while foreign keys are on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_OUTCOMES = "'completed_well', 'extended', 'ended_by_employer', 'left'"
_GOAL_STATUSES = "'not_started', 'on_track', 'at_risk', 'done'"


def upgrade() -> None:
    op.add_column("statement_draft", sa.Column("say_on", sa.Date(), nullable=True))
    op.add_column("decisions", sa.Column("reflection", sa.Text(), nullable=False, server_default=""))
    op.add_column("checkins", sa.Column("own_questions", sa.Text(), nullable=False, server_default=""))
    op.execute(
        "ALTER TABLE plans ADD COLUMN outcome VARCHAR(24) "
        f"CONSTRAINT ck_plans_outcome CHECK (outcome IS NULL OR outcome IN ({_OUTCOMES}))"
    )
    op.add_column("plans", sa.Column("closing_reflection", sa.Text(), nullable=False, server_default=""))
    op.add_column("plans", sa.Column("ended_on", sa.Date(), nullable=True))
    op.add_column(
        "plan_stakeholders", sa.Column("expectations", sa.Text(), nullable=False, server_default="")
    )
    op.add_column("plan_stakeholders", sa.Column("confirmed_on", sa.Date(), nullable=True))
    op.add_column("goal_milestones", sa.Column("success", sa.Text(), nullable=False, server_default=""))
    op.execute(
        "ALTER TABLE goal_milestones ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'not_started' "
        f"CONSTRAINT ck_goal_milestones_status CHECK (status IN ({_GOAL_STATUSES}))"
    )
    op.create_table(
        "plan_milestones",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("mark", sa.String(length=8), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("success", sa.Text(), nullable=False),
        sa.Column("met", sa.Text(), nullable=False),
        sa.Column("to_raise", sa.Text(), nullable=False),
        sa.Column("reviewed_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint("mark IN ('30', '60', '90')", name=op.f("ck_plan_milestones_mark")),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_plan_milestones_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("plan_id", "mark", name=op.f("pk_plan_milestones")),
    )
    op.create_table(
        "leaving_plan",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("finish", sa.Text(), nullable=False),
        sa.Column("notice", sa.Text(), nullable=False),
        sa.Column("people", sa.Text(), nullable=False),
        sa.Column("job_search", sa.Text(), nullable=False),
        sa.Column("leave_on", sa.Date(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_leaving_plan_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leaving_plan")),
    )


def downgrade() -> None:
    """Plain DROP COLUMN (SQLite 3.35+): a table rebuild of `plans` would cascade into its goals."""
    op.drop_table("leaving_plan")
    op.drop_table("plan_milestones")
    for table, column in (
        ("goal_milestones", "status"), ("goal_milestones", "success"),
        ("plan_stakeholders", "confirmed_on"), ("plan_stakeholders", "expectations"),
        ("plans", "ended_on"), ("plans", "closing_reflection"), ("plans", "outcome"),
        ("checkins", "own_questions"), ("decisions", "reflection"), ("statement_draft", "say_on"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
