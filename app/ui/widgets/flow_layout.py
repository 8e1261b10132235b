"""Layouts that hold at any window size and text size: rows that wrap, grids that re-flow, and
columns that stack when there is no room for them side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget


def card(margins: tuple[int, int, int, int] = (24, 20, 24, 20),
         spacing: int = 10) -> tuple[QFrame, QVBoxLayout]:
    """A rounded panel (styled as "card") and the column inside it."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return frame, layout


class ResponsiveRow(QWidget):
    """Side by side when there is room, one above the other when the text is large or the window narrow.

    Add the children to `box`.
    """

    def __init__(self, min_chars: int = 70, narrow_spacing: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_chars = min_chars
        self._narrow_spacing = narrow_spacing
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(20)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Explicit, so that side by side never holds the page wider than one column needs.
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        widths = [item.minimumSize().width() for item in items if item is not None]
        self.setMinimumWidth(max(widths, default=0))
        wide = event.size().width() >= self._min_chars * self.fontMetrics().averageCharWidth()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.box.setSpacing(20 if wide else self._narrow_spacing)


class WrapGrid(QWidget):
    """Lays its widgets out in as many equal columns as fit the width, re-flowing on resize.

    A grid rather than a flow layout keeps the columns aligned, and its minimum width is one
    cell, so a narrow window or large text gives fewer columns instead of clipping.
    """

    def __init__(self, spacing: int = 12, max_columns: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QWidget] = []
        self._columns = 0
        self._max_columns = max_columns
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(spacing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def add(self, widget: QWidget) -> None:
        self._items.append(widget)
        self._columns = 0
        self._reflow(self.width() or self.sizeHint().width())

    def _cell_width(self) -> int:
        return max((w.sizeHint().width() for w in self._items), default=0)

    def sizeHint(self) -> QSize:
        spacing = self._grid.horizontalSpacing()
        columns = max(1, min(len(self._items), self._max_columns))
        return QSize(columns * (self._cell_width() + spacing), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._columns = 0
            self._reflow(self.width())

    def _reflow(self, width: int) -> None:
        # Imported here: Qt's namespace builds all its enums on first use (~25 ms), and the unlock
        # page loads this module before its first paint.
        from PySide6.QtCore import Qt

        cell = self._cell_width()
        self.setMinimumWidth(cell)  # explicit, so the grid never holds the window wider
        spacing = self._grid.horizontalSpacing()
        columns = max(1, min(self._max_columns, len(self._items) or 1, (width + spacing) // (cell + spacing)))
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._items:
            self._grid.removeWidget(widget)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for index, widget in enumerate(self._items):
            self._grid.addWidget(widget, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)


class WrappingRow(QWidget):
    """Buttons in a row that wraps onto more lines when the width runs out (large text, narrow window).

    Unlike WrapGrid, each keeps its own width: a row of short and long labels stays a row.
    """

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
