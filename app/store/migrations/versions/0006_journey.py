"""One journey: the places the prompts and the method need in the tools.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

Only new columns (with defaults) and new tables, so no row is rewritten by the schema part:
- statement_draft.say_on, said_on: when the person means to say the statement, and said it;
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

Then the answers already written to the prompts that now write a tool (app/domain/prompt_links.py)
move into that tool: one text in one place. Where the tool already holds words, the answer is
added after them (unless it is the same text); where the record does not exist yet (no active
plan, no check-in on or after the day the answer was written) it waits as a draft, as it would
if written today. The answer entries are then removed: moved, not copied. An answer that carries
tags (only an import can give it some) stays an entry, so its tags are not lost. The mapping is written
out here, frozen, rather than imported, so this revision means the same thing forever.
"""

from __future__ import annotations

import uuid as uuidlib
from datetime import UTC, date, datetime, timedelta

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
    op.add_column("statement_draft", sa.Column("said_on", sa.Date(), nullable=True))
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
    _move_linked_answers(op.get_bind())


# (stage, prompt key) → where its answer goes, as of this revision.
_STATEMENT_PARTS = {
    "what-is-true": "what_is_true", "my-part": "what_i_own", "commitment": "what_i_commit_to",
    "what-i-need": "what_i_need", "ownership-statement": "text",
}
_CHECKPOINTS = {"success-30-days": "30", "success-60-days": "60", "success-90-days": "90"}
_CHECKIN_FIELDS = {"questions-to-ask": "own_questions", "thank-manager": "thanks"}
_CHECKIN_DRAFTS = {
    "own_questions": "prompt-answer:checkin.own_questions", "thanks": "prompt-answer:checkin.thanks",
}
_GRACE = timedelta(hours=2)  # a check-in that began a little before the answer is still "next"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _joined(kept: str, added: str) -> str:
    if not added.strip() or added.strip() in kept:  # the same words are never written twice
        return kept
    return f"{kept.rstrip()}\n\n{added}" if kept.strip() else added


def _answers(conn: sa.Connection, stage: str, keys: object) -> list[tuple[str, str, str, str]]:
    """Live, non-blank reflection answers of these prompts, oldest first."""
    query = sa.text(
        "SELECT uuid, prompt_key, body, created_at FROM entries WHERE kind = 'reflection' "
        "AND deleted_at IS NULL AND stage = :stage AND prompt_key IN :keys "
        "AND trim(body, ' ' || char(9, 10, 13, 12, 11)) != '' "
        "AND NOT EXISTS (SELECT 1 FROM entry_tags WHERE entry_tags.entry_id = entries.id) "
        "ORDER BY created_at, id"
    ).bindparams(sa.bindparam("keys", expanding=True))
    rows = conn.execute(query, {"stage": stage, "keys": list(keys)})  # type: ignore[call-overload]
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def _put_draft(conn: sa.Connection, key: str, body: str, now: str) -> None:
    kept = conn.execute(sa.text("SELECT body FROM drafts WHERE key = :key"), {"key": key}).scalar()
    if kept is None:
        conn.execute(
            sa.text("INSERT INTO drafts (key, body, updated_at) VALUES (:key, :body, :now)"),
            {"key": key, "body": body, "now": now},
        )
    else:
        conn.execute(
            sa.text("UPDATE drafts SET body = :body, updated_at = :now WHERE key = :key"),
            {"key": key, "body": _joined(kept, body), "now": now},
        )


def _move_statement(conn: sa.Connection, now: str) -> list[str]:
    answers = _answers(conn, "ownership", _STATEMENT_PARTS)
    if not answers:
        return []
    if conn.execute(sa.text("SELECT 1 FROM statement_draft WHERE id = 1")).first() is None:
        conn.execute(sa.text(
            "INSERT INTO statement_draft (id, what_is_true, what_i_own, what_i_commit_to, what_i_need, "
            "text, updated_at) VALUES (1, '', '', '', '', '', :now)"
        ), {"now": now})
    for _uuid, key, body, _created in answers:
        column = _STATEMENT_PARTS[key]
        kept = conn.execute(sa.text(f"SELECT {column} FROM statement_draft WHERE id = 1")).scalar_one()
        conn.execute(
            sa.text(f"UPDATE statement_draft SET {column} = :text, updated_at = :now WHERE id = 1"),
            {"text": _joined(kept, body), "now": now},
        )
    return [row[0] for row in answers]


def _move_stay_or_go(conn: sa.Connection) -> list[str]:
    answers = _answers(conn, "feelings", ["stay-or-leave"])
    for _uuid, _key, body, created in answers:
        newest = conn.execute(sa.text(
            "SELECT id, reflection FROM decisions ORDER BY created_at DESC, id DESC LIMIT 1"
        )).first()
        if newest is None:
            conn.execute(sa.text(
                "INSERT INTO decisions (uuid, reasons_to_stay, reasons_to_leave, conditions_to_stay, "
                "decision, decided_on, created_at, reflection) "
                "VALUES (:uuid, '', '', '', 'undecided', NULL, :created, :text)"
            ), {"uuid": str(uuidlib.uuid4()), "created": created, "text": body})
        else:
            conn.execute(
                sa.text("UPDATE decisions SET reflection = :text WHERE id = :id"),
                {"text": _joined(newest[1], body), "id": newest[0]},
            )
    return [row[0] for row in answers]


def _checkpoint_day(start: date, length_days: int, days: int) -> date:
    try:
        return start + timedelta(days=max(min(days, length_days), 1) - 1)
    except OverflowError:
        return date.max


def _move_checkpoints(conn: sa.Connection, now: str) -> list[str]:
    answers = _answers(conn, "expectations", _CHECKPOINTS)
    plan = conn.execute(sa.text(
        "SELECT id, start, length_days FROM plans WHERE status = 'active' "
        "ORDER BY created_at DESC, id DESC LIMIT 1"
    )).first()
    for _uuid, key, body, _created in answers:
        mark = _CHECKPOINTS[key]
        if plan is None:
            _put_draft(conn, f"prompt-answer:plan.checkpoint_{mark}", body, now)
            continue
        kept = conn.execute(
            sa.text("SELECT success FROM plan_milestones WHERE plan_id = :plan AND mark = :mark"),
            {"plan": plan[0], "mark": mark},
        ).first()
        if kept is None:
            due = _checkpoint_day(date.fromisoformat(str(plan[1])[:10]), int(plan[2]), int(mark))
            conn.execute(sa.text(
                "INSERT INTO plan_milestones (plan_id, mark, due_on, success, met, to_raise, reviewed_at) "
                "VALUES (:plan, :mark, :due, :text, '', '', NULL)"
            ), {"plan": plan[0], "mark": mark, "due": due.isoformat(), "text": body})
        else:
            conn.execute(
                sa.text("UPDATE plan_milestones SET success = :text WHERE plan_id = :plan AND mark = :mark"),
                {"text": _joined(kept[0], body), "plan": plan[0], "mark": mark},
            )
    return [row[0] for row in answers]


def _move_checkin_prep(conn: sa.Connection, now: str) -> list[str]:
    answers = _answers(conn, "checkins", _CHECKIN_FIELDS)
    for _uuid, key, body, created in answers:
        column = _CHECKIN_FIELDS[key]
        since = _stamp(datetime.fromisoformat(str(created)).replace(tzinfo=UTC) - _GRACE)
        meeting = conn.execute(sa.text(
            f"SELECT id, {column} FROM checkins WHERE scheduled_at >= :since "
            "ORDER BY scheduled_at, id LIMIT 1"
        ), {"since": since}).first()
        if meeting is None:
            _put_draft(conn, _CHECKIN_DRAFTS[column], body, now)
        else:
            conn.execute(
                sa.text(f"UPDATE checkins SET {column} = :text WHERE id = :id"),
                {"text": _joined(meeting[1], body), "id": meeting[0]},
            )
    return [row[0] for row in answers]


def _move_linked_answers(conn: sa.Connection) -> None:
    now = _stamp(datetime.now(UTC))
    moved = (
        _move_statement(conn, now) + _move_stay_or_go(conn)
        + _move_checkpoints(conn, now) + _move_checkin_prep(conn, now)
    )
    for uuid in moved:
        conn.execute(sa.text("DELETE FROM entries WHERE uuid = :uuid"), {"uuid": uuid})


_HOLDING_WORDS = (
    "SELECT 1 FROM decisions WHERE trim(reflection) != ''",
    "SELECT 1 FROM checkins WHERE trim(own_questions) != ''",
    "SELECT 1 FROM plan_milestones WHERE trim(success || met || to_raise) != ''",
    "SELECT 1 FROM plans WHERE trim(closing_reflection) != ''",
    "SELECT 1 FROM plan_stakeholders WHERE trim(expectations) != ''",
    "SELECT 1 FROM goal_milestones WHERE trim(success) != ''",
    "SELECT 1 FROM leaving_plan WHERE trim(finish || notice || people || job_search) != ''",
)


def downgrade() -> None:
    """Plain DROP COLUMN (SQLite 3.35+): a table rebuild of `plans` would cascade into its goals.

    Refused while any of the new places holds words: dropping them would lose what the person
    wrote (answers moved here by the upgrade among them)."""
    conn = op.get_bind()
    if any(conn.execute(sa.text(f"{query} LIMIT 1")).first() for query in _HOLDING_WORDS):
        raise RuntimeError(
            "This journal holds words in places revision 0006 added; going back would lose them."
        )
    op.drop_table("leaving_plan")
    op.drop_table("plan_milestones")
    for table, column in (
        ("goal_milestones", "status"), ("goal_milestones", "success"),
        ("plan_stakeholders", "confirmed_on"), ("plan_stakeholders", "expectations"),
        ("plans", "ended_on"), ("plans", "closing_reflection"), ("plans", "outcome"),
        ("checkins", "own_questions"), ("decisions", "reflection"), ("statement_draft", "said_on"),
        ("statement_draft", "say_on"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
