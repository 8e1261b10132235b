"""How the Check-ins tool is laid out: the header, the meetings list, the chosen meeting's steps.

Only the widgets and where they sit, side by side or stacked as the width allows; what they do
is wired in checkins_tool.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.ui.checkins.checkin_editor import CheckInEditor
from app.ui.checkins.checkin_follow_up import FollowUpPanel
from app.ui.checkins.checkin_prepare import PreparePanel
from app.ui.widgets.flow_layout import WrappingRow, card
from app.ui.widgets.form_fields import SaveStatus, field_label, segment_button, wrapped_label
from app.ui.widgets.notice import InlineNotice
from app.ui.widgets.one_at_a_time import OneAtATime

_LIST_MIN_WIDTH = 250
_LIST_MAX_WIDTH = 340
_STACKED_LIST_HEIGHT = 200  # the meetings list above the details, when the tool is narrow
_SIDE_BY_SIDE_CHARS = 95  # below this many average characters of width, the list goes on top


class CheckInsView(QWidget):
    """The tool's controls, placed. The three steps' panels are built by the tool and passed in."""

    def __init__(self, prepare: PreparePanel, editor: CheckInEditor, follow_up: FollowUpPanel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prepare = prepare
        self.editor = editor
        self.follow_up = follow_up
        # -- header
        self.next_label = wrapped_label("", "intro")
        self.next_label.setAccessibleName(translate("CheckinsView", "Your next check-in"))
        self.schedule_button = QPushButton(translate("CheckinsView", "Schedule check-ins"))
        self.schedule_button.setObjectName("primary")
        self.schedule_button.setAccessibleName(translate("CheckinsView", "Schedule check-ins"))
        self.schedule_button.setToolTip(translate("CheckinsView", "Add one meeting or a repeating series"))
        self.next_brief_button = QPushButton(translate("CheckinsView",
                                                       "Prepare a brief for the next check-in"))
        self.next_brief_button.setAccessibleName(translate("CheckinsView",
                                                           "Prepare a brief for the next check-in"))
        self.next_brief_button.setToolTip(
            translate("CheckinsView",
                      "Everything since your last check-in on one page, to read, print or take along"))
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.setSpacing(12)
        self.header.addWidget(self.next_label, 1)
        self.header.addWidget(self.next_brief_button, 0, Qt.AlignmentFlag.AlignTop)
        self.header.addWidget(self.schedule_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notice = InlineNotice(translate("CheckinsView", "Check-ins notice"))

        # -- empty state
        self.empty_label = wrapped_label("", "intro")
        self.empty_label.setAccessibleName(translate("CheckinsView", "No check-ins yet"))
        self.empty_box, empty_layout = card(spacing=8)
        empty_layout.addWidget(wrapped_label(translate("CheckinsView", "No check-ins yet"), "promptText"))
        empty_layout.addWidget(self.empty_label)

        # -- the meetings
        self.meetings_list = QListWidget()
        self.meetings_list.setAccessibleName(translate("CheckinsView", "Your check-ins, in date order"))
        self.meetings_list.setWordWrap(True)
        self.meetings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delete_button = QPushButton(translate("CheckinsView", "Delete check-in"))
        self.delete_button.setAccessibleName(translate("CheckinsView", "Delete the selected check-in"))
        self.delete_button.setToolTip(translate("CheckinsView",
                                                "Delete this check-in; you can undo it (Delete)"))
        meetings_label = field_label(translate("CheckinsView", "&Meetings"), self.meetings_list)
        meetings_label.setObjectName("cardHeading")
        meetings_label.setWordWrap(False)
        # At large text the button goes under the heading rather than being clipped.
        list_header = WrappingRow([meetings_label, self.delete_button])
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        left.addWidget(list_header)
        left.addWidget(self.meetings_list, 1)
        self.list_box = QWidget()
        self.list_box.setLayout(left)

        # -- the chosen meeting
        self.title_label = wrapped_label("", "promptText")
        self.status_label = wrapped_label("", "muted")
        self.step_group = QButtonGroup(self)
        self.step_buttons: list[QPushButton] = []
        steps = QHBoxLayout()
        steps.setSpacing(8)
        for index, (text, name) in enumerate((
            (translate("CheckinsView", "Prepare"), translate("CheckinsView", "Prepare: the agenda")),
            (translate("CheckinsView", "After the meeting"),
             translate("CheckinsView", "After the meeting: notes, feedback and actions")),
            (translate("CheckinsView", "Follow-up"), translate("CheckinsView", "Follow-up message")),
        )):
            button = segment_button(text, name)
            self.step_group.addButton(button, index)
            self.step_buttons.append(button)
            steps.addWidget(button)
        steps.addStretch(1)
        self.brief_button = QPushButton(translate("CheckinsView", "Brief…"))
        self.brief_button.setAccessibleName(translate("CheckinsView", "Prepare a brief for this check-in"))
        self.brief_button.setToolTip(
            translate("CheckinsView",
                      "Everything since the check-in before this one, to read, print or take along"))
        steps.addWidget(self.brief_button)
        self.steps = OneAtATime()  # only as tall as the step on screen
        for panel in (self.prepare, self.editor, self.follow_up):
            self.steps.add(panel)
        self.save_status = SaveStatus()
        details = QVBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(8)
        details.addWidget(self.title_label)
        details.addWidget(self.status_label)
        details.addLayout(steps)
        details.addSpacing(4)
        details.addWidget(self.steps, 1)
        details.addWidget(self.save_status)
        self.details_box = QWidget()
        self.details_box.setLayout(details)

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(24)
        self.columns.addWidget(self.list_box)
        self.columns.addWidget(self.details_box, 1)
        self.columns_box = QWidget()
        self.columns_box.setLayout(self.columns)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty_box)
        layout.addWidget(self.columns_box, 1)
        layout.addStretch(0)  # takes the spare room only while the meetings are hidden
        self._arrange(side_by_side=True)

    # -- layout ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when there is room; the list above the meeting when the text is large."""
        super().resizeEvent(event)
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * _SIDE_BY_SIDE_CHARS
        self._arrange(side_by_side=wide)

    def _arrange(self, side_by_side: bool) -> None:
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() == direction and self.list_box.property("arranged"):
            return
        self.list_box.setProperty("arranged", True)
        self.columns.setDirection(direction)
        self.header.setDirection(direction)
        for button in (self.next_brief_button, self.schedule_button):
            self.header.setAlignment(button, Qt.AlignmentFlag.AlignTop if side_by_side
                                     else Qt.AlignmentFlag.AlignLeft)
        self.editor.set_narrow(not side_by_side)
        if side_by_side:
            self.list_box.setMinimumWidth(_LIST_MIN_WIDTH)
            self.list_box.setMaximumWidth(_LIST_MAX_WIDTH)
            self.meetings_list.setMinimumHeight(0)
            self.meetings_list.setMaximumHeight(16777215)
        else:
            self.list_box.setMinimumWidth(0)
            self.list_box.setMaximumWidth(16777215)
            lines = self.meetings_list.fontMetrics().lineSpacing()
            self.meetings_list.setMinimumHeight(max(_STACKED_LIST_HEIGHT, lines * 8))
            self.meetings_list.setMaximumHeight(max(_STACKED_LIST_HEIGHT, lines * 11))
