"""Indexes for the journal list, counts, the day's entry and the newest answer.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Newest-first paging and counting read only live entries, so a partial index over them answers
both without touching a single body; a plain index on deleted_at would lead SQLite to sort
100,000 rows in a temporary tree instead.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_entries_live_created_at_id",
        "entries",
        ["created_at", "id"],
        sqlite_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index("ix_entries_kind_created_at", "entries", ["kind", "created_at"])
    op.create_index("ix_entries_kind_updated_at", "entries", ["kind", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_entries_kind_updated_at", table_name="entries")
    op.drop_index("ix_entries_kind_created_at", table_name="entries")
    op.drop_index("ix_entries_live_created_at_id", table_name="entries")
