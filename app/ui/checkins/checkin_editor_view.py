"""How the "after the meeting" step is laid out: held and rating, notes, feedback, actions.

Only the widgets and where they sit (built first; the one connection the layout makes itself is
in its own method); what they do is wired in checkin_editor (the check-in's own fields),
checkin_lists (feedback and actions) and checkin_action_form (the new-action form).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.ui.checkins.checkin_rows import RATING_WORDS, ActionRow, FeedbackRow, fill_goals, rating_text
from app.ui.widgets.form_fields import (
    field_label,
    make_date_edit,
    name_parts,
    segment_button,
    wrapped_label,
)
from app.ui.widgets.notice import InlineNotice
from app.ui.writing.editor import MarkdownEditor


class CheckInEditorView(QWidget):
    """The controls of one check-in's write-up, placed; disabled until a check-in is shown."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feedback_rows: list[FeedbackRow] = []
        self.action_rows: list[ActionRow] = []
        self.earlier_rows: list[ActionRow] = []

        # -- held and how it went
        self.held_check = QCheckBox(translate("CheckinEditorView", "We met: this check-in took place"))
        self.held_check.setAccessibleName(translate("CheckinEditorView", "Mark this check-in as held"))
        self.rating_group = QButtonGroup(self)
        self.rating_buttons: dict[int, QPushButton] = {}
        rating_row = QHBoxLayout()
        rating_row.setSpacing(6)
        for value in range(1, 6):
            button = segment_button(str(value), translate(
                "CheckinEditorView", "How it went: {rating_text}").format(rating_text=rating_text(value)))
            button.setToolTip(RATING_WORDS[value].capitalize())
            self.rating_group.addButton(button, value)
            self.rating_buttons[value] = button
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        self.rating_hint = wrapped_label("", "muted")

        # -- notes
        self.notes_editor = MarkdownEditor(
            translate("CheckinEditorView", "Meeting notes"), translate(
                "CheckinEditorView", "What was said, in your own words, while it is still fresh…")
        )

        # -- feedback
        self.feedback_box = QVBoxLayout()
        self.feedback_box.setSpacing(4)
        self.feedback_empty = wrapped_label(translate("CheckinEditorView", "Nothing written down yet. Note "
                                                                           "each piece of feedback on its "
                                                                           "own line; any of them can "
                                                                           "become an action."), "muted")
        self.new_feedback = QLineEdit()
        self.new_feedback.setAccessibleName(translate("CheckinEditorView", "New feedback"))
        self.new_feedback.setPlaceholderText(translate("CheckinEditorView",
                                                       "What your manager said, in a sentence…"))
        self.add_feedback_button = QPushButton(translate("CheckinEditorView", "Add feedback"))
        self.add_feedback_button.setAccessibleName(translate("CheckinEditorView", "Add this feedback"))
        feedback_entry = QHBoxLayout()
        feedback_entry.setSpacing(8)
        feedback_entry.addWidget(self.new_feedback, 1)
        feedback_entry.addWidget(self.add_feedback_button)

        # -- this meeting's actions and the form to add or change one
        self.actions_box = QVBoxLayout()
        self.actions_box.setSpacing(4)
        self.actions_empty = wrapped_label(translate("CheckinEditorView",
                                                     "No actions agreed at this check-in yet."), "muted")
        self.action_text = QLineEdit()
        self.action_text.setAccessibleName(translate("CheckinEditorView", "What you agreed to do"))
        self.action_text.setPlaceholderText(translate("CheckinEditorView", "What you will do: I will…"))
        # Writing an action in answer to feedback: the feedback, above the words, as context.
        self.answer_label = wrapped_label("", "muted")
        self.answer_label.setAccessibleName(translate("CheckinEditorView",
                                                      "The feedback this action answers"))
        self.answer_label.hide()
        self.due_check = QCheckBox(translate("CheckinEditorView", "Due by"))
        self.due_check.setAccessibleName(translate("CheckinEditorView", "This action has a due date"))
        self.due_edit = make_date_edit(translate("CheckinEditorView", "Due date"), today)
        self.due_edit.setEnabled(False)
        self.action_goal = QComboBox()
        self.action_goal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_goal.setMinimumContentsLength(10)
        fill_goals(self.action_goal, [], None)
        name_parts(self.action_goal, translate("CheckinEditorView", "Goal this action is for"))
        self.save_action_button = QPushButton(translate("CheckinEditorView", "Add action"))
        self.save_action_button.setAccessibleName(translate("CheckinEditorView", "Add this action"))
        self.cancel_edit_button = QPushButton(translate("CheckinEditorView", "Cancel"))
        self.cancel_edit_button.setAccessibleName(translate("CheckinEditorView", "Stop editing this action"))
        self.cancel_edit_button.hide()
        due_row = QHBoxLayout()
        due_row.setSpacing(8)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        goal_row = QHBoxLayout()
        goal_row.setSpacing(8)
        goal_row.addWidget(self.action_goal, 1)
        goal_row.addWidget(self.save_action_button)
        goal_row.addWidget(self.cancel_edit_button)
        form = QVBoxLayout()
        form.setSpacing(6)
        self.action_form_label = field_label(translate("CheckinEditorView", "&New action"), self.action_text)
        form.addWidget(self.action_form_label)
        form.addWidget(self.answer_label)
        form.addWidget(self.action_text)
        form.addLayout(due_row)
        form.addLayout(goal_row)

        # -- open actions from earlier check-ins
        self.earlier_box = QVBoxLayout()
        self.earlier_box.setSpacing(4)
        self.earlier_empty = wrapped_label(translate("CheckinEditorView",
                                                     "Nothing open from earlier check-ins."), "muted")

        self.notice = InlineNotice(translate("CheckinEditorView", "Undo bar for feedback and actions"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.held_check)
        layout.addWidget(wrapped_label(translate("CheckinEditorView", "How it went"), "cardHeading"))
        layout.addLayout(rating_row)
        layout.addWidget(self.rating_hint)
        layout.addSpacing(6)
        notes_label = field_label(translate("CheckinEditorView", "Notes: what was said"),
                                  self.notes_editor.text_edit)
        notes_label.setObjectName("cardHeading")
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_editor)
        layout.addWidget(self.notice)
        layout.addSpacing(6)
        layout.addWidget(wrapped_label(translate("CheckinEditorView", "Feedback you received"),
                                       "cardHeading"))
        layout.addWidget(self.feedback_empty)
        layout.addLayout(self.feedback_box)
        layout.addLayout(feedback_entry)
        layout.addSpacing(6)
        layout.addWidget(wrapped_label(translate("CheckinEditorView", "Actions you agreed"), "cardHeading"))
        layout.addWidget(self.actions_empty)
        layout.addLayout(self.actions_box)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(wrapped_label(translate("CheckinEditorView", "Still open from earlier check-ins"),
                                       "cardHeading"))
        layout.addWidget(wrapped_label(translate("CheckinEditorView", "Tick them off as you finish them; "
                                                                      "until then they return on every "
                                                                      "agenda."), "muted"))
        layout.addWidget(self.earlier_empty)
        layout.addLayout(self.earlier_box)
        layout.addStretch(1)
        self.setEnabled(False)
        self._connect_view()

    def _connect_view(self) -> None:
        """What the layout does by itself; the rest is wired in checkin_editor and checkin_lists."""
        self.due_check.toggled.connect(self.due_edit.setEnabled)
