"""The rows of a check-in's lists: a piece of feedback, and an agreed action with its tick.

Also the small words they share: how a rating reads, what is printed under an action, and the
goal picker's choices.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.schedule import short_day
from app.domain.workbench import Action, Feedback, Goal
from app.i18n import QT_TRANSLATE_NOOP, Words, translate
from app.ui.widgets.form_fields import goal_title, name_parts, wrapped_label

NO_GOAL = QT_TRANSLATE_NOOP("CheckinRows", "No particular goal")
RATING_WORDS = Words("CheckinRows", {
    1: QT_TRANSLATE_NOOP("CheckinRows", "hard going"), 2: QT_TRANSLATE_NOOP("CheckinRows", "difficult"),
    3: QT_TRANSLATE_NOOP("CheckinRows", "so-so"), 4: QT_TRANSLATE_NOOP("CheckinRows", "good"),
    5: QT_TRANSLATE_NOOP("CheckinRows", "went well"),
})


def rating_text(rating: int) -> str:
    return translate("CheckinRows", "{rating} of 5, {words}").format(rating=rating,
                                                                     words=RATING_WORDS[rating])


def action_details(action: Action, titles: dict[str, str], today: date) -> str:
    """The small print under an action: its due day (and whether that has passed) and its goal."""
    parts: list[str] = []
    if action.done_on is not None:
        parts.append(translate("CheckinRows", "done {short_day}").format(short_day=short_day(action.done_on)))
    elif action.due_on is not None:
        overdue = action.due_on < today
        if overdue:
            parts.append(translate("CheckinRows", "due {day}, overdue").format(day=short_day(action.due_on)))
        else:
            parts.append(translate("CheckinRows", "due {day}").format(day=short_day(action.due_on)))
    if action.goal_uuid in titles:
        parts.append(translate("CheckinRows", "goal: {value}").format(value=titles[action.goal_uuid]))
    return " · ".join(parts)


def fill_goals(combo: QComboBox, goals: Sequence[Goal], selected: str | None) -> None:
    """The goal picker's choices, keeping the selection when the goal still exists."""
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("CheckinRows", NO_GOAL), None)
    for goal in goals:
        combo.addItem(goal_title(goal), goal.uuid)
    combo.setCurrentIndex(max(combo.findData(selected), 0))
    combo.blockSignals(blocked)


def combo_goal(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return value if isinstance(value, str) else None


class FeedbackRow(QFrame):
    """One piece of feedback: its words, the goal it is about, and the way to act on it.

    Signals: edited(), make_action(), remove().
    """

    edited = Signal()
    make_action = Signal()
    remove = Signal()

    def __init__(self, item: Feedback, goals: Sequence[Goal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listRow")
        self.item = item
        self.text_edit = QLineEdit(item.text)
        self.text_edit.setAccessibleName(translate("CheckinRows", "Feedback you received"))
        self.text_edit.textEdited.connect(self.edited)
        self.goal_combo = QComboBox()
        self.goal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal_combo.setMinimumContentsLength(10)
        fill_goals(self.goal_combo, goals, item.goal_uuid)
        name_parts(self.goal_combo, translate("CheckinRows", "Goal this feedback is about"))
        self.goal_combo.currentIndexChanged.connect(self.edited)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self.make_action)
        self.remove_button = QPushButton(translate("CheckinRows", "Remove"))
        self.remove_button.setAccessibleName(translate("CheckinRows", "Remove this feedback"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.controls.setSpacing(8)
        self.controls.addWidget(self.goal_combo, 1)
        self.controls.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(6)
        layout.addWidget(self.text_edit)
        layout.addLayout(self.controls)
        self.show_item(item)

    def set_narrow(self, narrow: bool) -> None:
        """Goal and buttons on one line, or (narrow, large text) the buttons under the goal."""
        self.controls.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    def show_item(self, item: Feedback) -> None:
        self.item = item
        acted = item.action_uuid is not None
        self.action_button.setText(translate("CheckinRows", "An action now ✓") if acted else translate(
            "CheckinRows", "Make it an action"))
        self.action_button.setEnabled(not acted)
        self.action_button.setAccessibleName(
            translate("CheckinRows", "Already an action") if acted else translate(
                "CheckinRows", "Write an action in answer to this feedback")
        )
        self.action_button.setToolTip("" if acted else translate("CheckinRows", "Say what you will do "
                                                                                "about it: the action form "
                                                                                "below opens with this "
                                                                                "feedback beside it"))

    def current(self) -> Feedback:
        """The feedback as it reads on screen now."""
        return replace(self.item, text=self.text_edit.text().strip(), goal_uuid=combo_goal(self.goal_combo))


class ActionRow(QFrame):
    """An action: a tick for done, its words and due day, and (for this meeting's) edit and delete.

    Signals: done_toggled(bool), edit(), delete().
    """

    done_toggled = Signal(bool)
    edit = Signal()
    delete = Signal()

    def __init__(self, action: Action, details: str, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listRow")
        self.action = action
        self.done_check = QCheckBox()
        self.done_check.setChecked(action.done_on is not None)
        self.done_check.setAccessibleName(translate("CheckinRows", "Done: {text}").format(text=action.text))
        self.done_check.setToolTip(translate("CheckinRows", "Tick when it is done"))
        self.done_check.toggled.connect(self.done_toggled)
        self.text_label = QLabel(action.text)
        self.text_label.setWordWrap(True)
        self.text_label.setBuddy(self.done_check)
        self.details_label = wrapped_label(details, "muted")
        self.details_label.setVisible(bool(details))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.text_label)
        words.addWidget(self.details_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(8)
        layout.addWidget(self.done_check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        self.edit_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        if editable:
            self.edit_button = QPushButton(translate("CheckinRows", "Edit"))
            self.edit_button.setAccessibleName(translate("CheckinRows",
                                                         "Edit the action: {text}").format(text=action.text))
            self.edit_button.clicked.connect(self.edit)
            self.delete_button = QPushButton(translate("CheckinRows", "Delete"))
            self.delete_button.setAccessibleName(translate("CheckinRows", "Delete the action: {text}").format(
                text=action.text))
            self.delete_button.clicked.connect(self.delete)
            layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
