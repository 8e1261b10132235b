"""The Expectations stage's tool: the written plan, its goals, who agreed, and the evidence of progress.

Everything saves as the person types (debounced, and on flush): there is no Save button to forget.
Deletions can be undone from an inline bar, never a modal. After any save the tool tells the
journal that the plan changed, so the Today dashboard refreshes.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.plan_math import (
    days_until,
    default_milestones,
    is_overdue,
    next_milestone,
    overdue,
    plan_day,
    plan_end,
)
from app.domain.workbench import AgreementChannel, Alignment, Evidence, Goal, GoalStatus, Plan, PlanStatus
from app.store.errors import StoreError
from app.ui.evidence_dialog import (
    PLAN_IN_GENERAL,
    EvidenceDialog,
    TextBox,
    field_label,
    goal_title,
    make_date_edit,
    name_parts,
    pydate,
    qdate,
)
from app.ui.goal_editor import GoalEditor
from app.ui.journal_events import ObservedJournal
from app.ui.theme import current_palette

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 600
RETRY_DELAY_MS = 5000
LENGTH_CHOICES = (30, 60, 90)
MAX_PLAN_DAYS = 730
GOAL_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
LINE_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4
UUID_ROLE = Qt.ItemDataRole.UserRole + 5
ALL_EVIDENCE = "*"


# -- words -------------------------------------------------------------------------------------


def short_date(day: date, today: date | None = None) -> str:
    """'Thu 12 Mar', with the year only when it is not this year."""
    text = f"{day:%a} {day.day} {day:%b}"
    if today is None or day.year != today.year:
        text += f" {day.year}"
    return text


def relative_days(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    if days > 1:
        return f"in {days} days"
    return f"{-days} days ago"


def plan_next_milestone(goals: Sequence[Goal], today: date) -> date | None:
    """The nearest milestone of any goal that is not done yet."""
    upcoming = [next_milestone(goal.milestones, today) for goal in goals if goal.status != GoalStatus.DONE]
    days = [day for day in upcoming if day is not None]
    return min(days) if days else None


def plan_headline(plan: Plan, goals: Sequence[Goal], today: date) -> str:
    """'Day 12 of 90 · ends Thu 12 Mar · next milestone in 9 days', or what fits before and after."""
    end = plan_end(plan.start, plan.length_days)
    if plan.status != PlanStatus.ACTIVE:
        return f"{plan.status.label} · {short_date(plan.start, today)} to {short_date(end, today)}"
    where = plan_day(plan.start, plan.length_days, today)
    if where.before_start:
        parts = [f"Starts {relative_days(days_until(plan.start, today))}, {short_date(plan.start, today)}",
                 f"{plan.length_days} days", f"ends {short_date(end, today)}"]
    elif where.after_end:
        return f"All {where.total} days are behind you · the plan ended {short_date(end, today)}"
    else:
        parts = [f"Day {where.day} of {where.total}", f"ends {short_date(end, today)}"]
    upcoming = plan_next_milestone(goals, today)
    if upcoming is not None:
        parts.append(f"next milestone {relative_days(days_until(upcoming, today))}")
    return " · ".join(parts)


def plan_summary(plan: Plan, goals: Sequence[Goal], today: date) -> str:
    """Who is involved and how the goals stand, in one line under the headline."""
    parts = [f"{plan.status.label} plan"]
    if plan.manager.strip():
        parts.append(f"with {plan.manager.strip()}")
    if plan.stakeholders:
        parts.append("also " + ", ".join(plan.stakeholders))
    if goals:
        counts = [f"{sum(1 for g in goals if g.status == s)} {s.label.lower()}"
                  for s in (GoalStatus.DONE, GoalStatus.ON_TRACK, GoalStatus.AT_RISK)
                  if any(g.status == s for g in goals)]
        goal_word = "goal" if len(goals) == 1 else "goals"
        parts.append(f"{len(goals)} {goal_word}" + (f" ({', '.join(counts)})" if counts else ""))
        late = len(overdue(goals, today))
        if late:
            parts.append(f"{late} overdue")
    else:
        parts.append("no goals yet")
    return " · ".join(parts)


def goal_line(goal: Goal, today: date, wins: int = 0) -> str:
    """The line under a goal's title: where its dates stand, and how much evidence it has."""
    if goal.status == GoalStatus.DONE:
        text = "Done"
    elif is_overdue(goal, today):
        text = f"Overdue: the last milestone was {short_date(max(goal.milestones), today)}"
    else:
        upcoming = next_milestone(goal.milestones, today)
        if upcoming is None:
            text = "No milestone dates yet"
        else:
            when = relative_days(days_until(upcoming, today))
            text = f"Next milestone {short_date(upcoming, today)}, {when}"
    if wins:
        text += f" · {wins} {'win' if wins == 1 else 'wins'} logged"
    return text


def parse_people(text: str) -> tuple[str, ...]:
    """One name a line; blank lines and repeats dropped, the order kept."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        name = line.strip()
        if name:
            seen.setdefault(name, None)
    return tuple(seen)


def now_utc() -> datetime:
    return datetime.now(UTC)


# -- small widgets -----------------------------------------------------------------------------


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("cardHeading")
    label.setWordWrap(True)
    return label


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    return button


def _scrolling(content: QWidget) -> QScrollArea:
    """Each section scrolls on its own, so a long goal never pushes the header off screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content.setObjectName("pageBody")
    area.setWidget(content)
    return area


def _on_key(widget: QWidget, keys: QKeySequence | str, slot: Callable[[], object]) -> QShortcut:
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


class Columns(QWidget):
    """Two columns side by side when there is room, one above the other when there is not."""

    def __init__(self, left: QWidget, right: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(20)
        self._layout.addWidget(left, 2)
        self._layout.addWidget(right, 3)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * 84
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)


class WrappingRow(QWidget):
    """Buttons in a row that wraps onto more lines when the width runs out (large text, narrow window)."""

    SPACING = 8

    def __init__(self, widgets: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._lines_layout = QVBoxLayout(self)
        self._lines_layout.setContentsMargins(0, 0, 0, 0)
        self._lines_layout.setSpacing(6)
        self._packing: tuple[int, ...] = ()
        self._place((len(self._widgets),))

    def relayout(self) -> None:
        """Pack again, for when a widget was shown or hidden."""
        self._repack(self.width())

    def _pack(self, width: int) -> tuple[int, ...]:
        """How many widgets go on each line, filling lines greedily; hidden widgets take no room."""
        counts: list[int] = [0]
        used = 0
        for widget in self._widgets:
            hint = 0 if widget.isHidden() else widget.sizeHint().width()
            if counts[-1] and hint and used + self.SPACING + hint > width:
                counts.append(0)
                used = 0
            used += (self.SPACING if used and hint else 0) + hint
            counts[-1] += 1
        return tuple(counts)

    def _place(self, packing: tuple[int, ...]) -> None:
        while self._lines_layout.count():
            line = self._lines_layout.takeAt(0)
            inner = line.layout() if line is not None else None
            if inner is not None:
                while inner.count():
                    inner.takeAt(0)
                inner.deleteLater()
        widgets = iter(self._widgets)
        for count in packing:
            line_layout = QHBoxLayout()
            line_layout.setSpacing(self.SPACING)
            for _ in range(count):
                line_layout.addWidget(next(widgets))
            line_layout.addStretch(1)
            self._lines_layout.addLayout(line_layout)
        self._packing = packing
        self.updateGeometry()

    def _repack(self, width: int) -> None:
        packing = self._pack(width)
        if packing != self._packing:
            self._place(packing)

    def minimumSizeHint(self) -> QSize:
        widest = max((widget.minimumSizeHint().width() for widget in self._widgets), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._repack(event.size().width())
        super().resizeEvent(event)


class NoteDelegate(QStyledItemDelegate):
    """A record in a list: a small muted line (who or when) above its wrapped text."""

    PAD_X = 10
    PAD_Y = 8
    GAP = 3

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _width(self) -> int:
        return max(self._view.viewport().width() - 2 * self.PAD_X - 12, 60)

    @staticmethod
    def _parts(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        meta, _, text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return meta, text

    @staticmethod
    def _small(option: QStyleOptionViewItem) -> QFont:
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
        return small

    def _heights(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> tuple[int, int]:
        meta, text = self._parts(index)
        flags = int(Qt.TextFlag.TextWordWrap)
        box = QRect(0, 0, self._width(), 100_000)
        meta_h = QFontMetrics(self._small(option)).boundingRect(box, flags, meta).height()
        text_h = QFontMetrics(option.font).boundingRect(box, flags, text).height() if text else 0
        return meta_h, text_h

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        meta_h, text_h = self._heights(option, index)
        return QSize(self._width() + 2 * self.PAD_X, meta_h + self.GAP + text_h + 2 * self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        meta, text = self._parts(index)
        meta_h, text_h = self._heights(option, index)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(rect.adjusted(2, 1, -2, -1), 6, 6)
        left, top = rect.left() + self.PAD_X, rect.top() + self.PAD_Y
        painter.setFont(self._small(option))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(left, top, self._width(), meta_h), flags, meta)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(left, top + meta_h + self.GAP, self._width(), text_h), flags, text)
        painter.restore()


class GoalDelegate(QStyledItemDelegate):
    """A goal row: its title wrapped, a status chip, and the line about its dates."""

    PAD_X = 10
    PAD_Y = 8
    GAP = 4
    CHIP_PAD = 8

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _width(self) -> int:
        return max(self._view.viewport().width() - 2 * self.PAD_X - 12, 60)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
        return bold, small

    def _chip_width(self, option: QStyleOptionViewItem, label: str) -> int:
        _bold, small = self._fonts(option)
        return QFontMetrics(small).horizontalAdvance(label) + 2 * self.CHIP_PAD + 4

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                ) -> tuple[QRect, QRect, QRect]:
        """Title, chip and line rectangles relative to the row's top-left corner."""
        bold, small = self._fonts(option)
        width = self._width()
        status = GoalStatus(index.data(STATUS_ROLE) or GoalStatus.NOT_STARTED)
        chip_w = min(self._chip_width(option, status.label), width // 2)
        chip_h = QFontMetrics(small).height() + 4
        title_w = max(width - chip_w - 10, 40)
        flags = int(Qt.TextFlag.TextWordWrap)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title_h = QFontMetrics(bold).boundingRect(QRect(0, 0, title_w, 100_000), flags, title).height()
        line = str(index.data(LINE_ROLE) or "")
        line_h = QFontMetrics(small).boundingRect(QRect(0, 0, width, 100_000), flags, line).height()
        top = self.PAD_Y
        title_rect = QRect(self.PAD_X, top, title_w, max(title_h, chip_h))
        chip_rect = QRect(self.PAD_X + width - chip_w, top, chip_w, chip_h)
        line_rect = QRect(self.PAD_X, title_rect.bottom() + 1 + self.GAP, width, line_h)
        return title_rect, chip_rect, line_rect

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        _title, _chip, line = self._layout(option, index)
        return QSize(self._width() + 2 * self.PAD_X, line.bottom() + 1 + self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        colours = current_palette()
        bold, small = self._fonts(option)
        title_rect, chip_rect, line_rect = (r.translated(rect.topLeft()) for r in self._layout(option, index))
        status = GoalStatus(index.data(STATUS_ROLE) or GoalStatus.NOT_STARTED)
        late = bool(index.data(OVERDUE_ROLE))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(rect.adjusted(2, 1, -2, -1), 6, 6)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(title_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop),
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        chip_bg, chip_fg = {
            GoalStatus.NOT_STARTED: (colours.track, colours.text_soft),
            GoalStatus.ON_TRACK: (colours.accent_soft, colours.accent_text),
            GoalStatus.AT_RISK: (colours.danger_soft, colours.danger),
            GoalStatus.DONE: (colours.accent, colours.on_accent),
        }[status]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QColor(chip_fg) if selected else Qt.PenStyle.NoPen)  # stays a chip on the highlight
        painter.setBrush(QColor(chip_bg))
        painter.drawRoundedRect(chip_rect, chip_rect.height() / 2, chip_rect.height() / 2)
        painter.setFont(small)
        painter.setPen(QColor(chip_fg))
        label = QFontMetrics(small).elidedText(status.label, Qt.TextElideMode.ElideRight,
                                               chip_rect.width() - 2 * self.CHIP_PAD)
        painter.drawText(chip_rect, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.setPen(QColor(colours.danger) if late else palette.color(QPalette.ColorRole.PlaceholderText))
        if late:
            small.setWeight(QFont.Weight.DemiBold)
            painter.setFont(small)
        painter.drawText(line_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop),
                         str(index.data(LINE_ROLE) or ""))
        painter.restore()


# -- the plan's own fields ---------------------------------------------------------------------


class PlanForm(QWidget):
    """Start date, length, manager and other stakeholders (and, once created, the status).

    Signals: changed() — the person edited a field (not emitted by set_plan).
    """

    changed = Signal()

    def __init__(self, with_status: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.start_edit = make_date_edit("Plan start date", date.today())
        self.length_group = QButtonGroup(self)
        self.length_group.setExclusive(True)
        self.length_buttons: dict[int, QPushButton] = {}
        for days in (*LENGTH_CHOICES, 0):
            text = f"{days} days" if days else "Another length"
            button = QPushButton(text)
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setAccessibleName(f"Plan length: {text.lower()}")
            self.length_group.addButton(button, days)
            self.length_buttons[days] = button
        self.custom_days = QSpinBox()
        self.custom_days.setRange(1, MAX_PLAN_DAYS)
        self.custom_days.setValue(45)
        self.custom_days.setSuffix(" days")
        name_parts(self.custom_days, "Plan length in days")
        self.length_row = WrappingRow([*self.length_buttons.values(), self.custom_days])
        self.length_buttons[90].setChecked(True)
        self.custom_days.setVisible(False)
        length_label = QLabel("&Length")
        length_label.setBuddy(self.length_buttons[30])

        self.manager_edit = QLineEdit()
        self.manager_edit.setAccessibleName("Manager")
        self.manager_edit.setPlaceholderText("Who you agree the plan with")
        self.stakeholders_edit = TextBox("Other stakeholders, one a line",
                                         "HR, a mentor, a team lead… one a line", 3)
        self.status_combo: QComboBox | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(field_label("&Start date", self.start_edit))
        layout.addWidget(self.start_edit)
        layout.addSpacing(6)
        layout.addWidget(length_label)
        layout.addWidget(self.length_row)
        layout.addSpacing(6)
        layout.addWidget(field_label("&Manager", self.manager_edit))
        layout.addWidget(self.manager_edit)
        layout.addSpacing(6)
        layout.addWidget(field_label("&Other stakeholders (one a line)", self.stakeholders_edit))
        layout.addWidget(self.stakeholders_edit)
        if with_status:
            combo = QComboBox()
            name_parts(combo, "Plan status")
            for status in PlanStatus:
                combo.addItem(status.label, status.value)
            self.status_combo = combo
            layout.addSpacing(6)
            layout.addWidget(field_label("S&tatus", combo))
            layout.addWidget(combo)
            layout.addWidget(_muted("Completed means the plan ended well; Ended covers any other close, "
                                    "such as a new plan replacing this one."))
            combo.currentIndexChanged.connect(self._emit_changed)

        self.start_edit.dateChanged.connect(self._emit_changed)
        self.length_group.idToggled.connect(self._on_length_toggled)
        self.custom_days.valueChanged.connect(self._emit_changed)
        self.manager_edit.textEdited.connect(self._emit_changed)
        self.stakeholders_edit.textChanged.connect(self._emit_changed)

    def reset(self) -> None:
        self._loading = True
        try:
            self.start_edit.setDate(qdate(date.today()))
            self.length_buttons[90].setChecked(True)
            self.manager_edit.clear()
            self.stakeholders_edit.clear()
        finally:
            self._loading = False

    def set_plan(self, plan: Plan) -> None:
        self._loading = True
        try:
            self.start_edit.setDate(qdate(plan.start))
            self.set_length(plan.length_days)
            self.manager_edit.setText(plan.manager)
            if parse_people(self.stakeholders_edit.toPlainText()) != plan.stakeholders:
                self.stakeholders_edit.setPlainText("\n".join(plan.stakeholders))
            if self.status_combo is not None:
                self.status_combo.setCurrentIndex(self.status_combo.findData(plan.status.value))
        finally:
            self._loading = False

    def set_length(self, days: int) -> None:
        if days in LENGTH_CHOICES:
            self.length_buttons[days].setChecked(True)
        else:
            self.custom_days.setValue(days)
            self.length_buttons[0].setChecked(True)

    def start(self) -> date:
        return pydate(self.start_edit.date())

    def length_days(self) -> int:
        chosen = self.length_group.checkedId()
        return chosen if chosen in LENGTH_CHOICES else self.custom_days.value()

    def manager(self) -> str:
        return self.manager_edit.text().strip()

    def stakeholders(self) -> tuple[str, ...]:
        return parse_people(self.stakeholders_edit.toPlainText())

    def status(self) -> PlanStatus | None:
        return PlanStatus(self.status_combo.currentData()) if self.status_combo is not None else None

    def _on_length_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        custom = button_id not in LENGTH_CHOICES
        self.custom_days.setVisible(custom)
        self.length_row.relayout()
        if custom and not self._loading:
            self.custom_days.setFocus(Qt.FocusReason.OtherFocusReason)
            self.custom_days.selectAll()
        self._emit_changed()

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()


class AlignmentEditor(QWidget):
    """Who agreed, when, how and to what. Signals: edited()."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._alignment: Alignment | None = None
        self._loading = False
        self.who_edit = QLineEdit()
        self.who_edit.setAccessibleName("Who agreed")
        self.who_edit.setPlaceholderText("Your manager, HR, a stakeholder…")
        self.date_edit = make_date_edit("When they agreed", date.today())
        self.how_combo = QComboBox()
        name_parts(self.how_combo, "How they agreed")
        for channel in AgreementChannel:
            self.how_combo.addItem(channel.label, channel.value)
        self.about_edit = TextBox("What was agreed",
                                  "The whole plan, a new deadline for a goal, a changed measure…", 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for text, widget in (("&Who agreed", self.who_edit), ("Wh&en", self.date_edit),
                             ("&How", self.how_combo), ("What was &agreed", self.about_edit)):
            layout.addWidget(field_label(text, widget))
            layout.addWidget(widget)
            layout.addSpacing(6)
        layout.addStretch(1)
        self.who_edit.textEdited.connect(self._on_edit)
        self.date_edit.dateChanged.connect(self._on_edit)
        self.how_combo.currentIndexChanged.connect(self._on_edit)
        self.about_edit.textChanged.connect(self._on_edit)
        self.setEnabled(False)

    @property
    def current_uuid(self) -> str | None:
        return self._alignment.uuid if self._alignment else None

    def set_alignment(self, alignment: Alignment | None) -> None:
        self._alignment = alignment
        self._loading = True
        try:
            self.who_edit.setText(alignment.who if alignment else "")
            self.date_edit.setDate(qdate(alignment.agreed_on if alignment else date.today()))
            how = alignment.how if alignment else AgreementChannel.MEETING
            self.how_combo.setCurrentIndex(self.how_combo.findData(how.value))
            self.about_edit.setPlainText(alignment.about if alignment else "")
        finally:
            self._loading = False
        self.setEnabled(alignment is not None)

    def alignment(self) -> Alignment | None:
        if self._alignment is None:
            return None
        return replace(
            self._alignment,
            who=self.who_edit.text().strip(),
            agreed_on=pydate(self.date_edit.date()),
            how=AgreementChannel(self.how_combo.currentData()),
            about=self.about_edit.toPlainText(),
        )

    def _on_edit(self) -> None:
        if not self._loading and self._alignment is not None:
            self.edited.emit()


def alignment_text(alignment: Alignment, today: date) -> str:
    who = alignment.who or "Someone"
    about = alignment.about.strip().splitlines()[0] if alignment.about.strip() else "the plan"
    return f"{who} · {short_date(alignment.agreed_on, today)} · {alignment.how.label.lower()}\n{about}"


def evidence_text(evidence: Evidence, goal_names: dict[str, str], today: date) -> str:
    goal = goal_names.get(evidence.goal_uuid or "", PLAN_IN_GENERAL)
    origin = " · from your journal" if evidence.entry_uuid else ""
    return f"{short_date(evidence.happened_on, today)} · {goal}{origin}\n{evidence.text}"


# -- the tool ----------------------------------------------------------------------------------


class PlanTool(QWidget):
    """The 30/60/90 plan: create it, then keep its goals, agreements and evidence.

    Signals: saved() — something reached the journal (after `journal.changed("plan")`);
    save_failed(str) — a save failed; the text stays on screen and the tool keeps trying.
    """

    saved = Signal()
    save_failed = Signal(str)

    def __init__(self, journal: ObservedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._plan: Plan | None = None
        self._goals: list[Goal] = []
        self._alignments: list[Alignment] = []
        self._evidence: list[Evidence] = []  # this plan's, newest first
        self._dirty: set[str] = set()
        self._undo: Callable[[], None] | None = None
        self._announcing = False
        self._stale = False
        self.evidence_dialog: EvidenceDialog | None = None

        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)

        self.stack = QStackedWidget()
        self.create_view = self._build_create_view()
        self.plan_view = self._build_plan_view()
        self.stack.addWidget(self.create_view)
        self.stack.addWidget(self.plan_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumHeight(360)

        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        journal.workbench_changed.connect(self._on_workbench_changed)
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build_create_view(self) -> QWidget:
        content = QWidget()
        heading = QLabel("Write down the plan you agreed on")
        heading.setObjectName("promptText")
        heading.setWordWrap(True)
        intro = QLabel(
            "A plan on paper keeps you and your manager looking at the same picture of success. "
            "Start with its dates and the people involved; then add each goal, how it will be "
            "measured and when, who agreed to it, and the wins that show your progress."
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.create_form = PlanForm(with_status=False)
        self.replace_note = _muted("Your current plan will be marked as ended. It stays in your journal.")
        self.create_button = _button("Create the plan", "Create the plan")
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.create_plan)
        self.cancel_new_button = _button("Back to the current plan", "Back to the current plan")
        self.cancel_new_button.clicked.connect(self._cancel_new_plan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_new_button)
        buttons.addStretch(1)
        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        card_layout.setSpacing(10)
        card_layout.addWidget(heading)
        card_layout.addWidget(intro)
        card_layout.addSpacing(6)
        card_layout.addWidget(self.create_form)
        card_layout.addSpacing(6)
        card_layout.addWidget(self.replace_note)
        card_layout.addLayout(buttons)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)
        return _scrolling(content)

    def _build_plan_view(self) -> QWidget:
        view = QWidget()
        self.headline_label = QLabel()
        self.headline_label.setObjectName("promptText")
        self.headline_label.setWordWrap(True)
        self.headline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = _muted("")
        self.day_bar = QProgressBar()
        self.day_bar.setTextVisible(False)
        self.day_bar.setAccessibleName("Days of the plan so far")
        header = QFrame()
        header.setObjectName("card")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(20, 14, 20, 14)
        header_layout.setSpacing(6)
        header_layout.addWidget(self.headline_label)
        header_layout.addWidget(self.day_bar)
        header_layout.addWidget(self.summary_label)

        self.section_group = QButtonGroup(self)
        self.section_group.setExclusive(True)
        self.section_buttons: dict[str, QPushButton] = {}
        self.sections = QStackedWidget()
        for key, text, builder in (
            ("goals", "Goals", self._build_goals_section),
            ("alignment", "Who agreed", self._build_alignment_section),
            ("evidence", "Evidence", self._build_evidence_section),
            ("details", "Plan details", self._build_details_section),
        ):
            button = QPushButton(text)
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setAccessibleName(f"Show {text.lower()}")
            button.clicked.connect(lambda _=False, k=key: self.show_section(k))
            self.section_group.addButton(button)
            self.section_buttons[key] = button
            self.sections.addWidget(_scrolling(builder()))
        sections_row = WrappingRow(list(self.section_buttons.values()))
        self.section_keys = list(self.section_buttons)

        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        self.status_label.setAccessibleName("Save status")
        self.status_label.setWordWrap(True)
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_button = _button("Undo", "Undo the deletion", "Bring it back (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo)
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("banner")
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(12, 6, 8, 6)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addWidget(sections_row)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.status_label)
        self.show_section("goals")
        return view

    def _build_goals_section(self) -> QWidget:
        content = QWidget()
        self.new_goal_edit = QLineEdit()
        self.new_goal_edit.setAccessibleName("New goal title")
        self.new_goal_edit.setPlaceholderText("Name a goal: “Answer support tickets within a day”")
        self.new_goal_edit.returnPressed.connect(self.add_goal)
        self.add_goal_button = _button("Add goal", "Add goal",
                                       "Add it, with milestones at 30, 60 and 90 days")
        self.add_goal_button.setObjectName("primary")
        self.add_goal_button.clicked.connect(self.add_goal)
        self.new_goal_edit.textChanged.connect(
            lambda text: self.add_goal_button.setEnabled(bool(text.strip())))
        self.add_goal_button.setEnabled(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_goal_edit, 1)
        add_row.addWidget(self.add_goal_button)

        self.goal_list = QListWidget()
        self.goal_list.setAccessibleName("Goals, in order")
        self.goal_list.setItemDelegate(GoalDelegate(self.goal_list))
        self.goal_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.goal_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.goal_list.setMinimumHeight(150)
        self.goal_list.currentRowChanged.connect(self._on_goal_row)
        self.move_up_button = _button("Move up", "Move goal up", "Move the goal up (Alt+Up)")
        self.move_down_button = _button("Move down", "Move goal down", "Move the goal down (Alt+Down)")
        self.delete_goal_button = _button("Delete", "Delete goal", "Delete it; you can undo that (Delete)")
        self.move_up_button.clicked.connect(lambda: self.move_goal(-1))
        self.move_down_button.clicked.connect(lambda: self.move_goal(1))
        self.delete_goal_button.clicked.connect(self.delete_goal)
        _on_key(self.goal_list, "Alt+Up", lambda: self.move_goal(-1))
        _on_key(self.goal_list, "Alt+Down", lambda: self.move_goal(1))
        _on_key(self.goal_list, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_goal)
        goal_buttons = QHBoxLayout()
        goal_buttons.setSpacing(6)
        goal_buttons.addWidget(self.move_up_button)
        goal_buttons.addWidget(self.move_down_button)
        goal_buttons.addStretch(1)
        goal_buttons.addWidget(self.delete_goal_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.goal_list, 1)
        left_layout.addLayout(goal_buttons)

        self.goal_editor = GoalEditor()
        self.goal_editor.edited.connect(self._on_goal_edited)
        self.goal_hint = QLabel()
        self.goal_hint.setObjectName("intro")
        self.goal_hint.setWordWrap(True)
        self.goal_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.goal_stack = QStackedWidget()
        self.goal_stack.addWidget(self.goal_hint)
        self.goal_stack.addWidget(self.goal_editor)
        self.goal_columns = Columns(left, self.goal_stack)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 14, 0)
        layout.setSpacing(12)
        layout.addLayout(add_row)
        layout.addWidget(self.goal_columns, 1)
        return content

    def _build_alignment_section(self) -> QWidget:
        content = QWidget()
        intro = _muted(
            "Note each time you and someone else settle on the plan or a change to it: who, when, "
            "how, and what. When memories differ later, you have the record."
        )
        self.record_button = _button("Record an agreement", "Record an agreement")
        self.record_button.clicked.connect(self.add_alignment)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch(1)
        self.alignment_list = QListWidget()
        self.alignment_list.setAccessibleName("Agreements, oldest first")
        self.alignment_list.setItemDelegate(NoteDelegate(self.alignment_list))
        self.alignment_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.alignment_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.alignment_list.setMinimumHeight(150)
        self.alignment_list.currentRowChanged.connect(self._on_alignment_row)
        self.delete_alignment_button = _button("Delete", "Delete agreement",
                                               "Delete this record; you can undo it (Delete)")
        self.delete_alignment_button.clicked.connect(self.delete_alignment)
        _on_key(self.alignment_list, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_alignment)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.alignment_list, 1)
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_alignment_button)
        left_layout.addLayout(delete_row)
        self.alignment_editor = AlignmentEditor()
        self.alignment_editor.edited.connect(self._on_alignment_edited)
        self.alignment_hint = QLabel("No agreements recorded yet. After you go through the plan with your "
                                     "manager, record it here.")
        self.alignment_hint.setObjectName("intro")
        self.alignment_hint.setWordWrap(True)
        self.alignment_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.alignment_stack = QStackedWidget()
        self.alignment_stack.addWidget(self.alignment_hint)
        self.alignment_stack.addWidget(self.alignment_editor)
        self.alignment_columns = Columns(left, self.alignment_stack)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 14, 0)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.alignment_columns, 1)
        return content

    def _build_evidence_section(self) -> QWidget:
        content = QWidget()
        intro = _muted(
            "Your brag log: each win and step forward, with its date and the goal it serves. "
            "It is easy to forget progress under pressure; here it is written down for your check-ins."
        )
        self.evidence_filter = QComboBox()
        name_parts(self.evidence_filter, "Show evidence for")
        self.evidence_filter.currentIndexChanged.connect(self._fill_evidence_list)
        self.add_evidence_button = _button("Add a win…", "Add a win to the log")
        self.add_evidence_button.setObjectName("primary")
        self.add_evidence_button.clicked.connect(self.add_evidence)
        row = QHBoxLayout()
        row.addWidget(field_label("Sho&w", self.evidence_filter))
        row.addWidget(self.evidence_filter, 1)
        row.addSpacing(12)
        row.addWidget(self.add_evidence_button)
        self.evidence_list = QListWidget()
        self.evidence_list.setAccessibleName("Evidence, newest first")
        self.evidence_list.setItemDelegate(NoteDelegate(self.evidence_list))
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.evidence_list.setMinimumHeight(180)
        self.evidence_list.itemActivated.connect(lambda _item: self.edit_evidence())
        self.evidence_list.currentRowChanged.connect(lambda _row: self._update_evidence_buttons())
        _on_key(self.evidence_list, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_evidence)
        self.evidence_empty = QLabel()
        self.evidence_empty.setObjectName("intro")
        self.evidence_empty.setWordWrap(True)
        self.edit_evidence_button = _button("Change…", "Change this win", "Change the selected win (Enter)")
        self.edit_evidence_button.clicked.connect(self.edit_evidence)
        self.delete_evidence_button = _button("Delete", "Delete this win",
                                              "Delete the selected win; you can undo it (Delete)")
        self.delete_evidence_button.clicked.connect(self.delete_evidence)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_evidence_button)
        buttons.addWidget(self.delete_evidence_button)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 14, 0)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.evidence_empty)
        layout.addWidget(self.evidence_list, 1)
        layout.addLayout(buttons)
        return content

    def _build_details_section(self) -> QWidget:
        content = QWidget()
        self.details_form = PlanForm(with_status=True)
        self.details_form.changed.connect(self._on_details_edited)
        self.new_plan_button = _button("Start a new plan…", "Start a new plan")
        self.new_plan_button.clicked.connect(self.start_new_plan)
        row = QHBoxLayout()
        row.addWidget(self.new_plan_button)
        row.addStretch(1)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 14, 0)
        layout.setSpacing(10)
        layout.addWidget(_muted("Changes here save as you make them. Moving the start date does not "
                                "move your goals' milestone dates; change those on each goal."))
        layout.addWidget(self.details_form)
        layout.addSpacing(10)
        layout.addWidget(_heading("A new plan"))
        layout.addWidget(_muted("If the plan was extended or replaced, start a new one. This plan, its "
                                "goals and its evidence stay in your journal."))
        layout.addLayout(row)
        layout.addStretch(1)
        return content

    # -- public ----------------------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        return self._plan

    @property
    def goals(self) -> list[Goal]:
        return list(self._goals)

    @property
    def alignments(self) -> list[Alignment]:
        return list(self._alignments)

    @property
    def evidence(self) -> list[Evidence]:
        return list(self._evidence)

    @property
    def current_section(self) -> str:
        return self.section_keys[self.sections.currentIndex()]

    def refresh(self) -> None:
        """Reload from the journal, keeping the selections and whatever is being edited."""
        if not self.flush():
            return
        self._stale = False
        try:
            plan = self._journal.plans.current_plan()
            goals = self._journal.plans.goals(plan.uuid) if plan else []
            alignments = self._journal.plans.alignments(plan.uuid) if plan else []
            evidence = self._journal.plans.evidence() if plan else []
        except StoreError as error:
            self._show_problem(f"Couldn't read the plan: {error}")
            return
        self._plan = plan
        if plan is None:
            self.create_form.reset()
            self.cancel_new_button.hide()
            self.replace_note.hide()
            self.stack.setCurrentWidget(self.create_view)
            return
        self._goals = goals
        self._alignments = alignments
        self._evidence = self._plan_evidence(evidence)
        self._sort_evidence()
        self.details_form.set_plan(plan)
        self._fill_goal_list(self.goal_editor.current_uuid)
        self._fill_alignment_list(self.alignment_editor.current_uuid)
        self._fill_evidence_filter()
        self._fill_evidence_list()
        self._update_header()
        self.stack.setCurrentWidget(self.plan_view)

    def flush(self) -> bool:
        """Save pending edits now. Returns False only when saving failed (the edits stay)."""
        self._timer.stop()
        if not self._dirty:
            return True
        saved_any = False
        try:
            if "details" in self._dirty:
                self._save_details()
                self._dirty.discard("details")
                saved_any = True
            if "goal" in self._dirty:
                self._save_current_goal()
                self._dirty.discard("goal")
                saved_any = True
            if "alignment" in self._dirty:
                self._save_current_alignment()
                self._dirty.discard("alignment")
                saved_any = True
        except StoreError as error:
            log.warning("plan autosave failed: %s", type(error).__name__)
            self._retry.start()
            self.status_label.setProperty("state", "error")
            self.status_label.setText(
                f"Not saved yet: {error} Your changes are safe in this window; Trustbridge keeps trying."
            )
            self._repolish(self.status_label)
            self.save_failed.emit(str(error))
            return False
        finally:
            if saved_any:
                self._announce()
        self._retry.stop()
        self._set_status("saved", "Saved")
        return True

    def focus_first(self) -> None:
        if self.stack.currentWidget() is self.create_view:
            self.create_form.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.current_section == "goals":
            target = self.goal_list if self._goals else self.new_goal_edit
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.section_buttons[self.current_section].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_section(self, key: str) -> None:
        self.section_buttons[key].setChecked(True)
        self.sections.setCurrentIndex(self.section_keys.index(key))

    # -- the plan itself -------------------------------------------------------------------

    def create_plan(self) -> None:
        form = self.create_form
        now = now_utc()
        plan = Plan(
            uuid=str(uuid.uuid4()),
            start=form.start(),
            length_days=form.length_days(),
            manager=form.manager(),
            stakeholders=form.stakeholders(),
            status=PlanStatus.ACTIVE,
            created_at=now,
            updated_at=now,
        )
        if not self.flush():
            return
        try:
            previous = self._plan
            if previous is not None and previous.status == PlanStatus.ACTIVE:
                self._journal.plans.save_plan(replace(previous, status=PlanStatus.ENDED))
            self._journal.plans.save_plan(plan)
        except StoreError as error:
            self._show_problem(f"Couldn't create the plan: {error}")
            return
        self._announce()
        self._clear_undo()
        self.goal_editor.set_goal(None)
        self.alignment_editor.set_alignment(None)
        self.refresh()
        self.show_section("goals")
        self.new_goal_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_new_plan(self) -> None:
        if not self.flush():
            return
        self.create_form.reset()
        active = self._plan is not None and self._plan.status == PlanStatus.ACTIVE
        self.replace_note.setVisible(active)
        self.cancel_new_button.setVisible(self._plan is not None)
        self.stack.setCurrentWidget(self.create_view)
        self.create_form.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_new_plan(self) -> None:
        self.stack.setCurrentWidget(self.plan_view)
        self.new_plan_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_details_edited(self) -> None:
        self._touch("details")
        self._update_header()

    def _save_details(self) -> None:
        if self._plan is None:
            return
        form = self.details_form
        plan = replace(self._plan, start=form.start(), length_days=form.length_days(), manager=form.manager(),
                       stakeholders=form.stakeholders(), status=form.status() or self._plan.status)
        self._plan = self._journal.plans.save_plan(plan)

    # -- goals -----------------------------------------------------------------------------

    def add_goal(self) -> None:
        title = self.new_goal_edit.text().strip()
        if self._plan is None or not title:
            self.new_goal_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.flush():
            return
        now = now_utc()
        goal = Goal(
            uuid=str(uuid.uuid4()),
            plan_uuid=self._plan.uuid,
            title=title,
            success="",
            measure="",
            milestones=default_milestones(self._plan.start, self._plan.length_days),
            status=GoalStatus.NOT_STARTED,
            notes="",
            position=max((g.position for g in self._goals), default=-1) + 1,
            created_at=now,
            updated_at=now,
        )
        try:
            saved = self._journal.plans.save_goal(goal)
        except StoreError as error:
            self._show_problem(f"Couldn't add the goal: {error}")
            return
        self._announce()
        self._goals.append(saved)
        self.new_goal_edit.clear()
        self._fill_goal_list(saved.uuid)
        self._fill_evidence_filter()
        self._update_header()
        self.goal_editor.success_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_goal(self, uuid_: str) -> None:
        for row, goal in enumerate(self._goals):
            if goal.uuid == uuid_:
                self.goal_list.setCurrentRow(row)

    def move_goal(self, step: int) -> None:
        row = self.goal_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._goals) or not self.flush():
            return
        order = list(self._goals)
        order[row], order[target] = order[target], order[row]
        try:
            self._save_order(order)
        except StoreError as error:
            self._show_problem(f"Couldn't move the goal: {error}")
            return
        self._fill_goal_list(order[target].uuid)
        self._fill_evidence_filter()

    def _save_order(self, order: list[Goal]) -> None:
        """Number the goals 0..n-1 in this order, saving only those whose number changed."""
        changed = False
        for position, goal in enumerate(order):
            if goal.position != position:
                order[position] = self._journal.plans.save_goal(replace(goal, position=position))
                if goal.uuid == self.goal_editor.current_uuid:
                    self.goal_editor.set_position(position)
                changed = True
        self._goals = order
        if changed:
            self._announce()

    def delete_goal(self) -> None:
        row = self.goal_list.currentRow()
        if row < 0 or not self.flush():
            return
        goal = self._goals[row]
        linked = [e for e in self._evidence if e.goal_uuid == goal.uuid]
        try:
            self._journal.plans.delete_goal(goal.uuid)
        except StoreError as error:
            self._show_problem(f"Couldn't delete the goal: {error}")
            return
        self._goals.pop(row)
        self._evidence = [replace(e, goal_uuid=None) if e.goal_uuid == goal.uuid else e
                          for e in self._evidence]
        self._announce()
        self.goal_editor.set_goal(None)
        remaining = self._goals[min(row, len(self._goals) - 1)].uuid if self._goals else None
        self._fill_goal_list(remaining)
        self._fill_evidence_filter()
        self._fill_evidence_list()
        self._update_header()

        def restore() -> None:
            order = list(self._goals)
            order.insert(min(row, len(order)), self._journal.plans.save_goal(goal))
            for item in linked:
                self._journal.plans.save_evidence(item)
            self._save_order(order)
            by_uuid = {item.uuid: item for item in linked}
            self._evidence = [by_uuid.get(e.uuid, e) for e in self._evidence]
            self._fill_goal_list(goal.uuid)
            self._fill_evidence_filter()
            self._fill_evidence_list()
            self.goal_list.setFocus(Qt.FocusReason.OtherFocusReason)

        self._offer_undo(f"Goal “{goal_title(goal)}” deleted.", restore)
        self.goal_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_goal_row(self, row: int) -> None:
        goal = self._goals[row] if 0 <= row < len(self._goals) else None
        if goal is not None and goal.uuid == self.goal_editor.current_uuid:
            return
        if not self.flush():  # stay with the unsaved goal
            self._select_row_quietly(self.goal_list, self._row_of(self.goal_editor.current_uuid))
            return
        self._show_goal(goal)
        self._update_goal_buttons()

    def _show_goal(self, goal: Goal | None) -> None:
        default_next = plan_end(self._plan.start, self._plan.length_days) if self._plan else date.today()
        self.goal_editor.set_goal(goal, default_next)
        self.goal_stack.setCurrentWidget(self.goal_editor if goal else self.goal_hint)

    def _on_goal_edited(self) -> None:
        goal = self.goal_editor.goal()
        if goal is None:
            return
        self._touch("goal")
        row = self._row_of(goal.uuid)
        if row >= 0:
            self._goals[row] = goal
            self._paint_goal_item(row)
        self._update_header()

    def _save_current_goal(self) -> None:
        goal = self.goal_editor.goal()
        if goal is None:
            return
        saved = self._journal.plans.save_goal(goal)
        self.goal_editor.accept_saved(saved)
        row = self._row_of(saved.uuid)
        if row >= 0:
            self._goals[row] = saved
        self._fill_evidence_filter()

    def _row_of(self, uuid_: str | None) -> int:
        return next((row for row, goal in enumerate(self._goals) if goal.uuid == uuid_), -1)

    def _fill_goal_list(self, select: str | None) -> None:
        blocked = self.goal_list.blockSignals(True)
        try:
            self.goal_list.clear()
            for row in range(len(self._goals)):
                self.goal_list.addItem(QListWidgetItem())
                self._paint_goal_item(row)
        finally:
            self.goal_list.blockSignals(blocked)
        row = self._row_of(select)
        if row < 0 and self._goals:
            row = 0
        self._select_row_quietly(self.goal_list, row)
        goal = self._goals[row] if row >= 0 else None
        shown = self.goal_editor.goal()
        if goal is None or shown is None or shown.uuid != goal.uuid or not _same_goal(shown, goal):
            self._show_goal(goal)
        self.goal_hint.setText(
            "Select a goal to see and change it." if self._goals else
            "No goals yet. Add the first thing your manager expects to see, in a few words. You can "
            "then say what success looks like, how it will be measured, and by when."
        )
        self.goal_stack.setCurrentWidget(self.goal_editor if goal else self.goal_hint)
        self.section_buttons["goals"].setText(f"Goals ({len(self._goals)})" if self._goals else "Goals")
        self._update_goal_buttons()

    def _paint_goal_item(self, row: int) -> None:
        goal = self._goals[row]
        item = self.goal_list.item(row)
        if item is None:
            return
        today = date.today()
        wins = sum(1 for e in self._evidence if e.goal_uuid == goal.uuid)
        line = goal_line(goal, today, wins)
        late = is_overdue(goal, today)
        item.setText(goal_title(goal))
        item.setData(GOAL_ROLE, goal.uuid)
        item.setData(STATUS_ROLE, goal.status.value)
        item.setData(LINE_ROLE, line)
        item.setData(OVERDUE_ROLE, late)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     f"Goal {row + 1}: {goal_title(goal)}. {goal.status.label}. {line}.")
        item.setToolTip(line)

    def _update_goal_buttons(self) -> None:
        row = self.goal_list.currentRow()
        self.move_up_button.setEnabled(row > 0)
        self.move_down_button.setEnabled(0 <= row < len(self._goals) - 1)
        self.delete_goal_button.setEnabled(row >= 0)

    # -- alignment -------------------------------------------------------------------------

    def add_alignment(self) -> None:
        if self._plan is None or not self.flush():
            return
        first = not self._alignments
        record = Alignment(
            uuid=str(uuid.uuid4()),
            plan_uuid=self._plan.uuid,
            who=self._plan.manager,
            agreed_on=date.today(),
            how=AgreementChannel.MEETING,
            about="The plan and its goals" if first else "",
            created_at=now_utc(),
        )
        try:
            saved = self._journal.plans.save_alignment(record)
        except StoreError as error:
            self._show_problem(f"Couldn't record the agreement: {error}")
            return
        self._announce()
        self._alignments.append(saved)
        self._fill_alignment_list(saved.uuid)
        target = self.alignment_editor.who_edit if not saved.who else self.alignment_editor.about_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_alignment(self) -> None:
        row = self.alignment_list.currentRow()
        if row < 0 or not self.flush():
            return
        record = self._alignments[row]
        try:
            self._journal.plans.delete_alignment(record.uuid)
        except StoreError as error:
            self._show_problem(f"Couldn't delete the agreement: {error}")
            return
        self._alignments.pop(row)
        self._announce()
        self.alignment_editor.set_alignment(None)
        remaining = self._alignments[min(row, len(self._alignments) - 1)].uuid if self._alignments else None
        self._fill_alignment_list(remaining)

        def restore() -> None:
            saved = self._journal.plans.save_alignment(record)
            self._alignments.append(saved)
            self._fill_alignment_list(saved.uuid)
            self.alignment_list.setFocus(Qt.FocusReason.OtherFocusReason)

        who = record.who or "someone"
        self._offer_undo(f"Agreement with {who} deleted.", restore)
        self.alignment_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_alignment_row(self, row: int) -> None:
        record = self._alignments[row] if 0 <= row < len(self._alignments) else None
        if record is not None and record.uuid == self.alignment_editor.current_uuid:
            return
        if not self.flush():
            current = self.alignment_editor.current_uuid
            rows = [r for r, a in enumerate(self._alignments) if a.uuid == current]
            self._select_row_quietly(self.alignment_list, rows[0] if rows else -1)
            return
        self.alignment_editor.set_alignment(record)
        self.alignment_stack.setCurrentWidget(self.alignment_editor if record else self.alignment_hint)
        self.delete_alignment_button.setEnabled(record is not None)

    def _on_alignment_edited(self) -> None:
        record = self.alignment_editor.alignment()
        if record is None:
            return
        self._touch("alignment")
        for row, existing in enumerate(self._alignments):
            if existing.uuid == record.uuid:
                self._alignments[row] = record
                item = self.alignment_list.item(row)
                if item is not None:
                    self._paint_alignment_item(item, record)

    def _save_current_alignment(self) -> None:
        record = self.alignment_editor.alignment()
        if record is None:
            return
        saved = self._journal.plans.save_alignment(record)
        self._alignments = [saved if a.uuid == saved.uuid else a for a in self._alignments]

    def _fill_alignment_list(self, select: str | None) -> None:
        self._alignments.sort(key=lambda a: (a.agreed_on, a.created_at))
        blocked = self.alignment_list.blockSignals(True)
        try:
            self.alignment_list.clear()
            for record in self._alignments:
                item = QListWidgetItem()
                self.alignment_list.addItem(item)
                self._paint_alignment_item(item, record)
        finally:
            self.alignment_list.blockSignals(blocked)
        row = next((r for r, a in enumerate(self._alignments) if a.uuid == select), -1)
        if row < 0 and self._alignments:
            row = len(self._alignments) - 1
        self._select_row_quietly(self.alignment_list, row)
        chosen = self._alignments[row] if row >= 0 else None
        shown = self.alignment_editor.alignment()
        if chosen is None or shown is None or shown != chosen:
            self.alignment_editor.set_alignment(chosen)
        self.alignment_stack.setCurrentWidget(self.alignment_editor if chosen else self.alignment_hint)
        self.delete_alignment_button.setEnabled(chosen is not None)
        count = len(self._alignments)
        self.section_buttons["alignment"].setText(f"Who agreed ({count})" if count else "Who agreed")

    def _paint_alignment_item(self, item: QListWidgetItem, record: Alignment) -> None:
        text = alignment_text(record, date.today())
        item.setText(text)
        item.setData(UUID_ROLE, record.uuid)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ": "))

    # -- evidence --------------------------------------------------------------------------

    def add_evidence(self) -> None:
        if self._plan is None or not self.flush():
            return
        chosen = self.evidence_filter.currentData()
        goal_uuid = chosen if isinstance(chosen, str) and chosen not in (ALL_EVIDENCE, "") else None
        self._open_evidence_dialog(EvidenceDialog(self, self._goals, goal_uuid=goal_uuid))

    def edit_evidence(self) -> None:
        item = self.evidence_list.currentItem()
        if item is None:
            return
        evidence = next((e for e in self._evidence if e.uuid == item.data(UUID_ROLE)), None)
        if evidence is not None:
            self._open_evidence_dialog(EvidenceDialog(self, self._goals, existing=evidence))

    def _open_evidence_dialog(self, dialog: EvidenceDialog) -> None:
        """Window-modal but not blocking: the rest of the app keeps running while it is open."""
        if self.evidence_dialog is not None:
            self.evidence_dialog.raise_()
            return
        self.evidence_dialog = dialog
        dialog.accepted.connect(lambda: self._save_evidence(dialog))
        dialog.finished.connect(lambda _code: self._evidence_dialog_closed(dialog))
        dialog.open()

    def _evidence_dialog_closed(self, dialog: EvidenceDialog) -> None:
        if self.evidence_dialog is dialog:
            self.evidence_dialog = None
        dialog.deleteLater()
        self.evidence_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_evidence(self, dialog: EvidenceDialog) -> None:
        evidence = dialog.evidence()
        if evidence is None:
            return
        try:
            saved = self._journal.plans.save_evidence(evidence)
        except StoreError as error:
            self._show_problem(f"Couldn't save the win: {error}")
            return
        self._announce()
        self._evidence = [e for e in self._evidence if e.uuid != saved.uuid] + [saved]
        self._sort_evidence()
        shown = self.evidence_filter.currentData()
        if shown not in (ALL_EVIDENCE, saved.goal_uuid or ""):
            self.evidence_filter.setCurrentIndex(0)  # show the new win, whatever the filter was
        self._fill_evidence_list(select=saved.uuid)
        self._fill_goal_list(self.goal_editor.current_uuid)

    def delete_evidence(self) -> None:
        item = self.evidence_list.currentItem()
        if item is None:
            return
        evidence = next((e for e in self._evidence if e.uuid == item.data(UUID_ROLE)), None)
        if evidence is None:
            return
        row = self.evidence_list.currentRow()
        try:
            self._journal.plans.delete_evidence(evidence.uuid)
        except StoreError as error:
            self._show_problem(f"Couldn't delete the win: {error}")
            return
        self._announce()
        self._evidence = [e for e in self._evidence if e.uuid != evidence.uuid]
        self._fill_evidence_list()
        if self.evidence_list.count():
            self.evidence_list.setCurrentRow(min(row, self.evidence_list.count() - 1))
        self._fill_goal_list(self.goal_editor.current_uuid)

        def restore() -> None:
            goal_uuid = evidence.goal_uuid if self._row_of(evidence.goal_uuid) >= 0 else None
            saved = self._journal.plans.save_evidence(replace(evidence, goal_uuid=goal_uuid))
            self._evidence.append(saved)
            self._sort_evidence()
            self._fill_evidence_list(select=saved.uuid)
            self._fill_goal_list(self.goal_editor.current_uuid)
            self.evidence_list.setFocus(Qt.FocusReason.OtherFocusReason)

        self._offer_undo("Win deleted from the log.", restore)
        self.evidence_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _plan_evidence(self, everything: list[Evidence]) -> list[Evidence]:
        """This plan's evidence: linked to one of its goals, or general and dated since it began.

        Evidence carries no plan of its own, so general wins are placed by their date.
        """
        ours = {goal.uuid for goal in self._goals}
        start = self._plan.start if self._plan else date.min
        return [e for e in everything
                if e.goal_uuid in ours or (e.goal_uuid is None and e.happened_on >= start)]

    def _sort_evidence(self) -> None:
        self._evidence.sort(key=lambda e: (e.happened_on, e.created_at), reverse=True)

    def _fill_evidence_filter(self) -> None:
        chosen = self.evidence_filter.currentData()
        blocked = self.evidence_filter.blockSignals(True)
        try:
            self.evidence_filter.clear()
            self.evidence_filter.addItem("All wins", ALL_EVIDENCE)
            self.evidence_filter.addItem(PLAN_IN_GENERAL, "")
            for goal in self._goals:
                self.evidence_filter.addItem(goal_title(goal), goal.uuid)
            index = self.evidence_filter.findData(chosen)
            self.evidence_filter.setCurrentIndex(max(index, 0))
        finally:
            self.evidence_filter.blockSignals(blocked)
        if self.evidence_filter.currentData() != chosen:
            self._fill_evidence_list()

    def _fill_evidence_list(self, _index: int = 0, select: str | None = None) -> None:
        chosen = self.evidence_filter.currentData()
        if chosen is None or chosen == ALL_EVIDENCE:
            shown = self._evidence
        else:
            shown = [e for e in self._evidence if (e.goal_uuid or "") == chosen]
        current = self.evidence_list.currentItem()
        keep = select or (current.data(UUID_ROLE) if current is not None else None)
        names = {goal.uuid: goal_title(goal) for goal in self._goals}
        today = date.today()
        self.evidence_list.clear()
        for evidence in shown:
            text = evidence_text(evidence, names, today)
            item = QListWidgetItem(text)
            item.setData(UUID_ROLE, evidence.uuid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ": "))
            item.setToolTip(evidence.text[:400])
            self.evidence_list.addItem(item)
            if evidence.uuid == keep:
                self.evidence_list.setCurrentItem(item)
        if self.evidence_list.currentRow() < 0 and self.evidence_list.count():
            self.evidence_list.setCurrentRow(0)
        if not self._evidence:
            self.evidence_empty.setText("Nothing logged yet. Add a first win, however small: a task finished "
                                        "early, a thank-you from a colleague, a skill you practised.")
        else:
            self.evidence_empty.setText("No wins for this goal yet." if not shown else "")
        self.evidence_empty.setVisible(not shown)
        self.evidence_list.setVisible(bool(shown))
        count = len(self._evidence)
        self.section_buttons["evidence"].setText(f"Evidence ({count})" if count else "Evidence")
        self._update_evidence_buttons()

    def _update_evidence_buttons(self) -> None:
        selected = self.evidence_list.currentRow() >= 0 and not self.evidence_list.isHidden()
        self.edit_evidence_button.setEnabled(selected)
        self.delete_evidence_button.setEnabled(selected)

    # -- saving, undo and status -----------------------------------------------------------

    def _touch(self, what: str) -> None:
        self._dirty.add(what)
        self._set_status("editing", "Saving…")
        self._timer.start()

    def _announce(self) -> None:
        """Tell the other pages (Today's dashboard) that the plan changed."""
        self._announcing = True
        try:
            self._journal.changed("plan")
        finally:
            self._announcing = False
        self.saved.emit()

    def _on_workbench_changed(self, area: str) -> None:
        if area != "plan" or self._announcing:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _offer_undo(self, text: str, restore: Callable[[], None]) -> None:
        self._undo = restore
        self.undo_label.setText(text)
        self.undo_button.show()
        self.undo_bar.show()

    def _clear_undo(self) -> None:
        self._undo = None
        self.undo_bar.hide()

    def undo(self) -> None:
        """Bring back what was deleted last."""
        restore = self._undo
        if restore is None:
            return
        try:
            restore()
        except StoreError as error:
            self.undo_label.setText(f"Couldn't bring it back: {error}")
            return
        self._undo = None
        self.undo_bar.hide()
        self._announce()
        self._update_header()

    def _show_problem(self, text: str) -> None:
        """An action failed: say so inline, keep what is on screen."""
        self._undo = None
        self.undo_label.setText(text)
        self.undo_button.hide()
        self.undo_bar.show()

    def _set_status(self, state: str, text: str) -> None:
        self.status_label.setProperty("state", state)
        self.status_label.setText(text)
        self._repolish(self.status_label)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    @staticmethod
    def _select_row_quietly(view: QListWidget, row: int) -> None:
        blocked = view.blockSignals(True)
        try:
            view.setCurrentRow(row)
        finally:
            view.blockSignals(blocked)

    def _update_header(self) -> None:
        plan = self._plan
        if plan is None:
            return
        shown = replace(plan, start=self.details_form.start(), length_days=self.details_form.length_days(),
                        manager=self.details_form.manager(), stakeholders=self.details_form.stakeholders(),
                        status=self.details_form.status() or plan.status)
        today = date.today()
        headline = plan_headline(shown, self._goals, today)
        self.headline_label.setText(headline)
        self.headline_label.setAccessibleName(headline)
        summary = plan_summary(shown, self._goals, today)
        self.summary_label.setText(summary)
        where = plan_day(shown.start, shown.length_days, today)
        self.day_bar.setRange(0, shown.length_days)
        self.day_bar.setValue(0 if where.before_start else where.day)
        self.day_bar.setAccessibleDescription(headline)
        self.day_bar.setVisible(shown.status == PlanStatus.ACTIVE)


def _same_goal(a: Goal, b: Goal) -> bool:
    """Same content, whatever the timestamps."""
    return replace(a, created_at=b.created_at, updated_at=b.updated_at) == b
