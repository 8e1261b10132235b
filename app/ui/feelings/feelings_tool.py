"""The Feelings stage's own tool: mood check-ins, whom to forgive, stay or go, and the chart.

Four sections behind segmented buttons, each in a module of its own. Check-ins are saved when the
person presses Save (a check-in is a deliberate moment, timed when it is taken), or by `flush()`
once the form is finished; the forgiveness editor and the current stay-or-go sitting are saved as
the person types, by their Save buttons and by `flush()`, so neither a crash, leaving the page nor
closing the app loses what was typed. Every save tells the journal `changed("feelings")`.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from app.domain.emotions import EmotionCatalogue
from app.domain.workbench import MoodCheck
from app.store.errors import StoreError
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.feelings_checkin import CheckInSection
from app.ui.feelings.forgiveness_section import ForgivenessSection
from app.ui.feelings.mood_chart import MoodChart
from app.ui.feelings.stay_or_go import StayOrGoSection
from app.ui.widgets.flow_layout import WrapGrid, card
from app.ui.widgets.form_fields import segment_button, shortcut, wrapped_label

log = logging.getLogger(__name__)

AREA = "feelings"
SECTIONS = (
    ("checkin", "Check in"),
    ("forgiveness", "Forgiveness"),
    ("stay", "Stay or go"),
    ("chart", "Over time"),
)


class OverTimeSection(QWidget):
    """The chart, a sentence that sums it up, and how to read it."""

    def __init__(self, emotions: EmotionCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, frame_layout = card()
        self.chart = MoodChart(emotions)
        self.chart.setMinimumHeight(320)
        frame_layout.setContentsMargins(8, 8, 8, 8)
        frame_layout.addWidget(self.chart)
        self.summary = wrapped_label("", "intro")
        self.summary.setAccessibleName("Chart summary")
        how = wrapped_label(
            "The line is your overall mood at each check-in. The dots underneath are the strongest "
            "feelings you named, up to three, larger when they were stronger and coloured by family. "
            "Dashed lines mark your check-in meetings. Rest the pointer on a check-in to see it in full.",
            "muted",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(frame, 1)
        layout.addWidget(self.summary)
        layout.addWidget(how)

    def show_data(self, checks: list[MoodCheck], meetings: list[datetime]) -> None:
        self.chart.set_data(checks, meetings)
        self.summary.setText(self.chart.empty_text or self.chart.accessibleDescription())


class FeelingsTool(QWidget):
    """The Feelings stage's tool: check in, forgive, decide, and look back.

    Emits nothing itself: every save goes out as `journal.changed("feelings")`.
    """

    def __init__(self, journal: ObservedJournal, emotions: EmotionCatalogue,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal

        self.checkin = CheckInSection(journal, emotions)
        self.forgiveness = ForgivenessSection(journal)
        self.stay = StayOrGoSection(journal)
        self.over_time = OverTimeSection(emotions)
        self.chart = self.over_time.chart
        self.sections: dict[str, QWidget] = {
            "checkin": self.checkin,
            "forgiveness": self.forgiveness,
            "stay": self.stay,
            "chart": self.over_time,
        }

        self._current = "checkin"
        self.section_group = QButtonGroup(self)
        self.section_group.setExclusive(True)
        self.section_buttons: dict[str, QPushButton] = {}
        switcher = WrapGrid(spacing=8, max_columns=len(SECTIONS))
        for index, (key, text) in enumerate(SECTIONS):
            button = segment_button(text, f"Feelings tool: {text}")
            button.setToolTip(f"{text} (Alt+{index + 1})")
            button.clicked.connect(partial(self.show_section, key))
            self.section_group.addButton(button)
            self.section_buttons[key] = button
            switcher.add(button)
            shortcut(self, f"Alt+{index + 1}", partial(self._jump_to, key))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(switcher)
        for section in self.sections.values():  # one shown at a time; hidden ones take no room
            layout.addWidget(section, 1)

        self.checkin.saved.connect(lambda _check: self._journal.changed(AREA))
        self.checkin.deleted.connect(lambda _uuid: self._journal.changed(AREA))
        self.forgiveness.saved.connect(lambda: self._journal.changed(AREA))
        self.stay.saved.connect(lambda: self._journal.changed(AREA))
        journal.workbench_changed.connect(self._on_workbench_changed)
        self.show_section("checkin")
        self.refresh()

    @property
    def current_section(self) -> str:
        return self._current

    def show_section(self, key: str) -> None:
        self._current = key
        for other_key, section in self.sections.items():
            section.setVisible(other_key == key)
        self.section_buttons[key].setChecked(True)

    def focus_first(self) -> None:
        self.section_buttons[self.current_section].setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Reload everything from the journal; unsaved edits are saved first, or kept on screen.

        The check-in form is left alone: it is on screen, and coming back to the page is no
        reason to time and store a check-in the person is still making.
        """
        if not self._flush_words():
            self._reload_checks()
            return
        self.forgiveness.refresh()
        self.stay.refresh()
        self._reload_checks()

    def flush(self) -> bool:
        """Save everything the person meant to keep; False if something is still unsaved.

        The forgiveness editor and the stay-or-go sitting are saved if they have unsaved words; a
        finished check-in form is saved too. A half-made check-in (no overall mood yet) stays on
        the form and makes this False, so closing the window asks before it is lost.
        """
        words_ok = self._flush_words()
        checkin_ok = self.checkin.flush()
        return words_ok and checkin_ok

    def _flush_words(self) -> bool:
        forgiveness_ok = self.forgiveness.flush()
        stay_ok = self.stay.flush()
        return forgiveness_ok and stay_ok

    # -- reactions -------------------------------------------------------------------------

    def _jump_to(self, key: str) -> None:
        self.show_section(key)
        self.section_buttons[key].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_workbench_changed(self, area: str) -> None:
        """Our own saves and others' (a check-in from the evening entry, a meeting scheduled)."""
        if area in (AREA, "checkins"):
            self._reload_checks()

    def _reload_checks(self) -> None:
        try:
            checks = self._journal.feelings.mood_checks()
        except StoreError as error:
            self.checkin.status.say(f"Couldn't read your check-ins: {error}", error=True)
            return
        try:
            meetings = [c.scheduled_at for c in self._journal.checkins.checkins()]
        except StoreError:
            log.warning("could not read the check-in meetings for the mood chart")
            meetings = []
        self.checkin.show_checks(checks)
        self.over_time.show_data(checks, meetings)
