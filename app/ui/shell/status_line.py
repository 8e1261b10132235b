"""The window's status line: one calm sentence when something could not be stored, else nothing.

The gateway words each problem (ObservedJournal.problem); the line shows the latest, tells screen
readers, and goes away once a later change reaches the journal.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

# form_fields (and the domain records it loads) comes only when there is something to say: the
# status line is built before the window first shows, and that must not wait for them.


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
        from app.ui.widgets.form_fields import announce, restyle

        line = " ".join(text.split())  # one line, whatever the message held
        self.setText(line)
        restyle(self, state="error")
        self.show()
        announce(self, line)  # once shown: a hidden widget's alert is dropped

    def clear(self) -> None:
        if self.isHidden() and not self.text():
            return  # nothing said: nothing to take back (every change reaching the journal lands here)
        from app.ui.widgets.form_fields import restyle

        self.setText("")
        restyle(self, state="")
        self.hide()
