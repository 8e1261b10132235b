"""Small dialogs whose wrapped text changes as they work (import, export): they keep fitting it."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

DIALOG_MIN_WIDTH = 520


def fit_to_text(dialog: QWidget) -> None:
    """Make the dialog tall enough for its wrapped text at its current width, and no shorter.

    A window's layout does not reflow its own height when a word-wrapped label grows (a result,
    an error, a larger text size), so the dialogs call this after changing what they say.
    """
    layout = dialog.layout()
    if layout is None:
        return
    width = dialog.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    dialog.setMinimumHeight(needed)
    if dialog.height() < needed:
        dialog.resize(width, needed)


class FittedDialog(QDialog):
    """A QDialog that fits its wrapped text whenever it is shown or resized."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_text(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_to_text(self)
