"""Rehearse: the statement in large text, a timer to say it against, and how long it should take.

Only the timer's figure ticks; nothing else on the screen moves. The gentle checks stay in reach
below the text. Escape (or Close) ends the rehearsal; nothing here changes the statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QElapsedTimer, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.statement_checks import Hint
from app.domain.text import speaking_seconds, word_count
from app.i18n import Plural, translate
from app.ui.ownership.statement_words import hint_text
from app.ui.widgets.form_fields import shortcut, wrapped_label

TICK_MS = 200  # how often the timer's figure is redrawn while it runs
_LARGE = 1.9  # the statement's text, against the app's own size


def spoken_length_text(text: str, words_per_minute: int) -> str:
    """'about 45 seconds to say (105 words)', at the pace the gentle checks use."""
    words = word_count(text)
    if words == 0:
        return translate("Rehearsal", "Nothing to say yet")
    minutes, seconds = divmod(speaking_seconds(text, words_per_minute), 60)
    minutes_text = translate("Rehearsal",
                             "1 minute") if minutes == 1 else Plural.tr("%n minutes", "", minutes)
    seconds_text = translate("Rehearsal",
                             "1 second") if seconds == 1 else Plural.tr("%n seconds", "", seconds)
    if minutes and seconds:
        length = translate("Rehearsal", "{minutes} {seconds}").format(minutes=minutes_text,
                                                                      seconds=seconds_text)
    else:
        length = minutes_text if minutes else seconds_text
    words_text = translate("Rehearsal", "1 word") if words == 1 else Plural.tr("%n words", "", words)
    return translate("Rehearsal", "about {length} to say ({words})").format(length=length, words=words_text)


def clock_text(milliseconds: int) -> str:
    """'1:05', minutes and seconds."""
    minutes, seconds = divmod(max(0, milliseconds) // 1000, 60)
    return f"{minutes}:{seconds:02d}"


class RehearsalDialog(QDialog):
    """A window of its own for saying the statement aloud; Escape closes it."""

    def __init__(self, text: str, hints: Sequence[Hint], words_per_minute: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Rehearsal", "Rehearse your statement"))
        self.setAccessibleName(translate("Rehearsal", "Rehearse your statement"))
        self.statement_text = text
        self._elapsed = QElapsedTimer()
        self._kept_ms = 0  # from earlier runs since the last reset
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._build(text, hints, words_per_minute)
        self.resize(self._comfortable_size())

    def _build(self, text: str, hints: Sequence[Hint], words_per_minute: int) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(wrapped_label(translate("Rehearsal", "Say it aloud, at the pace you would use "
                                                              "with your manager. Pauses are fine; they "
                                                              "help the words land."), "muted"))
        self.text_view = QPlainTextEdit(text)
        self.text_view.setObjectName("markdownEditor")
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(translate("Rehearsal", "Your statement, to read aloud"))
        self.text_view.setTabChangesFocus(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * _LARGE)
        self.text_view.setFont(font)
        self.text_view.setStyleSheet(f"font-size: {font.pointSizeF():.1f}pt;")
        self.text_view.setMinimumHeight(self.text_view.fontMetrics().lineSpacing() * 5 + 28)
        layout.addWidget(self.text_view, 3)

        estimate = spoken_length_text(text, words_per_minute)
        self.estimate_label = wrapped_label(estimate[:1].upper() + estimate[1:], "intro")
        self.estimate_label.setAccessibleName(translate("Rehearsal", "Spoken length"))
        layout.addWidget(self.estimate_label)

        self.timer_label = QLabel(clock_text(0))
        self.timer_label.setObjectName("tileValue")
        timer_font = QFont(self.font())
        timer_font.setPointSizeF(timer_font.pointSizeF() * 2)
        self.timer_label.setStyleSheet(f"font-size: {timer_font.pointSizeF():.1f}pt; font-weight: 600;")
        self.timer_label.setAccessibleName(translate("Rehearsal", "Time so far"))
        self.start_button = QPushButton(translate("Rehearsal", "Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(translate("Rehearsal", "Start the timer"))
        self.start_button.setToolTip(translate("Rehearsal", "Start or stop the timer (Space)"))
        self.reset_button = QPushButton(translate("Rehearsal", "Reset"))
        self.reset_button.setAccessibleName(translate("Rehearsal", "Reset the timer"))
        self.close_button = QPushButton(translate("Rehearsal", "Close"))
        self.close_button.setAccessibleName(translate("Rehearsal", "Close the rehearsal"))
        self.close_button.setToolTip(translate("Rehearsal", "Back to the workshop (Escape)"))
        row = QHBoxLayout()
        row.addWidget(self.timer_label)
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.reset_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.result_label = wrapped_label("", "muted")
        self.result_label.hide()
        layout.addWidget(self.result_label)

        layout.addWidget(wrapped_label(translate("Rehearsal", "Gentle checks"), "cardHeading"))
        self.hints_list = QListWidget()
        self.hints_list.setAccessibleName(translate("Rehearsal", "Gentle checks on your statement"))
        self.hints_list.setWordWrap(True)
        for hint in hints:
            item = QListWidgetItem(hint_text(hint))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hint_text(hint).replace("\n", ": "))
            self.hints_list.addItem(item)
        self.hints_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 10)
        self.hints_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.hints_empty = wrapped_label(translate(
            "Rehearsal", "Nothing to point out. Saying it aloud is the best check."), "muted")
        self.hints_list.setVisible(bool(hints))
        self.hints_empty.setVisible(not hints)
        layout.addWidget(self.hints_list, 1)
        layout.addWidget(self.hints_empty)

        self.start_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        self.close_button.clicked.connect(self.reject)
        shortcut(self, QKeySequence(Qt.Key.Key_Space), self.toggle)  # the button takes Space itself
        self.start_button.setDefault(True)

    def _comfortable_size(self) -> QSize:
        """Room for long lines of the large text, within the screen it opens on."""
        chars = self.fontMetrics().averageCharWidth()
        wanted = QSize(max(760, chars * 120), max(720, self.fontMetrics().lineSpacing() * 40))
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size() * 0.9
            wanted = wanted.boundedTo(room)
        return wanted

    # -- the timer -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._ticker.isActive()

    def elapsed_ms(self) -> int:
        return self._kept_ms + (self._elapsed.elapsed() if self.running else 0)

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self._elapsed.start()
        self._ticker.start()
        self.start_button.setText(translate("Rehearsal", "Stop"))
        self.start_button.setAccessibleName(translate("Rehearsal", "Stop the timer"))
        self.result_label.hide()

    def stop(self) -> None:
        if not self.running:
            return
        self._kept_ms += self._elapsed.elapsed()
        self._ticker.stop()
        self.start_button.setText(translate("Rehearsal", "Start"))
        self.start_button.setAccessibleName(translate("Rehearsal", "Start the timer again"))
        self._tick()
        self.result_label.setText(translate("Rehearsal", "You took {clock_text}. Press Start to go on, or "
                                                         "Reset to try it again from the top.").format(
                                                             clock_text=clock_text(self._kept_ms)))
        self.result_label.show()

    def reset(self) -> None:
        self._ticker.stop()
        self._kept_ms = 0
        self.timer_label.setText(clock_text(0))
        self.start_button.setText(translate("Rehearsal", "Start"))
        self.start_button.setAccessibleName(translate("Rehearsal", "Start the timer"))
        self.result_label.hide()

    def _tick(self) -> None:
        self.timer_label.setText(clock_text(self.elapsed_ms()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Space starts the timer

    def done(self, result: int) -> None:
        self._ticker.stop()
        super().done(result)
