"""Before a check-in: pick questions, write your own, note thanks and lessons, assemble the agenda.

The assembled agenda gathers the goals, the evidence since the last meeting that took place, the
actions still open and the questions (ticked and your own); the person then edits it freely, and
it saves as they type. Assembling again over their own words asks first, inline, and can be
undone. Thanks and your own questions are also written by the Check-ins stage's prompts: a change
made there shows here at once, in each field the person is not typing in (`show_checkin` only
replaces what differs, so a caret stays where it was).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.agenda import Question, assemble_agenda
from app.domain.plan_math import local_day
from app.domain.workbench import CheckIn
from app.i18n import translate
from app.ui.checkins.shown_checkin import ShownCheckIn
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.form_fields import field_label, wrapped_label
from app.ui.widgets.notice import InlineNotice
from app.ui.writing.editor import MarkdownEditor

if TYPE_CHECKING:
    from app.store.journal import Journal

KEY_ROLE = Qt.ItemDataRole.UserRole  # a question's key, on the items that are questions


def last_held_before(checkin: CheckIn, checkins: Sequence[CheckIn]) -> CheckIn | None:
    """The most recent meeting that took place before this one: evidence counts from there."""
    earlier = [
        c for c in checkins if c.held and c.uuid != checkin.uuid and c.scheduled_at < checkin.scheduled_at
    ]
    return max(earlier, key=lambda c: c.scheduled_at, default=None)


def _small_text(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    lines = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(lines * 2 + 24)
    edit.setMaximumHeight(lines * 4 + 24)  # a few lines: the agenda below is where the writing happens
    return edit


def _show_text(edit: QPlainTextEdit, text: str, keep_caret: bool) -> None:
    """Put `text` in the field unless it is already there; `keep_caret` leaves the caret where it
    was (as far as the new text reaches) rather than at the end."""
    if edit.toPlainText() == text:
        return
    caret = edit.textCursor().position()
    edit.setPlainText(text)
    if keep_caret:
        cursor = edit.textCursor()
        cursor.setPosition(min(caret, len(edit.toPlainText())))
        edit.setTextCursor(cursor)


class PreparePanel(QWidget):
    """Before the meeting: pick questions, note thanks and lessons, assemble, then edit freely."""

    def __init__(self, journal: ObservedJournal, questions: Sequence[Question], shown: ShownCheckIn,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._questions = list(questions)
        self._shown = shown
        self._assembled: dict[str, str] = {}  # the last agenda assembled per check-in, this session
        self.shown_uuid: str | None = None

        intro = wrapped_label(
            translate("CheckinPrepare", "Tick the questions you want to ask, add your own, note what you "
                                        "want to thank your manager for and what you have learned, then "
                                        "assemble the agenda. It gathers your goals, your progress since "
                                        "the last check-in and the actions still open. Every word stays "
                                        "yours to change."),
            "muted",
        )
        self.question_list = QListWidget()
        self.question_list.setAccessibleName(translate("CheckinPrepare",
                                                       "Question bank: tick the questions to ask"))
        self.question_list.setWordWrap(True)
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.setMinimumHeight(self.question_list.fontMetrics().lineSpacing() * 12)
        self._fill_questions()
        self.own_questions_edit = _small_text(
            translate("CheckinPrepare", "Your own questions"),
            translate("CheckinPrepare",
                      "Questions in your own words, one per line: what you want to understand or ask for…"),
        )
        self.thanks_edit = _small_text(
            translate("CheckinPrepare", "Things to thank your manager for"),
            translate("CheckinPrepare",
                      "Something your manager did that helped: time, advice, an introduction…"),
        )
        self.lessons_edit = _small_text(translate("CheckinPrepare", "Lessons you have learned"),
                                        translate("CheckinPrepare",
                                                  "What you have learned since the last check-in…"))
        self.assemble_button = QPushButton(translate("CheckinPrepare", "Assemble agenda"))
        self.assemble_button.setObjectName("primary")
        self.assemble_button.setAccessibleName(translate("CheckinPrepare", "Assemble the agenda"))
        self.assemble_button.setToolTip(
            translate("CheckinPrepare",
                      "Gather your goals, progress, open actions and questions into the agenda")
        )
        self.assemble_button.clicked.connect(self.assemble)
        self.notice = InlineNotice(translate("CheckinPrepare", "Agenda notice"))
        self.agenda_editor = MarkdownEditor(translate("CheckinPrepare", "Agenda"), translate(
            "CheckinPrepare", "Assemble the agenda above, or write your own here…"))
        self.agenda_editor.text_edit.setMinimumHeight(260)
        shown.field("agenda", self.agenda_editor.text)
        # The choices made while preparing are saved with the check-in, like its agenda.
        shown.field("thanks", self.thanks_edit.toPlainText)
        shown.field("lessons", self.lessons_edit.toPlainText)
        shown.field("questions", self.ticked_questions)
        shown.field("own_questions", self.own_questions_edit.toPlainText)
        self.own_questions_edit.textChanged.connect(lambda: shown.touch("own_questions"))
        self.thanks_edit.textChanged.connect(lambda: shown.touch("thanks"))
        self.lessons_edit.textChanged.connect(lambda: shown.touch("lessons"))
        self.question_list.itemChanged.connect(lambda _item: shown.touch("questions"))
        self.agenda_editor.text_edited.connect(lambda: shown.touch("agenda"))

        assemble_row = QHBoxLayout()
        assemble_row.addWidget(self.assemble_button)
        assemble_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(intro)
        questions_label = field_label(translate("CheckinPrepare", "&Questions to ask"), self.question_list)
        questions_label.setObjectName("cardHeading")
        layout.addWidget(questions_label)
        layout.addWidget(self.question_list)
        layout.addWidget(field_label(translate("CheckinPrepare", "&Your own questions"),
                                     self.own_questions_edit))
        layout.addWidget(self.own_questions_edit)
        layout.addWidget(field_label(translate("CheckinPrepare", "&Things to thank your manager for"),
                                     self.thanks_edit))
        layout.addWidget(self.thanks_edit)
        layout.addWidget(field_label(translate("CheckinPrepare", "&Lessons learned"), self.lessons_edit))
        layout.addWidget(self.lessons_edit)
        layout.addSpacing(4)
        layout.addLayout(assemble_row)
        layout.addWidget(self.notice)
        agenda_label = field_label(translate("CheckinPrepare", "A&genda"), self.agenda_editor.text_edit)
        agenda_label.setObjectName("cardHeading")
        layout.addWidget(agenda_label)
        layout.addWidget(self.agenda_editor, 1)

    def _fill_questions(self) -> None:
        group = None
        for question in self._questions:
            if question.group != group:
                group = question.group
                heading = QListWidgetItem(question.group_label)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(self.question_list.font())
                font.setBold(True)
                heading.setFont(font)
                self.question_list.addItem(heading)
            item = QListWidgetItem(question.text)
            item.setData(KEY_ROLE, question.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.question_list.addItem(item)

    def _question_items(self) -> list[QListWidgetItem]:
        items = (self.question_list.item(row) for row in range(self.question_list.count()))
        return [item for item in items if item.data(KEY_ROLE)]

    # -- per check-in ----------------------------------------------------------------------

    def show_checkin(self, checkin: CheckIn | None) -> None:
        """Show a check-in as stored; it must already be the one shown (its earlier text saved).

        The same check-in again (read after a change made elsewhere) only changes the fields whose
        words differ, each keeping its caret; another one starts each field afresh.
        """
        same = checkin is not None and checkin.uuid == self.shown_uuid
        self.shown_uuid = checkin.uuid if checkin else None
        if not same:
            self.notice.dismiss()
        chosen = set(checkin.questions) if checkin else set()
        widgets = (self.question_list, self.own_questions_edit, self.thanks_edit, self.lessons_edit)
        blocked = [widget.blockSignals(True) for widget in widgets]  # loading is not editing
        try:
            for item in self._question_items():
                ticked = item.data(KEY_ROLE) in chosen
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
            _show_text(self.own_questions_edit, checkin.own_questions if checkin else "", same)
            _show_text(self.thanks_edit, checkin.thanks if checkin else "", same)
            _show_text(self.lessons_edit, checkin.lessons if checkin else "", same)
        finally:
            for widget, was in zip(widgets, blocked, strict=True):
                widget.blockSignals(was)
        agenda = checkin.agenda if checkin else ""
        if not same or self.agenda_editor.text() != agenda:
            self._show_agenda(agenda)
        self.setEnabled(checkin is not None)

    def _show_agenda(self, text: str) -> None:
        """Load the agenda and start reading it from the top, where it begins."""
        self.agenda_editor.set_text(text)
        self.agenda_editor.text_edit.moveCursor(QTextCursor.MoveOperation.Start)

    def ticked_questions(self) -> tuple[str, ...]:
        """The keys of the ticked questions, in the bank's order."""
        return tuple(
            str(item.data(KEY_ROLE)) for item in self._question_items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def tick_questions(self, keys: set[str]) -> None:
        """Tick exactly these questions (the keyboard does it with Space in the list)."""
        for item in self._question_items():
            on = item.data(KEY_ROLE) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    # -- assembling ------------------------------------------------------------------------

    def fresh_agenda(self, journal: Journal) -> str:
        checkin = self._shown.checkin
        assert checkin is not None
        plan = journal.plans.current_plan()
        goals = journal.plans.goals(plan.uuid) if plan else []
        last = last_held_before(checkin, journal.checkins.checkins())
        since = local_day(last.scheduled_at) if last else plan.start if plan else None
        ticked = set(self.ticked_questions())
        return assemble_agenda(
            when=checkin.scheduled_at,
            plan=plan,
            goals=goals,
            evidence=journal.plans.evidence(since=since),
            actions=journal.checkins.actions(),
            last_checkin=last,
            questions=[q for q in self._questions if q.key in ticked],
            thanks=self.thanks_edit.toPlainText(),
            lessons=self.lessons_edit.toPlainText(),
            own_questions=self.own_questions_edit.toPlainText(),
            reviews=journal.milestones.milestones(plan.uuid) if plan else (),
        )

    def assemble(self) -> None:
        """Fill the agenda; if the person has written in it, ask first (inline) and offer Undo."""
        checkin = self._shown.checkin
        if checkin is None:
            return
        agenda = self._journal.read(self.fresh_agenda, None)
        if agenda is None:  # the status line says why
            self.notice.tell(translate("CheckinPrepare", "Couldn't gather the agenda just now."), error=True)
            return
        current = self.agenda_editor.text()
        if current.strip() and current != self._assembled.get(checkin.uuid):
            self.notice.ask(
                translate("CheckinPrepare", "Your agenda has words of your own in it. Replace it with a "
                          "freshly assembled one?"),
                translate("CheckinPrepare", "Replace it"), lambda: self._replace(agenda, current),
                translate("CheckinPrepare", "Keep mine"), self.agenda_editor.focus_editor,
                yes_name=translate("CheckinPrepare", "Replace my agenda with the assembled one"),
                no_name=translate("CheckinPrepare", "Keep my agenda as it is"),
            )
            self.notice.accept_button.setFocus()
            return
        self._set_agenda(agenda)
        self.agenda_editor.focus_editor()

    def _replace(self, agenda: str, previous: str) -> None:
        self._set_agenda(agenda)
        self.notice.offer_undo(translate("CheckinPrepare", "Agenda replaced with a fresh one."),
                               lambda: self._undo_replace(previous),
                               name=translate("CheckinPrepare", "Undo: bring back my agenda"))
        self.notice.accept_button.setFocus()

    def _undo_replace(self, previous: str) -> None:
        self._set_agenda(previous, assembled=False)
        self.agenda_editor.focus_editor()

    def _set_agenda(self, text: str, assembled: bool = True) -> None:
        checkin = self._shown.checkin
        if checkin is None:
            return
        if assembled:
            self._assembled[checkin.uuid] = text
        self._show_agenda(text)
        self._shown.touch("agenda")
        self._shown.saver.flush()
