"""Today's one-time offer of the evening reminder, after the third evening written.

"Turn on the evening reminder" or "No thanks": either answer is kept (`reminders_offered`), so it
is never offered again; the first also turns the evening reminder on. It is not offered to someone
who already turned a reminder on (reminders.offer_due), nor where nothing could show a reminder
(no tray, no notification service: desktop_abilities.can_remind). It looks when Today comes into view (a
page change, the window shown again, a new day) and after an import, never while the person
types on Today: a card appearing above the entry would push the words they are writing down.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTime, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.domain.changes import Change
from app.domain.records import EntryKind
from app.domain.reminders import OFFER_AFTER_EVENINGS, offer_due
from app.store.preferences import Preferences, wall_time
from app.ui.data.journal_events import ObservedJournal
from app.ui.today.notice_card import NoticeCard
from app.ui.widgets import desktop_abilities
from app.ui.widgets.form_fields import push_button

log = logging.getLogger(__name__)


@runtime_checkable
class OfferAnswers(Protocol):
    """Where the answer is kept: the session's settings."""

    @property
    def preferences_applied(self) -> SignalInstance: ...

    @property
    def preferences(self) -> Preferences: ...

    def set_preferences(self, preferences: Preferences) -> None: ...


class ReminderOffer(NoticeCard):
    """A small card at the top of Today while the offer is due; hidden otherwise."""

    def __init__(self, journal: ObservedJournal, answers: OfferAnswers, page: QWidget | None = None) -> None:
        # Made before the widget itself exists, so translated by name (the context self.tr would give).
        yes = QCoreApplication.translate("ReminderOffer", "Turn on the evening reminder")
        yes_button = push_button(yes, yes)
        yes_button.setObjectName("primary")
        no_button = push_button(QCoreApplication.translate("ReminderOffer", "No thanks"),
                                QCoreApplication.translate("ReminderOffer", "No thanks, no reminder"))
        super().__init__(QCoreApplication.translate("ReminderOffer", "Would a gentle reminder help?"), "",
                         yes_button, QCoreApplication.translate("ReminderOffer", "Evening reminder"), page,
                         more=(no_button,))
        self._journal = journal
        self._answers = answers
        self._page = page
        self.yes_button, self.no_button = yes_button, no_button
        self.heading_label = self.text_label
        self.text_label = self.hint_label  # what the offer says: filled when it is due
        self.yes_button.clicked.connect(lambda: self.answer(True))
        self.no_button.clicked.connect(lambda: self.answer(False))
        journal.changes.connect(self._on_change)
        answers.preferences_applied.connect(self._on_preferences)
        if page is not None:
            page.installEventFilter(self)  # Today coming into view is when to look
        if not journal.is_open:  # Today shown before the journal opened (start-up): look once it is here
            journal.opened.connect(self.refresh)
        self.hide()

    def _evening_at(self) -> str:
        at = wall_time(self._answers.preferences.reminder_evening_at)
        return QTime(at.hour, at.minute).toString("HH:mm")

    def refresh(self) -> None:
        """Show the offer if it is due now; hide it if not."""
        if not self._journal.is_open:
            self.hide()
            return
        preferences = self._answers.preferences
        answered = preferences.reminders_offered or preferences.reminders().any_on
        if answered or not desktop_abilities.can_remind():
            self.hide()  # nothing to read: it was answered, a reminder is on already, or none could show
            return
        nothing: set[date] = set()
        days = self._journal.read(lambda j: j.timeline.days_of(EntryKind.EVENING, OFFER_AFTER_EVENINGS),
                                  nothing)
        evenings = len(days)
        shown = offer_due(evenings, preferences.reminders_offered, preferences.reminders())
        if shown:
            self.text_label.setText(self.tr(
                "You have written on a few evenings now. Trustbridge can remind you each evening at %1: "
                "a short note on your screen that never shows what you wrote. You can change the time "
                "or turn it off in Settings.").replace("%1", self._evening_at()))
            self.setAccessibleDescription(self.text_label.text())
        self.setVisible(shown)

    def answer(self, turn_on: bool) -> bool:
        """Keep the answer; the first one also turns the evening reminder on. False if the
        settings could not be saved (the card says so and stays)."""
        changes: dict[str, bool] = {"reminders_offered": True}
        if turn_on:
            changes["reminder_evening"] = True
        try:
            self._answers.set_preferences(self._answers.preferences.with_changes(**changes))
        except (OSError, ValueError) as error:
            log.warning("could not keep the answer to the reminder offer: %s", type(error).__name__)
            self.text_label.setText(self.tr("Trustbridge couldn't save this setting just now. Try again, "
                                            "or choose it in Settings."))
            return False
        self.hide()
        return True

    def _on_preferences(self) -> None:
        if self.isVisible():
            self.refresh()  # a reminder turned on in Settings: the offer is answered

    def _on_change(self, change: Change) -> None:
        if change.wholesale:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(event, QShowEvent) and watched is self._page:
            self.refresh()
        return False


def add_reminder_offer(page: QWidget, journal: ObservedJournal, answers: object) -> ReminderOffer | None:
    """Put the offer on Today (`add_notice`), when the page has settings to keep the answer in."""
    if not isinstance(answers, OfferAnswers):
        return None
    offer = ReminderOffer(journal, answers, page)
    add_notice = getattr(page, "add_notice", None)
    if callable(add_notice):
        add_notice(offer)
    return offer
