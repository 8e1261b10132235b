"""The search indexes keep ready-made lists for one- and two-letter prefixes only.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-09

Revision 0004 gave `entries_fts` prefix lists for the first one, two and three letters of every
word. Since then a search of one or two letters shows the newest matches first (see
app/store/search_sql.py), and those still need their lists: without them FTS5 expands a one-letter
prefix over most of the vocabulary on every keystroke. Three letters and more name few enough
words that FTS5 expands them quickly by itself, while the three-letter lists were the dearest to
keep: on the 100,000-entry bench corpus they were about 9 of the 29 s an import of a jrnl file
spent storing (29.4 s with '1 2 3', 20.0 s with '1 2', 18.8 s with none; a loaded 2-core machine),
and part of every autosave's index update.

The tools' index (`entries_fts_tools`, revision 0007) follows, so a word typed in search is
found the same way in both (a prefix list changes no match and no rank, only the work).

FTS5 cannot change a table's options in place. The entries' index, as in 0004, is dropped and
made again with the same columns, external content and tokenizer, its triggers made again as
they were, and rebuilt from `entries`. The tools' index holds its own words: they wait in a
temporary table while it is made again under the same name (the triggers on the tools' tables
name it, so they keep working unchanged), then go back with the same rowids.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

PREFIXES = "1 2"
BEFORE = "1 2 3"  # revision 0004's
PENDING_BYTES = 64 * 1024 * 1024  # FTS5's `hashsize` for a large import in one transaction (0004)

_TABLE = """CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, content='entries', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='{prefixes}')"""

# As revisions 0001 and 0004 made them: the index follows every insert, delete and edit of an entry.
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


def _remake_index(prefixes: str) -> None:
    for name in ("entries_fts_au", "entries_fts_ad", "entries_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS entries_fts")
    op.execute(_TABLE.format(prefixes=prefixes))
    op.execute(f"INSERT INTO entries_fts(entries_fts, rank) VALUES ('hashsize', {PENDING_BYTES})")
    for statement in _TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")


_TOOLS = "entries_fts_tools"
_TOOL_COLUMNS = "body, kind, uuid, field, at, detail"
_TOOLS_TABLE = f"""CREATE VIRTUAL TABLE {_TOOLS} USING fts5(
        body, kind UNINDEXED, uuid UNINDEXED, field UNINDEXED, at UNINDEXED, detail UNINDEXED,
        tokenize='unicode61 remove_diacritics 2', prefix='{{prefixes}}')"""


def _remake_tools(prefixes: str) -> None:
    op.execute(f"CREATE TEMP TABLE tools_words AS SELECT rowid AS id, {_TOOL_COLUMNS} FROM {_TOOLS}")
    op.execute(f"DROP TABLE {_TOOLS}")
    op.execute(_TOOLS_TABLE.format(prefixes=prefixes))
    op.execute(f"INSERT INTO {_TOOLS}({_TOOLS}, rank) VALUES ('hashsize', {PENDING_BYTES})")
    op.execute(f"INSERT INTO {_TOOLS}(rowid, {_TOOL_COLUMNS}) "
               f"SELECT id, {_TOOL_COLUMNS} FROM tools_words ORDER BY id")
    op.execute("DROP TABLE tools_words")


def upgrade() -> None:
    _remake_index(PREFIXES)
    _remake_tools(PREFIXES)


def downgrade() -> None:
    _remake_index(BEFORE)
    _remake_tools(BEFORE)
