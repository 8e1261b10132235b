"""At start-up Today is in the window before the journal has opened: tonight's entry comes from a
quick read, the person types at once, and nothing typed is lost — saved once the journal opens,
saved when the window closes first, and never for a journal that must be unlocked or checked."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.records import EntryDraft, EntryKind
from app.store.health import stale_markers
from app.store.journal import Journal
from app.store.preferences import load_preferences, save_preferences
from app.ui.data.journal_events import SaveTiming
from app.ui.shell.application import close_session
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import JournalSession
from app.ui.shell.sidebar import JOURNAL, TODAY
from app.ui.today.today_page import TodayPage
from tests.ui.helpers import type_text

DAY = date(2025, 6, 15)
CLOCK = FixedClock(datetime.combine(DAY, time(21)).astimezone())
EARLIER = "Earlier tonight I wrote down the criteria."


@pytest.fixture
def tonight(data_dir: Path) -> str:
    """A closed journal holding tonight's evening entry; its uuid."""
    journal = Journal.open(data_dir)
    key = str(uuid.uuid4())
    when = datetime.combine(DAY, time(20)).astimezone().astimezone(UTC)
    journal.save_entry(EntryDraft(key, EntryKind.EVENING, EARLIER), when=when)
    journal.close()
    return key


@pytest.fixture
def started(
    qtbot: QtBot, data_dir: Path, save_timing: SaveTiming
) -> Iterator[tuple[MainWindow, JournalSession]]:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.fill_first_page_later = True
    session = JournalSession(window, data_dir, save_timing=save_timing, clock=CLOCK)
    session.first_page_early = True
    window.show()
    yield window, session
    if window.isVisible():
        window.close()
    QThreadPool.globalInstance().waitForDone()
    session.settle_opening()
    if session.journal is not None:
        session.journal.close()


def _today(window: MainWindow) -> TodayPage:
    page = window.current_page()
    assert window.current_key == TODAY and isinstance(page, TodayPage)
    return page


def _body(data_dir: Path, key: str) -> str:
    journal = Journal.open(data_dir)
    try:
        return journal.get_entry(key).body
    finally:
        journal.close()


def test_today_takes_typing_before_the_journal_opens_and_the_words_land(
    qtbot: QtBot, data_dir: Path, tonight: str, started: tuple[MainWindow, JournalSession]
) -> None:
    window, session = started
    session.start()
    assert not session.is_open and window.journal is not None and not window.journal.is_open
    page = _today(window)
    field = page.card.editor.text_edit
    assert page.card.editor.text() == EARLIER
    assert field.isEnabled() and not field.isReadOnly()
    page.card.editor.focus_editor()
    type_text(qtbot, field, " Then I slept.")
    with qtbot.waitSignal(session.opened, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: page.filled and not page.autosaver.pending, timeout=10_000)
    assert page.autosaver.entry_uuid == tonight  # the same entry: no second one for tonight
    assert session.journal is not None
    assert session.journal.get_entry(tonight).body == EARLIER + " Then I slept."
    assert session.journal.count_entries() == 1


def test_words_typed_while_it_opens_are_saved_when_the_window_closes_at_once(
    qtbot: QtBot, data_dir: Path, tonight: str, started: tuple[MainWindow, JournalSession]
) -> None:
    """Closed before the open's answer reached the window: the save waits for the open, and the
    journal it opened is closed cleanly (no marker left behind, so no check next time)."""
    window, session = started
    session.start()
    page = _today(window)
    page.card.editor.focus_editor()
    type_text(qtbot, page.card.editor.text_edit, " Closed at once.")
    assert window.close()
    close_session(session)
    assert session.journal is None or not session.opening
    QThreadPool.globalInstance().waitForDone()
    assert stale_markers(data_dir) == []
    assert _body(data_dir, tonight) == EARLIER + " Closed at once."


def test_a_place_chosen_while_it_opens_shows_once_it_has(
    qtbot: QtBot, data_dir: Path, tonight: str, started: tuple[MainWindow, JournalSession]
) -> None:
    window, session = started
    session.start()
    window.nav_buttons[JOURNAL].click()  # waits for the open, then shows the page
    assert window.current_key == JOURNAL and session.journal is None
    assert window.journal is not None and window.journal.is_open
    with qtbot.waitSignal(session.opened, timeout=20_000):
        pass
    assert session.journal is window.journal.service


@pytest.mark.parametrize("why", ["welcome due", "new journal"])
def test_without_a_quick_read_the_window_waits_for_the_open(
    qtbot: QtBot, data_dir: Path, save_timing: SaveTiming, why: str
) -> None:
    if why == "welcome due":  # a journal whose first evening was cut short: its welcome comes back
        Journal.open(data_dir).close()
        save_preferences(data_dir, load_preferences(data_dir).with_changes(welcome_pending=True))
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    session = JournalSession(window, data_dir, save_timing=save_timing, clock=CLOCK)
    session.first_page_early = True
    assert session.first_start is (why == "new journal")
    window.show()
    session.start()
    assert window.journal is None
    with qtbot.waitSignal(session.opened, timeout=20_000):
        pass
    assert window.journal is not None and window.journal.is_open
    window.close()
    close_session(session)
    assert stale_markers(data_dir) == []


def test_an_encrypted_journal_asks_for_its_passphrase_first(
    qtbot: QtBot, data_dir: Path, tonight: str, started: tuple[MainWindow, JournalSession]
) -> None:
    (data_dir / "journal.key").write_text("{}")  # a key file: the unlock page comes first
    window, session = started
    session.start()
    assert window.journal is None and window.unlock_page is not None


@pytest.mark.parametrize("failure", ["full disk", "damaged"])
def test_a_journal_that_then_fails_to_open_keeps_what_was_typed_in_a_file(
    qtbot: QtBot, data_dir: Path, tonight: str, started: tuple[MainWindow, JournalSession],
    monkeypatch: pytest.MonkeyPatch, failure: str,
) -> None:
    """Fault injection: the quick read worked, the open then fails (a full disk; damage its checks
    found). The words typed meanwhile are kept in a private file beside the journal, and the
    window says where."""
    from app.store.errors import JournalDamaged
    from app.ui.shell import session_open

    def fail(data_dir: Path, key: bytes | None = None, catalogue: object = None) -> object:
        if failure == "damaged":
            raise JournalDamaged("The journal file is damaged.", ["quick_check: row 3 missing"], None)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session_open, "open_journal_and_catalogue", fail)
    window, session = started
    before = (data_dir / "journal.sqlite3").read_bytes()
    session.start()
    page = _today(window)
    page.card.editor.focus_editor()
    type_text(qtbot, page.card.editor.text_edit, " Kept somewhere.")
    signal = session.damaged if failure == "damaged" else session.failed_to_open
    with qtbot.waitSignal(signal, timeout=20_000):
        pass
    assert session.rescued is not None
    assert session.rescued.read_text(encoding="utf-8") == EARLIER + " Kept somewhere."
    assert session.rescued.stat().st_mode & 0o777 == 0o600
    assert window.journal is None and window.pages == {}  # the pages came down, as before any open
    assert (data_dir / "journal.sqlite3").read_bytes() == before
    if failure == "damaged":
        assert window.unlock_page is not None
        assert str(session.rescued) in window.unlock_page.intro.text()  # type: ignore[attr-defined]


def test_a_window_left_on_another_page_opens_there_once_the_journal_has(
    qtbot: QtBot, data_dir: Path, tonight: str, started: tuple[MainWindow, JournalSession]
) -> None:
    """Found by review: that page read the journal as it was built, before the opening worker
    existed, and the start failed every time after."""
    from app.ui.shell.window_state import WINDOW_STATE_FILE, window_state

    state = window_state(data_dir / WINDOW_STATE_FILE)
    state.setValue("page", JOURNAL)
    state.sync()
    window, session = started
    session.start()
    assert window.journal is None  # no quick read: that page waits for the open, as before
    with qtbot.waitSignal(session.opened, timeout=20_000):
        pass
    assert window.current_key == JOURNAL


class _Midnight(FixedClock):
    """One moment before midnight at the quick read; a moment after it once the page is built."""

    def __init__(self) -> None:
        super().__init__(datetime.combine(DAY, time(23, 59, 59)).astimezone())
        self.looks = 0

    def today(self) -> date:
        self.looks += 1
        if self.looks == 2:
            self.advance_to(datetime.combine(date(2025, 6, 16), time(0, 0, 1)).astimezone())
        return super().today()


def test_a_start_across_midnight_shows_the_new_day(
    qtbot: QtBot, data_dir: Path, tonight: str, save_timing: SaveTiming
) -> None:
    """The quick read was of the day before: Today reads the new day from the journal (waiting
    for its open) rather than showing last night's entry as tonight's."""
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.fill_first_page_later = True
    session = JournalSession(window, data_dir, save_timing=save_timing, clock=_Midnight())
    session.first_page_early = True
    window.show()
    session.start()
    with qtbot.waitSignal(session.opened, timeout=20_000):
        pass
    assert _today(window).card.editor.text() == ""  # 16 June has no entry yet
    window.close()
    close_session(session)


def test_words_that_no_file_would_take_stay_on_screen(
    qtbot: QtBot, data_dir: Path, tonight: str, started: tuple[MainWindow, JournalSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fault injection, found by review: the disk that refused the open refuses the rescue file
    too. Then Today stays up with the words, to be copied; nothing is taken down."""
    from app.store import private_file
    from app.ui.shell import session_open

    def full(*_args: object, **_kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session_open, "open_journal_and_catalogue", full)
    monkeypatch.setattr(private_file, "write_private_bytes", full)
    window, session = started
    session.start()
    page = _today(window)
    page.card.editor.focus_editor()
    type_text(qtbot, page.card.editor.text_edit, " Still here.")
    with qtbot.waitSignal(session.failed_to_open, timeout=20_000):
        pass
    assert session.words_on_screen and session.rescued is None
    assert window.current_page() is page and page.card.editor.text() == EARLIER + " Still here."
    assert not list(data_dir.glob("unsaved-*"))
