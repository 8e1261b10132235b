"""The search page says what "best match" means, and a short search shows the newest matches first."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.search import ORDER_HINT, ORDER_NOTE
from app.store.journal import Journal
from app.ui.search.search_page import SearchPage
from tests.ui.search.test_search_page import add, hits, page, search

__all__ = ["page"]  # the page fixture, shared with the page's own tests


def test_a_quiet_line_under_the_box_says_how_results_are_ordered(page: SearchPage) -> None:
    assert page.order_note.text() == ORDER_HINT  # one line; the whole rule on hover and for a screen reader
    assert page.order_note.toolTip() == ORDER_NOTE
    assert page.order_note.accessibleDescription() == ORDER_NOTE
    assert page.order_note.accessibleName() == "How results are ordered"
    assert page.order_note.isVisibleTo(page)
    assert page.order_note.objectName() == "muted"


def test_one_letter_shows_the_newest_first_even_with_best_match_chosen(
    qtbot: QtBot, page: SearchPage, journal: Journal
) -> None:
    add(journal, "Mango, mango, mango, mango for lunch.", days_ago=5)  # the best match by far
    add(journal, "A mention of the meeting.", days_ago=1)
    add(journal, "Nothing else here.", days_ago=0)
    assert page.best_button.isChecked()
    assert search(qtbot, page, "m") == 2
    assert [hit.snippet.count("\x02") for hit in hits(page)] == [2, 4]  # newest first: meeting, then mangoes
    assert search(qtbot, page, "mango") == 1
