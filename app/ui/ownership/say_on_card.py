"""When I will say it: the workshop's card for the day the statement is said (owning it quickly).

Nothing is chosen for the person: a day a couple of days from now is suggested on a button, and
only a press (or a day picked in the date field) stores it. Once the day has come, the card asks
kindly whether it happened: "I said it" remembers the day it was said; a new day can be picked.
Each choice is one `act` on the statement (StatementActions), stamped by the journal's clock.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateEdit, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.ownership.say_on_words import long_day, plan_sentence, said_sentence, short_day, suggested_day
from app.ui.ownership.statement_actions import StatementActions
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import make_date_edit, pydate, qdate, shortcut, wrapped_label
from app.ui.widgets.notice import InlineNotice

NOT_CHOSEN = QT_TRANSLATE_NOOP(
    "SayOnCard",
    "Not chosen yet. Owning it quickly helps: a day within the next few days is usually "
    "best, while it is still fresh for you both.",
)


class SayOnCard(QFrame):
    """The card's widgets: what is planned, the buttons for it, and a date field to pick a day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.heading = wrapped_label(translate("SayOnCard", "When you will say it"), "cardHeading")
        self.state_label = wrapped_label(translate("SayOnCard", NOT_CHOSEN), "intro")
        self.state_label.setAccessibleName(translate("SayOnCard", "When you will say your statement"))
        layout.addWidget(self.heading)
        layout.addWidget(self.state_label)

        self.suggest_button = QPushButton()
        self.pick_button = QPushButton(translate("SayOnCard", "Choose a day…"))
        self.pick_button.setAccessibleName(translate("SayOnCard",
                                                     "Choose the day you will say your statement"))
        self.said_button = QPushButton(translate("SayOnCard", "I said it"))
        self.said_button.setAccessibleName(translate("SayOnCard", "I have said my statement"))
        self.clear_button = QPushButton(translate("SayOnCard", "No day for now"))
        self.clear_button.setAccessibleName(translate("SayOnCard",
                                                      "Clear the day you will say your statement"))
        self.unsaid_button = QPushButton(translate("SayOnCard", "Not said yet after all"))
        self.unsaid_button.setAccessibleName(translate("SayOnCard", "Mark the statement as not said yet"))
        self.buttons = WrappingRow((self.suggest_button, self.said_button, self.pick_button,
                                    self.clear_button, self.unsaid_button))
        layout.addWidget(self.buttons)

        field = QWidget()
        field_row = QHBoxLayout(field)
        field_row.setContentsMargins(0, 0, 0, 0)
        picker_label = QLabel(translate("SayOnCard", "Day"))
        self.date_edit: QDateEdit = make_date_edit(translate(
            "SayOnCard", "The day you will say your statement"), date.today())
        picker_label.setBuddy(self.date_edit)
        field_row.addWidget(picker_label)
        field_row.addWidget(self.date_edit)
        self.set_button = QPushButton(translate("SayOnCard", "Set this day"))
        self.set_button.setObjectName("primary")
        self.set_button.setAccessibleName(translate("SayOnCard",
                                                    "Set this as the day you will say your statement"))
        self.cancel_button = QPushButton(translate("SayOnCard", "Cancel"))
        self.cancel_button.setAccessibleName(translate("SayOnCard", "Cancel choosing a day"))
        self.picker = WrappingRow((field, self.set_button, self.cancel_button))  # wraps at large text
        layout.addWidget(self.picker)
        self.picker.hide()
        self.notice = InlineNotice(translate("SayOnCard", "Saying it notice"))
        layout.addWidget(self.notice)


class SayOnDates(QObject):
    """Keeps `card` showing the planned day and stores the person's choices."""

    def __init__(self, card: SayOnCard, actions: StatementActions) -> None:
        super().__init__(card)
        self._card = card
        self._actions = actions
        self._say_on: date | None = None
        self._said_on: date | None = None
        card.suggest_button.clicked.connect(self.choose_suggested)
        card.pick_button.clicked.connect(self.open_picker)
        card.set_button.clicked.connect(lambda: self.choose(pydate(card.date_edit.date())))
        card.cancel_button.clicked.connect(self.close_picker)
        card.said_button.clicked.connect(self.mark_said)
        card.clear_button.clicked.connect(lambda: self.choose(None))
        card.unsaid_button.clicked.connect(self.mark_not_said)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(card.date_edit, QKeySequence(key), card.set_button.click,
                     Qt.ShortcutContext.WidgetShortcut)
        shortcut(card.picker, QKeySequence(Qt.Key.Key_Escape), self.close_picker)

    @property
    def say_on(self) -> date | None:
        return self._say_on

    @property
    def said_on(self) -> date | None:
        return self._said_on

    def _today(self) -> date:
        return self._actions.journal.clock.today()

    def reload(self) -> None:
        """Read the planned day and whether it was said, and show them."""
        stored = self._actions.read(lambda j: (j.statements.draft().say_on, j.statements.said_on()),
                                    self._card.notice, translate("SayOnCard",
                                                                 "When you will say it could not be read"))
        if stored is not None:
            self.show(*stored)

    def show(self, say_on: date | None, said_on: date | None) -> None:
        self._say_on, self._said_on = say_on, said_on
        self.redraw()

    def redraw(self) -> None:
        """Draw the card for today (the clock may have moved on since it was last drawn)."""
        card, today = self._card, self._today()
        said, chosen = self._said_on is not None, self._say_on is not None
        if self._said_on is not None:
            text = said_sentence(self._said_on, today)
        elif self._say_on is not None:
            text = plan_sentence(self._say_on, today)
        else:
            text = translate("SayOnCard", NOT_CHOSEN)
        card.state_label.setText(text)
        suggestion = suggested_day(today)
        card.suggest_button.setText(translate("SayOnCard", "Plan for {short_day}").format(short_day=short_day(
            suggestion, today)))
        card.suggest_button.setAccessibleName(translate("SayOnCard", "Plan to say it on {long_day}").format(
            long_day=long_day(suggestion, today)))
        due = chosen and self._say_on is not None and self._say_on <= today
        card.said_button.setText(translate("SayOnCard",
                                           "Yes, I said it") if due else translate("SayOnCard", "I said it"))
        card.pick_button.setText(translate("SayOnCard", "Pick a new day…") if chosen else translate(
            "SayOnCard", "Choose another day…"))
        card.suggest_button.setVisible(not said and not chosen)
        card.pick_button.setVisible(not said)
        card.said_button.setVisible(not said and chosen)
        card.clear_button.setVisible(not said and chosen)
        card.unsaid_button.setVisible(said)
        card.buttons.relayout()
        if said:
            self.close_picker()

    # -- the person's choices --------------------------------------------------------------

    def choose_suggested(self) -> None:
        self.choose(suggested_day(self._today()))

    def open_picker(self) -> None:
        card, today = self._card, self._today()
        card.date_edit.setMinimumDate(qdate(today))
        start = self._say_on if self._say_on is not None and self._say_on >= today else suggested_day(today)
        card.date_edit.setDate(qdate(start))
        card.picker.show()
        card.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_picker(self) -> None:
        if self._card.picker.isHidden():
            return
        self._card.picker.hide()
        if self._card.pick_button.isVisible():
            self._card.pick_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, day: date | None) -> None:
        """Store `day` as the day the statement will be said (None: no day for now)."""
        done = self._actions.act(lambda j: j.statements.set_say_on(day), self._card.notice,
                                 translate("SayOnCard", "The day could not be saved"))
        if done is None:
            return
        self._card.picker.hide()
        self.show(done.value.say_on, self._said_on)
        today = self._today()
        self._card.notice.tell(translate("SayOnCard", "Planned for {long_day}. Rehearsing it aloud once or "
                                                      "twice before then helps.").format(long_day=long_day(
                                                          day, today)) if day is not None else translate(
                                                              "SayOnCard", "No day is planned for now."))

    def mark_said(self) -> None:
        today, now = self._today(), self._actions.journal.clock.now()
        if self._actions.act(lambda j: j.statements.mark_said(today, at=now), self._card.notice,
                             translate("SayOnCard", "That could not be saved")) is None:
            return
        self.show(self._say_on, today)
        self._card.notice.dismiss()
        self._card.unsaid_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_not_said(self) -> None:
        if self._actions.act(lambda j: j.statements.mark_said(None), self._card.notice,
                             translate("SayOnCard", "That could not be saved")) is None:
            return
        self.show(self._say_on, None)
        self._card.notice.tell(translate("SayOnCard",
                                         "Marked as not said yet. Pick a new day whenever you are ready."))
