"""Search everything: a full-text index of the words written in the tools, kept by triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08

`entries_fts_tools` is a second FTS5 table beside the entries' index, with the same tokenizer
and prefix lists (revision 0004), so a word typed in search matches the same way in both and
their bm25 ranks are on one scale. It holds one row per non-empty text field of a tool record:
the words (`body`, the only indexed column) and, unindexed, where they were written: the
source `kind`, the record's `uuid` (the parent's, for a row in a list: a goal's milestone, a
plan's stakeholder or checkpoint; '' for the single-row statement draft and leaving plan), the
`field` ('notes'; 'success:1' for a row in a list, with its position or mark), `at` (the text
of the source's own date or datetime column, as stored) and `detail` (a goal's title, a
stakeholder's name, a statement version's number: what the where-line names).

The date (`at`) is the one a record is known by: a check-in's meeting, the day of a piece of
evidence or a milestone, when a feedback, action, version, forgiveness item, sitting or mood
check-in was made; for what has none (a goal, the plan, the statement draft, the leaving plan)
when it was last saved; for a stakeholder, when the plan was made. What the triggers keep is
always what the fill below would make from the tables as they are.

Newest first needs the rows in date order, and an FTS5 table has no index but its own: reading
the unindexed `at` of every match before taking a page costs tens of milliseconds for one typed
letter at 100k. So `entries_fts_tools_at`, an ordinary table, holds each index row's `kind`, `at`
and `sort_at` (`at` as one sortable text: a date at its noon) under the same rowid, with
`ix_entries_fts_tools_at_sort_at`: newest first walks that index down and keeps the rowids in the
match set (see app/store/search.py), so it stops after a page. The same triggers and fill keep both
tables, always together.

Their names start with `entries_fts`, so everything that sets the hand-made search index apart
(Alembic's comparison, the encryption and backup row counts) sets these apart too.

SQL triggers on every source table keep it right whoever writes: the stores, imports, restores
and later migrations alike. The row of a field has a fixed rowid, `key * 64 + slot`: `slot` is
the field's number below (never reused or renumbered: new fields take new numbers), `key` the
record's INTEGER PRIMARY KEY, or for a row in a list `parent id * 4096 + position` (a position
outside 0..4095 is not indexed rather than risk a clash). An edit or delete finds the row by
rowid, so no trigger ever scans the index. Empty fields have no row.

A later migration that rebuilds one of these tables (a batch "move and copy") drops its triggers
with it and must make them again: tests/store/test_tool_search_migration.py checks they are all
there at head, and that the index equals one made afresh from the tables.
"""

from __future__ import annotations

from typing import NamedTuple

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLE = "entries_fts_tools"
DATES = "entries_fts_tools_at"  # each index row's kind and date, by the same rowid, for newest first
DATES_INDEX = "ix_entries_fts_tools_at_sort_at"
PREFIXES = "1 2 3"  # as the entries' index (revision 0004)
PENDING_BYTES = 64 * 1024 * 1024
SLOTS = 64
LIST_ROOM = 4096  # positions per parent in a list's key

_CREATE = f"""CREATE VIRTUAL TABLE {TABLE} USING fts5(
        body, kind UNINDEXED, uuid UNINDEXED, field UNINDEXED, at UNINDEXED, detail UNINDEXED,
        tokenize='unicode61 remove_diacritics 2', prefix='{PREFIXES}')"""
_CREATE_DATES = f"""CREATE TABLE {DATES} (
        id INTEGER PRIMARY KEY, kind TEXT NOT NULL, at TEXT, sort_at TEXT)"""
_CREATE_DATES_INDEX = f"CREATE INDEX {DATES_INDEX} ON {DATES} (sort_at)"


def sort_at(at: str) -> str:
    """`at` (a stored date or datetime) as text that sorts by time: a day at its noon."""
    return f"CASE WHEN length({at}) = 10 THEN {at} || ' 12:00:00' ELSE {at} END"


class Source(NamedTuple):  # not a dataclass: Alembic loads this file outside sys.modules
    """One table's searchable fields. SQL expressions name the row as `{r}` (new, old, a FROM alias)."""

    table: str
    kind: str
    fields: tuple[tuple[str, int], ...]  # (column, slot)
    uuid: str
    at: str
    key: str = "{r}.id"
    detail: str = "''"
    part: str | None = None  # a row in a list: what follows the column in `field`
    watch: tuple[str, ...] = ()  # columns whose change re-indexes every field (the date it is shown by)
    in_list: bool = False  # keyed by parent and position: any update re-indexes the row

    def rowid(self, slot: int, r: str) -> str:
        return f"({self.key.format(r=r)}) * {SLOTS} + {slot}"

    def guard(self, r: str) -> str:
        if not self.in_list:
            return ""
        return f" AND ({self.part_of(r)}) BETWEEN 0 AND {LIST_ROOM - 1}"

    def part_of(self, r: str) -> str:
        assert self.part is not None
        return self.part.format(r=r)

    def field_sql(self, column: str, r: str) -> str:
        if self.part is None:
            return f"'{column}'"
        return f"'{column}:' || ({self.part_of(r)})"

    def values(self, column: str, slot: int, r: str) -> str:
        """The SELECT that gives this field's index row, when it has words."""
        return (
            f"SELECT {self.rowid(slot, r)}, {r}.{column}, '{self.kind}', {self.uuid.format(r=r)}, "
            f"{self.field_sql(column, r)}, {self.at.format(r=r)}, {self.detail.format(r=r)}"
        )

    def dates(self, slot: int, r: str) -> str:
        """The SELECT that gives this field's row in the dates' table (same rowid, kind and date)."""
        at = self.at.format(r=r)
        return f"SELECT {self.rowid(slot, r)}, '{self.kind}', {at}, {sort_at(at)}"

    def insert(self, column: str, slot: int, r: str) -> str:
        when = f"WHERE {r}.{column} <> ''{self.guard(r)}"
        return (f"INSERT INTO {TABLE}(rowid, body, kind, uuid, field, at, detail) "
                f"{self.values(column, slot, r)} {when};\n        "
                f"INSERT INTO {DATES}(id, kind, at, sort_at) {self.dates(slot, r)} {when};")

    def delete(self, slots: list[int], r: str) -> str:
        rowids = ", ".join(self.rowid(slot, r) for slot in slots)
        return (f"DELETE FROM {TABLE} WHERE rowid IN ({rowids});\n        "
                f"DELETE FROM {DATES} WHERE id IN ({rowids});")


def listed(table: str, kind: str, fields: tuple[tuple[str, int], ...], *, parent_table: str, parent: str,
           position: str, at: str, detail: str = "''") -> Source:
    """A source whose rows are a list under a parent (no uuid of their own): keyed by both."""
    return Source(
        table, kind, fields, uuid=f"(SELECT uuid FROM {parent_table} WHERE id = {{r}}.{parent})", at=at,
        key=f"{{r}}.{parent} * {LIST_ROOM} + ({position})", detail=detail, part=position, in_list=True,
    )


# Slots are fixed forever: a field keeps its number, a new field takes the next free one (41 on).
SOURCES: tuple[Source, ...] = (
    Source("checkins", "checkin", (("agenda", 0), ("notes", 1), ("thanks", 2), ("lessons", 3),
                                   ("follow_up", 4), ("own_questions", 5)),
           uuid="{r}.uuid", at="{r}.scheduled_at", watch=("scheduled_at",)),
    Source("feedback", "feedback", (("text", 6),), uuid="{r}.uuid", at="{r}.created_at"),
    Source("actions", "action", (("text", 7),), uuid="{r}.uuid", at="{r}.created_at"),
    Source("goals", "goal", (("title", 8), ("success", 9), ("measure", 10), ("notes", 11)),
           uuid="{r}.uuid", at="{r}.updated_at", detail="{r}.title", watch=("updated_at",)),
    listed("goal_milestones", "goal_milestone", (("success", 12),), parent_table="goals",
           parent="goal_id", position="{r}.position", at="{r}.due_on",
           detail="(SELECT title FROM goals WHERE id = {r}.goal_id)"),
    Source("plans", "plan", (("closing_reflection", 13),), uuid="{r}.uuid", at="{r}.updated_at",
           watch=("updated_at",)),
    listed("plan_stakeholders", "stakeholder", (("expectations", 14),), parent_table="plans",
           parent="plan_id",
           position="{r}.position", at="(SELECT created_at FROM plans WHERE id = {r}.plan_id)",
           detail="{r}.name"),
    listed("plan_milestones", "plan_milestone", (("success", 15), ("met", 16), ("to_raise", 17)),
           parent_table="plans", parent="plan_id", position="CAST({r}.mark AS INTEGER)", at="{r}.due_on"),
    Source("evidence", "evidence", (("text", 18),), uuid="{r}.uuid", at="{r}.happened_on",
           watch=("happened_on",)),
    Source("statement_draft", "statement_draft",
           (("what_is_true", 19), ("what_i_own", 20), ("what_i_commit_to", 21), ("what_i_need", 22),
            ("text", 23)), uuid="''", at="{r}.updated_at", watch=("updated_at",)),
    Source("statement_versions", "statement_version",
           (("what_is_true", 24), ("what_i_own", 25), ("what_i_commit_to", 26), ("what_i_need", 27),
            ("text", 28)), uuid="{r}.uuid", at="{r}.created_at", detail="CAST({r}.number AS TEXT)"),
    Source("forgiveness_items", "forgiveness", (("whom", 29), ("what_happened", 30), ("notes", 31)),
           uuid="{r}.uuid", at="{r}.created_at"),
    Source("decisions", "decision", (("reasons_to_stay", 32), ("reasons_to_leave", 33),
                                     ("conditions_to_stay", 34), ("reflection", 35)),
           uuid="{r}.uuid", at="{r}.created_at"),
    Source("mood_checks", "mood", (("note", 36),), uuid="{r}.uuid", at="{r}.at", watch=("at",)),
    Source("leaving_plan", "leaving_plan",
           (("finish", 37), ("notice", 38), ("people", 39), ("job_search", 40)), uuid="''",
           at="{r}.updated_at", watch=("updated_at",)),
)


def triggers(source: Source) -> dict[str, str]:
    """The triggers that keep `source`'s rows in the index, by name."""
    table, slots = source.table, [slot for _column, slot in source.fields]
    made = {
        f"{table}_search_ai": (
            f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN\n        "
            + "\n        ".join(source.insert(column, slot, "new") for column, slot in source.fields)
            + "\n    END"
        ),
        f"{table}_search_ad": (
            f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN\n        "
            f"{source.delete(slots, 'old')}\n    END"
        ),
    }
    if source.in_list:  # the key may change with the row: out with the old, in with the new
        made[f"{table}_search_au"] = (
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN\n        "
            f"{source.delete(slots, 'old')}\n        "
            + "\n        ".join(source.insert(column, slot, "new") for column, slot in source.fields)
            + "\n    END"
        )
        return made
    for column, slot in source.fields:
        watched = (column, *source.watch)
        changed = " OR ".join(f"old.{name} IS NOT new.{name}" for name in watched)
        made[f"{table}_search_au_{column}"] = (
            f"CREATE TRIGGER {table}_search_au_{column} AFTER UPDATE OF {', '.join(watched)} ON {table} "
            f"WHEN {changed} BEGIN\n        {source.delete([slot], 'old')}\n        "
            f"{source.insert(column, slot, 'new')}\n    END"
        )
    if source.table == "goals":  # the title names the goal in every where-line of its rows
        own = ", ".join(source.rowid(slot, "new") for slot in slots)
        milestone = next(s for s in SOURCES if s.table == "goal_milestones")
        rows = milestone.rowid(milestone.fields[0][1], "goal_milestones")
        made["goals_search_au_detail"] = (
            "CREATE TRIGGER goals_search_au_detail AFTER UPDATE OF title ON goals "
            "WHEN old.title IS NOT new.title BEGIN\n        "
            f"UPDATE {TABLE} SET detail = new.title WHERE rowid IN ({own});\n        "
            f"UPDATE {TABLE} SET detail = new.title WHERE rowid IN "
            f"(SELECT {rows} FROM goal_milestones WHERE goal_id = new.id);\n    END"
        )
    return made


def fill(source: Source) -> list[str]:
    """INSERTs that index the rows `source`'s table already holds (the index and the dates' table)."""
    r = source.table
    made: list[str] = []
    for column, slot in source.fields:
        when = f"FROM {r} WHERE {r}.{column} <> ''{source.guard(r)}"
        made.append(f"INSERT INTO {TABLE}(rowid, body, kind, uuid, field, at, detail) "
                    f"{source.values(column, slot, r)} {when}")
        made.append(f"INSERT INTO {DATES}(id, kind, at, sort_at) {source.dates(slot, r)} {when}")
    return made


def every_trigger() -> dict[str, str]:
    made: dict[str, str] = {}
    for source in SOURCES:
        made.update(triggers(source))
    return made


def upgrade() -> None:
    op.execute(_CREATE)
    op.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('hashsize', {PENDING_BYTES})")
    op.execute(_CREATE_DATES)
    for source in SOURCES:
        for statement in fill(source):
            op.execute(statement)
    op.execute(_CREATE_DATES_INDEX)  # after the fill: one sort instead of a row-by-row insert
    for statement in every_trigger().values():
        op.execute(statement)


def downgrade() -> None:
    for name in every_trigger():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {DATES}")  # its index goes with it
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
