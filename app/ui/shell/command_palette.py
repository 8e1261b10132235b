"""The command palette (Ctrl+K): a search field and a list at the top of the window.

Type to find a place, a tool, an action or one of the newest entries (app/domain/fuzzy.py ranks
them); Up and Down choose, Enter runs the chosen one, Esc closes and puts the cursor back where
it was. The commands come from palette_commands.py and run what the sidebar and menus run.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.fuzzy import Match, rank
from app.ui.shell.palette_commands import Command

COMMAND_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2
_PAD_X, _PAD_Y = 10, 7
_TOP_GAP = 56  # how far below the window's top edge the palette opens
_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8, Qt.Key.Key_PageDown: 8}

Index = QModelIndex | QPersistentModelIndex


class CommandPalette(QDialog):
    """Frameless, over the top of its window; modal to it until a command runs or Esc."""

    def __init__(self, commands: list[Command], parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.commands = commands
        self.ran: Command | None = None
        self._return_to = QApplication.focusWidget()
        self.setWindowTitle(self.tr("Command palette"))
        self.setAccessibleName(self.tr("Command palette"))
        self.setModal(True)
        card = QFrame()
        card.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.setSpacing(8)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find a page, a tool, an action or an entry"))
        self.field.setAccessibleName(self.tr("Find a command"))
        self.field.setAccessibleDescription(self.tr("Up and Down choose, Enter opens, Escape closes"))
        self.field.setClearButtonEnabled(False)
        self.list = QListWidget()
        self.list.setObjectName("paletteList")
        self.list.setAccessibleDescription(self.tr("The pages, tools, actions and entries that match"))
        self.list.setItemDelegate(_CommandDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Up and Down in the field move it too
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        hints = QLabel(self.tr("↑ ↓ choose · Enter opens · Esc closes"))
        hints.setObjectName("muted")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(hints)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addLayout(footer)
        self.field.textChanged.connect(self.refilter)
        self.field.installEventFilter(self)
        self.list.itemClicked.connect(lambda _item: self.run_current())
        self.list.itemActivated.connect(lambda _item: self.run_current())
        self.rejected.connect(self._give_focus_back)
        self.refilter("")

    # -- what is shown ---------------------------------------------------------------------------

    def refilter(self, query: str) -> None:
        """The commands that fit what is typed, best first; the first one chosen."""
        self.list.clear()
        for command, fit in rank(query, self.commands, lambda c: c.title):
            item = QListWidgetItem(command.title)
            item.setData(COMMAND_ROLE, command)
            item.setData(MATCH_ROLE, fit)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, command.spoken)
            item.setToolTip(command.title)
            self.list.addItem(item)
        count = self.list.count()
        if count == 0:
            words = self.tr("Nothing matches")
        elif count == 1:  # said apart: without an English translation file Qt has no plural forms
            words = self.tr("1 match") if query.strip() else self.tr("1 choice")
        else:
            words = self.tr("%n matches", "", count) if query.strip() else self.tr("%n choices", "", count)
        self.count_label.setText(words)
        self.list.setAccessibleName(words)  # said again each time it changes
        if count:
            self.list.setCurrentRow(0)

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def current(self) -> Command | None:
        item = self.list.currentItem()
        command = item.data(COMMAND_ROLE) if item is not None else None
        return command if isinstance(command, Command) else None

    # -- the keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in _MOVES and self.list.count():
                row = self.list.currentRow() + _MOVES[key]
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_current()
                return True
        return super().eventFilter(watched, event)

    def run_current(self) -> None:
        """Close, then do what the chosen command does (as its menu item or place would)."""
        command = self.current()
        if command is None:
            return
        self.ran = command
        self.accept()
        self._activate_window()  # the command puts the cursor where it belongs there
        command.run()

    def _activate_window(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()

    def _give_focus_back(self) -> None:
        """Esc: back where the cursor was before the palette opened."""
        widget = self._return_to
        self._activate_window()
        if widget is not None and widget.isVisible():
            widget.setFocus(Qt.FocusReason.PopupFocusReason)

    # -- where it opens ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.place_over(self.parentWidget())
        super().showEvent(event)
        self.activateWindow()  # a frameless window is not always made active by the window manager
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)

    def place_over(self, window: QWidget | None) -> None:
        """Centred near the top of the window, as wide as reads well."""
        metrics = self.fontMetrics()
        rows = 10
        row_height = _CommandDelegate.row_height(metrics)
        height = rows * row_height + metrics.lineSpacing() * 4 + 48
        if window is None:
            self.resize(640, height)
            return
        width = min(max(520, metrics.averageCharWidth() * 80), max(360, window.width() - 80))
        origin = window.mapToGlobal(QPoint(0, 0))
        self.setGeometry(QRect(origin.x() + (window.width() - width) // 2, origin.y() + _TOP_GAP, width,
                               min(height, max(240, window.height() - _TOP_GAP * 2))))


class _CommandDelegate(QStyledItemDelegate):
    """A row: the command's name (the letters typed in bold), its kind and keys or day at the right."""

    @staticmethod
    def row_height(metrics: QFontMetrics) -> int:
        return metrics.height() + 2 * _PAD_Y

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), self.row_height(QFontMetrics(option.font)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        command = index.data(COMMAND_ROLE)
        fit = index.data(MATCH_ROLE)
        if not isinstance(command, Command):
            super().paint(painter, option, index)
            return
        palette: QPalette = option.palette
        rect = QRect(option.rect)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(rect.adjusted(2, 1, -2, -1), 6, 6)
        inner = rect.adjusted(_PAD_X, 0, -_PAD_X, 0)
        font = QFont(option.font)
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(max(font.pointSizeF() - 1, 7))
        detail = command.kind.word + (f"  ·  {command.detail}" if command.detail else "")
        small_metrics = QFontMetrics(small)
        needed = small_metrics.horizontalAdvance(detail) + 2  # elidedText cuts a text exactly as wide
        detail_width = min(needed, inner.width() // 2)
        if needed > detail_width:
            detail = small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, detail_width)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(inner.right() - detail_width, inner.top(), detail_width, inner.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, detail)
        title_rect = QRect(inner.left(), inner.top(), inner.width() - detail_width - 16, inner.height())
        positions = fit.positions if isinstance(fit, Match) else ()
        _paint_title(painter, font, title_rect, command.title, set(positions),
                     palette.color(QPalette.ColorRole.Text))
        painter.restore()


def _paint_title(painter: QPainter, font: QFont, rect: QRect, title: str, typed: set[int],
                 colour: QColor) -> None:
    """The title, letters typed in bold; elided (without bold) when it does not fit."""
    bold = QFont(font)
    bold.setBold(True)
    plain_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
    painter.setPen(colour)
    runs: list[tuple[str, bool]] = []
    for position, char in enumerate(title):
        strong = position in typed
        if runs and runs[-1][1] == strong:
            runs[-1] = (runs[-1][0] + char, strong)
        else:
            runs.append((char, strong))
    width = sum((bold_metrics if strong else plain_metrics).horizontalAdvance(text) for text, strong in runs)
    centre = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    if width > rect.width():
        painter.setFont(font)
        elided = plain_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, centre, elided)
        return
    x = rect.left()
    for text, strong in runs:
        metrics = bold_metrics if strong else plain_metrics
        painter.setFont(bold if strong else font)
        advance = metrics.horizontalAdvance(text)
        painter.drawText(QRect(x, rect.top(), advance + 1, rect.height()), centre, text)
        x += advance
