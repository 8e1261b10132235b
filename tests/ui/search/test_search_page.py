"""Search page: type, wait for the results signal, filter, reorder, open a result with words marked."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.domain.search import HIGHLIGHT_START, SearchHit
from app.domain.stages import Stage
from app.domain.workbench import MoodCheck
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.search.search_model import HIT_ROLE, SearchResultsModel, plain_snippet, snippet_runs
from app.ui.search.search_page import BEFORE_TYPING, MOOD_CHOICES, SearchPage
from app.ui.widgets.form_fields import qdate
from tests.ui.helpers import type_text

WAIT_MS = 5000


def add(journal: Journal, body: str, days_ago: int, kind: EntryKind = EntryKind.FREE,
        stage: Stage | None = None, title: str = "") -> str:
    key = str(uuid.uuid4())
    draft = EntryDraft(key, kind, body, stage, "p" if stage else None, title)
    journal.save_entry(draft, when=datetime.now(UTC) - timedelta(days=days_ago))
    return key


@pytest.fixture
def page(qtbot: QtBot, observed: ObservedJournal) -> Iterator[SearchPage]:
    made = SearchPage(observed)
    qtbot.addWidget(made)
    made.resize(1024, 700)
    made.show()
    yield made
    QThreadPool.globalInstance().waitForDone(WAIT_MS)  # no worker may outlive the journal


def search(qtbot: QtBot, page: SearchPage, text: str) -> int:
    """Type like a person and wait for the debounced search to answer; returns the count."""
    page.query_edit.clear()
    page.query_edit.setFocus()
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS) as blocker:
        type_text(qtbot, page.query_edit, text)
    count = blocker.args[0] if blocker.args else 0
    assert isinstance(count, int)
    return count


def hits(page: SearchPage) -> list[SearchHit]:
    return [page.model.hit(row) for row in range(page.model.rowCount())]


def test_typing_finds_entries_with_marked_snippets(qtbot: QtBot, page: SearchPage, journal: Journal) -> None:
    assert page.empty_label.text() == BEFORE_TYPING
    wanted = add(journal, "The meeting with my manager went better than I feared.", 3)
    add(journal, "A quiet walk in the park after work.", 2)
    count = search(qtbot, page, "manager")
    assert count == 1
    assert page.model.rowCount() == 1
    hit = page.model.hit(0)
    assert hit.uuid == wanted
    assert HIGHLIGHT_START in hit.snippet
    assert ("manager", True) in snippet_runs(hit.snippet)
    assert "manager" in page.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert page.status_label.text() == "1 match"


def test_a_prefix_still_being_typed_matches(qtbot: QtBot, page: SearchPage, journal: Journal) -> None:
    add(journal, "I felt confident presenting the roadmap.", 1)
    assert search(qtbot, page, "confid") == 1


def test_nothing_matching_says_so_and_clearing_returns_to_the_start(
    qtbot: QtBot, page: SearchPage, journal: Journal
) -> None:
    add(journal, "Notes about the quarterly review.", 1)
    assert search(qtbot, page, "zebra") == 0
    assert "Nothing matches" in page.empty_label.text()
    assert "zebra" in page.empty_label.text()
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.query_edit.clear()
    assert page.empty_label.text() == BEFORE_TYPING
    assert page.model.rowCount() == 0


def test_order_toggle_switches_to_newest_first(qtbot: QtBot, page: SearchPage, journal: Journal) -> None:
    old = add(journal, "feedback feedback feedback feedback on the report", 20)
    new = add(journal, "some feedback today", 1)
    assert search(qtbot, page, "feedback ") == 2
    assert [hit.uuid for hit in hits(page)] == [old, new]  # more hits in a short entry ranks first
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.newest_button.click()
    assert [hit.uuid for hit in hits(page)] == [new, old]
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.best_button.click()
    assert [hit.uuid for hit in hits(page)] == [old, new]


def test_stage_and_kind_filters_narrow_the_results(qtbot: QtBot, page: SearchPage, journal: Journal) -> None:
    owned = add(journal, "I own the missed deadline.", 2, EntryKind.REFLECTION, Stage.OWNERSHIP)
    felt = add(journal, "The deadline made me anxious.", 1, EntryKind.REFLECTION, Stage.FEELINGS)
    free = add(journal, "Deadline again, in free writing.", 1)
    assert search(qtbot, page, "deadline") == 3
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.stage_combo.setCurrentIndex(page.stage_combo.findData(Stage.FEELINGS))
    assert [hit.uuid for hit in hits(page)] == [felt]
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.stage_combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.kind_combo.setCurrentIndex(page.kind_combo.findData(EntryKind.FREE))
    assert [hit.uuid for hit in hits(page)] == [free]
    assert owned not in [hit.uuid for hit in hits(page)]


def test_date_range_filter(qtbot: QtBot, page: SearchPage, journal: Journal) -> None:
    add(journal, "A coaching session long ago.", 40)
    recent = add(journal, "A coaching session this week.", 1)
    assert search(qtbot, page, "coaching") == 2
    page.since_edit.setDate(qdate(datetime.now().date() - timedelta(days=7)))
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.since_check.setChecked(True)
    assert [hit.uuid for hit in hits(page)] == [recent]
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.since_check.setChecked(False)
    assert page.model.rowCount() == 2


def test_opening_a_result_shows_the_entry_with_the_terms_marked(
    qtbot: QtBot, page: SearchPage, journal: Journal
) -> None:
    key = add(journal, "# Review\n\nMy **manager** asked about the Manager handbook.", 1, title="Review day")
    assert search(qtbot, page, "manager") == 1
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.model.index(0))
    assert page.current_entry is not None and page.current_entry.uuid == key
    assert page.right.currentIndex() == 1
    assert page.entry_title.text() == "Review day"
    marked = [selection.cursor.selectedText().lower() for selection in page.reader.extraSelections()]
    assert marked == ["manager", "manager"]
    assert "<b>" not in page.reader.toPlainText()  # rendered, not shown as markup


def test_enter_in_the_box_opens_the_first_result(qtbot: QtBot, page: SearchPage, journal: Journal) -> None:
    add(journal, "Goals for the next check-in.", 1)
    assert search(qtbot, page, "goals") == 1
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    assert page.current_entry is not None
    assert page.list_view.hasFocus()
    marked = [selection.cursor.selectedText().lower() for selection in page.reader.extraSelections()]
    assert marked == ["goals"]


@pytest.mark.parametrize("odd", ['"', "AND", "OR NOT", '"unclosed phrase', "(*)", "NEAR(a b)", "^-:"])
def test_odd_input_searches_sensibly(qtbot: QtBot, page: SearchPage, journal: Journal, odd: str) -> None:
    add(journal, "and or not near phrase a b", 1)
    count = search(qtbot, page, odd)
    assert count == page.model.rowCount()
    assert not page.status_label.text().startswith("The search stopped")


def test_a_stale_answer_is_dropped(qtbot: QtBot, page: SearchPage, journal: Journal) -> None:
    add(journal, "apples and pears", 1)
    add(journal, "pears only", 2)
    page.query_edit.setText("apples")
    page.search_now()
    page.query_edit.setText("pears")
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS) as blocker:
        page.search_now()
    assert blocker.args == [2]
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.rowCount() == 2


def test_results_model_passes_the_model_tester(qtmodeltester: object, journal: Journal) -> None:
    add(journal, "first thing about trust", 2)
    add(journal, "second thing about trust", 1, title="Trust")
    model = SearchResultsModel()
    model.set_hits(journal.search.search("trust"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    titled = [model.index(row).data() for row in range(2)]
    assert "Trust" in titled
    hit = model.index(0).data(HIT_ROLE)
    assert isinstance(hit, SearchHit)
    assert model.index(0, 0, model.index(0)).isValid() is False
    assert model.rowCount(model.index(0)) == 0
    assert model.data(QModelIndex()) is None


def test_snippet_markers_split_cleanly() -> None:
    marked = f"a {HIGHLIGHT_START}word\x03 b"
    assert snippet_runs(marked) == [("a ", False), ("word", True), (" b", False)]
    assert plain_snippet(marked) == "a word b"
    assert snippet_runs(f"{HIGHLIGHT_START}open") == [("open", True)]
    markdown = "# Plan\n\nAsk my **\x02manager\x03** about `goals`"
    assert plain_snippet(markdown) == "Plan Ask my manager about goals"
    assert plain_snippet("issue #12 stays") == "issue #12 stays"


def test_every_interactive_widget_is_named(page: SearchPage) -> None:
    interactive = (QAbstractButton, QAbstractItemView, QTextEdit, QLineEdit)
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in page.findChildren(QWidget)
        if isinstance(widget, interactive) and not widget.accessibleName().strip()
    ]
    assert unnamed == []


def test_focus_first_puts_the_cursor_in_the_box(qtbot: QtBot, page: SearchPage) -> None:
    page.activateWindow()
    page.focus_first()
    qtbot.waitUntil(page.query_edit.hasFocus)
    assert page.flush() is True


def test_refresh_keeps_the_open_entry_and_marks_the_new_words(
    qtbot: QtBot, page: SearchPage, journal: Journal
) -> None:
    key = add(journal, "Evidence for the goal: shipped the export early.", 1)
    assert search(qtbot, page, "evidence") == 1
    page.open_row(0)
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.refresh()
    assert page.current_entry is not None and page.current_entry.uuid == key
    assert page.list_view.currentIndex().row() == 0
    assert [s.cursor.selectedText().lower() for s in page.reader.extraSelections()] == ["evidence"]


def test_mood_filter_keeps_entries_from_days_with_that_mood(
    qtbot: QtBot, page: SearchPage, journal: Journal
) -> None:
    low = add(journal, "A standup that went badly.", 3)
    good = add(journal, "A standup that went well.", 5)
    add(journal, "A standup on a day without a check-in.", 8)
    for key, mood in ((low, 2), (good, 5)):
        written = journal.get_entry(key).created_at
        journal.feelings.save_mood_check(MoodCheck(uuid=f"mood-{key}", at=written, mood=mood))
    assert [page.mood_combo.itemText(i) for i in range(page.mood_combo.count())] == [
        text for text, _moods in MOOD_CHOICES
    ]
    assert search(qtbot, page, "standup") == 3
    page.mood_combo.setFocus()
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        qtbot.keyClick(page.mood_combo, Qt.Key.Key_Down)  # from the keyboard: Any mood -> Low days
    assert page.filters().moods == frozenset({1, 2})
    assert [hit.uuid for hit in hits(page)] == [low]
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.mood_combo.setCurrentIndex(page.mood_combo.count() - 1)
    assert [hit.uuid for hit in hits(page)] == [good]
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.mood_combo.setCurrentIndex(2)
    assert page.model.rowCount() == 0
    assert "with these filters" in page.empty_label.text()
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS):
        page.mood_combo.setCurrentIndex(0)
    assert page.model.rowCount() == 3


def test_one_letter_finds_words_starting_with_it_and_marks_only_their_starts(
    qtbot: QtBot, page: SearchPage, journal: Journal
) -> None:
    wanted = add(journal, "Sorted the slides; asked less.", 1)
    add(journal, "Nothing here begins with that letter.", 2)
    assert search(qtbot, page, "s") == 1
    page.open_row(0)
    assert page.current_entry is not None and page.current_entry.uuid == wanted
    marked = [(s.cursor.selectionStart(), s.cursor.selectedText()) for s in page.reader.extraSelections()]
    text = page.reader.toPlainText()
    assert [word for _start, word in marked] == ["S", "s"]
    assert [text[start:start + 6] for start, _word in marked] == ["Sorted", "slides"]
