"""The first-start offer, through a real JournalSession: "Protect it" encrypts, "Not now" changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.paths import database_path
from app.store import encryption
from app.store.keys import key_file_path
from app.ui.privacy.encryption_offer import LATER_TEXT, EncryptionOffer, offer_encryption
from app.ui.privacy.passphrase_form import PassphraseForm
from app.ui.privacy.settings_dialog import SettingsDialog
from tests.files import snapshot
from tests.ui.conftest import MessageLog, SessionFactory

NEW = "lantern over the quiet harbour"
WAIT_MS = 20_000



def offered(qtbot: QtBot, open_session: SessionFactory) -> EncryptionOffer:
    window, session = open_session()
    offer = offer_encryption(session, window)
    qtbot.addWidget(offer)
    qtbot.waitUntil(offer.isActiveWindow)
    return offer


def type_twice(qtbot: QtBot, first: str, again: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), first)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), again)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_protect_it_encrypts_and_ends_with_the_recovery_code(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, message_log: MessageLog
) -> None:
    offer = offered(qtbot, open_session)
    assert QApplication.focusWidget() is offer.form.new_field
    type_twice(qtbot, "tiny", "tiny")
    assert not offer.waiting and "at least" in offer.form.message.text()
    assert not key_file_path(data_dir).exists()

    offer.form.clear()
    offer.form.focus_first()
    with qtbot.waitSignal(offer.session.recovery_code_ready, timeout=WAIT_MS) as ready:
        type_twice(qtbot, NEW, NEW)
        assert offer.waiting and offer.progress_bar.isVisible()
    assert not database_path(data_dir).read_bytes().startswith(b"SQLite format 3\x00")
    code_dialog = offer.recovery_dialog
    assert code_dialog is not None and code_dialog.code == ready.args[0]
    assert encryption.unlock_with_recovery(data_dir, code_dialog.code) == encryption.unlock(data_dir, NEW)
    assert offer.form.new_field.text() == ""

    qtbot.keyClick(offer, Qt.Key.Key_Escape)  # the offer stays while its code is on screen
    assert offer.isVisible()
    code_dialog.kept_box.setChecked(True)
    with qtbot.waitSignal(offer.accepted):
        code_dialog.done_button.click()
    assert message_log.calls == []


def test_not_now_changes_nothing_and_says_where_to_find_it(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    offer = offered(qtbot, open_session)
    assert offer.later_label.isVisible() and "File → Settings" in LATER_TEXT
    before = snapshot(data_dir)
    qtbot.keyClicks(offer.form.new_field, "half typed")
    offer.form.cancel_button.setFocus()
    with qtbot.waitSignal(offer.rejected):
        qtbot.keyClick(offer.form.cancel_button, Qt.Key.Key_Space)
    assert offer.form.new_field.text() == ""
    assert not encryption.is_encrypted(data_dir) and snapshot(data_dir) == before


def test_the_offer_and_the_settings_share_one_form(qtbot: QtBot, open_session: SessionFactory) -> None:
    offer = offered(qtbot, open_session)
    settings = SettingsDialog(offer.session)
    qtbot.addWidget(settings)
    assert isinstance(offer.form, PassphraseForm) and isinstance(settings.turn_on_form, PassphraseForm)
    controls: list[QWidget] = [*offer.findChildren(QAbstractButton), *offer.findChildren(QLineEdit)]
    assert [c for c in controls if not c.accessibleName()] == []


def _rect(widget: QWidget, offer: EncryptionOffer) -> QRect:
    return QRect(widget.mapTo(offer, QPoint(0, 0)), widget.size())


def _overlaps(offer: EncryptionOffer) -> list[str]:
    """The message and the buttons, where each is drawn in the offer: none may cover another, and
    each gets the room its text needs, inside the window."""
    form = offer.form
    found = []
    for button in (form.action_button, form.cancel_button):
        if form.message.isVisible() and _rect(button, offer).intersects(_rect(form.message, offer)):
            found.append(f"the message covers {button.text()!r}")
        if button.height() < button.sizeHint().height():
            found.append(f"{button.text()!r} is squeezed")
        if not offer.rect().contains(_rect(button, offer)):
            found.append(f"{button.text()!r} is outside the window")
    if form.message.isVisible() and form.message.height() < form.message.heightForWidth(form.message.width()):
        found.append("the message is cut short")
    return found


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_validation_message_takes_its_own_room(
    qtbot: QtBot, open_session: SessionFactory, scale: float
) -> None:
    offer = offered(qtbot, open_session)
    font = offer.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    offer.setFont(font)
    qtbot.waitUntil(lambda: _overlaps(offer) == [])
    type_twice(qtbot, "tiny", "tiny")  # too short: the form says so under the fields
    assert offer.form.message.isVisible() and "at least" in offer.form.message.text()
    assert _overlaps(offer) == [], "laid out as the message appears"
    qtbot.keyClicks(offer.form.again_field, "different")
    qtbot.keyClick(offer.form.again_field, Qt.Key.Key_Return)  # a longer message, a second time
    assert _overlaps(offer) == []
