"""The inline notice: news, an Undo, or a yes-or-no question, shown inside the page.

Trustbridge never stops the person with a modal box for these. A deletion leaves a bar with Undo;
a replacement that would lose their words asks here first; a failure says so here, in a calm voice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.widgets.form_fields import restyle, shortcut

UNDO_TIP = QT_TRANSLATE_NOOP("InlineNotice", "Bring it back (Ctrl+Z)")
_NARROW_CHARS = 80  # narrower than this many average characters: the buttons go under the words


class _Choice(NamedTuple):
    caption: str
    run: Callable[[], object]
    name: str  # what a screen reader says: the caption alone ("Undo") is often too short
    tip: str = ""


class InlineNotice(QFrame):
    """A bar that reports, offers Undo (or another next step) or asks; never a modal box.

    `accept_button` carries the offer (Undo, Set a due date) or the "yes" of a question;
    `reject_button` the "no"; `close_button` dismisses news that needs no answer. A button
    closes the bar before it does its work, so that work may show a new message here.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(name)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(translate("InlineNotice", "Undo"))
        self.accept_button.setAccessibleName(translate("InlineNotice", "Undo"))
        self.accept_button.clicked.connect(lambda: self._run(self._accept))
        self.reject_button = QPushButton(translate("InlineNotice", "No"))
        self.reject_button.setAccessibleName(translate("InlineNotice", "No"))
        self.reject_button.clicked.connect(lambda: self._run(self._reject))
        self.close_button = QPushButton(translate("InlineNotice", "Dismiss"))
        self.close_button.setObjectName("linkButton")
        self.close_button.setAccessibleName(translate("InlineNotice", "Dismiss: {name}").format(name=name))
        self.close_button.clicked.connect(self.dismiss)
        self._accept: _Choice | None = None
        self._reject: _Choice | None = None
        self._undoable = False  # the accept button is an Undo, which Ctrl+Z may also press
        self._undo_tip = ""

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.close_button)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(12, 6, 8, 6)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.label, 1)
        self._layout.addLayout(buttons)
        self.hide()

    # -- what the bar says -----------------------------------------------------------------

    def tell(self, text: str, error: bool = False) -> None:
        """News with nothing to decide."""
        self._show(text, error, None, None)

    def offer(self, text: str, caption: str, action: Callable[[], object], *, name: str = "",
              error: bool = False) -> None:
        """News with one next step, such as "Set a due date"."""
        self._show(text, error, _Choice(caption, action, name or caption), None)

    def offer_undo(self, text: str, undo: Callable[[], object], *, name: str = "",
                   error: bool = False) -> None:
        """Something was changed or deleted; Undo (or Ctrl+Z, where wired) takes it back."""
        caption = translate("InlineNotice", "Undo")
        self._show(text, error, _Choice(caption, undo, name or caption, self._undo_tip), None, is_undo=True)

    def ask(self, text: str, yes_text: str, yes: Callable[[], object], no_text: str,
            no: Callable[[], object] | None = None, *, yes_name: str = "", no_name: str = "") -> None:
        """A question answered inside the page; "no" closes the bar, then runs `no` if given."""
        self._show(text, False, _Choice(yes_text, yes, yes_name or yes_text),
                   _Choice(no_text, no or (lambda: None), no_name or no_text))

    def dismiss(self) -> None:
        self._accept = self._reject = None
        self._undoable = False
        self.hide()

    # -- undo by keyboard ------------------------------------------------------------------

    def listen_for_undo_key(self, widget: QWidget) -> None:
        """Ctrl+Z anywhere in `widget` does what the Undo button would (and its tooltip says so)."""
        shortcut(widget, QKeySequence.StandardKey.Undo, self.undo)
        self._undo_tip = translate("InlineNotice", UNDO_TIP)

    def undo(self) -> None:
        """Take back the change last offered for undo; nothing if there is none."""
        if self._undoable:
            self._run(self._accept)

    # -- drawing ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Buttons beside the words when there is room, under them when the window is narrow."""
        narrow = width < self.fontMetrics().averageCharWidth() * _NARROW_CHARS
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def _show(self, text: str, error: bool, accept: _Choice | None, reject: _Choice | None,
              is_undo: bool = False) -> None:
        self._accept, self._reject, self._undoable = accept, reject, is_undo
        self.label.setText(text)
        restyle(self, state="error" if error else "")
        for button, choice in ((self.accept_button, accept), (self.reject_button, reject)):
            if choice is not None:
                button.setText(choice.caption)
                button.setAccessibleName(choice.name)
                button.setToolTip(choice.tip)
            button.setVisible(choice is not None)
        self.close_button.setVisible(accept is None)
        parent = self.parentWidget()
        self._arrange(parent.contentsRect().width() if parent is not None else self.width())
        self.show()

    def _run(self, choice: _Choice | None) -> None:
        self.dismiss()
        if choice is not None:
            choice.run()
