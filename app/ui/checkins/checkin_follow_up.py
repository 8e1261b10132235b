"""After a check-in: a short message of what was agreed, drafted from the notes, to paste into an email.

Drafting again over an edited message can be undone from the bar it leaves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.agenda import follow_up_message
from app.domain.workbench import CheckIn
from app.i18n import translate
from app.ui.checkins.checkin_editor import CheckInEditor
from app.ui.checkins.shown_checkin import ShownCheckIn
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.form_fields import field_label, raw_text, wrapped_label
from app.ui.widgets.notice import InlineNotice

if TYPE_CHECKING:
    from app.store.journal import Journal


class FollowUpPanel(QWidget):
    """After the meeting: a short message of what was agreed, to edit and paste into an email."""

    def __init__(self, journal: ObservedJournal, shown: ShownCheckIn, editor: CheckInEditor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._shown = shown
        self._editor = editor
        intro = wrapped_label(
            translate("CheckinFollowUp", "A few lines after the meeting make sure you both remember the "
                                         "same thing. Draft it from your notes, feedback and actions, "
                                         "change anything you like, then copy it into an email."),
            "muted",
        )
        self.draft_button = QPushButton(translate("CheckinFollowUp", "Draft follow-up message"))
        self.draft_button.setObjectName("primary")
        self.draft_button.setAccessibleName(translate("CheckinFollowUp", "Draft the follow-up message"))
        self.draft_button.clicked.connect(self.draft)
        self.copy_button = QPushButton(translate("CheckinFollowUp", "Copy"))
        self.copy_button.setAccessibleName(translate("CheckinFollowUp", "Copy the follow-up message"))
        self.copy_button.setToolTip(translate("CheckinFollowUp",
                                              "Copy the message, ready to paste into an email"))
        self.copy_button.clicked.connect(self.copy)
        self.notice = InlineNotice(translate("CheckinFollowUp", "Follow-up notice"))
        self.message_edit = QPlainTextEdit()
        self.message_edit.setObjectName("markdownEditor")
        self.message_edit.setAccessibleName(translate("CheckinFollowUp", "Follow-up message"))
        self.message_edit.setPlaceholderText(translate("CheckinFollowUp",
                                                       "Draft the message above, or write your own here…"))
        self.message_edit.setTabChangesFocus(True)
        self.message_edit.setMinimumHeight(260)
        self.message_edit.textChanged.connect(lambda: shown.touch("follow_up"))
        shown.field("follow_up", self.text)
        self.copied_label = wrapped_label("", "muted")
        self.copied_label.setAccessibleName(translate("CheckinFollowUp", "Copy status"))

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        message_label = field_label(translate("CheckinFollowUp", "&Message"), self.message_edit)
        message_label.setObjectName("cardHeading")
        layout.addWidget(message_label)
        layout.addWidget(self.message_edit, 1)
        layout.addWidget(self.copied_label)

    def text(self) -> str:
        """Exactly what is in the message (toPlainText would turn no-break spaces into plain ones)."""
        return raw_text(self.message_edit)

    def show_checkin(self, checkin: CheckIn | None) -> None:
        self.notice.dismiss()
        self.copied_label.clear()
        self._set_text(checkin.follow_up if checkin else "")
        self.setEnabled(checkin is not None)

    def _set_text(self, text: str) -> None:
        blocked = self.message_edit.blockSignals(True)
        self.message_edit.setPlainText(text)
        self.message_edit.blockSignals(blocked)

    def draft(self) -> None:
        if self._shown.checkin is None or not self._editor.flush():
            return
        checkin = self._shown.checkin
        assert checkin is not None
        message = self._journal.read(lambda journal: self._message(journal, checkin), None)
        if message is None:  # the status line says why
            self.notice.tell(translate("CheckinFollowUp", "Couldn't draft the message just now."), error=True)
            return
        previous = self.text()
        self.message_edit.setPlainText(message)  # an edit like any other, saved at once
        self.message_edit.moveCursor(QTextCursor.MoveOperation.End)  # where a sign-off goes
        self._shown.saver.flush()
        self.copied_label.clear()
        if previous.strip() and previous != message:
            self.notice.offer_undo(translate("CheckinFollowUp",
                                             "The message was drafted again from your notes."),
                                   lambda: self._restore(previous),
                                   name=translate("CheckinFollowUp", "Undo: bring back the earlier message"))
        self.message_edit.setFocus()

    def _restore(self, previous: str) -> None:
        self.message_edit.setPlainText(previous)
        self.message_edit.moveCursor(QTextCursor.MoveOperation.End)
        self._shown.saver.flush()
        self.message_edit.setFocus()

    @staticmethod
    def _message(journal: Journal, checkin: CheckIn) -> str:
        plan = journal.plans.current_plan()
        return follow_up_message(
            checkin=checkin,
            manager=plan.manager if plan else "",
            actions=journal.checkins.actions(),
            feedback=journal.checkins.feedback(checkin.uuid),
            goals=journal.plans.goals(plan.uuid) if plan else [],
        )

    def copy(self) -> None:
        text = self.text()
        if not text.strip():
            self.copied_label.setText(translate("CheckinFollowUp",
                                                "There is nothing to copy yet. Draft the message first."))
            return
        QGuiApplication.clipboard().setText(text)
        self.copied_label.setText(translate("CheckinFollowUp",
                                            "Copied. Paste it into an email to your manager."))
