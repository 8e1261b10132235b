"""The plan's checkpoints on a real file: defaults until written, one row per mark, delete rules."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app.domain.workbench import MilestoneMark
from app.store.errors import NotFound
from app.store.journal import Journal
from tests.store.test_plan_store import make_plan


def test_checkpoints_read_with_their_default_days_and_write_nothing(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan(start=date(2026, 3, 2), length_days=90))
    marks = journal.milestones.milestones(plan.uuid)
    assert [m.mark for m in marks] == list(MilestoneMark)
    assert [m.due_on for m in marks] == [date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 30)]
    assert all(m.success == "" and m.reviewed_at is None for m in marks)
    with closing(sqlite3.connect(journal.path)) as conn:
        assert conn.execute("SELECT count(*) FROM plan_milestones").fetchone() == (0,)


def test_a_shorter_plan_ends_its_later_checkpoints_on_its_last_day(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan(start=date(2026, 3, 2), length_days=45))
    days = [m.due_on for m in journal.milestones.milestones(plan.uuid)]
    assert days == [date(2026, 3, 31), date(2026, 4, 15), date(2026, 4, 15)]


def test_a_checkpoint_is_saved_and_replaced_in_place(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    first = journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_60)
    journal.milestones.save_milestone(replace(first, success="Releases on time."))
    reviewed = datetime(2026, 5, 1, 9, tzinfo=UTC)
    saved = journal.milestones.save_milestone(
        replace(first, success="Releases on time, twice.", met="Both releases.", reviewed_at=reviewed)
    )
    assert journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_60) == saved
    assert saved.success == "Releases on time, twice." and saved.reviewed_at == reviewed
    assert journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30).success == ""


def test_a_checkpoint_needs_its_plan(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan())
    milestone = journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30)
    with pytest.raises(NotFound):
        journal.milestones.save_milestone(replace(milestone, plan_uuid="no-such-plan"))


def test_a_review_keeps_the_checkpoints_day_and_success(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan(start=date(2026, 3, 2), length_days=90))
    first = journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30)
    journal.milestones.save_milestone(replace(first, success="Updates on time four weeks running."))
    journal.milestones.save_review(plan.uuid, MilestoneMark.DAY_30, met="Four of four.")
    journal.milestones.save_review(plan.uuid, MilestoneMark.DAY_30, to_raise="The review backlog.")
    kept = journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30)
    assert (kept.due_on, kept.success) == (date(2026, 3, 31), "Updates on time four weeks running.")
    assert (kept.met, kept.to_raise, kept.reviewed_at) == ("Four of four.", "The review backlog.", None)
    done = datetime(2026, 3, 31, 18, tzinfo=UTC)
    journal.milestones.save_review(plan.uuid, MilestoneMark.DAY_30, reviewed_at=done)
    journal.milestones.save_review(plan.uuid, MilestoneMark.DAY_30, met="Four of four, and a fifth.")
    kept = journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_30)
    assert (kept.met, kept.to_raise) == ("Four of four, and a fifth.", "The review backlog.")
    assert kept.reviewed_at == done


def test_a_review_of_an_unwritten_checkpoint_starts_it_on_its_default_day(journal: Journal) -> None:
    plan = journal.plans.save_plan(make_plan(start=date(2026, 3, 2), length_days=45))
    saved = journal.milestones.save_review(plan.uuid, MilestoneMark.DAY_90, to_raise="Next plan's dates.")
    assert (saved.due_on, saved.success, saved.to_raise) == (date(2026, 4, 15), "", "Next plan's dates.")
    assert journal.milestones.milestone(plan.uuid, MilestoneMark.DAY_90) == saved
    with pytest.raises(NotFound):
        journal.milestones.save_review("no-such-plan", MilestoneMark.DAY_30, met="x")


def test_written_checkpoints_are_only_the_rows_of_every_plan_in_order(journal: Journal) -> None:
    assert journal.milestones.written_milestones() == []
    older = journal.plans.save_plan(make_plan(created_at=datetime(2025, 1, 1, tzinfo=UTC)))
    newer = journal.plans.save_plan(make_plan(created_at=datetime(2026, 1, 1, tzinfo=UTC)))
    late = journal.milestones.save_milestone(
        replace(journal.milestones.milestone(newer.uuid, MilestoneMark.DAY_90), success="The end."))
    early = journal.milestones.save_review(newer.uuid, MilestoneMark.DAY_30, met="Half.")
    old = journal.milestones.save_milestone(
        replace(journal.milestones.milestone(older.uuid, MilestoneMark.DAY_60), success="Then."))
    assert journal.milestones.written_milestones() == [old, early, late]  # DAY_60 of the newer: no row
