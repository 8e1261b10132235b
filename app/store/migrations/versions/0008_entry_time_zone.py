"""Each entry keeps the time zone it was written in.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

`entries.time_zone` names the zone whose wall clock the person saw when the entry was written: an
IANA name ("Europe/Berlin") where one is known, else a fixed offset ("+02:00"). The instant itself
stays in `created_at` (UTC) as before; the zone only says how to show it. Entries written before
this revision have none (NULL) and are shown in the computer's zone, as they always were.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("entries", sa.Column("time_zone", sa.String(64), nullable=True))


def downgrade() -> None:
    op.drop_column("entries", "time_zone")
