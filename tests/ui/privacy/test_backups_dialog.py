"""The Backups dialog on a real journal with real backups, restoring through the real JournalSession."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.records import EntryDraft, EntryKind
from app.paths import database_path
from app.store.backups import AUTOMATIC, BEFORE_RESTORE, backups_dir, check, make_backup
from app.store.journal import Journal
from app.ui.privacy.backups_dialog import BackupsDialog, describe_moment, open_backups
from app.ui.shell.session import JournalSession
from tests.ui.conftest import MessageLog, SessionFactory

WAIT_MS = 20_000  # a whole journal copied and checked (and Argon2id when encrypted) on a busy machine
PLAIN_HEADER = b"SQLite format 3\x00"
DAY_ONE = datetime(2026, 11, 20, 21, 30, tzinfo=UTC)
DAY_TWO = datetime(2026, 11, 22, 21, 30, tzinfo=UTC)
UNREADABLE = "journal-20261118T080000Z.sqlite3"


def write(data_dir: Path, count: int, start: int = 0) -> None:
    journal = Journal.open(data_dir)
    try:
        for n in range(start, start + count):
            journal.save_entry(EntryDraft(uuid=f"entry-{n}", kind=EntryKind.FREE, body=f"Words for day {n}"))
    finally:
        journal.close()


@pytest.fixture
def with_backups(data_dir: Path) -> Path:
    """Three entries backed up on day one, five on day two, and a file in the folder that isn't a journal."""
    folder = backups_dir(data_dir)
    write(data_dir, 3)
    make_backup(database_path(data_dir), folder, now=DAY_ONE)
    write(data_dir, 2, start=3)
    make_backup(database_path(data_dir), folder, now=DAY_TWO)
    spoil(folder)
    return folder


def spoil(folder: Path) -> None:
    """A file named like a backup that is no journal (turning encryption on drops such a file)."""
    (folder / UNREADABLE).write_bytes(b"this is not a journal at all " * 64)


def dialog_for(qtbot: QtBot, session: JournalSession) -> BackupsDialog:
    window = session.parent()  # the window the session serves
    assert isinstance(window, QWidget)
    dialog = open_backups(session, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    return dialog


def listed(dialog: BackupsDialog) -> list[tuple[str, int | None]]:
    return [(info.reason, info.entries) for info in dialog.backups]


def choose(qtbot: QtBot, dialog: BackupsDialog, path: Path) -> None:
    """Walk down the list with the arrow keys, as a person would, to the backup at `path`."""
    dialog.table.setFocus()
    first = dialog.table.item(0)
    assert first is not None
    dialog.table.setCurrentItem(first)
    for _ in range(dialog.table.count()):
        chosen = dialog.selected()
        if chosen is not None and chosen.path == path:
            return
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    raise AssertionError(f"{path.name} is not in the list")


def test_the_list_shows_each_backup_with_when_what_kind_and_how_many_entries(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path
) -> None:
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    assert listed(dialog) == [(AUTOMATIC, 5), (AUTOMATIC, 3), (AUTOMATIC, None)]  # newest first
    rows = [dialog.table.item(row) for row in range(dialog.table.count())]
    texts = [row.text() for row in rows if row is not None]
    assert texts[0].startswith(describe_moment(DAY_TWO)) and "Daily · 5 entries" in texts[0]
    assert "Daily · 3 entries" in texts[1]
    assert "Can't be read: " in texts[2]
    for row in rows:  # a screen reader hears each row as a whole sentence
        assert row is not None
        spoken = str(row.data(Qt.ItemDataRole.AccessibleTextRole))
        assert spoken.startswith(row.text().splitlines()[0]) and spoken.endswith(".")
    assert dialog.empty_label.isHidden()
    day = DAY_TWO.astimezone()
    assert describe_moment(DAY_TWO) == f"{day:%A} {day.day} {day:%B %Y}, {day:%H:%M}"


def test_an_unreadable_backup_is_listed_but_can_not_be_restored(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path, message_log: MessageLog
) -> None:
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    choose(qtbot, dialog, with_backups / UNREADABLE)
    chosen = dialog.selected()
    assert chosen is not None and not chosen.ok and chosen.problem
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter is Restore…, but not for this one
    dialog.restore_selected()
    assert "confirm" not in message_log.names()
    assert not session.busy
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)  # the one above it can be restored
    assert dialog.restore_button.isEnabled()


def test_back_up_now_adds_a_checked_backup_and_selects_it(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path
) -> None:
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    assert session.journal is not None
    session.journal.save_entry(EntryDraft(uuid="entry-new", kind=EntryKind.FREE, body="Written just now"))
    dialog.backup_button.setFocus()
    qtbot.keyClick(dialog.backup_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialog.backups) == 4 and not dialog.busy, timeout=WAIT_MS)
    newest = dialog.backups[0]
    assert (newest.reason, newest.entries) == (AUTOMATIC, 6)
    assert dialog.selected() == newest
    assert check(newest.path).ok
    assert newest.path.stat().st_mode & 0o777 == 0o600
    assert "6 entries" in dialog.status_label.text()


def test_back_up_now_keeps_the_number_the_settings_say(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path
) -> None:
    _window, session = open_session()
    session.set_preferences(session.preferences.with_changes(backups_kept=1))
    dialog = dialog_for(qtbot, session)
    qtbot.keyClick(dialog.backup_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.busy and "Backed up" in dialog.status_label.text(), timeout=WAIT_MS)
    assert listed(dialog) == [(AUTOMATIC, 5)]  # the older daily ones rotated out, once this one checked out


def test_restore_through_the_session_brings_the_backup_back_and_keeps_the_journal_first(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path, message_log: MessageLog
) -> None:
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    day_one = next(info for info in dialog.backups if info.entries == 3)
    choose(qtbot, dialog, day_one.path)
    message_log.confirm = True
    with qtbot.waitSignal(session.backup_restored, timeout=WAIT_MS):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter = Restore…
    name, args = message_log.calls[-1]
    assert name == "confirm"
    asked = " ".join(str(part) for part in args[1:])
    assert "3 entries" in asked and describe_moment(DAY_ONE) in asked and "Before a restore" in asked
    assert session.journal is not None and session.journal.count_entries() == 3
    qtbot.waitUntil(lambda: not dialog.busy and len(dialog.backups) == 4, timeout=WAIT_MS)
    kept = [info for info in dialog.backups if info.reason == BEFORE_RESTORE]
    assert len(kept) == 1 and kept[0].entries == 5  # the journal as it was, before the restore
    assert "now has 3 entries" in dialog.status_label.text()
    assert dialog.isVisible()  # it stays open across the reopen
    assert dialog.restore_button.isEnabled()


def test_saying_no_to_the_question_changes_nothing(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path, message_log: MessageLog
) -> None:
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    choose(qtbot, dialog, dialog.backups[1].path)
    before = sorted(path.name for path in with_backups.iterdir())
    dialog.restore_button.setFocus()
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)
    assert message_log.names() == ["confirm"]
    assert not session.busy and not dialog.busy
    assert session.journal is not None and session.journal.count_entries() == 5
    assert sorted(path.name for path in with_backups.iterdir()) == before


def test_a_restore_that_fails_is_said_in_the_dialog_and_the_journal_is_as_it_was(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path, message_log: MessageLog
) -> None:
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    chosen = dialog.backups[1]
    choose(qtbot, dialog, chosen.path)
    chosen.path.unlink()  # gone between listing and restoring
    message_log.confirm = True
    with qtbot.waitSignal(session.operation_failed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.is_open and not dialog.busy, timeout=WAIT_MS)
    assert session.journal is not None and session.journal.count_entries() == 5
    assert dialog.status_banner.property("state") == "error"
    assert "could not be restored" in dialog.status_label.text()
    assert chosen.path not in [info.path for info in dialog.backups]


def test_an_encrypted_journal_lists_and_makes_backups_through_its_key(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path
) -> None:
    _window, session = open_session(encrypted=True)  # the backups were encrypted along with the journal
    spoil(with_backups)
    dialog = dialog_for(qtbot, session)
    assert listed(dialog) == [(AUTOMATIC, 5), (AUTOMATIC, 3), (AUTOMATIC, None)]
    qtbot.keyClick(dialog.backup_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.busy and len(dialog.backups) == 4, timeout=WAIT_MS)
    newest = dialog.backups[0]
    assert newest.entries == 5
    assert not newest.path.read_bytes().startswith(PLAIN_HEADER)  # encrypted at rest
    assert check(newest.path, session.connect_factory()).ok


def test_no_backups_yet_is_said_in_words_and_show_folder_opens_the_local_folder(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    write(data_dir, 1)
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    assert dialog.backups == []
    assert dialog.table.isHidden() and not dialog.empty_label.isHidden()
    assert "no backups yet" in dialog.empty_label.text()
    assert not dialog.restore_button.isEnabled() and dialog.backup_button.isEnabled()
    dialog.folder_button.setFocus()
    qtbot.keyClick(dialog.folder_button, Qt.Key.Key_Space)
    folder = backups_dir(data_dir)
    assert [url.toLocalFile() for url in opened] == [str(folder)]
    assert opened[0].isLocalFile()
    assert folder.is_dir() and folder.stat().st_mode & 0o777 == 0o700


def test_every_control_has_a_name_and_the_keyboard_reaches_them(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path
) -> None:
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    controls: list[QWidget] = [dialog.table, *dialog.findChildren(QAbstractButton)]
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    dialog.table.setFocus()
    seen = []
    for _ in range(len(controls)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    buttons = [dialog.restore_button, dialog.backup_button, dialog.folder_button, dialog.close_button]
    assert seen[:4] == buttons
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()


def test_it_fits_a_1024_by_700_window_at_double_text_size(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path
) -> None:
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)
    dialog.resize(1024, 700)
    qtbot.waitUntil(lambda: dialog.width() == 1024)
    for button in (dialog.restore_button, dialog.backup_button, dialog.folder_button, dialog.close_button):
        assert button.width() >= button.sizeHint().width()  # no label cut short
        assert button.geometry().right() <= dialog.width()
    assert dialog.table.horizontalScrollBar().maximum() == 0  # rows wrap; nothing hides to the side
    for label in (dialog.empty_label, dialog.status_label):
        if label.isVisible():
            assert label.height() >= label.heightForWidth(label.width())


def test_the_dialog_closes_when_the_journal_locks(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path
) -> None:
    window, session = open_session(encrypted=True)
    spoil(with_backups)
    window.open_backups()  # File → Backups…
    dialog = next(open for open in window.open_dialogs if isinstance(open, BackupsDialog))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.isVisible() and len(dialog.backups) == 3
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        assert session.lock()
    assert not dialog.isVisible()  # nothing about the journal stays on screen while it is locked



def test_turning_encryption_on_while_it_is_open_lists_the_backups_again_with_the_key(
    qtbot: QtBot, open_session: SessionFactory, with_backups: Path
) -> None:
    _window, session = open_session()
    dialog = dialog_for(qtbot, session)
    with qtbot.waitSignal(session.encryption_changed, timeout=WAIT_MS):
        session.turn_on_encryption("a long and private sentence")
    qtbot.waitUntil(lambda: not dialog.busy and listed(dialog) == [(AUTOMATIC, 5), (AUTOMATIC, 3)],
                    timeout=WAIT_MS)
    assert all(not info.path.read_bytes().startswith(PLAIN_HEADER) for info in dialog.backups)


def test_one_enter_asks_once_and_enter_on_close_only_closes(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, message_log: MessageLog
) -> None:
    window, session = open_session()
    make_backup(database_path(data_dir), backups_dir(data_dir))
    dialog = open_backups(session, window)
    qtbot.waitUntil(lambda: len(dialog.backups) == 1, timeout=10_000)
    dialog.table.setFocus()
    dialog.table.setCurrentRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert message_log.names().count("confirm") == 1  # asked once; the answer (no) changed nothing
    dialog.close_button.setFocus()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert message_log.names().count("confirm") == 1
