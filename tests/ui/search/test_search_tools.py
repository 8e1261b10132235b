"""Search page with the tools' words: where-lines in the list, a preview, open_source to the window,
and results that follow edits made in the tools."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.domain.changes import Area
from app.domain.clock import FixedClock
from app.domain.records import EntryDraft, EntryKind
from app.domain.search import SourceKind
from app.domain.stages import Stage
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.search.search_page import SEARCHED_AREAS, SearchPage
from app.ui.search.tool_preview import OPEN_WORDS
from tests.store.tool_words import CHECKIN, GOAL, WHEN, checkin, fill_every_tool, word
from tests.ui.search.test_search_page import WAIT_MS, hits, search


@pytest.fixture
def observed(journal: Journal, save_timing: SaveTiming) -> ObservedJournal:
    clock = FixedClock(datetime(2026, 3, 20, 12, tzinfo=UTC))
    return ObservedJournal(journal, save_timing=save_timing, clock=clock)


@pytest.fixture
def page(qtbot: QtBot, observed: ObservedJournal, journal: Journal) -> Iterator[SearchPage]:
    fill_every_tool(journal)
    made = SearchPage(observed)
    qtbot.addWidget(made)
    made.resize(1024, 700)
    made.show()
    yield made
    QThreadPool.globalInstance().waitForDone(WAIT_MS)


def test_tool_hits_sit_in_the_list_with_their_where_line(qtbot: QtBot, page: SearchPage) -> None:
    assert search(qtbot, page, word(SourceKind.CHECKIN, "notes")) == 1
    index = page.model.index(0)
    where = "Check-in, 4 March: notes"  # this year's: the year goes without saying
    assert index.data(Qt.ItemDataRole.DisplayRole) == where
    said = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith(f"{where}: ") and word(SourceKind.CHECKIN, "notes") in said
    image = QImage(page.list_view.viewport().size(), QImage.Format.Format_ARGB32)
    page.list_view.viewport().render(image)  # the delegate paints a tool's row without trouble
    assert not image.isNull()


def test_entries_and_tools_share_one_list(qtbot: QtBot, page: SearchPage, journal: Journal) -> None:
    journal.save_entry(EntryDraft("entry-1", EntryKind.REFLECTION, "written in an entry too", Stage.OWNERSHIP,
                                  "p"), when=WHEN)
    count = search(qtbot, page, "written")
    assert count >= 30
    assert {hit.source for hit in hits(page)} >= {SourceKind.ENTRY, SourceKind.CHECKIN, SourceKind.GOAL,
                                                  SourceKind.STATEMENT_DRAFT, SourceKind.LEAVING_PLAN}


def test_a_tool_hit_previews_and_activating_it_asks_to_open_it_in_its_tool(
    qtbot: QtBot, page: SearchPage
) -> None:
    assert search(qtbot, page, word(SourceKind.GOAL_MILESTONE, "success:1")) == 1
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.model.index(0))
    assert page.right.currentWidget() is page.tool_preview
    assert page.current_entry is None
    assert page.tool_preview.where_label.text().startswith("Goal “Ship on time goaltitleword”, by 1 May")
    assert f"<b>{word(SourceKind.GOAL_MILESTONE, 'success:1')}</b>" in page.tool_preview.words_label.text()
    with qtbot.waitSignal(page.open_source, timeout=WAIT_MS) as opened:
        qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    assert opened.args == ["goal_milestone", GOAL, "success:1"]
    assert page.tool_preview.open_button.accessibleName() == OPEN_WORDS
    with qtbot.waitSignal(page.open_source, timeout=WAIT_MS) as clicked:
        qtbot.mouseClick(page.tool_preview.open_button, Qt.MouseButton.LeftButton)
    assert clicked.args == ["goal_milestone", GOAL, "success:1"]


def test_an_entry_still_opens_on_the_page_and_asks_nothing_of_the_window(
    qtbot: QtBot, page: SearchPage, journal: Journal
) -> None:
    journal.save_entry(EntryDraft("entry-1", EntryKind.FREE, "only in an entry: pineapple"), when=WHEN)
    assert search(qtbot, page, "pineapple") == 1
    emitted: list[tuple[str, str, str]] = []
    page.open_source.connect(lambda *args: emitted.append(args))
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    assert page.current_entry is not None and page.current_entry.uuid == "entry-1"
    assert page.reader.hasFocus() and emitted == []


def test_a_tool_edit_elsewhere_runs_the_search_again(
    qtbot: QtBot, page: SearchPage, observed: ObservedJournal
) -> None:
    assert search(qtbot, page, "roadmap") == 0
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS) as blocker:
        observed.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(checkin(notes="the roadmap, again")),
                     uuids=[CHECKIN])
    assert blocker.args == [1]
    assert [(hit.source, hit.field) for hit in hits(page)] == [(SourceKind.CHECKIN, "notes")]
    page.list_view.setCurrentIndex(page.model.index(0))
    with qtbot.waitSignal(page.results_ready, timeout=WAIT_MS) as again:  # the open hit stays open
        observed.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(checkin(notes="the roadmap, and more")),
                     uuids=[CHECKIN])
    assert again.args == [1] and page.right.currentWidget() is page.tool_preview
    assert page.list_view.currentIndex().row() == 0


def test_every_area_with_words_is_followed_and_drafts_are_not() -> None:
    assert {Area.CHECKIN, Area.GOAL, Area.PLAN, Area.EVIDENCE, Area.STATEMENT, Area.FORGIVENESS,
            Area.DECISION, Area.MOOD, Area.FEEDBACK, Area.ACTION, Area.ENTRY} <= SEARCHED_AREAS
    assert not {Area.DRAFT, Area.STAGE, Area.SETTINGS} & SEARCHED_AREAS
