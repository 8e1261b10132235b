"""The window's status line: one calm sentence when something could not be stored, else nothing.

The gateway words each problem (ObservedJournal.problem); the line shows the latest, tells screen
readers, and goes away once a later change reaches the journal.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.widgets.form_fields import announce, restyle


class StatusLine(QLabel):
    """Hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveStatus")
        self.setAccessibleName("Status")
        self.setWordWrap(True)  # one sentence; wrapped, not clipped, in a narrow window
        self.setContentsMargins(24, 6, 24, 8)
        self.hide()

    def say(self, text: str) -> None:
        line = " ".join(text.split())  # one line, whatever the message held
        self.setText(line)
        restyle(self, state="error")
        self.show()
        announce(self, line)  # once shown: a hidden widget's alert is dropped

    def clear(self) -> None:
        self.setText("")
        restyle(self, state="")
        self.hide()
