"""Where a decision to leave leads: the leaving plan, below the stay-or-go sitting.

What to finish or hand over, what to ask about notice, references and the last day, people to
talk to, a job-search list (one step a line) and the day to leave. It opens when the decision is
"Plan to leave"; after the decision changes it is kept, behind a button, with a note. Each field is
saved through the one `Saver` as it is typed, onto the plan as stored (record_fields.py), and a
change made elsewhere is shown field by field, leaving words not saved yet where they are. The
wording is general, and says so: this is not legal advice.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area, Change
from app.domain.workbench import Decision, LeavingPlan
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.data.saver import Saver
from app.ui.feelings.record_fields import RecordFields, Values
from app.ui.widgets.flow_layout import card
from app.ui.widgets.form_fields import (
    SaveStatus,
    make_date_edit,
    pydate,
    qdate,
    wrapped_label,
    writing_box,
)

if TYPE_CHECKING:
    from app.store.journal import Journal

LEAVE_ON_KEY = "leave_on"
# (field, heading, placeholder, lines tall)
_TEXT_FIELDS = (
    ("finish", QT_TRANSLATE_NOOP("LeavingPlan", "What to finish or hand over"),
     QT_TRANSLATE_NOOP("LeavingPlan",
                       "Work to wrap up, notes for whoever takes it on, files and access to pass on…"), 80),
    ("notice", QT_TRANSLATE_NOOP("LeavingPlan", "What to ask about notice, references and your last day"),
     QT_TRANSLATE_NOOP("LeavingPlan", "How much notice to give, who could give you a reference, "
                       "when your last day would be…"), 80),
    ("people", QT_TRANSLATE_NOOP("LeavingPlan", "People to talk to"),
     QT_TRANSLATE_NOOP("LeavingPlan",
                       "Someone you trust at work, a mentor, family, former colleagues, a recruiter…"), 80),
    ("job_search", QT_TRANSLATE_NOOP("LeavingPlan", "Your job search, one step a line"),
     QT_TRANSLATE_NOOP("LeavingPlan",
                       "Update my CV\nTell three people I'm looking\nApply to two roles a week"), 96),
)
GUIDANCE = QT_TRANSLATE_NOOP(
    "LeavingPlan",
    "This is general guidance, not legal advice. For your rights and terms, such as notice, "
    "pay and references, check your contract, ask HR, or talk to an independent adviser.",
)
_KEPT = {
    Decision.STAY: QT_TRANSLATE_NOOP("LeavingPlan", "Your latest decision is to stay. This leaving plan is "
                                     "kept as you left it, in case you need it again."),
    Decision.UNDECIDED: QT_TRANSLATE_NOOP("LeavingPlan", "You haven't decided yet. This leaving plan is kept "
                                          "as you left it, in case you need it."),
}


class LeavingPlanSection(QWidget):
    """The leaving plan: open while the decision is to leave, kept behind a button otherwise.

    Signals: saved() — the plan was saved from here.
    """

    saved = Signal()

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._plan = LeavingPlan()  # as stored (or shown) last
        self._written: LeavingPlan | None = None  # what the save under way wrote
        self._decision = Decision.UNDECIDED
        self._opened = False  # shown although the decision is not to leave
        self._loading = False
        self._build()
        self.fields: RecordFields[LeavingPlan] = RecordFields()
        for key, edit in self.text_edits.items():
            self.fields.add_text(key, edit)
        self.fields.add(LEAVE_ON_KEY, (LEAVE_ON_KEY,), self._day_on_screen, self._show_day)
        self.saver = Saver(journal, self, origin=self)
        for key in self.fields.keys:
            self.saver.watch(key, Area.DECISION, partial(self._write, key=key))
        self._wire()
        self._update_shown()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.closed_row = QWidget()  # the plan kept, behind a button, while the decision is not to leave
        closed = QHBoxLayout(self.closed_row)
        closed.setContentsMargins(0, 0, 0, 0)
        self.closed_note = wrapped_label(translate("LeavingPlan",
                                                   "You started a leaving plan. It is kept, in case you "
                                                   "need it."),
                                         "muted")
        self.toggle_button = QPushButton(translate("LeavingPlan", "Show the leaving plan"))
        self.toggle_button.setAccessibleName(translate("LeavingPlan", "Show or hide your leaving plan"))
        closed.addWidget(self.closed_note, 1)
        closed.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignRight)

        self.body, body = card()
        heading = wrapped_label(translate("LeavingPlan", "Your leaving plan"), "cardHeading")
        heading.setAccessibleName(translate("LeavingPlan", "Your leaving plan"))
        self.kept_note = wrapped_label("", "muted")
        self.intro = wrapped_label(
            translate("LeavingPlan",
                      "Leaving well protects your name, your references and your peace of mind. Write down "
                      "what has to happen before you go; a line at a time is enough."), "intro")
        body.addWidget(heading)
        body.addWidget(self.kept_note)
        body.addWidget(self.intro)
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for key, title_words, hint, height in _TEXT_FIELDS:
            title, placeholder = translate("LeavingPlan", title_words), translate("LeavingPlan", hint)
            label = wrapped_label(title, "cardHeading")
            edit = writing_box(title, placeholder, height)
            label.setBuddy(edit)
            body.addWidget(label)
            body.addWidget(edit)
            self.text_edits[key] = edit
        self.finish_edit, self.notice_edit = self.text_edits["finish"], self.text_edits["notice"]
        self.people_edit, self.job_search_edit = self.text_edits["people"], self.text_edits["job_search"]
        self.day_check = QCheckBox(translate("LeavingPlan", "I have a day in mind to leave"))
        self.day_check.setAccessibleName(translate("LeavingPlan", "I have a day in mind to leave"))
        self.day_edit = make_date_edit(translate("LeavingPlan", "The day you plan to leave"),
                                       self._journal.clock.today())
        self.day_edit.setToolTip(translate("LeavingPlan",
                                           "Type the day, or pick it from the calendar (Alt+Down)"))
        self.day_edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.day_edit.setEnabled(False)  # until there is a day in mind
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_check)
        day_row.addWidget(self.day_edit)
        day_row.addStretch(1)
        body.addLayout(day_row)
        self.guidance = wrapped_label(translate("LeavingPlan", GUIDANCE), "muted")
        body.addWidget(self.guidance)
        self.status = SaveStatus(translate("LeavingPlan", "Leaving plan save status"))
        body.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.closed_row)
        layout.addWidget(self.body)

    def _wire(self) -> None:
        for key, edit in self.text_edits.items():
            edit.textChanged.connect(partial(self._on_edited, key))
        self.day_check.toggled.connect(self._on_day_toggled)
        self.day_edit.dateChanged.connect(lambda _d: self._on_edited(LEAVE_ON_KEY))
        self.toggle_button.clicked.connect(self.toggle)
        self.saver.saved.connect(self._on_saved)
        self.saver.failed.connect(lambda text: self.status.say(text, error=True))

    # -- the public face -------------------------------------------------------------------

    @property
    def plan(self) -> LeavingPlan:
        """The plan as last stored or shown."""
        return self._plan

    @property
    def is_open(self) -> bool:
        """Whether the plan's fields are shown."""
        return self._decision == Decision.LEAVE or self._opened

    def on_screen(self) -> LeavingPlan:
        return self.fields.whole(self._plan)

    def is_dirty(self) -> bool:
        return bool(self.fields.unsaved(self._plan))

    def set_decision(self, decision: Decision) -> None:
        """The decision in the sitting changed: open the plan for a decision to leave; after it,
        the plan stays open (with a note) if it was open, and can be shown again later."""
        if decision == self._decision:
            return
        if self._decision == Decision.LEAVE:  # kept open only for someone typing in it right now
            focused = QApplication.focusWidget()
            self._opened = focused is not None and self.body.isAncestorOf(focused)
        self._decision = decision
        self._update_shown()

    def toggle(self) -> None:
        """Show or hide the kept plan (while the decision is not to leave)."""
        self._opened = not self._opened
        self._update_shown()
        if self._opened:
            self.focus_first()

    def open(self) -> None:
        """Show the plan and put the cursor in its first field."""
        self._opened = True
        self._update_shown()
        self.focus_first()

    def focus_first(self) -> None:
        self.finish_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Read the plan again and show what changed elsewhere, field by field."""
        stored = self._journal.read(lambda j: j.feelings.leaving_plan(), None)
        if stored is None:
            self.status.say(translate("LeavingPlan", "Couldn't read your leaving plan just now."), error=True)
            return
        self._loading = True
        try:
            self.fields.follow(self._plan, stored)
        finally:
            self._loading = False
        self._plan = stored
        self._update_shown()

    def flush(self) -> bool:
        """Save unsaved edits now; False (and a message) if saving failed."""
        unsaved = self.fields.unsaved(self._plan)
        if not unsaved and not self.saver.pending:
            return True
        for key in unsaved:
            self.saver.touch(key)
        return self.saver.flush()

    # -- saving ----------------------------------------------------------------------------

    def _write(self, journal: Journal, key: str) -> LeavingPlan:
        """The Saver's write of one field, onto the plan as stored."""
        stored = journal.feelings.leaving_plan()
        wanted = self.fields.onto(stored, key)
        if wanted != stored or stored.updated_at is None:
            stored = journal.feelings.save_leaving_plan(wanted)
        self._written = stored
        return stored

    def _on_saved(self, _change: Change) -> None:
        stored = self._written
        if stored is None:
            return
        self._written = None
        self._plan = stored
        if not self.is_dirty():
            self.status.say(translate("LeavingPlan", "Saved."))
        self._update_shown()
        self.saved.emit()

    # -- drawing ---------------------------------------------------------------------------

    def _day_on_screen(self) -> Values:
        return (pydate(self.day_edit.date()) if self.day_check.isChecked() else None,)

    def _show_day(self, values: Values) -> None:
        day = values[0]
        self.day_check.setChecked(day is not None)
        self.day_edit.setDate(qdate(day or self._journal.clock.today()))
        self.day_edit.setEnabled(day is not None)

    def _update_shown(self) -> None:
        leaving = self._decision == Decision.LEAVE
        kept = self._plan.updated_at is not None or self.is_dirty()
        self.setVisible(leaving or kept)
        self.closed_row.setVisible(not leaving and kept)
        self.body.setVisible(self.is_open)
        note = _KEPT.get(self._decision)
        self.kept_note.setText(translate("LeavingPlan", note) if note else "")
        self.kept_note.setVisible(not leaving)
        self.closed_note.setVisible(not self._opened)
        self.toggle_button.setText(translate("LeavingPlan",
                                             "Hide the leaving plan") if self._opened else translate(
                                                 "LeavingPlan", "Show the leaving plan"))

    def _on_day_toggled(self, on: bool) -> None:
        self.day_edit.setEnabled(on)
        self._on_edited(LEAVE_ON_KEY)

    def _on_edited(self, key: str) -> None:
        if self._loading:
            return
        if self.status.state != "error":
            self.status.say(translate("LeavingPlan", "Not saved yet."))
        self.saver.touch(key)
