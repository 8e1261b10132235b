"""The Autosaver and an entry's tags: a page that does not edit tags (Today, the stages) keeps them
as stored; a page that does (the Journal) sets them in the same act as the text."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import Change
from app.domain.records import MEETING_TAG, EntryDraft, EntryKind
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.writing.autosave import Autosaver, DraftTarget
from app.ui.writing.editor import MarkdownEditor

FAST = SaveTiming(delay_ms=70, max_wait_ms=100, retry_ms=200)
WAIT_MS = 3000


@pytest.fixture
def observed(journal: Journal) -> ObservedJournal:
    return ObservedJournal(journal, save_timing=FAST)


def _writer(qtbot: QtBot, observed: ObservedJournal) -> tuple[MarkdownEditor, Autosaver]:
    editor = MarkdownEditor("Answer")
    qtbot.addWidget(editor)
    return editor, Autosaver(observed, editor)


def test_typing_on_today_keeps_the_tags_added_in_the_journal(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    """The defect: Today saved its evening entry with no tags, wiping a check-in mark or tag
    added to it on the Journal page."""
    entry = journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.EVENING, "Tonight", None, "small-win",
                                          "What was one small win today?", (MEETING_TAG, "team")))
    editor, autosaver = _writer(qtbot, observed)
    assert autosaver.bind(DraftTarget(EntryKind.EVENING, None, "small-win", "What was one small win today?"),
                          entry)
    editor.focus_editor()
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(autosaver.saved, timeout=WAIT_MS):
        qtbot.keyClicks(editor.text_edit, " I helped Sam")
    stored = journal.get_entry(entry.uuid)
    assert stored.body == "Tonight I helped Sam"
    assert stored.tags == (MEETING_TAG, "team")


def test_retargeted_tags_go_with_the_next_save_then_stay_as_stored(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    entry = journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "Words"))
    editor, autosaver = _writer(qtbot, observed)
    assert autosaver.bind(DraftTarget(EntryKind.FREE), entry)
    heard: list[Change] = []
    observed.changes.connect(heard.append)
    target = autosaver.target
    assert target is not None and target.tags is None
    autosaver.retarget(DraftTarget(EntryKind.FREE, tags=("one", "two")), at_once=False)
    assert autosaver.pending and journal.get_entry(entry.uuid).tags == ()
    with qtbot.waitSignal(autosaver.saved, timeout=WAIT_MS):
        pass  # the pause runs out
    assert journal.get_entry(entry.uuid).tags == ("one", "two")
    assert len([c for c in heard if c.made_by(autosaver)]) == 1
    after = autosaver.target
    assert after is not None and after.tags is None  # stored: kept as stored from now on

    # A tag changed elsewhere meanwhile is kept by the next save of the text.
    journal.save_entry(EntryDraft(entry.uuid, EntryKind.FREE, "Words", tags=("one", "two", "three")))
    editor.focus_editor()
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(autosaver.saved, timeout=WAIT_MS):
        qtbot.keyClicks(editor.text_edit, "!")
    assert journal.get_entry(entry.uuid).tags == ("one", "three", "two")


def test_a_tag_edit_is_not_dropped_when_the_text_goes_back_to_what_is_stored(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    entry = journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "Words"))
    editor, autosaver = _writer(qtbot, observed)
    assert autosaver.bind(DraftTarget(EntryKind.FREE), entry)
    autosaver.retarget(DraftTarget(EntryKind.FREE, tags=("kept",)), at_once=False)
    editor.focus_editor()
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, "x")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Backspace)  # back to the stored words
    assert editor.text() == "Words"
    assert autosaver.flush()
    assert journal.get_entry(entry.uuid).tags == ("kept",)
