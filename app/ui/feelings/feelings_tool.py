"""The Feelings stage's own tool: mood check-ins, whom to forgive, stay or go (and the leaving plan
a decision to leave leads to, just below the sitting), and the chart.

Four sections behind segmented buttons, each in a module of its own. A check-in is made by its
Save button (a deliberate moment, timed when it is taken); until then the form is kept as a
draft as it changes. The forgiveness editor (a new item without "whom or what" yet as a draft),
the current stay-or-go sitting and the leaving plan are saved as the person types. All of it
goes through the one `Saver` and `flush()`, so neither a crash, leaving the page, locking nor
closing the app loses what was typed. Every write goes through `journal.act`, which announces it
on `journal.changes`; the tool listens there and shows what changed, wherever it came from
(Today's mood check-in, a meeting planned, an import), passing over the edits its own editors
made.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from app.domain.changes import FEELINGS, Area, Change
from app.domain.emotions import EmotionCatalogue
from app.domain.workbench import MoodCheck
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.feelings_checkin import CheckInSection
from app.ui.feelings.forgiveness_section import ForgivenessSection
from app.ui.feelings.leaving_plan import LeavingPlanSection
from app.ui.feelings.mood_chart import MoodChart
from app.ui.feelings.stay_or_go import StayOrGoSection
from app.ui.widgets.flow_layout import WrapGrid, card
from app.ui.widgets.form_fields import segment_button, shortcut, wrapped_label
from app.ui.widgets.page_layout import bring_into_view

SECTIONS = (
    ("checkin", QT_TRANSLATE_NOOP("FeelingsTool", "Check in")),
    ("forgiveness", QT_TRANSLATE_NOOP("FeelingsTool", "Forgiveness")),
    ("stay", QT_TRANSLATE_NOOP("FeelingsTool", "Stay or go")),
    ("chart", QT_TRANSLATE_NOOP("FeelingsTool", "Over time")),
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
        self.summary.setAccessibleName(translate("FeelingsTool", "Chart summary"))
        how = wrapped_label(
            translate("FeelingsTool",
                      "The line is your overall mood at each check-in. The dots underneath are the "
                      "strongest feelings you named, up to three, larger when they were stronger and "
                      "coloured by family. Dashed lines mark your check-in meetings. Rest the pointer on a "
                      "check-in to see it in full."),
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

    Emits nothing itself: every save goes out through `journal.act` as a typed change.
    """

    def __init__(self, journal: ObservedJournal, emotions: EmotionCatalogue,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal

        self.checkin = CheckInSection(journal, emotions)
        self.forgiveness = ForgivenessSection(journal)
        self.stay = StayOrGoSection(journal)
        self.leaving = LeavingPlanSection(journal)
        self.stay.place_after_editor(self.leaving)
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
        for index, (key, name) in enumerate(SECTIONS):
            text = translate("FeelingsTool", name)
            button = segment_button(text, translate("FeelingsTool",
                                                    "Feelings tool: {text}").format(text=text))
            button.setToolTip(translate("FeelingsTool",
                                        "{text} (Alt+{number})").format(text=text, number=index + 1))
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

        journal.changes.connect(self._on_changes)
        self.stay.decision_changed.connect(self.leaving.set_decision)
        self.stay.leaving_plan_wanted.connect(self.show_leaving_plan)
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

    def show_leaving_plan(self) -> None:
        """The stay-or-go section with the leaving plan open, the cursor in its first field."""
        self.show_section("stay")
        self.leaving.open()
        # The page around the tool is the one scroll: bring the plan's top into view there.
        bring_into_view(self.leaving.finish_edit, 40, 160)

    def focus_first(self) -> None:
        self.section_buttons[self.current_section].setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Reload everything from the journal; unsaved edits are saved first, or kept on screen.

        The check-in form is left alone: it is on screen (and kept as a draft), and coming back
        to the page is no reason to time and store a check-in the person is still making.
        """
        if not self._flush_words():
            self._reload_checks()
            return
        self.forgiveness.refresh()
        self.stay.refresh()
        self.leaving.refresh()
        self._reload_checks()

    def flush(self) -> bool:
        """Write every unsaved word now; False only if the journal refused (it is retried).

        The forgiveness editor, the stay-or-go sitting and the leaving plan are saved; the check-in
        form, finished or not, is written as its draft (only Save makes a check-in, timed then).
        """
        words_ok = self._flush_words()
        checkin_ok = self.checkin.flush()
        return words_ok and checkin_ok

    def _flush_words(self) -> bool:
        forgiveness_ok = self.forgiveness.flush()
        stay_ok = self.stay.flush()
        leaving_ok = self.leaving.flush()
        return forgiveness_ok and stay_ok and leaving_ok

    # -- reactions -------------------------------------------------------------------------

    def _jump_to(self, key: str) -> None:
        self.show_section(key)
        self.section_buttons[key].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_changes(self, change: Change) -> None:
        """What the journal says changed, from here or anywhere else.

        The check-in list and the chart show every check-in, and the chart marks the meetings, so
        they follow any change to either (our own check-ins too: the list is not an editor). The
        forgiveness, stay-or-go and leaving-plan editors already show their own edits; they reload
        only for changes made elsewhere, and keep unsaved words on screen when they do.
        """
        if change.wholesale and not change.made_by(self.checkin):
            self.checkin.restore_draft()  # a restore may bring another draft
        if not change.touches(FEELINGS, Area.CHECKIN):
            return
        if change.touches(Area.MOOD, Area.CHECKIN):
            self._reload_checks()
        if change.touches(Area.FORGIVENESS) and not change.made_by(self.forgiveness):
            self.forgiveness.refresh()
        if change.touches(Area.DECISION) and not change.made_by(self.stay):
            self.stay.refresh()
        if change.touches(Area.DECISION) and not change.made_by(self.leaving):
            self.leaving.refresh()

    def _reload_checks(self) -> None:
        checks = self._journal.read(lambda j: j.feelings.mood_checks(), None)
        if checks is None:
            self.checkin.status.say(translate("FeelingsTool", "Couldn't read your check-ins just now."),
                                    error=True)
            return
        no_meetings: list[datetime] = []
        meetings = self._journal.read(lambda j: [c.scheduled_at for c in j.checkins.checkins()], no_meetings)
        self.checkin.show_checks(checks)
        self.over_time.show_data(checks, meetings)
