"""The person's own dictionary: words the spelling check takes as right.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08

A word is kept exactly as it was added ("Anja", "gaslighting"), once; SQLite's binary collation
makes "Anja" and "anja" two words. It lives in the journal file, so it is encrypted, backed up and
restored with everything else.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "personal_words",
        sa.Column("word", sa.String(64), primary_key=True),
        sa.Column("added_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("personal_words")
