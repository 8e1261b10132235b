"""Trustbridge 0.1: entries, tags, stage positions and the full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

FTS_DDL = (
    """CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, content='entries', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER entries_fts_ai AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER entries_fts_ad AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER entries_fts_au AFTER UPDATE OF title, body ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO entries_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
)


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=True),
        sa.Column("prompt_key", sa.String(length=80), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('reflection', 'evening', 'free', 'imported')", name=op.f("ck_entries_kind")
        ),
        sa.CheckConstraint(
            "stage IS NULL OR stage IN ('ownership', 'feelings', 'expectations', 'checkins')",
            name=op.f("ck_entries_stage"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
        sa.UniqueConstraint("uuid", name=op.f("uq_entries_uuid")),
    )
    op.create_index("ix_entries_created_at_id", "entries", ["created_at", "id"])
    op.create_index("ix_entries_stage_prompt_key", "entries", ["stage", "prompt_key"])
    op.create_table(
        "entry_tags",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_tags_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "name", name=op.f("pk_entry_tags")),
    )
    op.create_table(
        "stage_positions",
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("prompt_key", sa.String(length=80), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "stage IN ('ownership', 'feelings', 'expectations', 'checkins')",
            name=op.f("ck_stage_positions_stage"),
        ),
        sa.PrimaryKeyConstraint("stage", name=op.f("pk_stage_positions")),
    )
    for statement in FTS_DDL:
        op.execute(statement)


def downgrade() -> None:
    for name in ("entries_fts_au", "entries_fts_ad", "entries_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS entries_fts")
    op.drop_table("stage_positions")
    op.drop_table("entry_tags")
    op.drop_index("ix_entries_stage_prompt_key", table_name="entries")
    op.drop_index("ix_entries_created_at_id", table_name="entries")
    op.drop_table("entries")
