"""Prefix indexes in the full-text table, so a search answers from the first letter typed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

Without them FTS5 expands a prefix by reading every term that starts with it: a single letter
touches most of the vocabulary and took up to a second at 100,000 entries, so one letter was
searched as a whole word. `prefix='1 2 3'` stores ready-made lists for the first one, two and
three letters of every word. Measured on the 100,000-entry bench corpus (2-core machine), ranked
top 50 / newest first: one letter 120-190 ms / 20-30 ms (from 0.5-0.7 s / 0.2-0.4 s), two
letters 106 / 18 ms (from 173 / 129), three 55 / 10 ms (from 88 / 24). `'1 2'` alone left three
letters at 69 / 20 ms for a file only 16 % smaller; four letters and more are fast without an
index of their own. The cost: the file grows by about half (323 to 488 MB), an autosave's
index update takes a few milliseconds more, and this upgrade (backup included) about 9 s.

FTS5 cannot change a table's options in place: the table is dropped and made again with the
same columns, content and tokenizer, its triggers are made again exactly as they were, and the
index is rebuilt from `entries` (the external content), so nothing in it depends on its past.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

PREFIXES = "1 2 3"
# How much new index data FTS5 gathers in memory before writing it out as a segment (its
# `hashsize` setting; 1 MiB by default). Only a large import in one transaction fills it: with
# the default, 100,000 imported entries became thousands of small segments, merged again and
# again, and storing took a third longer. An autosave holds a few kilobytes, whatever the size.
PENDING_BYTES = 64 * 1024 * 1024

_TABLE = """CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, content='entries', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'{options})"""

# As revision 0001 made them: the index follows every insert, delete and edit of an entry.
_TRIGGERS = (
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


def _remake_index(options: str, settings: dict[str, int]) -> None:
    for name in ("entries_fts_au", "entries_fts_ad", "entries_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS entries_fts")
    op.execute(_TABLE.format(options=options))
    for key, value in settings.items():
        op.execute(f"INSERT INTO entries_fts(entries_fts, rank) VALUES ('{key}', {int(value)})")
    for statement in _TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")


def upgrade() -> None:
    _remake_index(f", prefix='{PREFIXES}'", {"hashsize": PENDING_BYTES})


def downgrade() -> None:
    _remake_index("", {})
