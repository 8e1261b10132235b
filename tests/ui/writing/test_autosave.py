"""The entry Autosaver on the one Saver: steady typing saved at least every max-wait, its own echo
passed over, a change from elsewhere shown, a failed save kept on screen and tried again."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.domain.changes import Area, Change
from app.domain.records import Entry, EntryDraft, EntryKind
from app.store.errors import StorageUnavailable
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
    autosaver = Autosaver(observed, editor)
    assert autosaver.bind(DraftTarget(EntryKind.FREE), None)
    return editor, autosaver


def test_steady_typing_is_saved_at_least_every_max_wait(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    """Keys come faster than the pause the saver waits for, so only the max-wait cap can save while
    typing goes on: saves must still arrive, each holding what was on screen."""
    editor, autosaver = _writer(qtbot, observed)
    saved_at: list[tuple[int, str]] = []  # (keys typed so far, body saved)
    typed = 0
    autosaver.saved.connect(lambda entry: saved_at.append((typed, entry.body)))
    text = "steady typing, never pausing long enough for the delay " * 2
    editor.focus_editor()
    for char in text:
        qtbot.keyClicks(editor.text_edit, char)
        typed += 1
        qtbot.wait(20)  # well under the 70 ms pause: the pause timer keeps being restarted
    while_typing = [(count, body) for count, body in saved_at if count < len(text)]
    assert len(while_typing) >= 2, "typing that never paused was not saved while it went on"
    for count, body in while_typing:
        assert text.startswith(body) and len(body) <= count
    assert autosaver.flush()
    assert journal.get_entry(autosaver.entry_uuid or "").body == text


def test_its_own_echo_is_passed_over_and_a_change_from_elsewhere_is_shown(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, autosaver = _writer(qtbot, observed)
    changes: list[Change] = []
    observed.changes.connect(changes.append)
    loaded: list[str] = []
    real_set_text = editor.set_text
    monkeypatch.setattr(editor, "set_text", lambda text: (loaded.append(text), real_set_text(text)))
    editor.focus_editor()
    with qtbot.waitSignal(autosaver.saved, timeout=WAIT_MS):
        qtbot.keyClicks(editor.text_edit, "my own words")
    key = autosaver.entry_uuid
    assert key is not None
    assert [c.made_by(autosaver) for c in changes] == [True]
    assert changes[0].touches(Area.ENTRY) and changes[0].uuids == {key}
    assert loaded == []  # its own save never reloads the editor (the caret stays put)

    draft = EntryDraft(key, EntryKind.FREE, "rewritten on another page")
    observed.act(Area.ENTRY, lambda j: j.save_entry(draft), origin=object())
    assert loaded == ["rewritten on another page"]
    assert editor.text() == "rewritten on another page"
    observed.act(Area.ENTRY, lambda j: j.delete_entry(key), origin=object(), uuids={key})
    assert editor.text() == "" and autosaver.entry_uuid is None
    assert autosaver.draft_uuid != key  # typing again starts a new entry, not the deleted one


def test_a_failed_save_keeps_the_text_says_why_and_tries_again_by_itself(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, autosaver = _writer(qtbot, observed)
    real_save = Journal.save_entry
    calls = {"n": 0}

    def failing_once(self: Journal, draft: EntryDraft, **kwargs: Any) -> Entry:
        calls["n"] += 1
        if calls["n"] == 1:
            raise StorageUnavailable("The disk is not answering.")
        return real_save(self, draft, **kwargs)

    monkeypatch.setattr(journal, "save_entry", failing_once.__get__(journal))
    problems: list[str] = []
    observed.problem.connect(problems.append)
    editor.focus_editor()
    with qtbot.waitSignal(autosaver.failed, timeout=WAIT_MS) as failure:
        qtbot.keyClicks(editor.text_edit, "words the disk refused")
    assert "not answering" in failure.args[0]
    assert problems and "not answering" in problems[0]
    assert editor.text() == "words the disk refused"
    assert autosaver.pending and autosaver.entry_uuid is None
    with qtbot.waitSignal(autosaver.saved, timeout=WAIT_MS):  # the retry: no keystroke, no flush
        pass
    assert journal.get_entry(autosaver.draft_uuid).body == "words the disk refused"
    assert not autosaver.pending


def test_whitespace_never_creates_an_entry_and_emptying_deletes_it(
    qtbot: QtBot, observed: ObservedJournal, journal: Journal
) -> None:
    editor, autosaver = _writer(qtbot, observed)
    editor.focus_editor()
    qtbot.keyClicks(editor.text_edit, "   ")
    assert not autosaver.pending
    assert autosaver.flush() and autosaver.entry_uuid is None
    qtbot.keyClicks(editor.text_edit, "x")
    assert autosaver.flush()
    key = autosaver.entry_uuid
    assert key is not None
    editor.text_edit.selectAll()
    with qtbot.waitSignal(autosaver.removed, timeout=WAIT_MS) as removed:
        editor.text_edit.textCursor().removeSelectedText()
    assert removed.args == [key]
    assert journal.existing_uuids([key]) == {key}  # still in the file, deleted: undo can bring it back
    assert autosaver.entry_uuid is None
    assert journal.count_entries() == 0
    assert str(uuid.UUID(autosaver.draft_uuid)) == autosaver.draft_uuid
