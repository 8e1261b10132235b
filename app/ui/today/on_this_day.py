"""On this day: a few lines the person wrote weeks and months ago, to see how far they have come."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.domain.records import EntrySummary, entry_label
from app.i18n import Plural, translate
from app.i18n_dates import short_date
from app.ui.data.journal_events import ObservedJournal

FIRST_LINE_CHARS = 60  # keeps each line short enough to read at a glance, even at large text


def months_back(today: date, months: int) -> date:
    """The same day of an earlier calendar month, clamped to that month's last day."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    next_first = date(year + month // 12, month % 12 + 1, 1)
    return min(date(year, month, 1) + timedelta(days=today.day - 1), next_first - timedelta(days=1))


def ago_text(today: date, days_ago: int) -> str:
    """How a person says how long ago the day was: "2 weeks ago", "3 months ago", "A year ago"."""
    if days_ago in (7, 14, 21, 28):
        weeks = days_ago // 7
        if weeks == 1:
            return translate("OnThisDay", "1 week ago")
        return Plural.tr("%n weeks ago", "on this day", weeks)
    day = today - timedelta(days=days_ago)
    for months in (1, 2, 3):
        if months_back(today, months) == day:
            if months == 1:
                return translate("OnThisDay", "1 month ago")
            return Plural.tr("%n months ago", "on this day", months)
    if months_back(today, 12) == day:
        return translate("OnThisDay", "A year ago")
    return Plural.tr("%n days ago", "on this day", days_ago)


def first_line(summary: EntrySummary) -> str:
    """The entry's title, else its first line of writing, cut to fit one line."""
    text = summary.title.strip()
    if not text:
        text = next((line.strip().lstrip("#>-* ").strip() for line in summary.preview.splitlines()
                     if line.strip().lstrip("#>-* ").strip()), "")
    if not text:
        return translate("OnThisDay", "(no words yet)")
    return text if len(text) <= FIRST_LINE_CHARS else text[: FIRST_LINE_CHARS - 1].rstrip() + "…"


class OnThisDay(QFrame):
    """Signals: entry_requested(str uuid) — the person chose an entry to read again.

    Hidden entirely when nothing was written on those days, so Today never shows an empty box.
    """

    entry_requested = Signal(str)

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._journal = journal
        self.buttons: list[QPushButton] = []
        self.heading = QLabel(translate("OnThisDay", "On this day"))
        self.heading.setObjectName("cardHeading")
        self.intro = QLabel(translate("OnThisDay", "A look back at what you wrote on these days."))
        self.intro.setObjectName("muted")
        self.intro.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 14, 16, 14)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.intro)
        self.hide()

    def refresh(self, today: date) -> None:
        """Reload the lines for `today`; on a storage failure keep Today usable and just hide."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        days: list[tuple[int, list[EntrySummary]]] = self._journal.read(lambda j: j.on_this_day(today), [])
        for days_ago, summaries in days:
            ago = ago_text(today, days_ago)
            when = short_date(today - timedelta(days=days_ago), today)
            for summary in summaries:
                self._add_button(summary, ago, when)
        self.setVisible(bool(self.buttons))

    def _add_button(self, summary: EntrySummary, ago: str, when: str) -> None:
        label = entry_label(summary.kind, summary.stage)
        line = first_line(summary)
        button = QPushButton(f"{ago} · {label} · {line}")
        button.setObjectName("linkButton")
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAccessibleName(translate("OnThisDay",
                                           "Read again: {label} entry from {ago}, {when}: {line}")
                                 .format(label=label, ago=ago, when=when, line=line))
        button.setToolTip(translate("OnThisDay", "{when}: open this entry in your journal").format(when=when))
        # Short text by design; may shrink (and clip) rather than widen the page on a narrow window.
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(40)
        button.clicked.connect(lambda _=False, uuid=summary.uuid: self.entry_requested.emit(uuid))
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons.append(button)
