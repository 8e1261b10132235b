"""Drafts: words typed into a form that is not a record yet (a mood check-in before its Save, the
"New feedback" line before Add), kept so a crash or a kill loses none of them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

A draft is keyed by where it was typed (for example "mood-note" or "checkin-feedback:<uuid>")
and holds its text; it goes when the form becomes a record or is emptied. Drafts are no record
of their own: no export, brief, count or search sees them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("drafts")
