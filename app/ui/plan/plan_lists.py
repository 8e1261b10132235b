"""How the plan tool's lists draw their rows: goals with a status chip, records under a small line.

Items carry their record's uuid and, for goals, the status and the line under the title, in the
roles below; the delegates wrap every text to the list's width, so nothing clips at large text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QListWidget,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.workbench import GoalStatus
from app.ui.widgets.flow_layout import ResponsiveRow
from app.ui.widgets.theme import current_palette

STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
LINE_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4
UUID_ROLE = Qt.ItemDataRole.UserRole + 5
COLUMNS_CHARS = 84  # narrower than this many average characters: a record's editor goes under its list

_Index = QModelIndex | QPersistentModelIndex


class RecordList(QListWidget):
    """A list whose rows are measured again whenever its width changes.

    QListView only lays its rows out again when its height changes; but the rows wrap to the
    width, and a scroll bar appearing (large text, many goals) narrows it, so rows measured
    before would be too short and overlap.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


def record_list(name: str, delegate: type[_RowDelegate], min_height: int) -> QListWidget:
    """A list of records whose rows wrap to its width (so it never scrolls sideways)."""
    view = RecordList()
    view.setAccessibleName(name)
    view.setItemDelegate(delegate(view))
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setMinimumHeight(min_height)
    return view


def select_row_quietly(view: QListWidget, row: int) -> None:
    """Move the selection without telling anyone: the caller is showing what is already chosen."""
    blocked = view.blockSignals(True)
    try:
        view.setCurrentRow(row)
    finally:
        view.blockSignals(blocked)


class _RowDelegate(QStyledItemDelegate):
    """What both row styles share: padding, the wrapping width, a small font, the selection."""

    PAD_X = 10
    PAD_Y = 8

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _width(self) -> int:
        return max(self._view.viewport().width() - 2 * self.PAD_X - 12, 60)

    @staticmethod
    def _small(option: QStyleOptionViewItem) -> QFont:
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
        return small

    @staticmethod
    def _paint_selection(painter: QPainter, option: QStyleOptionViewItem) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(option.palette.highlight())
            painter.drawRoundedRect(option.rect.adjusted(2, 1, -2, -1), 6, 6)


class NoteDelegate(_RowDelegate):
    """A record in a list: a small muted line (who or when) above its wrapped text."""

    GAP = 3

    @staticmethod
    def _parts(index: _Index) -> tuple[str, str]:
        meta, _, text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return meta, text

    def _heights(self, option: QStyleOptionViewItem, index: _Index) -> tuple[int, int]:
        meta, text = self._parts(index)
        flags = int(Qt.TextFlag.TextWordWrap)
        box = QRect(0, 0, self._width(), 100_000)
        meta_h = QFontMetrics(self._small(option)).boundingRect(box, flags, meta).height()
        text_h = QFontMetrics(option.font).boundingRect(box, flags, text).height() if text else 0
        return meta_h, text_h

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        meta_h, text_h = self._heights(option, index)
        return QSize(self._width() + 2 * self.PAD_X, meta_h + self.GAP + text_h + 2 * self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        meta, text = self._parts(index)
        meta_h, text_h = self._heights(option, index)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_selection(painter, option)
        left, top = rect.left() + self.PAD_X, rect.top() + self.PAD_Y
        painter.setFont(self._small(option))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(left, top, self._width(), meta_h), flags, meta)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(left, top + meta_h + self.GAP, self._width(), text_h), flags, text)
        painter.restore()


class GoalDelegate(_RowDelegate):
    """A goal row: its title wrapped, a status chip, and the line about its dates."""

    GAP = 4
    CHIP_PAD = 8

    @staticmethod
    def _bold(option: QStyleOptionViewItem) -> QFont:
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        return bold

    def _layout(self, option: QStyleOptionViewItem, index: _Index) -> tuple[QRect, QRect, QRect]:
        """Title, chip and line rectangles relative to the row's top-left corner."""
        bold, small = self._bold(option), self._small(option)
        width = self._width()
        status = GoalStatus(index.data(STATUS_ROLE) or GoalStatus.NOT_STARTED)
        chip_w = min(QFontMetrics(small).horizontalAdvance(status.label) + 2 * self.CHIP_PAD + 4, width // 2)
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

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        _title, _chip, line = self._layout(option, index)
        return QSize(self._width() + 2 * self.PAD_X, line.bottom() + 1 + self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        colours = current_palette()
        bold, small = self._bold(option), self._small(option)
        title_rect, chip_rect, line_rect = (r.translated(rect.topLeft()) for r in self._layout(option, index))
        status = GoalStatus(index.data(STATUS_ROLE) or GoalStatus.NOT_STARTED)
        late = bool(index.data(OVERDUE_ROLE))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_selection(painter, option)
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


def list_beside_editor(
    records: QWidget, under_records: QLayout, hint: QLabel, editor: QWidget
) -> tuple[QStackedWidget, ResponsiveRow]:
    """A section's two columns: its records with their buttons under them, and beside them the
    chosen record's editor, or `hint` while there is none (the stack shows one or the other)."""
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.setSpacing(8)
    left_layout.addWidget(records, 1)
    left_layout.addLayout(under_records)
    hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    stack = QStackedWidget()
    stack.addWidget(hint)
    stack.addWidget(editor)
    columns = ResponsiveRow(COLUMNS_CHARS, narrow_spacing=20)
    columns.box.addWidget(left, 2)
    columns.box.addWidget(stack, 3)
    return stack, columns
