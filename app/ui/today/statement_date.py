"""Today's reminder of the day to say the ownership statement: a countdown, kept kind.

Shown while a day is planned and the statement has not been marked said ("said today" stays a
day, to say well done). On the day itself, and after it, it asks whether it happened: "I said it"
remembers that; "Move it to …" plans a new day a couple of days on; the card itself, or "Open the
workshop", leads to the statement workshop (the window connects `open_workshop`).
It follows `journal.changes` (the statement, from anywhere) and the journal's clock.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from app.domain.changes import Area, Change
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.ownership.say_on_words import countdown, long_day, short_day, suggested_day
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import wrapped_label

THANKS = QT_TRANSLATE_NOOP("StatementDate", "You said your statement today. That was the hard part, and you "
                           "did it. Writing down how it went, tonight, can help.")


class StatementDateTile(QFrame):
    """Signal: open_workshop() — the person wants the statement workshop."""

    open_workshop = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None, *, read: bool = True) -> None:
        """`read=False`: hidden until the owner calls refresh() (Today at start-up)."""
        super().__init__(parent)
        self._journal = journal
        self._say_on: date | None = None
        self._said_on: date | None = None
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.heading_label = wrapped_label(translate("StatementDate", "Saying your statement"), "cardHeading")
        self.value_label = wrapped_label("", "tileValue")
        self.detail_label = wrapped_label("", "muted")
        for label in (self.heading_label, self.value_label, self.detail_label):
            layout.addWidget(label)
        self.said_button = QPushButton(translate("StatementDate", "Yes, I said it"))
        self.said_button.setAccessibleName(translate("StatementDate", "Yes, I have said my statement"))
        self.move_button = QPushButton()
        self.open_button = QPushButton(translate("StatementDate", "Open the workshop"))
        self.open_button.setObjectName("linkButton")
        self.open_button.setAccessibleName(translate("StatementDate", "Open the statement workshop"))
        self.buttons = WrappingRow((self.said_button, self.move_button, self.open_button))
        layout.addWidget(self.buttons)
        self.said_button.clicked.connect(self.mark_said)
        self.move_button.clicked.connect(self.move_on)
        self.open_button.clicked.connect(self.open_workshop)
        journal.changes.connect(self._on_change)
        if read:
            self.refresh()
        else:
            self.hide()

    # -- reading and drawing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the planned day and whether it was said, and draw them for today."""
        stored = self._journal.read(lambda j: (j.statements.draft().say_on, j.statements.said_on()), None)
        if stored is not None:
            self._say_on, self._said_on = stored
        self.redraw()

    def _on_change(self, change: Change) -> None:
        if change.wholesale or change.touches(Area.STATEMENT):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.redraw()  # the day may have moved on since it was drawn

    def redraw(self) -> None:
        today = self._journal.clock.today()
        said, say_on = self._said_on, self._say_on
        if said is not None:
            visible = said == today
            self.value_label.setText(translate("StatementDate", THANKS))
            self.detail_label.setText("")
            due = False
        elif say_on is not None:
            visible = True
            value, detail = countdown(say_on, today)
            self.value_label.setText(value)
            self.detail_label.setText(detail)
            due = say_on <= today
        else:
            visible, due = False, False
        self.detail_label.setVisible(bool(self.detail_label.text()))
        new_day = suggested_day(today)
        self.move_button.setText(translate("StatementDate", "Not yet: move it to {day}")
                                 .format(day=short_day(new_day, today)))
        self.move_button.setAccessibleName(translate("StatementDate", "Not yet: plan it for {day}")
                                           .format(day=long_day(new_day, today)))
        self.said_button.setVisible(due)
        self.move_button.setVisible(due and say_on is not None and say_on < today)
        self.open_button.setVisible(said is None)
        self.buttons.relayout()
        self.setAccessibleName(f"{self.heading_label.text()}: {self.value_label.text()}")
        self.setAccessibleDescription(self.detail_label.text())
        self.setVisible(visible)

    # -- what the person does here ---------------------------------------------------------

    def mark_said(self) -> None:
        today, now = self._journal.clock.today(), self._journal.clock.now()
        done = self._journal.act(Area.STATEMENT, lambda j: j.statements.mark_said(today, at=now), origin=self)
        if done is not None:
            self._said_on = today  # the change that follows reads it again too
            self.redraw()

    def move_on(self) -> None:
        day = suggested_day(self._journal.clock.today())
        done = self._journal.act(Area.STATEMENT, lambda j: j.statements.set_say_on(day), origin=self)
        if done is not None:
            self._say_on = done.value.say_on
            self.redraw()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_workshop.emit()
            event.accept()
            return
        super().mousePressEvent(event)
