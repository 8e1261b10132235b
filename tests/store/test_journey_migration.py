"""Upgrading a journal made at revision 0005: prompt answers move into the tools they now write.

Nothing is duplicated (the answer entries go), nothing is lost (words already in a tool stay, the
answer follows them), and answers whose record does not exist yet wait as drafts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.prompt_links import ToolField
from app.domain.stages import Stage
from app.domain.workbench import Decision, MilestoneMark
from app.paths import database_path
from app.store.journal import Journal
from tests.store.test_migrations import migrate

WRITTEN = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class OldJournal:
    """A journal file at revision 0005, written with plain SQL as that version of the app did."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        self.path = database_path(folder)
        self.folder = folder
        migrate(self.path, "0005")
        self._serial = 0

    def sql(self, statement: str, values: dict[str, object] | tuple[object, ...] = ()) -> None:
        with closing(sqlite3.connect(self.path)) as conn:
            conn.execute(statement, values)
            conn.commit()

    def answer(self, stage: str, key: str, body: str, *, at: datetime = WRITTEN, deleted: bool = False,
               kind: str = "reflection") -> str:
        self._serial += 1
        uuid = f"answer-{self._serial}"
        self.sql(
            "INSERT INTO entries (uuid, kind, stage, prompt_key, title, body, created_at, updated_at,"
            " deleted_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)",
            (uuid, kind, stage, key, body, stamp(at), stamp(at), stamp(at) if deleted else None),
        )
        return uuid


@pytest.fixture
def old(tmp_path: Path) -> Iterator[OldJournal]:
    yield OldJournal(tmp_path / "old")


def opened(old: OldJournal) -> Journal:
    return Journal.open(old.folder)


def entry_uuids(journal: Journal) -> set[str]:
    return {summary.uuid for summary in journal.list_entries()}


def test_ownership_answers_become_the_workshop_parts_and_draft(old: OldJournal) -> None:
    moved = [
        old.answer("ownership", "what-is-true", "Three reports were late."),
        old.answer("ownership", "my-part", "I did not flag the delays."),
        old.answer("ownership", "commitment", "A status note every Friday."),
        old.answer("ownership", "what-i-need", "Clear priorities."),
        old.answer("ownership", "ownership-statement", "I missed three deadlines. That is on me."),
    ]
    kept = old.answer("ownership", "did-not-know", "That the client escalated.")
    journal = opened(old)
    try:
        draft = journal.statements.draft()
        assert draft.parts.what_is_true == "Three reports were late."
        assert draft.parts.what_i_own == "I did not flag the delays."
        assert draft.parts.what_i_commit_to == "A status note every Friday."
        assert draft.parts.what_i_need == "Clear priorities."
        assert draft.text == "I missed three deadlines. That is on me."
        assert entry_uuids(journal) == {kept}  # moved, not copied
        assert not set(moved) & entry_uuids(journal)
        assert journal.answered_prompts()[Stage.OWNERSHIP] == {
            "what-is-true", "my-part", "commitment", "what-i-need", "ownership-statement", "did-not-know",
        }
    finally:
        journal.close()


def test_words_already_in_the_workshop_stay_and_the_answer_follows(old: OldJournal) -> None:
    old.sql(
        "INSERT INTO statement_draft (id, what_is_true, what_i_own, what_i_commit_to, what_i_need, text,"
        " updated_at) VALUES (1, 'From the workshop.', 'Same words.', '', '', 'Workshop draft.', ?)",
        (stamp(WRITTEN),),
    )
    old.answer("ownership", "what-is-true", "From the prompt.")
    old.answer("ownership", "my-part", "Same words.")
    journal = opened(old)
    try:
        draft = journal.statements.draft()
        assert draft.parts.what_is_true == "From the workshop.\n\nFrom the prompt."
        assert draft.parts.what_i_own == "Same words."  # the same text is not written twice
        assert draft.text == "Workshop draft."
    finally:
        journal.close()


def test_deleted_blank_and_tagged_answers_are_left_as_they_were(old: OldJournal) -> None:
    deleted = old.answer("ownership", "my-part", "Thrown away.", deleted=True)
    blank = old.answer("ownership", "commitment", "  \n ")
    tagged = old.answer("ownership", "what-is-true", "Tagged in another app.")
    old.sql("INSERT INTO entry_tags (entry_id, name) SELECT id, 'work' FROM entries WHERE uuid = ?",
            (tagged,))
    journal = opened(old)
    try:
        assert journal.statements.draft().parts.what_i_own == ""
        assert journal.get_entry(tagged).tags == ("work",)
        assert {blank, tagged} <= entry_uuids(journal)
        with closing(sqlite3.connect(old.path)) as conn:
            assert conn.execute("SELECT count(*) FROM entries WHERE uuid = ?", (deleted,)).fetchone() == (1,)
    finally:
        journal.close()


def test_the_stay_or_leave_answer_becomes_the_newest_sitting(old: OldJournal) -> None:
    old.sql(
        "INSERT INTO decisions (uuid, reasons_to_stay, reasons_to_leave, conditions_to_stay, decision,"
        " decided_on, created_at) VALUES ('older', '', '', '', 'undecided', NULL, ?),"
        " ('newer', 'The team.', '', '', 'stay', '2026-03-03', ?)",
        (stamp(WRITTEN - timedelta(days=9)), stamp(WRITTEN)),
    )
    old.answer("feelings", "stay-or-leave", "Stay. I want to show I can do this.")
    journal = opened(old)
    try:
        newer, older = journal.feelings.decisions()
        assert newer.uuid == "newer" and newer.reflection == "Stay. I want to show I can do this."
        assert newer.decision is Decision.STAY and newer.reasons_to_stay == "The team."
        assert older.reflection == ""
        assert entry_uuids(journal) == set()
    finally:
        journal.close()


def test_a_stay_or_leave_answer_without_a_sitting_starts_one(old: OldJournal) -> None:
    old.answer("feelings", "stay-or-leave", "I am leaning towards leaving.")
    journal = opened(old)
    try:
        [sitting] = journal.feelings.decisions()
        assert sitting.reflection == "I am leaning towards leaving."
        assert sitting.decision is Decision.UNDECIDED and sitting.created_at == WRITTEN
    finally:
        journal.close()


def test_checkpoint_answers_go_to_the_active_plan(old: OldJournal) -> None:
    old.sql(
        "INSERT INTO plans (uuid, start, length_days, manager, status, created_at, updated_at)"
        " VALUES ('plan', '2026-03-02', 60, 'Dana', 'active', ?, ?)",
        (stamp(WRITTEN), stamp(WRITTEN)),
    )
    old.answer("expectations", "success-30-days", "Reports on time.")
    old.answer("expectations", "success-90-days", "Trusted with the launch.")
    keep = old.answer("expectations", "how-measured", "The weekly dashboard.")
    journal = opened(old)
    try:
        marks = {m.mark: m for m in journal.milestones.milestones("plan")}
        assert marks[MilestoneMark.DAY_30].success == "Reports on time."
        assert marks[MilestoneMark.DAY_30].due_on == date(2026, 3, 31)
        assert marks[MilestoneMark.DAY_90].success == "Trusted with the launch."
        assert marks[MilestoneMark.DAY_90].due_on == date(2026, 4, 30)  # a 60-day plan ends on day 60
        assert marks[MilestoneMark.DAY_60].success == ""
        assert entry_uuids(journal) == {keep}
    finally:
        journal.close()


def test_checkpoint_answers_without_an_active_plan_wait_as_drafts(old: OldJournal) -> None:
    old.answer("expectations", "success-60-days", "Owning the release notes.")
    journal = opened(old)
    try:
        assert journal.drafts.get(ToolField.CHECKPOINT_60.draft_key) == "Owning the release notes."
        assert journal.prompt_fields.get(ToolField.CHECKPOINT_60) == "Owning the release notes."
        assert entry_uuids(journal) == set()
    finally:
        journal.close()


def test_questions_and_thanks_go_to_the_first_checkin_after_they_were_written(old: OldJournal) -> None:
    for uuid, when, held in (
        ("before", WRITTEN - timedelta(days=3), 1),
        ("first-after", WRITTEN + timedelta(days=1), 1),
        ("later", WRITTEN + timedelta(days=8), 0),
    ):
        old.sql(
            "INSERT INTO checkins (uuid, scheduled_at, agenda, notes, rating, held, follow_up, thanks,"
            " lessons, questions, created_at, updated_at) VALUES (?, ?, '', '', NULL, ?, '', 'Kept.', '', '',"
            " ?, ?)",
            (uuid, stamp(when), held, stamp(WRITTEN), stamp(WRITTEN)),
        )
    old.answer("checkins", "questions-to-ask", "Which project comes first?")
    old.answer("checkins", "thank-manager", "The extra week.")
    month_later = WRITTEN + timedelta(days=30)
    old.answer("checkins", "questions-to-ask", "What would you like more of?", at=month_later)
    journal = opened(old)
    try:
        meetings = {c.uuid: c for c in journal.checkins.checkins()}
        assert meetings["first-after"].own_questions == "Which project comes first?"
        assert meetings["first-after"].thanks == "Kept.\n\nThe extra week."
        assert meetings["before"].own_questions == meetings["later"].own_questions == ""
        assert journal.drafts.get(ToolField.CHECKIN_QUESTIONS.draft_key) == "What would you like more of?"
        assert entry_uuids(journal) == set()
    finally:
        journal.close()



def test_the_same_answer_twice_is_written_once(old: OldJournal) -> None:
    old.answer("ownership", "my-part", "Answer number 7 ✓")
    old.answer("ownership", "my-part", "Answer number 7 ✓")
    journal = opened(old)
    try:
        assert journal.statements.draft().parts.what_i_own == "Answer number 7 ✓"
        assert entry_uuids(journal) == set()
    finally:
        journal.close()


def test_going_back_below_0006_is_refused_while_its_places_hold_words(old: OldJournal) -> None:
    old.answer("feelings", "stay-or-leave", "Stay, for now.")
    opened(old).close()
    with pytest.raises(RuntimeError, match="would lose them"):
        migrate(old.path, "0005", down=True)
    with closing(sqlite3.connect(old.path)) as conn:
        assert conn.execute("SELECT reflection FROM decisions").fetchall() == [("Stay, for now.",)]
