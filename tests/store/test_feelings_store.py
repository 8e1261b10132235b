"""Feelings storage on real files: mood checks and emotions, forgiveness, stay-or-go sittings."""

from __future__ import annotations

import sqlite3
import tempfile
import uuid as uuidlib
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.workbench import (
    Decision,
    EmotionRating,
    ForgivenessItem,
    ForgivenessStatus,
    LeavingPlan,
    MoodCheck,
    StayOrGo,
)
from app.store.errors import NotFound, Rejected
from app.store.journal import Journal

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def mood(
    at: datetime = T0, mood: int = 3, *emotions: tuple[str, int], note: str = "", uuid: str = ""
) -> MoodCheck:
    return MoodCheck(
        uuid=uuid or new_uuid(),
        at=at,
        mood=mood,
        emotions=tuple(EmotionRating(name, intensity) for name, intensity in emotions),
        note=note,
    )


def forgiveness_item(whom: str = "myself", created_at: datetime = T0, uuid: str = "") -> ForgivenessItem:
    return ForgivenessItem(
        uuid=uuid or new_uuid(),
        whom=whom,
        what_happened="The meeting where I froze.",
        status=ForgivenessStatus.NOT_YET,
        notes="",
        created_at=created_at,
        updated_at=created_at,
    )


def sitting(created_at: datetime = T0, decision: Decision = Decision.UNDECIDED, uuid: str = "") -> StayOrGo:
    return StayOrGo(
        uuid=uuid or new_uuid(),
        reasons_to_stay="The team, the work itself.",
        reasons_to_leave="The commute.",
        conditions_to_stay="Clear goals by Friday.",
        decision=decision,
        decided_on=None,
        created_at=created_at,
    )


# -- mood checks ---------------------------------------------------------------------------------


def test_a_new_journal_has_no_feelings(journal: Journal) -> None:
    assert journal.feelings.mood_checks() == []
    assert journal.feelings.latest_mood_check() is None
    assert journal.feelings.forgiveness() == []
    assert journal.feelings.decisions() == []


def test_save_mood_check_keeps_every_field_and_the_emotions_in_order(journal: Journal) -> None:
    check = mood(T0, 2, ("shame", 4), ("hope", 2), ("anger", 1), note="A long day.")
    saved = journal.feelings.save_mood_check(check)
    assert saved == check
    assert journal.feelings.mood_checks() == [check]
    assert [e.name for e in journal.feelings.latest_mood_check().emotions] == ["shame", "hope", "anger"]  # type: ignore[union-attr]


def test_a_mood_check_in_another_zone_comes_back_in_utc(journal: Journal) -> None:
    local = T0.astimezone(timezone(timedelta(hours=-5)))
    saved = journal.feelings.save_mood_check(mood(local))
    assert saved.at == T0 and saved.at.tzinfo == UTC
    assert journal.feelings.mood_checks()[0].at.tzinfo == UTC


def test_save_mood_check_again_replaces_it(journal: Journal) -> None:
    check = journal.feelings.save_mood_check(mood(T0, 2, ("fear", 5), ("sadness", 3)))
    changed = replace(check, mood=4, emotions=(EmotionRating("relief", 3),), note="Better now.")
    assert journal.feelings.save_mood_check(changed) == changed
    assert journal.feelings.mood_checks() == [changed]
    cleared = replace(changed, emotions=())
    journal.feelings.save_mood_check(cleared)
    assert journal.feelings.mood_checks() == [cleared]
    with closing(sqlite3.connect(journal.path)) as conn:
        assert conn.execute("SELECT count(*) FROM mood_check_emotions").fetchone() == (0,)


def test_mood_checks_are_oldest_first_and_since_filters(journal: Journal) -> None:
    late = journal.feelings.save_mood_check(mood(T0 + timedelta(days=2)))
    early = journal.feelings.save_mood_check(mood(T0))
    middle = journal.feelings.save_mood_check(mood(T0 + timedelta(days=1)))
    assert journal.feelings.mood_checks() == [early, middle, late]
    assert journal.feelings.mood_checks(since=T0 + timedelta(days=1)) == [middle, late]
    assert journal.feelings.mood_checks(since=T0 + timedelta(days=3)) == []
    assert journal.feelings.latest_mood_check() == late


def test_delete_mood_check_takes_its_emotions(journal: Journal) -> None:
    gone = journal.feelings.save_mood_check(mood(T0, 3, ("hope", 2)))
    kept = journal.feelings.save_mood_check(mood(T0 + timedelta(hours=1), 4, ("relief", 1)))
    journal.feelings.delete_mood_check(gone.uuid)
    assert journal.feelings.mood_checks() == [kept]
    with closing(sqlite3.connect(journal.path)) as conn:
        assert conn.execute("SELECT name FROM mood_check_emotions").fetchall() == [("relief",)]
    with pytest.raises(NotFound):
        journal.feelings.delete_mood_check(gone.uuid)


@pytest.mark.parametrize(
    "bad", [mood(T0, 0), mood(T0, 6), mood(T0, 3, ("hope", 0)), mood(T0, 3, ("hope", 6))]
)
def test_moods_and_intensities_outside_one_to_five_are_refused(journal: Journal, bad: MoodCheck) -> None:
    with pytest.raises(Rejected, match="CHECK constraint"):
        journal.feelings.save_mood_check(bad)
    assert journal.feelings.mood_checks() == []


@pytest.fixture(scope="module")
def shared_journal() -> Iterator[Journal]:
    with tempfile.TemporaryDirectory(prefix="trustbridge-feelings-") as folder:
        opened = Journal.open(Path(folder))
        try:
            yield opened
        finally:
            opened.close()


words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
moments = st.datetimes(
    min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
ratings = st.integers(min_value=1, max_value=5)
emotion_lists = st.lists(
    st.builds(EmotionRating, name=words.map(lambda w: w[:100]), intensity=ratings), max_size=8
)


@settings(deadline=None, max_examples=60)
@given(
    at=moments,
    overall=ratings,
    emotions=emotion_lists,
    note=words,
    revised=emotion_lists,
)
def test_any_mood_check_round_trips(
    shared_journal: Journal,
    at: datetime,
    overall: int,
    emotions: list[EmotionRating],
    note: str,
    revised: list[EmotionRating],
) -> None:
    check = MoodCheck(uuid=new_uuid(), at=at, mood=overall, emotions=tuple(emotions), note=note)
    assert shared_journal.feelings.save_mood_check(check) == check
    again = replace(check, emotions=tuple(revised))
    assert shared_journal.feelings.save_mood_check(again) == again
    loaded = [c for c in shared_journal.feelings.mood_checks(since=at) if c.uuid == check.uuid]
    assert loaded == [again]


# -- forgiveness ---------------------------------------------------------------------------------


def test_forgiveness_items_are_listed_in_the_order_they_were_added(journal: Journal) -> None:
    second = journal.feelings.save_forgiveness(forgiveness_item("my manager", T0 + timedelta(days=1)))
    first = journal.feelings.save_forgiveness(forgiveness_item("myself", T0))
    assert journal.feelings.forgiveness() == [first, second]
    assert first.created_at == T0


def test_save_forgiveness_keeps_created_at_and_stamps_updated_at(journal: Journal) -> None:
    item = journal.feelings.save_forgiveness(forgiveness_item())
    assert item.created_at == T0
    assert item.updated_at > T0  # stamped now, whatever the caller passed
    before = datetime.now(UTC)
    changed = journal.feelings.save_forgiveness(
        replace(
            item,
            status=ForgivenessStatus.FORGIVEN,
            notes="Let it go.",
            created_at=T0 + timedelta(days=30),  # an update never moves the creation time
        )
    )
    assert changed.created_at == T0
    assert changed.updated_at >= before
    assert (changed.status, changed.notes) == (ForgivenessStatus.FORGIVEN, "Let it go.")
    assert journal.feelings.forgiveness() == [changed]


def test_delete_forgiveness(journal: Journal) -> None:
    item = journal.feelings.save_forgiveness(forgiveness_item())
    journal.feelings.delete_forgiveness(item.uuid)
    assert journal.feelings.forgiveness() == []
    with pytest.raises(NotFound):
        journal.feelings.delete_forgiveness(item.uuid)


# -- stay or go ----------------------------------------------------------------------------------


def test_decisions_are_newest_first_and_revisiting_keeps_the_old_ones(journal: Journal) -> None:
    first = journal.feelings.save_decision(sitting(T0))
    later = journal.feelings.save_decision(sitting(T0 + timedelta(days=14), Decision.STAY))
    assert journal.feelings.decisions() == [later, first]


def test_save_decision_updates_by_uuid_and_keeps_created_at(journal: Journal) -> None:
    first = journal.feelings.save_decision(sitting(T0))
    decided = replace(
        first, decision=Decision.LEAVE, decided_on=date(2026, 3, 20), created_at=T0 + timedelta(days=1)
    )
    saved = journal.feelings.save_decision(decided)
    assert saved == replace(decided, created_at=T0)
    assert journal.feelings.decisions() == [saved]
    assert saved.decided_on == date(2026, 3, 20)



def test_a_sitting_is_found_by_its_uuid(journal: Journal) -> None:
    saved = journal.feelings.save_decision(replace(sitting(T0), reflection="Staying, for now."))
    assert journal.feelings.decision(saved.uuid) == saved
    assert journal.feelings.decision(new_uuid()) is None


def test_the_reflection_is_kept_and_updated(journal: Journal) -> None:
    first = journal.feelings.save_decision(replace(sitting(T0), reflection="Not sure."))
    again = journal.feelings.save_decision(replace(first, reflection="Going: I want a fresh start."))
    assert journal.feelings.decisions() == [again]
    assert again.reflection == "Going: I want a fresh start."


def test_the_prompt_writes_its_answer_onto_the_current_sitting_only(journal: Journal) -> None:
    older = journal.feelings.save_decision(replace(sitting(T0), reflection="Old words."))
    newest = journal.feelings.save_decision(sitting(T0 + timedelta(days=7), Decision.LEAVE))
    written = journal.feelings.set_current_reflection("Going, and going well.", T0 + timedelta(days=8))
    assert written == replace(newest, reflection="Going, and going well."), "nothing else changed"
    assert journal.feelings.decisions() == [written, older]


def test_the_prompt_starts_a_sitting_when_there_is_none(journal: Journal) -> None:
    written = journal.feelings.set_current_reflection("Not sure yet.", T0)
    assert journal.feelings.decisions() == [written]
    assert (written.reflection, written.decision, written.decided_on, written.created_at) == (
        "Not sure yet.", Decision.UNDECIDED, None, T0)


# -- the leaving plan ----------------------------------------------------------------------------


def test_a_new_journal_has_an_empty_leaving_plan_and_reading_writes_nothing(journal: Journal) -> None:
    assert journal.feelings.leaving_plan() == LeavingPlan()
    with closing(sqlite3.connect(journal.path)) as db:
        assert db.execute("SELECT count(*) FROM leaving_plan").fetchone() == (0,)


def test_save_leaving_plan_keeps_every_field_and_stamps_updated_at(journal: Journal) -> None:
    plan = LeavingPlan(finish="Hand over the reports", notice="Ask about notice and references",
                       people="Sam\nAna", job_search="Update my CV\nCall the recruiter",
                       leave_on=date(2026, 6, 30), updated_at=T0)
    before = datetime.now(UTC)
    saved = journal.feelings.save_leaving_plan(plan)
    assert saved.updated_at is not None and saved.updated_at >= before, "stamped now, not as given"
    assert saved == replace(plan, updated_at=saved.updated_at)
    assert journal.feelings.leaving_plan() == saved


def test_save_leaving_plan_again_replaces_the_one_plan(journal: Journal) -> None:
    journal.feelings.save_leaving_plan(LeavingPlan(finish="Old", leave_on=date(2026, 6, 30)))
    saved = journal.feelings.save_leaving_plan(LeavingPlan(people="Ana"))
    assert journal.feelings.leaving_plan() == saved
    assert (saved.finish, saved.people, saved.leave_on) == ("", "Ana", None)
    with closing(sqlite3.connect(journal.path)) as db:
        assert db.execute("SELECT id FROM leaving_plan").fetchall() == [(1,)]


def test_a_leaving_plan_and_a_sitting_saved_in_one_operation_go_back_together(journal: Journal) -> None:
    from app.store.errors import StorageUnavailable

    with pytest.raises(StorageUnavailable), journal.operation():
        journal.feelings.save_leaving_plan(LeavingPlan(finish="Hand over"))
        journal.feelings.save_decision(replace(sitting(T0), decision=Decision.LEAVE))
        raise StorageUnavailable("The journal could not be saved: the disk is full.")
    assert journal.feelings.leaving_plan() == LeavingPlan() and journal.feelings.decisions() == []


# -- a form's draft and the record it becomes: one operation ---------------------------------------


def test_a_check_in_and_the_end_of_its_draft_commit_together(journal: Journal) -> None:
    journal.drafts.put("mood-note", '{"mood": 4, "feelings": [], "note": "Better"}')
    with journal.operation():
        journal.drafts.clear("mood-note")
        journal.feelings.save_mood_check(mood(mood=4, note="Better"))
    assert journal.drafts.get("mood-note") == "" and len(journal.feelings.mood_checks()) == 1


def test_a_refused_check_in_leaves_its_draft(journal: Journal) -> None:
    journal.drafts.put("mood-note", '{"mood": 4, "feelings": [], "note": "Better"}')
    with pytest.raises(Rejected), journal.operation():
        journal.drafts.clear("mood-note")
        journal.feelings.save_mood_check(replace(mood(note="Better"), mood=9))
    assert "Better" in journal.drafts.get("mood-note"), "the draft's clearing went back with it"
    assert journal.feelings.mood_checks() == []


def test_a_forgiveness_item_made_from_its_draft_clears_it_in_the_same_commit(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store.errors import StorageUnavailable

    journal.drafts.put("forgiveness-new", '{"whom": "", "notes": "Still hurts."}')
    real = journal.feelings.save_forgiveness

    def full_disk(item: ForgivenessItem) -> ForgivenessItem:
        raise StorageUnavailable("The journal could not be saved: the disk is full.")

    monkeypatch.setattr(journal.feelings, "save_forgiveness", full_disk)
    with pytest.raises(StorageUnavailable), journal.operation():
        journal.drafts.clear("forgiveness-new")
        journal.feelings.save_forgiveness(forgiveness_item("Myself"))
    assert journal.drafts.get("forgiveness-new") and journal.feelings.forgiveness() == []

    monkeypatch.setattr(journal.feelings, "save_forgiveness", real)
    with journal.operation():
        journal.drafts.clear("forgiveness-new")
        journal.feelings.save_forgiveness(forgiveness_item("Myself"))
    assert journal.drafts.get("forgiveness-new") == "" and len(journal.feelings.forgiveness()) == 1
