"""The Feelings tool's first section: a mood check-in form, and the recent check-ins below it.

A check-in is a deliberate moment, timed when the person presses Save (by the journal's clock).
Until then the form (the feelings, the mood, the note) is kept as a draft under MOOD_DRAFT as it
changes, through the one `Saver`, and comes back when the tool is built again, after a restart
too; leaving, locking or closing only writes that draft. Save stores the check-in and clears the
draft in one `journal.act`; deleting and bringing back are each one act in Area.MOOD. The list
itself is filled by the tool, from `journal.changes`, whoever saved the check-in. A deleted
check-in can be brought back from the bar it leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area
from app.domain.emotions import EmotionCatalogue, strongest
from app.domain.text import first_line
from app.domain.timeline import local_time
from app.domain.workbench import MoodCheck
from app.i18n import Plural, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.form_drafts import MOOD_DRAFT
from app.ui.feelings.mood_check import DRAFT_BACK, MOOD_NEEDED, NOT_SAVED, MoodCheckForm
from app.ui.feelings.mood_draft import MoodDraft
from app.ui.feelings.mood_words import MOOD_WORDS
from app.ui.translation import when_text
from app.ui.widgets.flow_layout import card
from app.ui.widgets.form_fields import SaveStatus, shortcut, wrapped_label
from app.ui.widgets.notice import InlineNotice

RECENT_LIMIT = 60  # the list shows the newest check-ins; the chart shows them all


def describe_mood_check(check: MoodCheck) -> str:
    """Two lines for the list: when and the overall mood; then the feelings and the note."""
    top = translate("FeelingsCheckin", "{when}  ·  {word} ({mood} of 5)").format(
        when=when_text(check.at), word=MOOD_WORDS.get(check.mood, ""), mood=check.mood)
    feelings = ", ".join(f"{r.name} {r.intensity}" for r in strongest(check.emotions, len(check.emotions)))
    note = first_line(check.note, 70)
    second = "  ·  ".join(part for part in (feelings, f"“{note}”" if note else "") if part)
    return f"{top}\n{second}" if second else top


class CheckInSection(QWidget):
    """The form, its Save button, and the recent check-ins with delete and undo.

    Signals: saved(MoodCheck) — a check-in was saved (or brought back) from here; deleted(str uuid).
    The list is filled by `show_checks`, which the tool calls whenever check-ins change.
    """

    saved = Signal(object)
    deleted = Signal(str)

    def __init__(self, journal: ObservedJournal, emotions: EmotionCatalogue,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._checks: list[MoodCheck] = []
        self._build(emotions)
        self.draft = MoodDraft(journal, self.form, MOOD_DRAFT, self, origin=self)
        self._wire()
        self.restore_draft()
        self._update_buttons()

    # -- layout ----------------------------------------------------------------------------

    def _build(self, emotions: EmotionCatalogue) -> None:
        form_card, form_layout = card()
        title = wrapped_label(translate("FeelingsCheckin", "How are you, right now?"), "promptText")
        hint = wrapped_label(translate("FeelingsCheckin",
                                       "A check-in takes a minute. Over the weeks, they show you what is "
                                       "changing."),
                             "promptHint")
        self.form = MoodCheckForm(emotions, clock=self._journal.clock)
        self.status = SaveStatus(translate("FeelingsCheckin", "Check-in save status"))
        self.save_button = QPushButton(translate("FeelingsCheckin", "Save check-in"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(translate("FeelingsCheckin", "Save check-in"))
        self.save_button.setToolTip(translate("FeelingsCheckin", "Save this check-in (Ctrl+Enter)"))
        self.clear_button = QPushButton(translate("FeelingsCheckin", "Start over"))
        self.clear_button.setAccessibleName(translate("FeelingsCheckin", "Clear the check-in form"))
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.save_button)
        form_layout.addWidget(title)
        form_layout.addWidget(hint)
        form_layout.addWidget(self.form)
        form_layout.addLayout(actions)

        history_heading = wrapped_label(translate("FeelingsCheckin", "Your recent check-ins"), "cardHeading")
        self.notice = InlineNotice(translate("FeelingsCheckin", "Check-in notice"))
        self.empty_label = wrapped_label(
            translate("FeelingsCheckin",
                      "Nothing here yet. Your first check-in will appear here as soon as you save it: pick "
                      "a feeling or two above, choose how you are overall, and press Save check-in."),
            "intro",
        )
        self.history = QListWidget()
        self.history.setAccessibleName(translate("FeelingsCheckin", "Your recent check-ins, newest first"))
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setMinimumHeight(10 * self.fontMetrics().lineSpacing())
        history_heading.setBuddy(self.history)
        self.count_label = wrapped_label("", "muted")
        self.delete_button = QPushButton(translate("FeelingsCheckin", "Delete check-in"))
        self.delete_button.setAccessibleName(translate("FeelingsCheckin", "Delete the selected check-in"))
        self.delete_button.setToolTip(translate("FeelingsCheckin",
                                                "Delete the selected check-in; you can undo it (Delete)"))
        history_actions = QHBoxLayout()
        history_actions.addWidget(self.count_label, 1)
        history_actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(form_card)
        layout.addSpacing(6)
        layout.addWidget(history_heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.history)
        layout.addLayout(history_actions)

    def _wire(self) -> None:
        self.form.changed.connect(self._on_form_changed)
        self.draft.connect_form()
        self.draft.saver.failed.connect(lambda text: self.status.say(text, error=True))
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.form.clear)
        self.notice.listen_for_undo_key(self)
        self.history.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.delete_button.clicked.connect(self.delete_selected)
        shortcut(self, "Ctrl+Return", self.save)
        shortcut(self, "Ctrl+Enter", self.save)
        shortcut(self.history, QKeySequence.StandardKey.Delete, self.delete_selected,
                 Qt.ShortcutContext.WidgetShortcut)

    # -- the form --------------------------------------------------------------------------

    @property
    def note_edit(self) -> QPlainTextEdit:
        """Where the check-in's note is typed."""
        return self.form.note

    def restore_draft(self) -> None:
        """Put the kept draft back on the form (when built, and after the whole journal changed
        under it); words not yet written are never replaced."""
        if self.draft.saver.pending:
            return
        was_blank = self.form.is_blank()
        if self.draft.restore() and was_blank:
            self.status.say(translate("MoodCheck", DRAFT_BACK))

    def save(self) -> MoodCheck | None:
        """The form as a check-in timed now: stored, and its draft cleared, in one action."""
        if not self.form.is_complete():
            self.status.say(translate("MoodCheck", MOOD_NEEDED), error=True)
            self.form.focus_mood()
            return None
        stored = self.draft.save_check()
        if stored is None:
            self.status.say(translate("MoodCheck", NOT_SAVED), error=True)
            return None
        self.status.say(translate("FeelingsCheckin",
                                  "Saved your check-in at {local_time:%H:%M}.").format(local_time=local_time(
                                      stored.at)))
        self.notice.dismiss()
        self.saved.emit(stored)
        self.form.focus_first()
        return stored

    def flush(self) -> bool:
        """Write the form's draft now if it changed; False only if that failed (it is retried).

        Leaving, locking or closing never makes a check-in: it is made by Save, timed then. A
        half-made one waits as a draft, on the form and in the journal.
        """
        return self.draft.flush()

    # -- the list --------------------------------------------------------------------------

    def delete_selected(self) -> None:
        check = self.selected()
        if check is None:
            return
        row = self.history.currentRow()
        done = self._journal.act(Area.MOOD, lambda j: j.feelings.delete_mood_check(check.uuid),
                                 origin=self, uuids={check.uuid})
        if done is None:
            self.notice.tell(translate("FeelingsCheckin", "Couldn't delete it; it is still in your list."),
                             error=True)
            return
        self._offer_undo(translate("FeelingsCheckin",
                                   "Deleted the check-in from {when_text}.").format(when_text=when_text(
                                       check.at)), check)
        self.deleted.emit(check.uuid)
        if self.history.count():
            self.history.setCurrentRow(min(row, self.history.count() - 1))
            self.history.setFocus()
        else:  # the list is gone: keep the keyboard on the way back
            self.notice.accept_button.setFocus()

    def _offer_undo(self, text: str, check: MoodCheck, error: bool = False) -> None:
        self.notice.offer_undo(text, lambda: self._restore(check),
                               name=translate("FeelingsCheckin", "Undo: bring the check-in back"),
                               error=error)

    def _restore(self, check: MoodCheck) -> None:
        done = self._journal.act(Area.MOOD, lambda j: j.feelings.save_mood_check(check), origin=self)
        if done is None:
            self._offer_undo(translate("FeelingsCheckin",
                                       "Couldn't bring it back just now. Try again in a "
                                       "moment."), check, error=True)
            return
        stored = done.value
        self.saved.emit(stored)
        self.select(stored.uuid)

    # -- reading ---------------------------------------------------------------------------

    def show_checks(self, checks: list[MoodCheck]) -> None:
        """Fill the list from all check-ins (oldest first, as the store gives them)."""
        selected = self.selected()
        self._checks = list(reversed(checks))[:RECENT_LIMIT]
        self.history.clear()
        for check in self._checks:
            item = QListWidgetItem(describe_mood_check(check))
            item.setData(Qt.ItemDataRole.UserRole, check.uuid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, describe_mood_check(check).replace("\n", ". "))
            self.history.addItem(item)
        count = len(checks)
        self.count_label.setText(
            "" if count == 0 else translate("FeelingsCheckin", "1 check-in") if count == 1 else
            Plural.tr("%n check-ins", "", count)
            + (translate("FeelingsCheckin", ", the {limit} newest shown").format(limit=RECENT_LIMIT)
               if count > RECENT_LIMIT else "")
        )
        self.empty_label.setVisible(count == 0)
        self.history.setVisible(count > 0)
        self.delete_button.setVisible(count > 0)
        if selected is not None:
            self.select(selected.uuid)
        self._update_buttons()

    def selected(self) -> MoodCheck | None:
        row = self.history.currentRow()
        return self._checks[row] if 0 <= row < len(self._checks) else None

    def select(self, check_uuid: str) -> None:
        for row, check in enumerate(self._checks):
            if check.uuid == check_uuid:
                self.history.setCurrentRow(row)
                return

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)

    def _on_form_changed(self) -> None:
        if self.form.is_complete() and self.status.state == "error":
            self.status.clear()
