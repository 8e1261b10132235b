"""Today at start-up (fill_later): the writing field takes typing first, everything else is read
on the next turns of the event loop, and nothing typed meanwhile is lost."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.prompts import Catalogue
from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal, SaveTiming
from app.ui.today.today_page import TodayPage
from tests.ui.helpers import type_and_wait_for_save

TODAY = date(2025, 6, 15)
CLOCK = FixedClock(datetime.combine(TODAY, time(21)).astimezone())


def _write(journal: Journal, day: date, body: str, kind: EntryKind, stage: Stage | None = None) -> None:
    when = datetime.combine(day, time(20)).astimezone().astimezone(UTC)
    journal.save_entry(EntryDraft(uuid=str(uuid.uuid4()), kind=kind, body=body, stage=stage), when=when)


def _page(
    qtbot: QtBot, journal: Journal, catalogue: Catalogue, timing: SaveTiming, *, later: bool
) -> TodayPage:
    page = TodayPage(ObservedJournal(journal, save_timing=timing, clock=CLOCK), catalogue, fill_later=later)
    qtbot.addWidget(page)
    page.show()
    return page


def _seen(page: TodayPage) -> dict[str, object]:
    """What the page shows besides the writing card."""
    return {
        "stages": {stage: card.accessibleName() for stage, card in page.stage_cards.items()},
        "tiles": [tile.accessibleName() for tile in page.dashboard.tiles],
        "on this day": [button.text() for button in page.on_this_day.buttons],
        "on this day shown": page.on_this_day.isVisible(),
    }


def test_the_field_holds_tonights_words_before_the_rest_is_read(
    qtbot: QtBot, journal: Journal, catalogue: Catalogue, save_timing: SaveTiming
) -> None:
    _write(journal, TODAY, "Tonight I asked for the criteria in writing.", EntryKind.FREE)
    _write(journal, date(2024, 6, 15), "A year ago: the first hard meeting.", EntryKind.FREE)
    _write(journal, date(2025, 6, 1), "What is true", EntryKind.REFLECTION, Stage.OWNERSHIP)
    eager = _page(qtbot, journal, catalogue, save_timing, later=False)
    assert eager.filled
    page = _page(qtbot, journal, catalogue, save_timing, later=True)
    page.set_mode(EntryKind.FREE)
    field = page.card.editor.text_edit
    assert page.card.editor.text() == "Tonight I asked for the criteria in writing."
    assert field.isEnabled() and not field.isReadOnly()
    assert not page.filled
    assert page.on_this_day.isHidden()
    sizes = {stage: len(catalogue.guide(stage).prompts) for stage in Stage}
    # Before its answers are read, a stage says its size (never "0 of 0 answered").
    assert {stage: card.value_label.text() for stage, card in page.stage_cards.items()} == {
        stage: f"{size} prompts" for stage, size in sizes.items()}
    qtbot.waitUntil(lambda: page.filled)
    assert _seen(page) == _seen(eager)
    assert page.on_this_day.buttons, "the entry of a year ago is offered"


def test_words_typed_before_the_page_has_filled_are_saved(
    qtbot: QtBot, journal: Journal, catalogue: Catalogue, save_timing: SaveTiming
) -> None:
    page = _page(qtbot, journal, catalogue, save_timing, later=True)
    assert not page.filled
    type_and_wait_for_save(qtbot, page.card.editor, page.autosaver, "Typed at once.")
    qtbot.waitUntil(lambda: page.filled)
    assert page.flush()
    assert page.autosaver.entry_uuid is not None
    entry = journal.get_entry(page.autosaver.entry_uuid)
    assert entry.kind == EntryKind.EVENING and entry.body == "Typed at once."
    assert page.card.editor.text() == "Typed at once."


def test_a_page_taken_down_before_it_filled_reads_nothing_more(
    qtbot: QtBot, journal: Journal, catalogue: Catalogue, save_timing: SaveTiming
) -> None:
    observed = ObservedJournal(journal, save_timing=save_timing, clock=CLOCK)
    page = TodayPage(observed, catalogue, fill_later=True)
    assert not page.filled
    with qtbot.waitSignal(page.destroyed):
        page.deleteLater()
    qtbot.wait(20)  # the queued parts went with the page: none runs on a deleted widget (no error)
